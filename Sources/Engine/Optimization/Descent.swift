/// Descent on a recorded function from many starting points at once: one lane per start,
/// every step one batched gradient and one update loop over all lanes. A lane that converges
/// or diverges stops; the others go on.
public enum Descent {
    public static func run(
        _ tape: ExpressionTape, from starts: [[Double]], optimizer: Optimizer, settings: DescentSettings
    ) -> [Trajectory] {
        var state = State(tape: tape, starts: starts, optimizer: optimizer, settings: settings)
        for step in 0...settings.steps {
            state.evaluate()
            state.record(step: step)
            if step == settings.steps || !state.anyActive { break }
            state.update(step: step + 1)
        }
        return state.trajectories()
    }

    /// The lanes' working arrays, coordinate-major: x[i * lanes + lane].
    private struct State {
        let dimension: Int
        let lanes: Int
        let optimizer: Optimizer
        let settings: DescentSettings
        var batch: BatchTape
        var x: [Double]
        var value: [Double]
        var gradient: [Double]
        /// The optimizer's per-coordinate state (velocity, squared-gradient sums, moments).
        var first: [Double]
        var second: [Double]
        var active: [Bool]
        var random: RandomSource
        /// Each lane's record, filled as it runs.
        var coordinates: [[Double]]
        var values: [[Double]]
        var norms: [[Double]]
        var convergedAt: [Int?]
        var divergedAt: [Int?]
        var anyActive = true

        init(tape: ExpressionTape, starts: [[Double]], optimizer: Optimizer, settings: DescentSettings) {
            dimension = tape.inputCount
            lanes = starts.count
            self.optimizer = optimizer
            self.settings = settings
            batch = BatchTape(tape, lanes: lanes)
            x = [Double](repeating: 0, count: dimension * lanes)
            for (lane, start) in starts.enumerated() {
                for i in 0..<dimension { x[i * lanes + lane] = i < start.count ? start[i] : 0 }
            }
            value = [Double](repeating: 0, count: lanes)
            gradient = x
            first = [Double](repeating: 0, count: x.count)
            second = first
            active = [Bool](repeating: true, count: lanes)
            random = RandomSource(seed: settings.seed)
            let capacity = settings.steps + 1
            coordinates = (0..<lanes).map { _ in [Double](repeating: 0, count: 0) }
            values = coordinates
            norms = coordinates
            for lane in 0..<lanes {
                coordinates[lane].reserveCapacity(capacity * dimension)
                values[lane].reserveCapacity(capacity)
                norms[lane].reserveCapacity(capacity)
            }
            convergedAt = [Int?](repeating: nil, count: lanes)
            divergedAt = convergedAt
        }

        mutating func evaluate() {
            x.withUnsafeBufferPointer { points in
                value.withUnsafeMutableBufferPointer { value in
                    gradient.withUnsafeMutableBufferPointer { gradient in
                        batch.gradient(at: points, value: value, gradient: gradient)
                    }
                }
            }
        }

        /// Keeps each active lane's point, or stops the lane if it diverged or converged.
        mutating func record(step: Int) {
            anyActive = false
            for lane in 0..<lanes where active[lane] {
                var finite = value[lane].isFinite
                var squared = 0.0
                for i in 0..<dimension {
                    let coordinate = x[i * lanes + lane]
                    finite = finite && coordinate.isFinite && abs(coordinate) <= settings.bound
                    squared += gradient[i * lanes + lane] * gradient[i * lanes + lane]
                }
                guard finite else {
                    divergedAt[lane] = step
                    active[lane] = false
                    continue
                }
                for i in 0..<dimension { coordinates[lane].append(x[i * lanes + lane]) }
                if let tolerance = settings.tolerance, let previous = values[lane].last, abs(value[lane] - previous) < tolerance {
                    convergedAt[lane] = step
                    active[lane] = false
                }
                values[lane].append(value[lane])
                norms[lane].append(squared.squareRoot())
                anyActive = anyActive || active[lane]
            }
        }

        /// One step of the optimizer on every active lane; `t` counts steps from 1.
        mutating func update(step t: Int) {
            let eta = settings.learningRate
            let lanes = self.lanes
            for i in 0..<dimension {
                let base = i * lanes
                for lane in 0..<lanes where active[lane] {
                    let k = base + lane
                    let g = gradient[k]
                    switch optimizer {
                    case .gradientDescent:
                        x[k] -= eta * g
                    case .momentum(let beta):
                        first[k] = beta * first[k] + g
                        x[k] -= eta * first[k]
                    case .nesterov(let beta):
                        first[k] = beta * first[k] + g
                        x[k] -= eta * (g + beta * first[k])
                    case .adagrad(let epsilon):
                        first[k] += g * g
                        x[k] -= eta * g / (first[k].squareRoot() + epsilon)
                    case .rmsprop(let rho, let epsilon):
                        first[k] = rho * first[k] + (1 - rho) * g * g
                        x[k] -= eta * g / (first[k].squareRoot() + epsilon)
                    case .adam(let beta1, let beta2, let epsilon):
                        first[k] = beta1 * first[k] + (1 - beta1) * g
                        second[k] = beta2 * second[k] + (1 - beta2) * g * g
                        let mHat = first[k] / (1 - LibM.pow(beta1, Double(t)))
                        let vHat = second[k] / (1 - LibM.pow(beta2, Double(t)))
                        x[k] -= eta * mHat / (vHat.squareRoot() + epsilon)
                    case .noisy(let sigma):
                        x[k] -= eta * (g + sigma * random.normal())
                    }
                }
            }
        }

        func trajectories() -> [Trajectory] {
            (0..<lanes).map { lane in
                Trajectory(dimension: dimension, coordinates: coordinates[lane], values: values[lane],
                           gradientNorms: norms[lane], convergedAt: convergedAt[lane], divergedAt: divergedAt[lane])
            }
        }
    }
}
