import Engine
import Interpreter

/// A dataset as blocks see it: `data.count`, `data.inputs`, `data.labels`.
final class DatasetObject: DocumentedObject {
    static let typeName = "Dataset"
    static let doc = "Examples to train on: a row of input features each, and a class label or target values."
    static let properties: [ObjectProperty<DatasetObject>] = [
        .init("count", .int, doc: "How many examples.") { .int($0.dataset.count) },
        .init("features", .int, doc: "How many input features each example has.") { .int($0.dataset.features) },
        .init("classes", .int, doc: "How many classes; 0 for a regression dataset.") { .int($0.dataset.classCount ?? 0) },
        .init("inputs", .array(.array(.double)), doc: "The examples' inputs, a row each.") { rows($0.dataset.inputs) },
        .init("labels", .array(.int), doc: "Each example's class, from 0; empty for a regression dataset.") { object in
            .array((object.dataset.labels ?? []).map(Value.int))
        },
        .init("targets", .array(.array(.double)), doc: "Each example's target values; for a classification dataset, its class as one number.") { object in
            if case .values(let values) = object.dataset.targets { return rows(values) }
            return .array((object.dataset.labels ?? []).map { .array([.double(Double($0))]) })
        },
    ]

    let dataset: Dataset

    init(_ dataset: Dataset) {
        self.dataset = dataset
    }

    var printed: String {
        // Written with `if let`: `classCount.map { … } ?? "regression"` crashes Swift 6.3's
        // optimiser (CopyPropagation's ownership verifier).
        var kind = "regression"
        if let classes = dataset.classCount { kind = "\(classes) classes" }
        return "Dataset(\(dataset.count) examples, \(dataset.features) features, \(kind))"
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
