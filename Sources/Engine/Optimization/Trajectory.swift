/// One run of descent: where it went, what it saw, and how it ended.
public struct Trajectory: Sendable, Hashable {
    /// The number of coordinates of a point.
    public let dimension: Int
    /// The points visited, from the start, one after another (`dimension` numbers each);
    /// one more point than the steps taken.
    public var coordinates: [Double]
    /// f at each point.
    public var values: [Double]
    /// |∇f| at each point.
    public var gradientNorms: [Double]
    /// The step at which the change in f fell below the tolerance, if it did.
    public var convergedAt: Int?
    /// The step at which the run left the finite numbers or the bound, if it did. The
    /// non-finite point is not kept, so no chart draws it.
    public var divergedAt: Int?

    /// Steps taken.
    public var steps: Int { values.count - 1 }

    /// The point after `step` steps.
    public func point(_ step: Int) -> [Double] {
        Array(coordinates[step * dimension..<(step + 1) * dimension])
    }

    /// Where the run ended, and f there.
    public var final: (point: [Double], value: Double) { (point(steps), values[steps]) }
}

/// How descent runs.
public struct DescentSettings: Sendable, Hashable {
    public var learningRate: Double
    public var steps: Int
    /// Stop when |f(xₜ) − f(xₜ₋₁)| falls below this; nil runs every step.
    public var tolerance: Double?
    /// A coordinate beyond this magnitude counts as divergence.
    public var bound: Double
    public var seed: UInt64

    public init(learningRate: Double, steps: Int, tolerance: Double? = nil, bound: Double = 1e6, seed: UInt64 = 1) {
        self.learningRate = learningRate
        self.steps = steps
        self.tolerance = tolerance
        self.bound = bound
        self.seed = seed
    }
}
