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
        (0..<dimension).map { store.number(lane: lane, step: step, row: $0) }
    }

    /// The kept points, in order.
    public var points: [[Double]] { (0..<recordedPoints).map(point) }

    /// Every kept point's coordinates, one point after another.
    public var coordinates: [Double] { (0..<recordedPoints).flatMap(point) }
    /// f at each kept point.
    public var values: [Double] { (0..<recordedPoints).map { store.number(lane: lane, step: $0, row: dimension) } }
    /// |∇f| at each kept point (the store keeps the squares).
    public var gradientNorms: [Double] { (0..<recordedPoints).map { store.number(lane: lane, step: $0, row: dimension + 1).squareRoot() } }

    /// Where the run ended, and f there; for a run that diverged at its start, the start and
    /// its non-finite value.
    public var final: (point: [Double], value: Double) { (point(steps), store.number(lane: lane, step: steps, row: dimension)) }

    public static func == (a: Trajectory, b: Trajectory) -> Bool {
        a.dimension == b.dimension && a.coordinates == b.coordinates && a.values == b.values
            && a.gradientNorms == b.gradientNorms && a.convergedAt == b.convergedAt && a.divergedAt == b.divergedAt
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(values)
        hasher.combine(coordinates)
    }
}

/// What descent recorded for all its lanes. Lanes go in tiles of `tileWidth` (the last may be
/// narrower), and each tile's record is one block, step-major: at step t, row i < d holds
/// coordinate i of each lane's point, row d the values and row d + 1 the squared gradient
/// norms, each row one number per lane of the tile. Written once, then only read.
final class TrajectoryStore: Sendable {
    struct Layout: Sendable {
        let dimension: Int
        let lanes: Int
        let points: Int
        let tileWidth: Int

        var rowsPerPoint: Int { dimension + 2 }
        var tileCount: Int { (lanes + tileWidth - 1) / tileWidth }
        var count: Int { lanes * points * rowsPerPoint }
        func width(ofTile tile: Int) -> Int { min(tileWidth, lanes - tile * tileWidth) }
        func base(ofTile tile: Int) -> Int { tile * tileWidth * points * rowsPerPoint }

        /// Where row `row` of step `step` keeps `lane`'s number.
        func index(lane: Int, step: Int, row: Int) -> Int {
            let tile = lane / tileWidth
            return base(ofTile: tile) + (step * rowsPerPoint + row) * width(ofTile: tile) + lane % tileWidth
        }
    }

    /// The record while descent writes it.
    struct Builder {
        let layout: Layout
        let numbers: AlignedDoubles

        init(dimension: Int, lanes: Int, points: Int, tileWidth: Int) {
            let layout = Layout(dimension: dimension, lanes: lanes, points: points, tileWidth: tileWidth)
            self.layout = layout
            // Every number a run keeps is written before it is read, so the record starts
            // uninitialised: no time goes into zeroing megabytes.
            numbers = AlignedDoubles(uninitializedCount: layout.count)
        }

        var tileCount: Int { layout.tileCount }

        func finish(recorded: [Int], convergedAt: [Int?], divergedAt: [Int?]) -> TrajectoryStore {
            TrajectoryStore(layout: layout, numbers: numbers, recorded: recorded, convergedAt: convergedAt, divergedAt: divergedAt)
        }
    }

    let layout: Layout
    let numbers: AlignedDoubles
    /// How many points each lane recorded.
    let recorded: [Int]
    let convergedAt: [Int?]
    let divergedAt: [Int?]

    var dimension: Int { layout.dimension }

    init(layout: Layout, numbers: AlignedDoubles, recorded: [Int], convergedAt: [Int?], divergedAt: [Int?]) {
        self.layout = layout
        self.numbers = numbers
        self.recorded = recorded
        self.convergedAt = convergedAt
        self.divergedAt = divergedAt
    }

    func number(lane: Int, step: Int, row: Int) -> Double {
        numbers[layout.index(lane: lane, step: step, row: row)]
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
