/// Descent on a recorded function from many starting points at once: one lane per start.
/// Lanes go in tiles, and a tile runs all its steps before the next begins, so the
/// program's scratch rows stay in the L1 cache. The record is the working memory: each
/// tile's record is one contiguous block, step after step (see `TrajectoryStore`); the
/// program reads row t's point and writes f there, the check writes |∇f|², and the update
/// writes the next point into row t + 1, so a step copies nothing and its writes go
/// straight ahead through memory. A lane that converges or diverges stops recording; its
/// arithmetic goes on, unseen, parked at the origin, which keeps every loop free of branches.
public enum Descent {
    /// Lanes per tile: the program's few scratch rows of 256 lanes (2 KB each) and the step's
    /// rows of the record stay in the L1 cache while the tile runs all its steps. (128 and 512
    /// lanes measured the same on the benchmark; 64 was slower.)
    static let tile = 256

    /// One run from each start; a start with fewer coordinates than the tape's inputs has
    /// zeros for the rest.
    public static func run(
        _ tape: ExpressionTape, from starts: [[Double]], optimizer: Optimizer, settings: DescentSettings
    ) -> [Trajectory] {
        let dimension = tape.inputCount
        let packed = starts.flatMap { start in (0..<dimension).map { $0 < start.count ? start[$0] : 0 } }
        return run(tape, fromPacked: packed, optimizer: optimizer, settings: settings)
    }

    /// One run from each start, the starts packed one after another: start k's coordinates
    /// are `packed[k·n ..< (k+1)·n]` for a tape of n inputs. Callers with a thousand starts
    /// keep them in one array rather than a thousand.
    public static func run(
        _ tape: ExpressionTape, fromPacked packed: [Double], optimizer: Optimizer, settings: DescentSettings
    ) -> [Trajectory] {
        let dimension = tape.inputCount
        precondition(dimension > 0 && packed.count % dimension == 0, "the starts must have \(dimension) coordinates each")
        let count = packed.count / dimension
        let program = GradientProgram(tape)
        var record = TrajectoryStore.Builder(dimension: dimension, lanes: count, points: settings.steps + 1, tileWidth: tile)
        var state = State(program: program, lanes: count, optimizer: optimizer, settings: settings)
        for tile in 0..<record.tileCount {
            var run = TileRun(layout: record.layout, tile: tile)
            state.start(run, from: packed, in: &record)
            for step in 0...settings.steps {
                state.evaluate(step: step, run, in: &record)
                state.check(step: step, &run, in: &record)
                if step == settings.steps || run.activeCount == 0 { break }
                state.update(from: step, run, in: &record)
            }
        }
        let store = record.finish(recorded: state.recorded, convergedAt: state.convergedAt, divergedAt: state.divergedAt)
        return (0..<count).map { Trajectory(store: store, lane: $0) }
    }

    /// Where one tile's rows are in the record.
    struct TileRun {
        let layout: TrajectoryStore.Layout
        let first: Int
        let width: Int
        let base: Int
        var activeCount: Int
        /// Lanes of this tile that stopped, kept at the origin from then on.
        var parked: [Int] = []

        init(layout: TrajectoryStore.Layout, tile: Int) {
            self.layout = layout
            first = tile * layout.tileWidth
            width = layout.width(ofTile: tile)
            base = layout.base(ofTile: tile)
            activeCount = width
        }

        /// Where row `row` of step `step` starts: rows 0..<d hold the point's coordinates,
        /// row d the value and row d + 1 the squared gradient norm.
        func row(_ row: Int, step: Int) -> Int { base + (step * layout.rowsPerPoint + row) * width }
    }

    private struct State {
        let dimension: Int
        let optimizer: Optimizer
        let settings: DescentSettings
        let program: GradientProgram
        var workspace: GradientProgram.Workspace
        /// The gradient at the current step, for the tile: gradient[i · tile + lane in tile].
        let gradient: AlignedDoubles
        /// The optimizer's per-coordinate state (velocity, squared-gradient sums, moments),
        /// for the tile, indexed as the gradient.
        let first: AlignedDoubles
        let second: AlignedDoubles
        /// Per lane of the tile: 1 while the lane runs, 0 once it stopped (a number, so the
        /// vectorised check compares it as it compares the rest).
        let running: AlignedDoubles
        var random: RandomSource
        var recorded: [Int]
        var convergedAt: [Int?]
        var divergedAt: [Int?]

