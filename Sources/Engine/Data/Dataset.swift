/// Examples for a network: inputs in rows, and either class labels or target values.
public struct Dataset: Sendable, Hashable {
    public enum Targets: Sendable, Hashable {
        /// A class index per example, out of `count` classes.
        case classes(labels: [Int], count: Int)
        /// A row of target values per example (regression).
        case values(Matrix)
    }

    public var inputs: Matrix
    public var targets: Targets

    public init(inputs: Matrix, targets: Targets) {
        self.inputs = inputs
        self.targets = targets
    }

    public var count: Int { inputs.rows }
    public var features: Int { inputs.columns }

    public var labels: [Int]? {
        if case .classes(let labels, _) = targets { labels } else { nil }
    }

    public var classCount: Int? {
        if case .classes(_, let count) = targets { count } else { nil }
    }

    /// The targets as a network with `outputs` outputs learns them: values as they are; labels
    /// one-hot for as many outputs as classes, or as 0 and 1 for one output and two classes.
    /// Nil when the shapes do not fit.
    public func targetMatrix(outputs: Int) -> Matrix? {
        switch targets {
        case .values(let values):
            return values.columns == outputs ? values : nil
        case .classes(let labels, let count):
            if outputs == 1 && count == 2 {
                return Matrix(rows: labels.count, columns: 1, storage: labels.map(Float.init))
            }
            guard outputs == count else { return nil }
            var oneHot = Matrix(rows: labels.count, columns: count)
            for (i, label) in labels.enumerated() { oneHot[i, label] = 1 }
            return oneHot
        }
    }

    /// The examples at `indices`, in that order.
    public func subset(_ indices: [Int]) -> Dataset {
        let inputs = Matrix(rows: indices.count, columns: features, storage: indices.flatMap { self.inputs.row($0) })
        switch targets {
        case .classes(let labels, let count):
            return Dataset(inputs: inputs, targets: .classes(labels: indices.map { labels[$0] }, count: count))
        case .values(let values):
            let rows = Matrix(rows: indices.count, columns: values.columns, storage: indices.flatMap { values.row($0) })
            return Dataset(inputs: inputs, targets: .values(rows))
        }
    }

    /// The examples in a seeded random order (Fisher–Yates).
    public func shuffled(seed: UInt64) -> Dataset {
        var random = RandomSource(seed: seed)
        var order = Array(0..<count)
        Self.shuffle(&order, random: &random)
        return subset(order)
    }

    /// The first `fraction` of the examples for training and the rest for testing, after a
    /// seeded shuffle.
    public func split(trainingFraction fraction: Double, seed: UInt64) -> (training: Dataset, test: Dataset) {
        let shuffled = shuffled(seed: seed)
        let cut = min(count, max(0, Int((Double(count) * fraction).rounded())))
        return (shuffled.subset(Array(0..<cut)), shuffled.subset(Array(cut..<count)))
    }

    /// Each input feature shifted and scaled to mean 0 and standard deviation 1, with the
    /// statistics of `reference` (the training set, so the test set sees no information of
    /// its own). A constant feature is only shifted.
    public func standardized(using reference: Dataset? = nil) -> Dataset {
        let basis = reference ?? self
        var result = self
        for column in 0..<features {
            let values = basis.inputs.column(column).map(Double.init)
            let mean = values.reduce(0, +) / Double(max(values.count, 1))
            let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(values.count, 1))
            let deviation = variance > 0 ? variance.squareRoot() : 1
            for row in 0..<count {
                result.inputs[row, column] = Float((Double(inputs[row, column]) - mean) / deviation)
            }
        }
        return result
    }

    /// Fisher–Yates with the engine's generator; the standard library's `shuffle` may change
    /// its algorithm between releases, and the course must not.
    static func shuffle(_ order: inout [Int], random: inout RandomSource) {
        guard order.count > 1 else { return }
        for i in stride(from: order.count - 1, to: 0, by: -1) {
            // The high word of a 64 × 64-bit product is uniform on 0...i up to a bias of 2⁻⁶⁴ (Lemire 2019).
            let j = Int(random.next().multipliedFullWidth(by: UInt64(i + 1)).high)
            order.swapAt(i, j)
        }
    }
}
