import Engine
import Interpreter
import LessonsCore

/// Training: `train`, with or without a validation set, and every regularizer a lesson can
/// switch on: penalties, weight decay, noise on the inputs and gradients, and early stopping.
enum TrainBuiltins {
    static let topic = NetworkBuiltins.topic

    static var all: [Builtin] { [train(validation: false), train(validation: true)] }

    /// The parameters, each found by name: with and without `validation:` their positions differ.
    private static func parameters(validation: Bool) -> [Parameter] {
        let network = NetworkBuiltins.network, dataset = NetworkBuiltins.dataset
        func value(_ enumeration: Enumeration, _ name: String) -> Value { NetworkEnumerations.value(enumeration, name) }
        return [Parameter(nil, "network", network), Parameter("on", "data", dataset)]
            + (validation ? [Parameter("validation", dataset)] : [])
            + [
                Parameter("loss", .enumeration(NetworkEnumerations.loss)), Parameter("epochs", .int), Parameter("batchSize", .int),
                Parameter("learningRate", .double),
                Parameter("optimizer", .enumeration(LibraryEnumerations.optimizer), default: value(LibraryEnumerations.optimizer, "gradientDescent")),
                Parameter("shuffle", .bool, default: .bool(true)), Parameter("clipNorm", .double, default: .double(0)),
                Parameter("penalty", .enumeration(NetworkEnumerations.penalty), default: value(NetworkEnumerations.penalty, "none")),
                Parameter("weightDecay", .double, default: .double(0)), Parameter("penalizeBiases", .bool, default: .bool(false)),
                Parameter("inputNoise", .double, default: .double(0)), Parameter("gradientNoise", .double, default: .double(0)),
                Parameter("earlyStopping", .enumeration(NetworkEnumerations.stoppingRule), default: value(NetworkEnumerations.stoppingRule, "never")),
                Parameter("restoreBestWeights", .bool, default: .bool(false)),
                Parameter("seed", .int, default: .int(0)),
            ]
    }

    private static func train(validation: Bool) -> Builtin {
        let parameters = parameters(validation: validation)
        let index = Dictionary(uniqueKeysWithValues: parameters.enumerated().map { ($1.name, $0) })
        return Builtin(
            "train", parameters: parameters, returns: .object(TrainingObject.typeName), topic: topic,
            doc: validation
                ? "Trains as train(_:on:…) does, and after every epoch measures the training and validation sets' loss and accuracy as inference sees the network; early stopping watches the validation loss."
                : "Trains a copy of the network by gradient descent on batches (batchSize 1: stochastic; the whole set: batch), shuffled each epoch from the seed; penalty, weightDecay (decoupled, as AdamW), inputNoise (σ of Gaussian jitter) and gradientNoise (variance c/(1+t)^0.55) regularize it.",
            example: validation
                ? "let (training, test) = split(moons(count: 200), training: 0.8)\ntrain(network([2, 8, 2]), on: training, validation: test, loss: .softmaxCrossEntropy, epochs: 20, batchSize: 16, learningRate: 0.1, earlyStopping: .errorChange(patience: 5)).validationAccuracy.last"
                : "train(network([2, 8, 2], activation: .tanh), on: moons(count: 200), loss: .softmaxCrossEntropy, epochs: 50, batchSize: 16, learningRate: 0.1, penalty: .l2(lambda: 1e-3)).loss.last"
        ) { call in
            let arguments = TrainingArguments(call: call, index: index)
            let (network, data) = (call.network(0), call.dataset(1))
            try arguments.check(network, data, validation: validation ? call.dataset(2) : nil)
            let settings = try arguments.settings()
            let (trained, history) = Trainer.train(network, on: data, validation: validation ? call.dataset(2) : nil, settings: settings)
            return .object(TrainingObject(network: trained, history: history))
        }
    }
}

/// The arguments of one `train` call, read by parameter name and checked, each problem
/// reported at its own argument.
private struct TrainingArguments {
    let call: Invocation
    let index: [String: Int]

    private func at(_ name: String) -> Int { index[name] ?? 0 }

