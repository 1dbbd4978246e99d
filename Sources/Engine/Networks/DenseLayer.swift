/// A fully connected layer: z = x·W + b, then a = f(z), for a batch of examples in rows.
public struct DenseLayer: Sendable, Hashable {
    /// inputs × outputs.
    public var weights: Matrix
    public var biases: [Float]
    public var activation: Activation

    public init(weights: Matrix, biases: [Float], activation: Activation) {
        precondition(biases.count == weights.columns, "one bias per output")
        self.weights = weights
        self.biases = biases
        self.activation = activation
    }

    public var inputCount: Int { weights.rows }
    public var outputCount: Int { weights.columns }
}
