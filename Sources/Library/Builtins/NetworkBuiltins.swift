import Engine
import Interpreter

/// Dense networks: build, train, evaluate and look inside them.
enum NetworkBuiltins {
    static let topic = "Networks"
    static let network = ValueType.object(NetworkObject.typeName)
    static let dataset = ValueType.object(DatasetObject.typeName)
    /// Multiply-adds one training call may spend: about a second of the engine's time.
    static let workLimit = 50_000_000_000

    static var all: [Builtin] { [
        Builtin(
            "network", parameters: [
                Parameter(nil, "widths", .array(.int)),
                Parameter("activation", .enumeration(NetworkEnumerations.activation), default: NetworkEnumerations.value(NetworkEnumerations.activation, "relu")),
                Parameter("output", .enumeration(NetworkEnumerations.activation), default: NetworkEnumerations.value(NetworkEnumerations.activation, "linear")),
                Parameter("initializer", .enumeration(NetworkEnumerations.initializer), default: NetworkEnumerations.value(NetworkEnumerations.initializer, "glorotUniform")),
                Parameter("biases", .enumeration(NetworkEnumerations.initializer), default: NetworkEnumerations.value(NetworkEnumerations.initializer, "zeros")),
                Parameter("seed", .int, default: .int(0)),
            ], returns: network, topic: topic,
            doc: "A dense network of these widths, inputs first: hidden layers share the activation, the last layer has the output activation.",
            example: "network([2, 16, 16, 2], activation: .tanh, initializer: .glorotUniform)"
        ) { call in
            let widths = call.array(0).map { value -> Int in if case .int(let n) = value { n } else { 0 } }
            guard widths.count >= 2, widths.allSatisfy({ $0 > 0 }) else {
                throw BuiltinError(.networkWidths(call.arguments[0].printed), argument: 0)
            }
            try call.context.reserve(elements: zip(widths, widths.dropFirst()).reduce(0) { $0 + ($1.0 + 1) * $1.1 })
            guard let activation = call.enumCase(1), let output = call.enumCase(2), let weights = call.enumCase(3), let biases = call.enumCase(4) else { return .void }
            return .object(NetworkObject(Network(
                widths: widths, activation: NetworkEnumerations.engineActivation(activation),
                output: NetworkEnumerations.engineActivation(output), initializer: NetworkEnumerations.engineInitializer(weights),
                biasInitializer: NetworkEnumerations.engineInitializer(biases), seed: call.seed(5))))
        },
        train(validation: false),
        train(validation: true),
        Builtin(
            "cost", parameters: [Parameter(nil, "network", network), Parameter("on", "data", dataset),
                                 Parameter("loss", .enumeration(NetworkEnumerations.loss))],
            returns: .double, topic: topic, doc: "The mean loss of the network over the dataset's examples.",
            example: "cost(network([2, 1]), on: xor(count: 100), loss: .meanSquaredError)"
        ) { call in
            let (network, data) = (call.network(0), call.dataset(1))
            let loss = call.loss(2)
            try NetworkChecks.fits(network, data, networkArgument: 0, dataArgument: 1)
            try NetworkChecks.loss(loss, suits: network, argument: 2)
            return .double(network.cost(on: data, loss: loss) ?? .nan)
        },
        Builtin(
            "accuracy", parameters: [Parameter(nil, "network", network), Parameter("on", "data", dataset)],
            returns: .double, topic: topic, doc: "The fraction of the dataset's examples the network classifies correctly.",
            example: "accuracy(network([2, 2]), on: moons(count: 100))"
        ) { call in
            let (network, data) = (call.network(0), call.dataset(1))
            try NetworkChecks.fits(network, data, networkArgument: 0, dataArgument: 1)
            guard let accuracy = network.accuracy(on: data) else { throw BuiltinError(.noLabels(), argument: 1) }
            return .double(accuracy)
        },
        Builtin(
            "predict", parameters: [Parameter(nil, "network", network), Parameter(nil, "inputs", .array(.array(.double)))],
            returns: .array(.array(.double)), topic: topic, doc: "The network's outputs for each input row.",
            example: "predict(network([2, 1]), [[0, 1], [1, 0]])"
        ) { call in
            let network = call.network(0)
            let inputs = try call.matrix(1)
            guard inputs.rows == 0 || inputs.columns == network.widths[0] else {
                throw BuiltinError(.featuresMismatch(data: inputs.columns, network: network.widths[0]), argument: 1)
            }
            try call.context.reserve(elements: inputs.rows * network.widths.reduce(0, +))
            return DatasetObject.rows(network.outputs(inputs))
        },
        Builtin(
            "probe", parameters: [Parameter(nil, "network", network), Parameter("on", "data", dataset),
                                  Parameter("loss", .enumeration(NetworkEnumerations.loss), default: NetworkEnumerations.value(NetworkEnumerations.loss, "meanSquaredError"))],
            returns: .array(.tuple([.double, .double, .double, .double, .double])), topic: topic,
            doc: "Per layer, over the dataset: activation mean and standardDeviation, the saturated and dead fractions, and the mean per-example gradient norm.",
            example: "probe(network([2, 8, 8, 1], activation: .sigmoid), on: xor(count: 100)).map { $0.gradientNorm }"
        ) { call in
            let (network, data) = (call.network(0), call.dataset(1))
            let loss = call.loss(2)
            try NetworkChecks.fits(network, data, networkArgument: 0, dataArgument: 1)
            try NetworkChecks.loss(loss, suits: network, argument: 2)
            try call.context.reserve(elements: 3 * data.count * network.widths.reduce(0, +))
            let layers = Probe.layers(network, on: data, loss: loss) ?? []
            return .array(layers.map { layer in
                .tuple(Tuple(elements: [.double(layer.mean), .double(layer.standardDeviation), .double(layer.saturated),
                                        .double(layer.dead), .double(layer.gradientNorm)],
                             labels: ["mean", "standardDeviation", "saturated", "dead", "gradientNorm"]))
            })
        },
        Builtin(
            "unitSymmetry", parameters: [Parameter(nil, "network", network)], returns: .array(.double), topic: topic,
            doc: "Per hidden layer, the largest difference between two of its units' weights; exactly 0 when every unit is a copy.",
            example: "unitSymmetry(network([2, 4, 1], initializer: .zeros))"
        ) { call in
            .array(Probe.unitSymmetry(call.network(0)).map(Value.double))
        },
        Builtin(
            "activations", parameters: [Parameter(nil, "network", network), Parameter("on", "data", dataset), Parameter("layer", .int)],
            returns: .array(.double), topic: topic, doc: "Every activation of a layer (counted from 1) over the dataset's examples, example by example.",
            example: "histogram(activations(network([2, 16, 16, 1], activation: .sigmoid, initializer: .randomNormal), on: xor(count: 100), layer: 2))"
        ) { call in
            let (network, data, layer) = (call.network(0), call.dataset(1), call.int(2))
            guard data.features == network.widths[0] else {
                throw BuiltinError(.featuresMismatch(data: data.features, network: network.widths[0]), argument: 0)
            }
            try layerExists(layer, in: network, argument: 2)
            try call.context.reserve(elements: 2 * data.count * network.widths.reduce(0, +))
            return .array(network.activations(data.inputs)[layer - 1].storage.map { .double(Double($0)) })
        },
        Builtin(
            "weights", parameters: [Parameter(nil, "network", network), Parameter("layer", .int)],
            returns: .array(.double), topic: topic, doc: "Every weight of a layer (counted from 1), row by row.",
            example: "weights(network([2, 3, 1]), layer: 1)"
        ) { call in
            let (network, layer) = (call.network(0), call.int(1))
            try layerExists(layer, in: network, argument: 1)
            return .array(network.layers[layer - 1].weights.storage.map { .double(Double($0)) })
        },
    ] }