        init(program: GradientProgram, lanes: Int, optimizer: Optimizer, settings: DescentSettings) {
            dimension = program.inputCount
            self.optimizer = optimizer
            self.settings = settings
            self.program = program
            workspace = GradientProgram.Workspace(for: program, lanes: Descent.tile)
            gradient = AlignedDoubles(repeating: 0, count: dimension * Descent.tile)
            first = AlignedDoubles(repeating: 0, count: dimension * Descent.tile)
            second = AlignedDoubles(repeating: 0, count: dimension * Descent.tile)
            running = AlignedDoubles(repeating: 0, count: Descent.tile)
            random = RandomSource(seed: settings.seed)
            recorded = [Int](repeating: settings.steps + 1, count: lanes)
            convergedAt = [Int?](repeating: nil, count: lanes)
            divergedAt = convergedAt
        }

        /// The tile's starts into the record's first step, and every lane running, from rest.
        mutating func start(_ run: TileRun, from packed: [Double], in record: inout TrajectoryStore.Builder) {
            for lane in 0..<run.width {
                for i in 0..<dimension { record.numbers[run.row(i, step: 0) + lane] = packed[(run.first + lane) * dimension + i] }
            }
            running.fill(1, count: run.width)
            first.fill(0)
            second.fill(0)
        }

        /// f and ∇f at this step's points of the tile; f goes straight into the record.
        mutating func evaluate(step: Int, _ run: TileRun, in record: inout TrajectoryStore.Builder) {
            let numbers = record.numbers.base
            program.evaluate(at: numbers + run.row(0, step: step), stride: run.width, value: numbers + run.row(dimension, step: step),
                             gradient: gradient.base, gradientStride: Descent.tile, count: run.width, workspace: &workspace)
        }

        /// |∇f|² into the record, then the stops: whether any running lane left the bound or
        /// the finite numbers, or converged, is one vectorised pass; lanes are visited one by
        /// one only when one did. The record keeps |∇f|² and the trajectory takes the root when
        /// read: square roots were a quarter of a step's time, and most records are never read
        /// lane by lane.
        mutating func check(step: Int, _ run: inout TileRun, in record: inout TrajectoryStore.Builder) {
            let (dimension, width, bound) = (self.dimension, run.width, settings.bound)
            let tolerance = step > 0 ? settings.tolerance ?? -1 : -1
            let numbers = record.numbers.base
            let value = numbers + run.row(dimension, step: step)
            let attention = Self.check(
                x: numbers + run.row(0, step: step), width: width, dimension: dimension, value: value,
                previous: step > 0 ? numbers + run.row(dimension, step: step - 1) : value, gradient: gradient.base,
                norm: numbers + run.row(dimension + 1, step: step), running: running.base, bound: bound, tolerance: tolerance)
            if attention { stopLanes(step: step, &run, record) }
        }

        /// The vectorised pass: writes |∇f|² and answers whether any running lane needs looking at.
        /// Without a tolerance nothing can converge, and a parked lane, at the origin, is never
        /// outside, so that pass reads neither the previous values nor which lanes run: the
        /// loads are what a step's time goes to.
        private static func check(
            x: UnsafePointer<Double>, width: Int, dimension: Int, value: UnsafePointer<Double>, previous: UnsafePointer<Double>,
            gradient g: UnsafePointer<Double>, norm: UnsafeMutablePointer<Double>, running: UnsafePointer<Double>,
            bound: Double, tolerance: Double
        ) -> Bool {
            // Two calls of the inlined kernel, each with `convergence` a constant, so that
            // neither loop tests it.
            if tolerance < 0 {
                return check(x: x, width: width, dimension: dimension, value: value, previous: previous, gradient: g, norm: norm,
                             running: running, bound: bound, tolerance: tolerance, convergence: false)
            }
            return check(x: x, width: width, dimension: dimension, value: value, previous: previous, gradient: g, norm: norm,
                         running: running, bound: bound, tolerance: tolerance, convergence: true)
        }

