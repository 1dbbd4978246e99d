/// What a training run measured. Counts, not clocks: updates are numbered, never timed, so
/// the same seed gives the same history on every machine.
public struct TrainingHistory: Sendable, Hashable {
    /// Per epoch: the mean loss over that epoch's batches, each measured before its update.
    public var loss: [Double] = []
    /// Per epoch, for class labels: the fraction of examples classified correctly in those batches.
    public var accuracy: [Double] = []
    /// Per epoch, with a validation set: its loss and accuracy after the epoch.
    public var validationLoss: [Double] = []
    public var validationAccuracy: [Double] = []
    /// Per update: the batch's loss before the update.
    public var updateLoss: [Double] = []
    /// Per update: the norm of the whole gradient, before any clipping.
    public var gradientNorms: [Double] = []
    /// The update (counted from 1) whose batch loss was not finite or passed the bound.
    public var divergedAt: Int?

    public var updates: Int { updateLoss.count }
}
