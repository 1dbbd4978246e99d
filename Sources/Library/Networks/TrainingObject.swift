import Engine
import Interpreter

/// A training run as blocks see it: the trained network and its history.
final class TrainingObject: DocumentedObject {
    static let typeName = "Training"
    static let doc = "A training run: the trained network, and what was measured after each epoch."
    static let properties: [ObjectProperty<TrainingObject>] = [
        .init("network", .object(NetworkObject.typeName), doc: "The network as training left it (its best epoch's, if early stopping restored it).") { run in
            .object(NetworkObject(run.network))
        },
        .init("loss", .array(.double), doc: "Each epoch's mean loss over its batches, each measured before its update, as Keras reports it; no penalty.") { numbers($0.history.loss) },
        .init("accuracy", .array(.double), doc: "Each epoch's fraction of examples classified correctly, over its batches.") { numbers($0.history.accuracy) },
        .init("trainingLoss", .array(.double), doc: "With a validation set: the training set's loss after each epoch, measured as inference sees the network.") { numbers($0.history.trainingLoss) },
        .init("trainingAccuracy", .array(.double), doc: "With a validation set: the training set's accuracy after each epoch, as inference sees the network.") { numbers($0.history.trainingAccuracy) },
        .init("validationLoss", .array(.double), doc: "The loss on the validation set after each epoch; empty without one.") { numbers($0.history.validationLoss) },
        .init("validationAccuracy", .array(.double), doc: "The accuracy on the validation set after each epoch; empty without one.") { numbers($0.history.validationAccuracy) },
        .init("updateLoss", .array(.double), doc: "The loss of each update's batch, before the update: noisy for small batches.") { numbers($0.history.updateLoss) },
        .init("gradientNorms", .array(.double), doc: "The length of each update's whole gradient, penalty included, before any clipping.") { numbers($0.history.gradientNorms) },
        .init("penalty", .array(.double), doc: "The penalty's value after each epoch; zeros without one.") { numbers($0.history.penalty) },
        .init("weightL1", .array(.double), doc: "Σ|w| over the weights after each epoch.") { numbers($0.history.weightL1) },
        .init("weightL2", .array(.double), doc: "√(Σw²) over the weights after each epoch.") { numbers($0.history.weightL2) },
        .init("weightChange", .array(.double), doc: "The largest change of any weight in each epoch.") { numbers($0.history.weightChange) },
        .init("updates", .int, doc: "How many updates (steps) training took.") { .int($0.history.updates) },
        .init("epochs", .int, doc: "How many epochs ran.") { .int($0.history.epochs) },
        .init("diverged", .bool, doc: "Whether a batch's loss became infinite or NaN, or passed the bound.") { .bool($0.history.divergedAt != nil) },
        .init("divergedAt", .int, doc: "The update (from 1) at which it diverged; an error if it did not (ask diverged first).") { run in
            guard let update = run.history.divergedAt else { throw BuiltinError(.runDidNot("diverge", "divergedAt")) }
            return .int(update)
        },
        .init("stopped", .bool, doc: "Whether a stopping rule ended training before its last epoch.") { .bool($0.history.stoppedAt != nil) },
        .init("stoppedAt", .int, doc: "The epoch (from 1) after which training stopped; an error if it never did (ask stopped first).") { run in
            guard let epoch = run.history.stoppedAt else { throw BuiltinError(.neverStopped()) }
            return .int(epoch)
        },
        .init("stopReason", .string, doc: "Which rule stopped training: \"errorChange\", \"weightChange\", or \"none\".") { run in
            .string(run.history.stopReason?.rawValue ?? "none")
        },
        .init("bestEpoch", .int, doc: "The epoch (from 1) with the lowest validation loss; an error without a validation set.") { run in
            guard let epoch = run.history.bestEpoch else { throw BuiltinError(.noBestEpoch()) }
            return .int(epoch)
        },
        .init("restoredBest", .bool, doc: "Whether the network was put back to its best epoch's weights when training stopped.") { .bool($0.history.restoredBest) },
    ]

    let network: Network
    let history: TrainingHistory

    init(network: Network, history: TrainingHistory) {
        self.network = network
        self.history = history
    }

    var printed: String {
        var ending = history.divergedAt.map { "diverged at update \($0)" } ?? "\(history.loss.count) epochs"
        if let epoch = history.stoppedAt, let reason = history.stopReason { ending += ", stopped by \(reason.rawValue) after epoch \(epoch)" }
        let loss = history.loss.last.map { ", final loss \(Value.double($0).printed)" } ?? ""
        return "Training(\(ending), \(history.updates) updates\(loss))"
    }

    private static func numbers(_ values: [Double]) -> Value {
        .array(values.map(Value.double))
    }
}
