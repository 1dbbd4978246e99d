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
    /// Penalties on the weights and weight decay.
    public var regularization: Regularization
    /// The standard deviation of Gaussian noise added to every input of every training
    /// batch, drawn anew each time an example is used (so anew each epoch).
    public var inputNoise: Double
    /// Annealed Gaussian noise added to the gradient, if any.
    public var gradientNoise: GradientNoise?
    /// The rules that end training early, checked after each epoch; the first that holds stops it.
    public var earlyStopping: [StoppingRule]
    /// On an early stop, return the weights of the epoch with the lowest validation loss
    /// instead of the last ones (Keras's `restore_best_weights`).
    public var restoreBestWeights: Bool
    public var seed: UInt64

    public init(
        loss: Loss, epochs: Int, batchSize: Int, learningRate: Double, optimizer: Optimizer = .gradientDescent,
        shuffle: Bool = true, clipNorm: Double? = nil, divergenceBound: Double = 1e6,
        regularization: Regularization = Regularization(), inputNoise: Double = 0, gradientNoise: GradientNoise? = nil,
        earlyStopping: [StoppingRule] = [], restoreBestWeights: Bool = false, seed: UInt64
    ) {
        self.loss = loss
        self.epochs = epochs
        self.batchSize = batchSize
        self.learningRate = learningRate
        self.optimizer = optimizer
        self.shuffle = shuffle
        self.clipNorm = clipNorm
        self.divergenceBound = divergenceBound
        self.regularization = regularization
        self.inputNoise = inputNoise
        self.gradientNoise = gradientNoise
        self.earlyStopping = earlyStopping
        self.restoreBestWeights = restoreBestWeights
        self.seed = seed
    }
}

/// Gaussian noise added to every gradient coordinate at update t (counted from 0), with
/// variance scale / (1 + t)^decay (Neelakantan et al. 2015, who use scale 0.01, 0.3 or 1
/// and decay 0.55).
public struct GradientNoise: Sendable, Hashable {
    public var scale: Double
    public var decay: Double

    public init(scale: Double, decay: Double = 0.55) {
        self.scale = scale
        self.decay = decay
    }

    /// The noise's variance at update t.
    public func variance(at t: Int) -> Double {
        scale / LibM.pow(1 + Double(t), decay)
    }
}
