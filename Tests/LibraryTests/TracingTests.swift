import Foundation
import LessonsCore
import TestSupport
import Testing

/// Closures handed to builtins are recorded once into an engine tape, which the engine
/// evaluates and differentiates without the interpreter.
@Suite struct TracingTests {
    static func value(_ code: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Double? {
        let result = Harness.block(code)
        #expect(result.errors == [], sourceLocation: sourceLocation)
        return result.values.last.flatMap(Double.init)
    }

    @Test func derivativesOfClosuresAreExact() {
        // d/dx (x³ − 2x) at 2 = 3·4 − 2 = 10, exactly.
        #expect(Self.value("let f = { (x: Double) in x * x * x - 2 * x }\nf.derivative(2)") == 10)
        #expect(Self.value("let g = { x in exp(2 * x) }\ng.derivative(0)") == 2)
        #expect(Self.value("let h = { (x: Double) -> Double in\n    let y = sigmoid(x)\n    return y * y\n}\nh.derivative(0)") == 0.25)
        #expect(Self.value("let k = { x in 1 / x }\nk.derivative(4)") == -1.0 / 16)
        #expect(Self.value("let m = { x in max(x, 0.5 * x) }\nm.derivative(-2)") == 0.5)
        #expect(Self.value("let p = { x in pow(x, 3) }\np.derivative(2)") == 12)
    }

    @Test func builtinsHaveDerivativesToo() {
        #expect(Self.value("exp.derivative(1)") == M_E)
        #expect(Self.value("sigmoid.derivative(0)") == 0.25)
        #expect(Self.value("let s = { x in sigmoid.derivative(x) }\ns.derivative(0)") == 0)
        #expect(Self.value("sin.derivative(0)") == 1)
    }

    /// The derivative of the tape against a central difference of the interpreted closure.
    @Test(arguments: [
        "{ x in tanh(x) * exp(-x * x) }", "{ x in sqrt(1 + x * x) - abs(x) }", "{ x in log(1 + exp(x)) }",
        "{ x in sin(x) * cos(2 * x) + min(x, 1) }", "{ x in -x / (1 + sigmoid(x)) }",
    ])
    func derivativesMatchFiniteDifferences(closure: String) {
        for x in [-1.7, -0.3, 0.4, 2.2] {
            let h = 1e-6
            let code = "let f = \(closure)\nlet numeric = (f(\(x + h)) - f(\(x - h))) / \(2 * h)\nlet exact = f.derivative(\(x))\nabs(numeric - exact)"
            guard let difference = Self.value(code) else { continue }
            #expect(difference < 1e-6, "\(closure) at \(x)")
        }
    }

    @Test func aClosureThatBranchesCannotBeDifferentiated() {
        let marked = MarkedLesson(Harness.lesson("let f = { (x: Double) in x > 0 ? x : 0 }\nlet d = f.1️⃣derivative"))
        #expect(Harness.errors(in: marked) == [Diagnostic(.init(
            "this closure cannot be differentiated: it applies '>' to its argument; write it with arithmetic, "
                + "exp, log, sqrt, abs, pow, min, max and the activations"), at: marked["1️⃣"]!)])
    }

    @Test func plotRecordsTraceableClosuresAndFallsBackForOthers() {
        let result = Harness.block("""
        plot([{ x in x * x }, { x in x > 0 ? x : 0 }], over: -1...1, labels: ["traced", "interpreted"])
        """)
        #expect(result.errors == [])
        guard case .figure(let figure)? = result.outputs.first, case .line(let chart) = figure.chart else {
            Issue.record("expected a chart")
            return
        }
        #expect(chart.series[0].points[100] == Point(x: -0.5, y: 0.25))
        #expect(chart.series[1].points[300] == Point(x: 0.5, y: 0.5))
        #expect(chart.series[1].points[0] == Point(x: -1, y: 0))
    }

    @Test func tracingRunsTheClosureOnceNotPerPoint() {
        // A traced closure costs a handful of steps; an interpreted one would cost hundreds.
        let traced = Harness.block("//| steps: 60\nplot({ x in x * x + 1 }, over: 0...1)")
        #expect(traced.errors == [])
        let interpreted = Harness.block("//| steps: 60\nplot({ x in x > 0 ? x : 0 }, over: 0...1)")
        #expect(interpreted.errors.map(\.message.text).first?.hasPrefix("the block ran more than 60 steps") == true)
    }
}
