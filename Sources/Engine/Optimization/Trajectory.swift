/// One run of descent: where it went, what it saw, and how it ended. Runs made together
/// share one store, written step by step; a run reads its own lane of it.
public struct Trajectory: Sendable, Hashable {
    let store: TrajectoryStore
    let lane: Int

    /// The number of coordinates of a point.
    public var dimension: Int { store.dimension }
    /// Steps taken after the start: 0 for a run that diverged at its start.
    public var steps: Int { max(0, store.recorded[lane] - 1) }
    /// How many points were kept: one more than the steps, or none when even the start was
    /// not finite.
    public var recordedPoints: Int { store.recorded[lane] }
    /// The step at which the change in f fell below the tolerance, if it did.
    public var convergedAt: Int? { store.convergedAt[lane] }
    /// The step at which the run left the finite numbers or the bound, if it did. The point
    /// there is not kept, so no chart draws it.
    public var divergedAt: Int? { store.divergedAt[lane] }

    /// The point after `step` steps.
    public func point(_ step: Int) -> [Double] {
        (0..<dimension).map { store.positions[(step * dimension + $0) * store.lanes + lane] }
    }

    /// The kept points, in order.
    public var points: [[Double]] { (0..<recordedPoints).map(point) }

    /// Every kept point's coordinates, one point after another.
    public var coordinates: [Double] { (0..<recordedPoints).flatMap(point) }
    /// f at each kept point.
    public var values: [Double] { (0..<recordedPoints).map { store.values[$0 * store.lanes + lane] } }
    /// |∇f| at each kept point (the store keeps the squares).
    public var gradientNorms: [Double] { (0..<recordedPoints).map { store.squaredNorms[$0 * store.lanes + lane].squareRoot() } }

    /// Where the run ended, and f there; for a run that diverged at its start, the start and
    /// its non-finite value.
    public var final: (point: [Double], value: Double) { (point(steps), store.values[steps * store.lanes + lane]) }

    public static func == (a: Trajectory, b: Trajectory) -> Bool {
        a.dimension == b.dimension && a.coordinates == b.coordinates && a.values == b.values
            && a.gradientNorms == b.gradientNorms && a.convergedAt == b.convergedAt && a.divergedAt == b.divergedAt
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(values)
        hasher.combine(coordinates)
    }
}

/// What descent recorded for all its lanes, step-major: positions[(step · dimension + i) ·
/// lanes + lane], values and squared gradient norms [step · lanes + lane]. Written once,
/// then only read.
final class TrajectoryStore: Sendable {
    let dimension: Int
    let lanes: Int
    let positions: [Double]
    let values: [Double]
    let squaredNorms: [Double]
    /// How many points each lane recorded.
    let recorded: [Int]
    let convergedAt: [Int?]
    let divergedAt: [Int?]

    init(dimension: Int, lanes: Int, positions: [Double], values: [Double], squaredNorms: [Double],
         recorded: [Int], convergedAt: [Int?], divergedAt: [Int?]) {
        self.dimension = dimension
        self.lanes = lanes
        self.positions = positions
        self.values = values
        self.squaredNorms = squaredNorms
        self.recorded = recorded
        self.convergedAt = convergedAt
        self.divergedAt = divergedAt
    }
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
