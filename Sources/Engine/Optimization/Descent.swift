/// Descent on a recorded function from many starting points at once: one lane per start.
/// Lanes go in tiles of 256, and a tile runs all its steps before the next begins, so the
/// tape's rows for the tile stay in the cache the whole time. The record is the working
/// memory: the point of step t is row t of the positions, the tape writes f into row t of
/// the values, and the update writes the next point into row t + 1, so a step copies
/// nothing. A lane that converges or diverges stops recording; its arithmetic goes on,
/// unseen, parked at the origin, which keeps every loop free of branches.
public enum Descent {
    /// Lanes per tile: the tape's rows for 256 lanes (2 KB each) stay in the L1 and L2
    /// caches while the tile runs all its steps.
    static let tile = 256

    public static func run(
        _ tape: ExpressionTape, from starts: [[Double]], optimizer: Optimizer, settings: DescentSettings
    ) -> [Trajectory] {
        var state = State(tape: tape, starts: starts, optimizer: optimizer, settings: settings)
        var first = 0
        while first < starts.count {
            let tile = first..<min(first + Self.tile, starts.count)
            for step in 0...settings.steps {
                state.evaluate(step: step, tile: tile)
                state.record(step: step, tile: tile)
                if step == settings.steps || !state.anyActive(tile) { break }
                state.update(from: step, tile: tile)
            }
            first = tile.upperBound
        }
        let store = state.store()
        return (0..<starts.count).map { Trajectory(store: store, lane: $0) }
    }

    private struct State {
        let dimension: Int
        let lanes: Int
        let optimizer: Optimizer
        let settings: DescentSettings
        var batch: BatchTape
        /// positions[(step · dimension + i) · lanes + lane]
        var positions: [Double]
        /// values[step · lanes + lane], and the squared gradient norms alike.
        var values: [Double]
        var norms: [Double]
        /// The gradient at the current step, for the tile: gradient[i · tile + lane in tile].
        var gradient: [Double]
        /// The optimizer's per-coordinate state (velocity, squared-gradient sums, moments).
        var first: [Double]
        var second: [Double]
        var random: RandomSource
        var recorded: [Int]
        var active: [Bool]
        var parked: [Int] = []
        var convergedAt: [Int?]
        var divergedAt: [Int?]

        init(tape: ExpressionTape, starts: [[Double]], optimizer: Optimizer, settings: DescentSettings) {
            dimension = tape.inputCount
            lanes = starts.count
            self.optimizer = optimizer
            self.settings = settings
            batch = BatchTape(tape, lanes: Descent.tile)
            let points = settings.steps + 1
            // Every slot a run keeps is written before it is read, so the record starts
            // uninitialised: no time goes into zeroing megabytes.
            positions = Self.uninitialized(points * dimension * lanes)
            values = Self.uninitialized(points * lanes)
            norms = Self.uninitialized(points * lanes)
            for (lane, start) in starts.enumerated() {
                for i in 0..<dimension { positions[i * lanes + lane] = i < start.count ? start[i] : 0 }
            }
            gradient = [Double](repeating: 0, count: dimension * Descent.tile)
            first = [Double](repeating: 0, count: dimension * lanes)
            second = first
            random = RandomSource(seed: settings.seed)
            recorded = [Int](repeating: points, count: lanes)
            active = [Bool](repeating: true, count: lanes)
            convergedAt = [Int?](repeating: nil, count: lanes)
            divergedAt = convergedAt
        }

