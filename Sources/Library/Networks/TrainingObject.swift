import Engine
import Interpreter

/// A training run as blocks see it: the trained network and its history.
final class TrainingObject: LibraryObject {
    static let typeName = "Training"
    let network: Network
    let history: TrainingHistory

    init(network: Network, history: TrainingHistory) {
        self.network = network
        self.history = history
    }

    var typeName: String { Self.typeName }
    let memberNames = ["accuracy", "diverged", "divergedAt", "gradientNorms", "loss", "network", "updateLoss", "updates", "validationAccuracy", "validationLoss"]

    var printed: String {
        let ending = history.divergedAt.map { "diverged at update \($0)" } ?? "\(history.loss.count) epochs"
        let loss = history.loss.last.map { ", final loss \(Value.double($0).printed)" } ?? ""
        return "Training(\(ending), \(history.updates) updates\(loss))"
    }

    func member(_ name: String) throws -> Value? {
        switch name {
        case "network": return .object(NetworkObject(network))
        case "loss": return numbers(history.loss)
        case "accuracy": return numbers(history.accuracy)
        case "validationLoss": return numbers(history.validationLoss)
        case "validationAccuracy": return numbers(history.validationAccuracy)
        case "updateLoss": return numbers(history.updateLoss)
        case "gradientNorms": return numbers(history.gradientNorms)
        case "updates": return .int(history.updates)
        case "diverged": return .bool(history.divergedAt != nil)
        case "divergedAt":
            guard let update = history.divergedAt else { throw BuiltinError(.runDidNot("diverge", "divergedAt")) }
            return .int(update)
        default: return nil
        }
    }

    private func numbers(_ values: [Double]) -> Value {
        .array(values.map(Value.double))
    }
}
