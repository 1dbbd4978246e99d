import Engine
import Testing

@Suite struct DescentTests {
    /// f(x) = x².
    static var square: ExpressionTape {
        var tape = ExpressionTape(inputCount: 1)
        tape.output = tape.append(.binary(.multiply, 0, 0))
        return tape
    }

    @Test func gradientDescentOnAParabolaShrinksGeometrically() {
        // x ← x − 0.1·2x, computed here by Swift as the oracle.
        let run = Descent.run(Self.square, from: [[1]], optimizer: .gradientDescent,
                              settings: DescentSettings(learningRate: 0.1, steps: 3))[0]
        var expected = [1.0]
        for _ in 0..<3 { expected.append(expected.last! - 0.1 * (2 * expected.last!)) }
        #expect(run.coordinates == expected)
        #expect(run.values == run.coordinates.map { $0 * $0 })
        #expect(run.gradientNorms[0] == 2)
        #expect(run.steps == 3 && run.convergedAt == nil && run.divergedAt == nil)
    }

    @Test func convergenceIsTheStepWhereTheChangeFallsBelowTheTolerance() {
        let run = Descent.run(Self.square, from: [[1]], optimizer: .gradientDescent,
                              settings: DescentSettings(learningRate: 0.1, steps: 1000, tolerance: 1e-6))[0]
        let converged = run.convergedAt ?? -1
        #expect(converged > 0 && run.steps == converged)
        #expect(abs(run.values[converged] - run.values[converged - 1]) < 1e-6)
        #expect(abs(run.values[converged - 1] - run.values[converged - 2]) >= 1e-6)
    }

    @Test func aTooLargeRateDivergesAndTheRecordStaysFinite() {
        // x ← x − 1.5·2x = −2x: doubles each step until it passes the bound.
        let run = Descent.run(Self.square, from: [[1]], optimizer: .gradientDescent,
                              settings: DescentSettings(learningRate: 1.5, steps: 100, bound: 1000))[0]
        #expect(run.divergedAt == 10)
        #expect(run.steps == 9)
        #expect(run.coordinates.allSatisfy { $0.isFinite && abs($0) <= 1000 })
        #expect(run.values.allSatisfy { $0.isFinite })
    }

    @Test func aRunThatOverflowsIsStoppedAtTheFirstNonFiniteValue() {
        let run = Descent.run(Self.square, from: [[1e200]], optimizer: .gradientDescent,
                              settings: DescentSettings(learningRate: 0.1, steps: 5, bound: .infinity))[0]
        #expect(run.divergedAt == 0)
        #expect(run.values.isEmpty)
    }

    @Test(arguments: [
        (Optimizer.gradientDescent, 0.8), (.momentum(beta: 0.9), 0.8), (.nesterov(beta: 0.9), 0.62),
        (.adagrad(epsilon: 0), 0.9), (.rmsprop(rho: 0.9, epsilon: 0), 1 - 0.1 * 2 / 0.4.squareRoot()),
        (.adam(beta1: 0.9, beta2: 0.999, epsilon: 0), 0.9),
    ])
    func theFirstStepOfEachOptimizer(optimizer: Optimizer, expected: Double) {
        // At x = 1 the gradient is 2; η = 0.1.
        let run = Descent.run(Self.square, from: [[1]], optimizer: optimizer, settings: DescentSettings(learningRate: 0.1, steps: 1))[0]
        #expect(abs(run.coordinates[1] - expected) < 1e-15, "\(optimizer)")
    }

    /// Each with a rate that suits it: AdaGrad's steps shrink as it goes, and RMSProp's
    /// normalised steps dither about the minimum by about η.
    @Test(arguments: [
        (Optimizer.gradientDescent, 0.05), (.defaultMomentum, 0.05), (.defaultNesterov, 0.05),
        (.defaultAdagrad, 1.0), (.defaultRMSProp, 0.002), (.defaultAdam, 0.05),
    ])
    func everyOptimizerFindsTheMinimumOfABowl(optimizer: Optimizer, rate: Double) {
        let run = Descent.run(Self.square, from: [[3]], optimizer: optimizer, settings: DescentSettings(learningRate: rate, steps: 3000))[0]
        #expect(abs(run.final.point[0]) < 1e-2, "\(optimizer)")
    }

    @Test func noiseIsSeededAndManyStartsRunTogether() {
        let settings = DescentSettings(learningRate: 0.05, steps: 50, seed: 42)
        let starts: [[Double]] = [[1], [-2], [0.5]]
        let a = Descent.run(Self.square, from: starts, optimizer: .noisy(standardDeviation: 1), settings: settings)
        let b = Descent.run(Self.square, from: starts, optimizer: .noisy(standardDeviation: 1), settings: settings)
        #expect(a == b)
        let other = Descent.run(Self.square, from: starts, optimizer: .noisy(standardDeviation: 1),
                                settings: DescentSettings(learningRate: 0.05, steps: 50, seed: 43))
        #expect(a != other)
        #expect(a.count == 3 && a.map(\.steps) == [50, 50, 50])
    }

    /// 601 starts make three tiles, the last one narrow, with rows a cache line apart: each
    /// run must be the run its start makes alone (a tile of one lane, every loop in its tail),
    /// whether it converges, runs out of steps or diverges.
    @Test func manyStartsInTilesRunAsEachStartAlone() {
        let x = Formula.input(0)
        let tape = (x * x * x * x - 3 * x * x + x).compile(inputCount: 1)
        let settings = DescentSettings(learningRate: 0.02, steps: 60, tolerance: 1e-9, bound: 50)
        let starts = (0...600).map { [Double($0) / 100 - 3.2] } + [[40], [.nan]]
        let together = Descent.run(tape, from: starts, optimizer: .defaultMomentum, settings: settings)
        #expect(together.count == 603)
        #expect(Descent.run(tape, from: [], optimizer: .defaultMomentum, settings: settings).isEmpty)
        #expect(together.contains { $0.convergedAt != nil } && together.contains { $0.divergedAt != nil })
        #expect(together.contains { $0.convergedAt == nil && $0.divergedAt == nil })
        for (start, run) in zip(starts, together) {
            let alone = Descent.run(tape, from: [start], optimizer: .defaultMomentum, settings: settings)[0]
            #expect(run == alone, "from \(start[0])")
        }
    }

    /// Packed starts are the same starts: point k is coordinates 2k and 2k + 1; a start given
    /// short has zeros for the rest.
    @Test func packedStartsRunAsListedStarts() {
        let x = Formula.input(0), y = Formula.input(1)
        let tape = (x * x - y * y + x * y).compile(inputCount: 2)
        let settings = DescentSettings(learningRate: 0.1, steps: 5)
        let packed = Descent.run(tape, fromPacked: [1, 2, -0.5, 0, 3, 0], optimizer: .gradientDescent, settings: settings)
        let listed = Descent.run(tape, from: [[1, 2], [-0.5], [3, 0]], optimizer: .gradientDescent, settings: settings)
        #expect(packed.count == 3)
        #expect(packed.map(\.points) == listed.map(\.points))
        #expect(packed.map(\.values) == listed.map(\.values))
        #expect(packed[1].points[0] == [-0.5, 0])
    }
}
