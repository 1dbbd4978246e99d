/// The seeded toy datasets of the lessons, after scikit-learn's `make_moons`,
/// `make_circles` and `make_blobs` and the spirals of Stanford's CS231n notes. Examples come
/// class by class (sorted), as those generators build them; training shuffles.
public enum DatasetGenerator {
    /// Interleaved spiral arms, one per class: the point at fraction r along an arm is at
    /// radius r and angle 2π(r + c / classes): one turn per arm, plus Gaussian noise of σ `noise`.
    public static func spirals(count: Int, classes: Int = 2, noise: Double, seed: UInt64) -> Dataset {
        var random = RandomSource(seed: seed)
        return classified(count: count, classes: classes) { c, index, perClass in
            let r = (Double(index) + 0.5) / Double(perClass)
            let angle = 2 * Double.pi * (r + Double(c) / Double(classes))
            return (r * LibM.cos(angle) + noise * random.normal(), r * LibM.sin(angle) + noise * random.normal())
        }
    }

    /// Two interleaving half circles: (cos t, sin t) and (1 − cos t, 0.5 − sin t) for t in [0, π].
    public static func moons(count: Int, noise: Double, seed: UInt64) -> Dataset {
        var random = RandomSource(seed: seed)
        return classified(count: count, classes: 2) { c, index, perClass in
            let t = Double.pi * Double(index) / Double(max(perClass - 1, 1))
            let (x, y) = c == 0 ? (LibM.cos(t), LibM.sin(t)) : (1 - LibM.cos(t), 0.5 - LibM.sin(t))
            return (x + noise * random.normal(), y + noise * random.normal())
        }
    }

    /// Two concentric circles, radius 1 (class 0) and `factor` (class 1).
    public static func circles(count: Int, factor: Double = 0.5, noise: Double, seed: UInt64) -> Dataset {
        var random = RandomSource(seed: seed)
        return classified(count: count, classes: 2) { c, index, perClass in
            let t = 2 * Double.pi * Double(index) / Double(perClass)
            let radius = c == 0 ? 1 : factor
            return (radius * LibM.cos(t) + noise * random.normal(), radius * LibM.sin(t) + noise * random.normal())
        }
    }

    /// Points uniform in [−1, 1]², class 1 where exactly one coordinate is positive.
    public static func xor(count: Int, noise: Double, seed: UInt64) -> Dataset {
        var random = RandomSource(seed: seed)
        var points: [Float] = []
        var labels: [Int] = []
        for _ in 0..<count {
            let (x, y) = (2 * random.uniform() - 1, 2 * random.uniform() - 1)
            labels.append((x > 0) != (y > 0) ? 1 : 0)
            points += [Float(x + noise * random.normal()), Float(y + noise * random.normal())]
        }
        return Dataset(inputs: Matrix(rows: count, columns: 2, storage: points), targets: .classes(labels: labels, count: 2))
    }

    /// Gaussian blobs of standard deviation `spread` around centres drawn uniformly in [−5, 5]².
    public static func blobs(count: Int, classes: Int, spread: Double = 1, seed: UInt64) -> Dataset {
        var random = RandomSource(seed: seed)
        let centres = (0..<classes).map { _ in (10 * random.uniform() - 5, 10 * random.uniform() - 5) }
        return classified(count: count, classes: classes) { c, _, _ in
            (centres[c].0 + spread * random.normal(), centres[c].1 + spread * random.normal())
        }
    }

    /// y = slope · x + intercept + noise, for x uniform in [−1, 1].
    public static func linear(count: Int, slope: Double, intercept: Double, noise: Double, seed: UInt64) -> Dataset {
        regression(count: count, range: -1...1, seed: seed, noise: noise) { slope * $0 + intercept }
    }

    /// y = x·w + intercept + noise for inputs x drawn from N(0, I), one feature per weight:
    /// a regression whose true weights are known, some of which may be 0 (inputs that do
    /// not matter), as the lasso's selection of inputs needs.
    public static func linear(count: Int, weights: [Double], intercept: Double, noise: Double, seed: UInt64) -> Dataset {
        var random = RandomSource(seed: seed)
        var (xs, ys): ([Float], [Float]) = ([], [])
        for _ in 0..<count {
            let x = weights.map { _ in random.normal() }
            xs += x.map(Float.init)
            ys.append(Float(zip(x, weights).reduce(intercept) { $0 + $1.0 * $1.1 } + noise * random.normal()))
        }
        return Dataset(inputs: Matrix(rows: count, columns: weights.count, storage: xs),
                       targets: .values(Matrix(rows: count, columns: 1, storage: ys)))
    }

    /// y = sin x + noise, for x uniform in [−π, π].
    public static func sine(count: Int, noise: Double, seed: UInt64) -> Dataset {
        regression(count: count, range: -Double.pi...Double.pi, seed: seed, noise: noise) { LibM.sin($0) }
    }

    /// Inputs drawn from N(0, 1), features per example, with zero targets of `outputs`
    /// values: the signal for probing how a network transforms its inputs.
    public static func standardNormal(count: Int, features: Int, outputs: Int, seed: UInt64) -> Dataset {
        var random = RandomSource(seed: seed)
        let inputs = Matrix(rows: count, columns: features, storage: (0..<count * features).map { _ in Float(random.normal()) })
        return Dataset(inputs: inputs, targets: .values(Matrix(rows: count, columns: outputs)))
    }

    /// count examples split as evenly as possible over the classes (the first classes get
    /// the remainder), each point from `point(class, index within class, class size)`.
    private static func classified(
        count: Int, classes: Int, _ point: (Int, Int, Int) -> (Double, Double)
    ) -> Dataset {
        var values: [Float] = []
        var labels: [Int] = []
        for c in 0..<classes {
            let size = count / classes + (c < count % classes ? 1 : 0)
            for index in 0..<size {
                let (x, y) = point(c, index, size)
                values += [Float(x), Float(y)]
                labels.append(c)
            }
        }
        return Dataset(inputs: Matrix(rows: labels.count, columns: 2, storage: values), targets: .classes(labels: labels, count: classes))
    }

    private static func regression(
        count: Int, range: ClosedRange<Double>, seed: UInt64, noise: Double, _ f: (Double) -> Double
    ) -> Dataset {
        var random = RandomSource(seed: seed)
        var xs: [Float] = []
        var ys: [Float] = []
        for _ in 0..<count {
            let x = range.lowerBound + (range.upperBound - range.lowerBound) * random.uniform()
            xs.append(Float(x))
            ys.append(Float(f(x) + noise * random.normal()))
        }
        return Dataset(inputs: Matrix(rows: count, columns: 1, storage: xs), targets: .values(Matrix(rows: count, columns: 1, storage: ys)))
    }
}
