/// What a probe measured in one layer, over a batch.
public struct LayerStatistics: Sendable, Hashable {
    /// The mean and standard deviation of the layer's activations, over examples and units.
    public var mean: Double
    public var standardDeviation: Double
    /// The fraction of activations where the derivative is below 1% of its peak: the flat
    /// tails of sigmoid and tanh. Always 0 for the other activations.
    public var saturated: Double
    /// The fraction of units that output 0 for every example: dead ReLUs.
    public var dead: Double
    /// The mean over examples of ‖∂Lᵢ/∂W‖, each example's own loss gradient on the layer's
    /// weights. A batch-summed gradient would hide how large each example's gradient is.
    public var gradientNorm: Double
}
