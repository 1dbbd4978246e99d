/// A stack of dense layers. The hidden layers share one activation; the output layer has
/// its own, which the loss may require (sigmoid for binary cross-entropy, linear logits for
/// softmax cross-entropy).
public struct Network: Sendable, Hashable {
    public var layers: [DenseLayer]

    public init(layers: [DenseLayer]) {
        self.layers = layers
    }

    /// Layers of the given widths (inputs first), weights drawn by `initializer` and biases
    /// by `biasInitializer`, in layer order from one seeded generator.
    public init(
        widths: [Int], activation: Activation, output: Activation = .linear,
        initializer: Initializer, biasInitializer: Initializer = .zeros, seed: UInt64
    ) {
        precondition(widths.count >= 2 && widths.allSatisfy { $0 > 0 }, "a network needs an input and an output width")
        var random = RandomSource(seed: seed)
        layers = (1..<widths.count).map { l in
            let weights = initializer.matrix(fanIn: widths[l - 1], fanOut: widths[l], random: &random)
            let biases = biasInitializer.matrix(fanIn: 1, fanOut: widths[l], random: &random).storage
            return DenseLayer(weights: weights, biases: biases, activation: l == widths.count - 1 ? output : activation)
        }
    }

    /// Inputs first, outputs last.
    public var widths: [Int] { [layers[0].inputCount] + layers.map(\.outputCount) }

    public var parameterCount: Int { layers.reduce(0) { $0 + $1.weights.storage.count + $1.biases.count } }
}
