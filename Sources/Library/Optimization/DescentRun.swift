import Engine
import Interpreter

/// A run of descent as blocks see it: `run.final.value`, `run.path`, `run.converged` ….
final class DescentRun: DocumentedObject {
    static let typeName = "Descent"
    static let doc = "A run of descent: where it went, what the function was at each step, and how it ended."
    static let properties: [ObjectProperty<DescentRun>] = [
        .init("final", .generic("(x:, value:) · (x:, y:, value:) · (point:, value:)"),
              doc: "Where the run ended and the function's value there; x (and y) for one (two) variables, point for more.") { $0.final },
        .init("path", .array(.any), doc: "Every point visited, the start first: numbers for one variable, (x:, y:) for two, arrays for more.") { run in
            .array(run.trajectory.points.map(run.shape.value))
        },
        .init("values", .array(.double), doc: "The function's value at each point of the path.") { run in
            .array(run.trajectory.values.map(Value.double))
        },
        .init("gradientNorms", .array(.double), doc: "The length of the gradient at each point of the path.") { run in
            .array(run.trajectory.gradientNorms.map(Value.double))
        },
        .init("steps", .int, doc: "How many steps were taken.") { .int($0.trajectory.steps) },
        .init("converged", .bool, doc: "Whether the function changed by less than the tolerance in a step.") { .bool($0.trajectory.convergedAt != nil) },
        .init("convergedAt", .int, doc: "The step at which it converged; an error if it did not (ask converged first).") { run in
            guard let step = run.trajectory.convergedAt else { throw BuiltinError(.runDidNot("converge", "converged")) }
            return .int(step)
        },
        .init("diverged", .bool, doc: "Whether the run left the bound, or reached infinity or NaN.") { .bool($0.trajectory.divergedAt != nil) },
        .init("divergedAt", .int, doc: "The step at which it diverged; an error if it did not (ask diverged first).") { run in
            guard let step = run.trajectory.divergedAt else { throw BuiltinError(.runDidNot("diverge", "diverged")) }
            return .int(step)
        },
    ]

    let trajectory: Trajectory
    let shape: FunctionShape

    init(trajectory: Trajectory, shape: FunctionShape) {
        self.trajectory = trajectory
        self.shape = shape
    }

    var printed: String {
        let ending = trajectory.convergedAt.map { "converged at step \($0)" }
            ?? trajectory.divergedAt.map { "diverged at step \($0)" } ?? "ran \(trajectory.steps) steps"
        return "Descent(\(ending), final value \(Value.double(trajectory.final.value).printed))"
    }

    /// `(x:, value:)`, `(x:, y:, value:)`, or `(point:, value:)`.
    private var final: Value {
        let (point, value) = trajectory.final
        switch shape {
        case .scalar: return .tuple(Tuple(elements: [.double(point[0]), .double(value)], labels: ["x", "value"]))
        case .pair: return .tuple(Tuple(elements: [.double(point[0]), .double(point[1]), .double(value)], labels: ["x", "y", "value"]))
        case .vector: return .tuple(Tuple(elements: [.array(point.map(Value.double)), .double(value)], labels: ["point", "value"]))
        }
    }
}
