import Engine
import Interpreter

/// Dense networks: build, train, evaluate and look inside them.
enum NetworkBuiltins {
    static let topic = "Networks"
    static let network = ValueType.object(NetworkObject.typeName)
    static let dataset = ValueType.object(DatasetObject.typeName)

    static var all: [Builtin] { [
        Builtin(
            "network", parameters: [
                Parameter(nil, "widths", .array(.int)),
                Parameter("activation", .enumeration(NetworkEnumerations.activation), default: NetworkEnumerations.value(NetworkEnumerations.activation, "relu")),
                Parameter("output", .enumeration(NetworkEnumerations.activation), default: NetworkEnumerations.value(NetworkEnumerations.activation, "linear")),
                Parameter("initializer", .enumeration(NetworkEnumerations.initializer), default: NetworkEnumerations.value(NetworkEnumerations.initializer, "glorotUniform")),
                Parameter("biases", .enumeration(NetworkEnumerations.initializer), default: NetworkEnumerations.value(NetworkEnumerations.initializer, "zeros")),
                Parameter("batchNorm", .enumeration(NetworkEnumerations.batchNormalization), default: NetworkEnumerations.value(NetworkEnumerations.batchNormalization, "none")),
                Parameter("dropout", .double, default: .double(0)), Parameter("dropConnect", .double, default: .double(0)),
                Parameter("seed", .int, default: .int(0)),
            ], returns: network, topic: topic,
            doc: "A dense network of these widths, inputs first: hidden layers share the activation, batch normalization, dropout rate and DropConnect rate; the last layer has the output activation and none of them.",
            example: "network([2, 16, 16, 2], activation: .tanh, initializer: .glorotUniform, dropout: 0.2)"
        ) { call in
            let widths = call.array(0).map { value -> Int in if case .int(let n) = value { n } else { 0 } }
            guard widths.count >= 2, widths.allSatisfy({ $0 > 0 }) else {
                throw BuiltinError(.networkWidths(call.arguments[0].printed), argument: 0)
            }
            try call.context.reserve(elements: zip(widths, widths.dropFirst()).reduce(0) { $0 + ($1.0 + 1) * $1.1 })
            guard let activation = call.enumCase(1), let output = call.enumCase(2), let weights = call.enumCase(3), let biases = call.enumCase(4),
                  let normalization = call.enumCase(5) else { return .void }
            let (dropout, dropConnect) = (try call.double(6), try call.double(7))
            for (index, rate, name) in [(6, dropout, "dropout"), (7, dropConnect, "DropConnect")] where !(0..<1).contains(rate) {
                throw BuiltinError(.dropRate(name, call.argumentTexts[index]), argument: index)
            }
            return .object(NetworkObject(Network(
                widths: widths, activation: NetworkEnumerations.engineActivation(activation),
                output: NetworkEnumerations.engineActivation(output), initializer: try NetworkEnumerations.engineInitializer(weights),
                biasInitializer: try NetworkEnumerations.engineInitializer(biases),
                normalization: NetworkEnumerations.enginePlacement(normalization), dropout: dropout, dropConnect: dropConnect,
                seed: call.seed(8))))
        },
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
            try call.context.reserve(elements: network.passElements(rows: inputs.rows))
            return DatasetObject.rows(network.outputs(inputs))
        },
        Builtin(
            "probe", parameters: [Parameter(nil, "network", network), Parameter("on", "data", dataset),
                                  Parameter("loss", .enumeration(NetworkEnumerations.loss), default: NetworkEnumerations.value(NetworkEnumerations.loss, "meanSquaredError")),
                                  Parameter("training", .bool, default: .bool(false)), Parameter("seed", .int, default: .int(0))],
            returns: .array(.tuple([.double, .double, .double, .double, .double])), topic: topic,
            doc: "Per layer, over the dataset as one batch: output mean and standardDeviation, the saturated and dead fractions, and the mean per-example gradient norm; training: true runs it as a training batch.",
            example: "probe(network([2, 8, 8, 1], activation: .sigmoid), on: xor(count: 100)).map { $0.gradientNorm }"
        ) { call in
            let (network, data) = (call.network(0), call.dataset(1))
            let loss = call.loss(2)
            try NetworkChecks.fits(network, data, networkArgument: 0, dataArgument: 1)
            try NetworkChecks.loss(loss, suits: network, argument: 2)
            try call.context.reserve(elements: network.passElements(rows: data.count))
            let layers = Probe.layers(network, on: data, loss: loss, trainingSeed: call.bool(3) ? call.seed(4) : nil) ?? []
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
            "activations", parameters: [
                Parameter(nil, "network", network), Parameter("on", "data", dataset), Parameter("layer", .int),
                Parameter("signal", .enumeration(NetworkEnumerations.signal), default: NetworkEnumerations.value(NetworkEnumerations.signal, "output")),
                Parameter("training", .bool, default: .bool(false)), Parameter("seed", .int, default: .int(0)),
            ],
            returns: .array(.double), topic: topic,
            doc: "Every value of one signal of a layer (counted from 1) over the dataset's examples, example by example; training: true runs the examples as one training batch (batch statistics, dropout masks from the seed).",
            example: "histogram(activations(network([2, 16, 16, 1], activation: .sigmoid, batchNorm: .beforeActivation), on: xor(count: 100), layer: 2, signal: .preActivation, training: true))"
        ) { call in
            let (network, data, layer) = (call.network(0), call.dataset(1), call.int(2))
            guard data.features == network.widths[0] else {
                throw BuiltinError(.featuresMismatch(data: data.features, network: network.widths[0]), argument: 0)
            }
            try layerExists(layer, in: network, argument: 2)
            try call.context.reserve(elements: network.passElements(rows: data.count))
            guard let signal = call.enumCase(3) else { return .void }
            let signals = network.signals(data.inputs, NetworkEnumerations.engineSignal(signal), trainingSeed: call.bool(4) ? call.seed(5) : nil)
            return DatasetObject.numbers(signals[layer - 1].storage)
        },
        Builtin(
            "normalization", parameters: [Parameter(nil, "network", network), Parameter("layer", .int)],
            returns: .tuple([.array(.double), .array(.double), .array(.double), .array(.double)]), topic: topic,
            doc: "A normalised layer's (scale: γ, shift: β, runningMean:, runningVariance:), one of each per unit; inference computes γ(x − mean)/√(variance + 1e-5) + β.",
            example: "normalization(network([2, 3, 1], batchNorm: .beforeActivation), layer: 1).runningVariance"
        ) { call in
            let (network, layer) = (call.network(0), call.int(1))
            try layerExists(layer, in: network, argument: 1)
            guard let normalization = network.layers[layer - 1].normalization else { throw BuiltinError(.notNormalized(layer), argument: 1) }
            let numbers = DatasetObject.numbers
            return .tuple(Tuple(elements: [numbers(normalization.scale), numbers(normalization.shift), numbers(normalization.runningMean),
                                           numbers(normalization.runningVariance)],
                                labels: ["scale", "shift", "runningMean", "runningVariance"]))
        },
        Builtin(
            "biases", parameters: [Parameter(nil, "network", network), Parameter("layer", .int)],
            returns: .array(.double), topic: topic, doc: "The biases of a layer (counted from 1), one per unit.",
            example: "biases(network([2, 3, 1]), layer: 1)"
        ) { call in
            let (network, layer) = (call.network(0), call.int(1))
            try layerExists(layer, in: network, argument: 1)
            return DatasetObject.numbers(network.layers[layer - 1].biases)
        },
        Builtin(
            "weights", parameters: [Parameter(nil, "network", network), Parameter("layer", .int)],
            returns: .array(.double), topic: topic, doc: "Every weight of a layer (counted from 1), row by row.",
            example: "weights(network([2, 3, 1]), layer: 1)"
        ) { call in
            let (network, layer) = (call.network(0), call.int(1))
            try layerExists(layer, in: network, argument: 1)
            return DatasetObject.numbers(network.layers[layer - 1].weights.storage)
        },
    ] }

    /// Layers are counted from 1, as the pages number them.
    private static func layerExists(_ layer: Int, in network: Network, argument: Int) throws {
        guard network.layers.indices.contains(layer - 1) else {
            throw BuiltinError(.layerIndex(layer, count: network.layers.count), argument: argument)
        }
    }
}