    /// Layers are counted from 1, as the pages number them.
    private static func layerExists(_ layer: Int, in network: Network, argument: Int) throws {
        guard network.layers.indices.contains(layer - 1) else {
            throw BuiltinError(.layerIndex(layer, count: network.layers.count), argument: argument)
        }
    }

    private static func train(validation: Bool) -> Builtin {
        var parameters = [Parameter(nil, "network", network), Parameter("on", "data", dataset)]
        if validation { parameters.append(Parameter("validation", dataset)) }
        parameters += [
            Parameter("loss", .enumeration(NetworkEnumerations.loss)), Parameter("epochs", .int), Parameter("batchSize", .int),
            Parameter("learningRate", .double),
            Parameter("optimizer", .enumeration(LibraryEnumerations.optimizer), default: .enumCase(EnumCase(enumeration: LibraryEnumerations.optimizer, name: "gradientDescent"))),
            Parameter("shuffle", .bool, default: .bool(true)), Parameter("clipNorm", .double, default: .double(0)),
            Parameter("seed", .int, default: .int(0)),
        ]
        return Builtin(
            "train", parameters: parameters, returns: .object(TrainingObject.typeName), topic: topic,
            doc: validation
                ? "Trains as train(_:on:…) does, and measures the validation set's loss and accuracy after every epoch."
                : "Trains a copy of the network by gradient descent on batches (batchSize 1: stochastic; the whole set: batch), shuffled each epoch from the seed.",
            example: validation
                ? "let (training, test) = split(moons(count: 200), training: 0.8)\ntrain(network([2, 8, 2]), on: training, validation: test, loss: .softmaxCrossEntropy, epochs: 20, batchSize: 16, learningRate: 0.1).validationAccuracy.last"
                : "train(network([2, 8, 2], activation: .tanh), on: moons(count: 200), loss: .softmaxCrossEntropy, epochs: 50, batchSize: 16, learningRate: 0.1).loss.last"
        ) { call in
            let offset = validation ? 1 : 0
            let (network, data) = (call.network(0), call.dataset(1))
            let loss = call.loss(2 + offset)
            try NetworkChecks.fits(network, data, networkArgument: 0, dataArgument: 1)
            if validation { try NetworkChecks.fits(network, call.dataset(2), networkArgument: 0, dataArgument: 2) }
            try NetworkChecks.loss(loss, suits: network, argument: 2 + offset)
            let (epochs, batchSize) = (call.int(3 + offset), call.int(4 + offset))
            guard epochs >= 0 else { throw BuiltinError(.negativeCount("train's epochs", epochs), argument: 3 + offset) }
            guard batchSize >= 1 else { throw BuiltinError(.batchSize(batchSize), argument: 4 + offset) }
            let work = epochs.multipliedReportingOverflow(by: data.count * network.parameterCount * 3)
            guard !work.overflow, work.partialValue <= workLimit else {
                throw BuiltinError(.trainingTooLarge(work.overflow ? Int.max : work.partialValue, limit: workLimit), argument: 3 + offset)
            }
            try call.context.reserve(elements: 4 * network.parameterCount + 3 * min(batchSize, data.count) * network.widths.reduce(0, +)
                + 2 * epochs * ((data.count + batchSize - 1) / batchSize))
            guard let optimizer = call.enumCase(6 + offset) else { return .void }
            let clip = try call.double(8 + offset)
            let settings = TrainingSettings(
                loss: loss, epochs: epochs, batchSize: batchSize, learningRate: try call.double(5 + offset),
                optimizer: LibraryEnumerations.engineOptimizer(optimizer), shuffle: call.bool(7 + offset),
                clipNorm: clip > 0 ? clip : nil, seed: call.seed(9 + offset))
            let (trained, history) = Trainer.train(network, on: data, validation: validation ? call.dataset(2) : nil, settings: settings)
            return .object(TrainingObject(network: trained, history: history))
        }
    }
}