    func check(_ network: Network, _ data: Dataset, validation: Dataset?) throws {
        try NetworkChecks.fits(network, data, networkArgument: 0, dataArgument: 1)
        if let validation { try NetworkChecks.fits(network, validation, networkArgument: 0, dataArgument: 2) }
        try NetworkChecks.loss(call.loss(at("loss")), suits: network, argument: at("loss"))
        let (epochs, batchSize) = (call.int(at("epochs")), call.int(at("batchSize")))
        guard epochs >= 0 else { throw BuiltinError(.negativeCount("train's epochs", epochs), argument: at("epochs")) }
        guard batchSize >= 1 else { throw BuiltinError(.batchSize(batchSize), argument: at("batchSize")) }
        if network.layers.contains(where: { $0.normalization != nil }), batchSize == 1 || (batchSize < data.count && data.count % batchSize == 1) {
            throw BuiltinError(.normalizationBatchOfOne(batchSize, data.count), argument: at("batchSize"))
        }
        for name in ["weightDecay", "inputNoise", "gradientNoise", "clipNorm"] where try call.double(at(name)) < 0 {
            throw BuiltinError(.negativeStrength(name, call.argumentTexts[at(name)]), argument: at(name))
        }
        if let penalty = call.enumCase(at("penalty")), !(NetworkEnumerations.enginePenalty(penalty).strength >= 0) {
            throw BuiltinError(.negativeStrength("the penalty's lambda", call.argumentTexts[at("penalty")]), argument: at("penalty"))
        }
        try checkStopping(validation: validation)
        let work = epochs.multipliedReportingOverflow(by: data.count * network.parameterCount * 3)
        let limit = call.context.workLimit
        guard !work.overflow, work.partialValue <= limit else {
            throw BuiltinError(.trainingTooLarge(work.overflow ? Int.max : work.partialValue, limit: limit), argument: at("epochs"))
        }
        try call.context.reserve(elements: 4 * network.parameterCount + network.passElements(rows: min(batchSize, data.count))
            + 2 * epochs * ((data.count + batchSize - 1) / batchSize) + 12 * epochs)
    }

    private func checkStopping(validation: Dataset?) throws {
        guard let value = call.enumCase(at("earlyStopping")), let rule = NetworkEnumerations.engineStoppingRule(value) else { return }
        switch rule {
        case .errorChange(let patience, let minDelta):
            guard value.number("patience") >= 1, value.number("patience") == Double(patience) else {
                throw BuiltinError(.patience(NumberFormat.text(value.number("patience"))), argument: at("earlyStopping"))
            }
            guard minDelta >= 0 else { throw BuiltinError(.negativeStrength("minDelta", Value.double(minDelta).printed), argument: at("earlyStopping")) }
            guard validation != nil else { throw BuiltinError(.stoppingNeedsValidation(), argument: at("earlyStopping")) }
        case .weightChange(let threshold):
            guard threshold >= 0 else { throw BuiltinError(.negativeStrength("the threshold", Value.double(threshold).printed), argument: at("earlyStopping")) }
        }
    }

    func settings() throws -> TrainingSettings {
        let clip = try call.double(at("clipNorm"))
        let gradientNoise = try call.double(at("gradientNoise"))
        let optimizer = call.enumCase(at("optimizer")).map(LibraryEnumerations.engineOptimizer) ?? .gradientDescent
        return TrainingSettings(
            loss: call.loss(at("loss")), epochs: call.int(at("epochs")), batchSize: call.int(at("batchSize")),
            learningRate: try call.double(at("learningRate")), optimizer: optimizer, shuffle: call.bool(at("shuffle")),
            clipNorm: clip > 0 ? clip : nil,
            regularization: Regularization(
                penalty: call.enumCase(at("penalty")).map(NetworkEnumerations.enginePenalty) ?? .none,
                weightDecay: try call.double(at("weightDecay")), includeBiases: call.bool(at("penalizeBiases"))),
            inputNoise: try call.double(at("inputNoise")),
            gradientNoise: gradientNoise > 0 ? GradientNoise(scale: gradientNoise) : nil,
            earlyStopping: call.enumCase(at("earlyStopping")).flatMap(NetworkEnumerations.engineStoppingRule).map { [$0] } ?? [],
            restoreBestWeights: call.bool(at("restoreBestWeights")), seed: call.seed(at("seed")))
    }
}
