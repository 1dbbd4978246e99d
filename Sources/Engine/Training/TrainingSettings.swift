/// How a network is trained. The batch size chooses the flavour of gradient descent: the
/// whole set (batch GD), one example (stochastic GD), or anything between (mini-batch).
public struct TrainingSettings: Sendable, Hashable {
    public var loss: Loss
    public var epochs: Int
    /// Examples per update; the last batch of an epoch may be smaller.
    public var batchSize: Int
    public var learningRate: Double
    public var optimizer: Optimizer
    /// Reorder the examples before each epoch, from the seed.
    public var shuffle: Bool
    /// Rescale the gradient to this norm when it is longer (Pascanu et al. 2013).
    public var clipNorm: Double?
    /// A batch loss above this, or not finite, ends the run as diverged.
    public var divergenceBound: Double
    public var seed: UInt64

    public init(
        loss: Loss, epochs: Int, batchSize: Int, learningRate: Double, optimizer: Optimizer = .gradientDescent,
        shuffle: Bool = true, clipNorm: Double? = nil, divergenceBound: Double = 1e6, seed: UInt64
    ) {
        self.loss = loss
        self.epochs = epochs
        self.batchSize = batchSize
        self.learningRate = learningRate
        self.optimizer = optimizer
        self.shuffle = shuffle
        self.clipNorm = clipNorm
        self.divergenceBound = divergenceBound
        self.seed = seed
    }
}
