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
    let memberNames = ["accuracy", "bestEpoch", "diverged", "divergedAt", "epochs", "gradientNorms", "loss", "network", "penalty",
                       "restoredBest", "stopReason", "stopped", "stoppedAt", "trainingAccuracy", "trainingLoss", "updateLoss", "updates",
                       "validationAccuracy", "validationLoss", "weightChange", "weightL1", "weightL2"]

    var printed: String {
        var ending = history.divergedAt.map { "diverged at update \($0)" } ?? "\(history.loss.count) epochs"
        if let epoch = history.stoppedAt, let reason = history.stopReason { ending += ", stopped by \(reason.rawValue) after epoch \(epoch)" }
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
        case "trainingLoss": return numbers(history.trainingLoss)
        case "trainingAccuracy": return numbers(history.trainingAccuracy)
        case "penalty": return numbers(history.penalty)
        case "weightL1": return numbers(history.weightL1)
        case "weightL2": return numbers(history.weightL2)
        case "weightChange": return numbers(history.weightChange)
        case "epochs": return .int(history.epochs)
        case "stopped": return .bool(history.stoppedAt != nil)
        case "stoppedAt":
            guard let epoch = history.stoppedAt else { throw BuiltinError(.neverStopped()) }
            return .int(epoch)
        case "stopReason": return .string(history.stopReason?.rawValue ?? "none")
        case "bestEpoch":
            guard let epoch = history.bestEpoch else { throw BuiltinError(.noBestEpoch()) }
            return .int(epoch)
        case "restoredBest": return .bool(history.restoredBest)
        default: return nil
        }
    }

    private func numbers(_ values: [Double]) -> Value {
        .array(values.map(Value.double))
    }
}
