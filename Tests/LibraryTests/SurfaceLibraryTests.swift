import LessonsCore
import TestSupport
import Testing

@Suite struct SurfaceLibraryTests {
    static func values(_ code: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String] {
        let result = Harness.block(code)
        #expect(result.errors == [], "\(result.errors.map(\.message.text))", sourceLocation: sourceLocation)
        return result.values
    }

    @Test func theDesignDocumentsExamplesRun() {
        let result = Harness.block("""
        let f = { (x: Double) in x*x*x*x - 3*x*x + x }
        let runs = [-2.0, 0.5, 2.0].map { descend(f, from: $0, learningRate: 0.02, steps: 200) }
        check(runs[0].final.value < runs[2].final.value, "the left valley is the global minimum")
        let saddleFunction = { (x: Double, y: Double) in x*x - y*y }
        let run = descend(saddleFunction, from: (1.0, 1e-6), learningRate: 0.1, steps: 100)
        check(classify(saddleFunction, at: (0, 0)) == .saddle, "the origin is a saddle point")
        run.steps
        """)
        #expect(result.errors == [])
        #expect(result.values == ["100"])
    }

    @Test func classificationMatchesTheLiterature() {
        #expect(Self.values("classify(saddle, at: (0, 0))") == ["saddle"])
        #expect(Self.values("classify(monkeySaddle, at: (0, 0))") == ["degenerate"])
        #expect(Self.values("classify(rosenbrock, at: (1, 1)) == CriticalPoint.minimum") == ["true"])
        #expect(Self.values("classify(doubleWell, at: criticalPoint(doubleWell, near: 0.2))") == ["maximum"])
        #expect(Self.values("classify({ (v: [Double]) in v[0] * v[0] + v[1] * v[1] - v[2] * v[2] }, at: [0, 0, 0])") == ["saddle"])
    }

    @Test func gradientsAndHessiansAreExact() {
        #expect(Self.values("gradient(saddle, at: (1, 2))") == ["(2.0, -4.0)"])
        #expect(Self.values("hessian(saddle, at: (1, 2))") == ["[[2.0, 0.0], [0.0, -2.0]]"])
        #expect(Self.values("gradient({ x in x * x * x }, at: 2)") == ["12.0"])
        #expect(Self.values("eigenvalues(hessian(saddle, at: (0, 0)))") == ["[-2.0, 2.0]"])
        #expect(Self.values("criticalPoint(rosenbrock, near: (0.8, 0.6))") == ["(1.0, 1.0)"])
    }

    @Test func runsReportHowTheyEnded() {
        #expect(Self.values("""
        let f = { (x: Double) in x * x }
        let fast = descend(f, from: 1, learningRate: 0.1, steps: 1000, tolerance: 1e-12)
        let wild = descend(f, from: 1, learningRate: 1.5, steps: 1000)
        [fast.converged, wild.diverged, !wild.converged]
        """) == ["[true, true, true]"])
        #expect(Self.values("descend({ x in x * x }, from: 1, learningRate: 1.5, steps: 100, bound: 1000).divergedAt") == ["10"])
        #expect(Self.values("descend({ x in x * x }, from: 1, learningRate: 0.1, steps: 2).path") == ["[1.0, 0.8, 0.64]"])
    }

    @Test func optimizersAreCasesWithTheirParameters() {
        #expect(Self.values("descend(rosenbrock, from: (-1, 1), learningRate: 0.01, steps: 3000, optimizer: .adam).final.value < 1e-3") == ["true"])
        #expect(Self.values("descend(saddle, from: (1, 0), learningRate: 0.1, steps: 50, optimizer: .noisy(standardDeviation: 0.1)).final.y != 0") == ["true"])
        #expect(Self.values("Optimizer.momentum(beta: 0.5)") == ["momentum(beta: 0.5)"])
        #expect(Self.values(".momentum == Optimizer.momentum(beta: 0.9)") == ["true"])
    }

    @Test func noisyRunsAreSeeded() {
        let code = "descend(saddle, fromEach: [(1, 0), (0.5, 0)], learningRate: 0.1, steps: 30, optimizer: .noisy(standardDeviation: 0.3)).map { $0.final.y }"
        #expect(Self.values(code) == Self.values(code))
        #expect(Self.values(code) != Self.values(code.replacingOccurrences(of: "0.3))", with: "0.3), seed: 9)")))
    }

    @Test func mistakesAreNamed() {
        let cases: [(String, String)] = [
            ("descend(saddle, from: (1, 0), learningRate: 0.1, steps: 5, optimizer: 1️⃣.adma)",
             "value of type 'Optimizer' has no member 'adma'; did you mean 'adam'?"),
            ("descend(saddle, from: (1, 0), learningRate: 0.1, steps: 5, optimizer: 1️⃣.noisy)",
             "this case of 'Optimizer' is written .noisy(standardDeviation: Double)"),
            ("let r = descend({ x in x * x }, from: 1, learningRate: 0.1, steps: 5)\nlet s = r.1️⃣convergedAt",
             "the run did not converge, so it has no step at which it converged; check run.converged first"),
            ("let p = criticalPoint({ x in 2 * x }, near: 1️⃣0)", "Newton's method found no critical point near 0; start closer to one"),
            ("let c = CriticalPoint.1️⃣sadle", "value of type 'CriticalPoint' has no member 'sadle'; did you mean 'saddle'?"),
            ("let g = gradient(1️⃣{ x in x > 0 ? x : -x }, at: 1)",
             "this closure cannot be differentiated: it applies '>' to its argument; write it with arithmetic, exp, log, sqrt, abs, pow, min, max and the activations"),
        ]
        for (code, message) in cases {
            let marked = MarkedLesson(Harness.lesson(code))
            #expect(Harness.errors(in: marked) == [Diagnostic(.init(message), at: marked["1️⃣"]!)], "\(code)")
        }
    }
}
