import Engine
import Interpreter

/// A dataset as blocks see it: `data.count`, `data.inputs`, `data.labels`.
final class DatasetObject: LibraryObject {
    static let typeName = "Dataset"
    let dataset: Dataset

    init(_ dataset: Dataset) {
        self.dataset = dataset
    }

    var typeName: String { Self.typeName }
    let memberNames = ["classes", "count", "features", "inputs", "labels", "targets"]

    var printed: String {
        // Written with `if let`: `classCount.map { … } ?? "regression"` crashes Swift 6.3's
        // optimiser (CopyPropagation's ownership verifier).
        var kind = "regression"
        if let classes = dataset.classCount { kind = "\(classes) classes" }
        return "Dataset(\(dataset.count) examples, \(dataset.features) features, \(kind))"
    }

    func member(_ name: String) throws -> Value? {
        switch name {
        case "count": return .int(dataset.count)
        case "features": return .int(dataset.features)
        case "classes": return .int(dataset.classCount ?? 0)
        case "inputs": return Self.rows(dataset.inputs)
        case "labels": return .array((dataset.labels ?? []).map(Value.int))
        case "targets":
            if case .values(let values) = dataset.targets { return Self.rows(values) }
            return .array((dataset.labels ?? []).map { .array([.double(Double($0))]) })
        default: return nil
        }
    }

    /// A matrix as an array of rows of numbers.
    static func rows(_ matrix: Matrix) -> Value {
        .array((0..<matrix.rows).map { numbers(matrix.row($0)) })
    }

    /// The engine's `Float`s as the `[Double]` blocks see.
    static func numbers(_ values: [Float]) -> Value {
        .array(values.map { .double(Double($0)) })
    }
}
