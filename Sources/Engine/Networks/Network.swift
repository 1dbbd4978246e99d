/// A stack of dense layers. The hidden layers share one activation and the same options;
/// the output layer has its own activation, which the loss may require (sigmoid for binary
/// cross-entropy, linear logits for softmax cross-entropy), and no normalisation or dropout.
public struct Network: Sendable, Hashable {
    public var layers: [DenseLayer]

    public init(layers: [DenseLayer]) {
        self.layers = layers
    }

    /// Layers of the given widths (inputs first), weights drawn by `initializer` and biases
    /// by `biasInitializer`, in layer order from one seeded generator. Every hidden layer gets
    /// the normalisation, dropout and DropConnect asked for.
    public init(
        widths: [Int], activation: Activation, output: Activation = .linear,
        initializer: Initializer, biasInitializer: Initializer = .zeros,
        normalization: BatchNormalization.Placement? = nil, dropout: Double = 0, dropConnect: Double = 0, seed: UInt64
    ) {
        precondition(widths.count >= 2 && widths.allSatisfy { $0 > 0 }, "a network needs an input and an output width")
        var random = RandomSource(seed: seed)
        layers = (1..<widths.count).map { l in
            let weights = initializer.matrix(fanIn: widths[l - 1], fanOut: widths[l], random: &random)
            let biases = biasInitializer.matrix(fanIn: 1, fanOut: widths[l], random: &random).storage
            guard l < widths.count - 1 else { return DenseLayer(weights: weights, biases: biases, activation: output) }
            let normalized = normalization.map { BatchNormalization(units: widths[l], placement: $0) }
            return DenseLayer(
                weights: weights, biases: normalized?.placement == .beforeActivation ? biases.map { _ in 0 } : biases,
                activation: activation, normalization: normalized, dropout: dropout, dropConnect: dropConnect)
        }
    }

    /// Inputs first, outputs last.
    public var widths: [Int] { [layers[0].inputCount] + layers.map(\.outputCount) }

    public var parameterCount: Int { layers.reduce(0) { $0 + $1.parameterCount } }

    /// Whether a training pass differs from inference: batch statistics or random masks.
    public var isStochasticInTraining: Bool {
        layers.contains { $0.normalization != nil || $0.dropout > 0 || $0.dropConnect > 0 }
    }
}
