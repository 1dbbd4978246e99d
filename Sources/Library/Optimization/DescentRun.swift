import Engine
import Interpreter

/// A run of descent as blocks see it: `run.final.value`, `run.path`, `run.converged` ….
final class DescentRun: LibraryObject {
    static let typeName = "Descent"
    let memberNames = ["converged", "convergedAt", "diverged", "divergedAt", "final", "gradientNorms", "path", "steps", "values"]

    let trajectory: Trajectory
    let shape: FunctionShape

    init(trajectory: Trajectory, shape: FunctionShape) {
        self.trajectory = trajectory
        self.shape = shape
    }

    var typeName: String { Self.typeName }

    var printed: String {
        let ending = trajectory.convergedAt.map { "converged at step \($0)" }
            ?? trajectory.divergedAt.map { "diverged at step \($0)" } ?? "ran \(trajectory.steps) steps"
        return "Descent(\(ending), final value \(Value.double(trajectory.final.value).printed))"
    }

    func member(_ name: String) throws -> Value? {
        switch name {
        case "final": return final
        case "path": return .array(trajectory.points.map(shape.value))
        case "values": return .array(trajectory.values.map(Value.double))
        case "gradientNorms": return .array(trajectory.gradientNorms.map(Value.double))
        case "steps": return .int(trajectory.steps)
        case "converged": return .bool(trajectory.convergedAt != nil)
        case "diverged": return .bool(trajectory.divergedAt != nil)
        case "convergedAt":
            guard let step = trajectory.convergedAt else { throw BuiltinError(.runDidNot("converge", "converged")) }
            return .int(step)
        case "divergedAt":
            guard let step = trajectory.divergedAt else { throw BuiltinError(.runDidNot("diverge", "diverged")) }
            return .int(step)
        default:
            return nil
        }
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
