/// A fully connected layer: z = x·W + b, then a = f(z), for a batch of examples in rows,
/// with the options a lesson can add: batch normalization before or after f, inverted
/// dropout of its outputs, and DropConnect of its weights.
public struct DenseLayer: Sendable, Hashable {
    /// inputs × outputs.
    public var weights: Matrix
    /// One per output. All 0 and never trained when the layer is normalised before its
    /// activation, where the normalisation would cancel them.
    public var biases: [Float]
    public var activation: Activation
    public var normalization: BatchNormalization?
    /// The fraction of the layer's outputs set to 0 in each training pass, a new choice per
    /// example; the survivors are divided by the keep probability 1 − rate (inverted
    /// dropout, Srivastava et al. 2014), so inference uses every output unscaled.
    public var dropout: Double
    /// The fraction of the layer's weights set to 0 in each training pass, a new mask per
    /// example as Wan et al. 2013 draw them; the kept weights are divided by the keep
    /// probability, so inference uses the mean network, W itself (not Wan et al.'s Gaussian
    /// moment matching).
    public var dropConnect: Double

    public init(
        weights: Matrix, biases: [Float], activation: Activation, normalization: BatchNormalization? = nil,
        dropout: Double = 0, dropConnect: Double = 0
    ) {
        precondition(biases.count == weights.columns, "one bias per output")
        precondition((0..<1).contains(dropout) && (0..<1).contains(dropConnect), "a drop rate is in [0, 1)")
        self.weights = weights
        self.biases = biases
        self.activation = activation
        self.normalization = normalization
        self.dropout = dropout
        self.dropConnect = dropConnect
    }

    public var inputCount: Int { weights.rows }
    public var outputCount: Int { weights.columns }

    /// Whether the layer adds and trains its biases.
    public var hasBias: Bool { normalization?.placement != .beforeActivation }

    /// The numbers training changes: weights, biases if the layer has them, γ and β.
    public var parameterCount: Int {
        weights.storage.count + (hasBias ? biases.count : 0) + (normalization.map { 2 * $0.units } ?? 0)
    }
}
