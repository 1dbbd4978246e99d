/// The data techniques of training: orderings, augmentation, shift, collinearity and
/// whitening. Each is seeded where it draws, and returns a new dataset.
extension Dataset {
    /// The examples ordered by class label, stably: how data arrives when nobody shuffles it.
    public func sortedByClass() -> Dataset {
        guard let labels else { return self }
        return subset(Array(0..<count).sorted { (labels[$0], $0) < (labels[$1], $1) })
    }

    /// The examples ordered by ascending score, stably (for curriculum learning: the
    /// easiest first, with difficulty as the score).
    public func ordered(by scores: [Double]) -> Dataset {
        precondition(scores.count == count, "one score per example")
        return subset(Array(0..<count).sorted { (scores[$0], $0) < (scores[$1], $1) })
    }

    /// For each example, the distance to the nearest example of another class: small for
    /// the examples near the boundary, which are the hard ones. Infinite when no other class
    /// is present.
    public func margins() -> [Double] {
        guard let labels else { return Array(repeating: .infinity, count: count) }
        return (0..<count).map { i in
            let x = inputs.row(i)
            var nearest = Double.infinity
            for j in 0..<count where labels[j] != labels[i] {
                nearest = min(nearest, zip(x, inputs.row(j)).reduce(0) { $0 + Double(($1.0 - $1.1) * ($1.0 - $1.1)) })
            }
            return nearest.squareRoot()
        }
    }

    /// The examples followed by `copies` transformed copies of each: every copy rotated about
    /// the origin by an angle uniform in ±`rotation` radians, reflected across the x axis
    /// with probability ½ when `reflection`, then jittered by Gaussian noise of σ `jitter`.
    /// Labels and targets are copied unchanged, which is only right for a transformation the
    /// task does not care about. Rotation and reflection need two input features.
    public func augmented(copies: Int, jitter: Double, rotation: Double, reflection: Bool, seed: UInt64) -> Dataset {
        precondition(features == 2 || (rotation == 0 && !reflection), "rotation and reflection act on points of the plane")
        var random = RandomSource(seed: seed)
        var rows = inputs.storage
        var order = Array(0..<count)
        for _ in 0..<max(copies, 0) {
            for i in 0..<count {
                var x = inputs.row(i).map(Double.init)
                if features == 2 {
                    let angle = rotation * (2 * random.uniform() - 1)
                    let (c, s) = (LibM.cos(angle), LibM.sin(angle))
                    x = [c * x[0] - s * x[1], s * x[0] + c * x[1]]
                    if reflection && random.uniform() < 0.5 { x[1] = -x[1] }
                }
                rows += x.map { Float($0 + jitter * random.normal()) }
                order.append(i)
            }
        }
        var result = subset(order)
        result.inputs = Matrix(rows: order.count, columns: features, storage: rows)
        return result
    }

    /// `count` examples drawn without replacement with probability proportional to
    /// exp(strength · x·d), d the unit vector along `direction`: the same p(y | x), a
    /// different p(x). That is covariate shift: strength 0 draws uniformly.
    public func shifted(toward direction: [Double], strength: Double, count wanted: Int, seed: UInt64) -> Dataset {
        precondition(direction.count == features, "one direction component per feature")
        let length = direction.reduce(0) { $0 + $1 * $1 }.squareRoot()
        let unit = direction.map { length > 0 ? $0 / length : 0 }
        var random = RandomSource(seed: seed)
        // Efraimidis and Spirakis (2006): the `wanted` largest keys u^(1/w) are a weighted
        // sample without replacement; in logarithms, log(u)/w, with w = exp(strength · x·d).
        let keys = (0..<count).map { i in
            LibM.log(max(random.uniform(), 1e-300)) * LibM.exp(-strength * zip(inputs.row(i), unit).reduce(0) { $0 + Double($1.0) * $1.1 })
        }
        let chosen = (0..<count).sorted { (keys[$0], -$0) > (keys[$1], -$1) }.prefix(min(wanted, count))
        return subset(chosen.sorted())
    }

    /// The inputs with `copies` more features appended, each correlated with feature
    /// `feature` by ρ: x' = ρ·z + √(1 − ρ²)·ε, with z the feature standardized and ε fresh N(0, 1)
    /// noise, so each copy has variance 1 and correlation ρ with the feature in expectation.
    public func withCollinearCopies(of feature: Int, copies: Int, correlation rho: Double, seed: UInt64) -> Dataset {
        precondition(features > feature && (-1...1).contains(rho), "an existing feature and a correlation in [−1, 1]")
        var random = RandomSource(seed: seed)
        let column = inputs.column(feature).map(Double.init)
        let mean = column.reduce(0, +) / Double(max(count, 1))
        let deviation = (column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(count, 1))).squareRoot()
        var rows: [Float] = []
        for i in 0..<count {
            rows += inputs.row(i)
            let z = deviation > 0 ? (column[i] - mean) / deviation : 0
            for _ in 0..<copies { rows.append(Float(rho * z + (1 - rho * rho).squareRoot() * random.normal())) }
        }
        return Dataset(inputs: Matrix(rows: count, columns: features + copies, storage: rows), targets: targets)
    }

    /// The covariance matrix of the inputs, (1/n) Σ (x − x̄)(x − x̄)ᵀ, and their means.
    public func inputCovariance() -> (means: [Double], covariance: [[Double]]) {
        let n = Double(max(count, 1))
        let rows = (0..<count).map { inputs.row($0).map(Double.init) }
        let means = (0..<features).map { j in rows.reduce(0) { $0 + $1[j] } / n }
        var covariance = [[Double]](repeating: [Double](repeating: 0, count: features), count: features)
        for row in rows {
            for j in 0..<features { for k in 0..<features { covariance[j][k] += (row[j] - means[j]) * (row[k] - means[k]) / n } }
        }
        return (means, covariance)
    }

    /// The condition number of XᵀX/n for the centred inputs: its largest eigenvalue over its
    /// smallest. Gradient descent on a squared error needs a number of steps that grows with it.
    public func conditionNumber() -> Double {
        let values = SymmetricEigen.values(of: inputCovariance().covariance)
        guard let smallest = values.first, let largest = values.last, smallest > 0 else { return .infinity }
        return largest / smallest
    }

    /// PCA whitening with the statistics of `reference` (the training set): x ↦ Λ^(−1/2) Uᵀ(x − x̄),
    /// with U the eigenvectors and Λ the eigenvalues of the reference's input covariance, so
    /// the reference's whitened inputs have the identity covariance. Directions of variance
    /// below 10⁻¹² are dropped rather than blown up.
    public func whitened(using reference: Dataset? = nil) -> Dataset {
        let (means, covariance) = (reference ?? self).inputCovariance()
        let (values, vectors) = SymmetricEigen.decompose(covariance)
        let kept = values.indices.filter { values[$0] > 1e-12 }
        var rows: [Float] = []
        for i in 0..<count {
            let centred = zip(inputs.row(i), means).map { Double($0) - $1 }
            for k in kept { rows.append(Float(zip(vectors[k], centred).reduce(0) { $0 + $1.0 * $1.1 } / values[k].squareRoot())) }
        }
        return Dataset(inputs: Matrix(rows: count, columns: kept.count, storage: rows), targets: targets)
    }
}