        private static func uninitialized(_ count: Int) -> [Double] {
            [Double](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
        }

        /// f and ∇f at this step's points of the tile; f goes straight into the record.
        mutating func evaluate(step: Int, tile: Range<Int>) {
            let (lanes, dimension) = (self.lanes, self.dimension)
            positions.withUnsafeBufferPointer { positions in
                values.withUnsafeMutableBufferPointer { values in
                    gradient.withUnsafeMutableBufferPointer { gradient in
                        batch.gradient(at: positions.baseAddress! + step * dimension * lanes + tile.lowerBound, stride: lanes,
                                       value: values.baseAddress! + step * lanes + tile.lowerBound,
                                       gradient: gradient.baseAddress!, gradientStride: Descent.tile, count: tile.count)
                    }
                }
            }
        }

        func anyActive(_ tile: Range<Int>) -> Bool {
            tile.contains { active[$0] }
        }

        /// The gradient norms of this step, then the stops: whether any lane of the tile needs
        /// attention is one vectorised pass; lanes are visited one by one only when one does.
        mutating func record(step: Int, tile: Range<Int>) {
            let (lanes, dimension, bound, count) = (self.lanes, self.dimension, settings.bound, tile.count)
            var inside = true
            norms.withUnsafeMutableBufferPointer { norms in
                gradient.withUnsafeBufferPointer { g in
                    positions.withUnsafeBufferPointer { positions in
                        values.withUnsafeBufferPointer { values in
                            let offset = step * lanes + tile.lowerBound
                            Self.norms(of: g.baseAddress!, rows: dimension, stride: Descent.tile, into: norms.baseAddress! + offset, count: count)
                            for i in 0..<dimension {
                                let row = positions.baseAddress! + (step * dimension + i) * lanes + tile.lowerBound
                                inside = inside && Self.allWithin(row, count: count, bound: bound)
                            }
                            inside = inside && Self.allWithin(values.baseAddress! + offset, count: count, bound: .greatestFiniteMagnitude)
                        }
                    }
                }
            }
            if !inside || settings.tolerance != nil { stopLanes(step: step, tile: tile) }
        }

        /// Each lane's |∇f|², eight lanes at a time. The record keeps the square and the
        /// trajectory takes the root when read: square roots were a quarter of a step's time,
        /// and most records are never read lane by lane.
        private static func norms(of g: UnsafePointer<Double>, rows: Int, stride: Int, into n: UnsafeMutablePointer<Double>, count: Int) {
            var lane = 0
            while lane + 8 <= count {
                var sum = Lanes.Vector(repeating: 0)
                for i in 0..<rows {
                    let row = Lanes.load(g + i * stride + lane)
                    sum += row * row
                }
                Lanes.store(sum, n + lane)
                lane += 8
            }
            while lane < count {
                var sum = 0.0
                for i in 0..<rows { sum += g[i * stride + lane] * g[i * stride + lane] }
                n[lane] = sum
                lane += 1
            }
        }

        /// Whether |x[k]| ≤ bound for every k, eight at a time. nan fails the comparison, so one
        /// test finds both a run past its bound and a run that left the finite numbers.
        private static func allWithin(_ x: UnsafePointer<Double>, count: Int, bound: Double) -> Bool {
            var outside = SIMDMask<SIMD8<Int64>>(repeating: false)
            let limit = SIMD8<Double>(repeating: bound)
            var k = 0
            while k + 8 <= count {
                let chunk = UnsafeRawPointer(x + k).loadUnaligned(as: SIMD8<Double>.self)
                outside .|= .!((chunk.replacing(with: -chunk, where: chunk .< 0)) .<= limit)
                k += 8
            }
            while k < count {
                if !(abs(x[k]) <= bound) { return false }
                k += 1
            }
            return !any(outside)
        }

        /// The slow path: each active lane of the tile checked for divergence, then convergence.
        private mutating func stopLanes(step: Int, tile: Range<Int>) {
            for lane in tile where active[lane] {
                var inside = values[step * lanes + lane].isFinite
                for i in 0..<dimension {
                    let coordinate = positions[(step * dimension + i) * lanes + lane]
                    inside = inside && coordinate.isFinite && abs(coordinate) <= settings.bound
                }
                if !inside {
                    stop(lane, recorded: step, divergedAt: step)
                } else if let tolerance = settings.tolerance, step > 0,
                          abs(values[step * lanes + lane] - values[(step - 1) * lanes + lane]) < tolerance {
                    convergedAt[lane] = step
                    stop(lane, recorded: step + 1)
                }
            }
        }

        private mutating func stop(_ lane: Int, recorded count: Int, divergedAt step: Int? = nil) {
            active[lane] = false
            recorded[lane] = count
            parked.append(lane)
            if let step { divergedAt[lane] = step }
        }

        /// One step of the optimizer from row `step` into row `step + 1`, for the tile's lanes.
        mutating func update(from step: Int, tile: Range<Int>) {
            let (eta, lanes, dimension, optimizer) = (settings.learningRate, self.lanes, self.dimension, self.optimizer)
            var random = self.random
            positions.withUnsafeMutableBufferPointer { positions in
                gradient.withUnsafeBufferPointer { gradient in
                    first.withUnsafeMutableBufferPointer { first in
                        second.withUnsafeMutableBufferPointer { second in
                            for i in 0..<dimension {
                                let current = positions.baseAddress! + (step * dimension + i) * lanes + tile.lowerBound
                                let state = i * lanes + tile.lowerBound
                                optimizer.step(from: current, to: current + dimension * lanes,
                                          gradient.baseAddress! + i * Descent.tile, first.baseAddress! + state,
                                          second.baseAddress! + state, count: tile.count, eta: eta, t: step + 1, random: &random)
                            }
                        }
                    }
                }
            }
            self.random = random
            // Stopped lanes stay at the origin, finite, and never call for attention again.
            for lane in parked where tile.contains(lane) {
                for i in 0..<dimension {
                    positions[((step + 1) * dimension + i) * lanes + lane] = 0
                    first[i * lanes + lane] = 0
                    second[i * lanes + lane] = 0
                }
            }
        }

        func store() -> TrajectoryStore {
            TrajectoryStore(dimension: dimension, lanes: lanes, positions: positions, values: values, squaredNorms: norms,
                            recorded: recorded, convergedAt: convergedAt, divergedAt: divergedAt)
        }
    }
}