        @inline(__always)
        private static func check(
            x: UnsafePointer<Double>, width: Int, dimension: Int, value: UnsafePointer<Double>, previous: UnsafePointer<Double>,
            gradient g: UnsafePointer<Double>, norm: UnsafeMutablePointer<Double>, running: UnsafePointer<Double>,
            bound: Double, tolerance: Double, convergence: Bool
        ) -> Bool {
            typealias Mask = SIMDMask<SIMD8<Int64>>
            let (limit, largest) = (Lanes.Vector(repeating: bound), Lanes.Vector(repeating: .greatestFiniteMagnitude))
            let closeness = Lanes.Vector(repeating: tolerance)
            // nan fails every comparison, so one test finds a lane past its bound and a lane
            // that left the finite numbers.
            @inline(__always) func inside(_ v: Lanes.Vector, _ limit: Lanes.Vector) -> Mask { (v .<= limit) .& (v .>= -limit) }
            var flagged = Mask(repeating: false)
            var lane = 0
            while lane + 8 <= width {
                var sum = Lanes.Vector(repeating: 0)
                let f = Lanes.load(value + lane)
                var within = inside(f, largest)
                for i in 0..<dimension {
                    let gi = Lanes.load(g + i * Descent.tile + lane)
                    sum += gi * gi
                    within .&= inside(Lanes.load(x + i * width + lane), limit)
                }
                Lanes.store(sum, norm + lane)
                if convergence {
                    let converged = Lanes.magnitude(f - Lanes.load(previous + lane)) .< closeness
                    flagged .|= (.!within .| converged) .& (Lanes.load(running + lane) .> 0)
                } else {
                    flagged .|= .!within
                }
                lane += 8
            }
            var attention = any(flagged)
            while lane < width {
                var sum = 0.0
                var outside = !(abs(value[lane]) <= .greatestFiniteMagnitude)
                for i in 0..<dimension {
                    sum += g[i * Descent.tile + lane] * g[i * Descent.tile + lane]
                    outside = outside || !(abs(x[i * width + lane]) <= bound)
                }
                norm[lane] = sum
                attention = attention || (running[lane] != 0 && (outside || abs(value[lane] - previous[lane]) < tolerance))
                lane += 1
            }
            return attention
        }

        /// The slow path: each running lane of the tile checked for divergence, then convergence.
        private mutating func stopLanes(step: Int, _ run: inout TileRun, _ record: TrajectoryStore.Builder) {
            for lane in 0..<run.width where running[lane] != 0 {
                var inside = record.numbers[run.row(dimension, step: step) + lane].isFinite
                for i in 0..<dimension {
                    let coordinate = record.numbers[run.row(i, step: step) + lane]
                    inside = inside && coordinate.isFinite && abs(coordinate) <= settings.bound
                }
                if !inside {
                    stop(lane, &run, recorded: step, divergedAt: step)
                } else if let tolerance = settings.tolerance, step > 0,
                          abs(record.numbers[run.row(dimension, step: step) + lane]
                              - record.numbers[run.row(dimension, step: step - 1) + lane]) < tolerance {
                    convergedAt[run.first + lane] = step
                    stop(lane, &run, recorded: step + 1)
                }
            }
        }

        private mutating func stop(_ lane: Int, _ run: inout TileRun, recorded count: Int, divergedAt step: Int? = nil) {
            running[lane] = 0
            run.activeCount -= 1
            run.parked.append(lane)
            recorded[run.first + lane] = count
            if let step { divergedAt[run.first + lane] = step }
        }

        /// One step of the optimizer from row `step` into row `step + 1`, for the tile's lanes.
        mutating func update(from step: Int, _ run: TileRun, in record: inout TrajectoryStore.Builder) {
            let (eta, dimension, optimizer) = (settings.learningRate, self.dimension, self.optimizer)
            let numbers = record.numbers.base
            for i in 0..<dimension {
                let state = i * Descent.tile
                optimizer.step(from: numbers + run.row(i, step: step), to: numbers + run.row(i, step: step + 1),
                               gradient.base + state, first.base + state, second.base + state,
                               count: run.width, eta: eta, t: step + 1, random: &random)
            }
            // Stopped lanes stay at the origin, finite, and never call for attention again.
            for lane in run.parked {
                for i in 0..<dimension {
                    record.numbers[run.row(i, step: step + 1) + lane] = 0
                    first[i * Descent.tile + lane] = 0
                    second[i * Descent.tile + lane] = 0
                }
            }
        }
    }
}
