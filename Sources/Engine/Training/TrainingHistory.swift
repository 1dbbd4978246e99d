/// What a training run measured. Counts, not clocks: updates are numbered, never timed, so
/// the same seed gives the same history on every machine.
public struct TrainingHistory: Sendable, Hashable {
    /// Per epoch: the mean data loss over that epoch's batches, each measured in training
    /// mode before its update (as Keras reports `loss`). Penalties are not included.
    public var loss: [Double] = []
    /// Per epoch, for class labels: the fraction of examples classified correctly in those batches.
    public var accuracy: [Double] = []
    /// Per epoch, with a validation set: the training set's loss and accuracy measured after
    /// the epoch as inference sees the network (no dropout, running statistics), so they
    /// compare like for like with the validation set's.
    public var trainingLoss: [Double] = []
    public var trainingAccuracy: [Double] = []
    /// Per epoch, with a validation set: its loss and accuracy after the epoch.
    public var validationLoss: [Double] = []
    public var validationAccuracy: [Double] = []
    /// Per epoch: the penalty's value after the epoch (0 without one).
    public var penalty: [Double] = []
    /// Per epoch: Σ|w| and √(Σw²) over every weight, after the epoch.
    public var weightL1: [Double] = []
    public var weightL2: [Double] = []
    /// Per epoch: the largest change of any weight over the epoch.
    public var weightChange: [Double] = []
    /// Per update: the batch's loss before the update.
    public var updateLoss: [Double] = []
    /// Per update: the norm of the whole gradient, penalty included, before any clipping.
    public var gradientNorms: [Double] = []
    /// The update (counted from 1) whose batch loss was not finite or passed the bound.
    public var divergedAt: Int?
    /// The epoch (from 1) after which a stopping rule ended the run, and which rule.
    public var stoppedAt: Int?
    public var stopReason: StopReason?
    /// The epoch (from 1) with the lowest validation loss, with a validation set.
    public var bestEpoch: Int?
    /// Whether the returned network has the best epoch's weights rather than the last.
    public var restoredBest = false

    public var updates: Int { updateLoss.count }
    public var epochs: Int { loss.count }
}
