import Engine
import Foundation
import Testing

@Suite struct ExpressionTapeTests {
    /// Central difference with a step scaled to x, against the analytic derivative:
    /// relative error 1e-6.
    static func expectClose(_ numeric: Double, _ analytic: Double, _ what: String,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(abs(numeric - analytic) <= 1e-6 * max(1, abs(analytic)), "\(what): numeric \(numeric), analytic \(analytic)",
                sourceLocation: sourceLocation)
    }

    /// Points inside each primitive's domain, away from kinks, and special points where the
    /// derivative is still defined.
    static func points(for op: UnaryPrimitive) -> [Double] {
        switch op {
        case .log, .sqrt: [1e-3, 0.5, 1, 7.5, 1e4]
        case .abs, .relu: [-3, -1e-3, 2e-3, 0.7, 12]
        default: [-20, -2.5, -1, -1e-4, 0, 1e-4, 0.3, 1, 4]
        }
    }

    @Test(arguments: UnaryPrimitive.allCases)
    func unaryDerivativesMatchFiniteDifferences(op: UnaryPrimitive) {
        for x in Self.points(for: op) {
            let h = 1e-6 * max(1, abs(x)) * (op == .log || op == .sqrt ? min(1, x) : 1)
            let numeric = (op.value(x + h) - op.value(x - h)) / (2 * h)
            Self.expectClose(numeric, op.derivative(x, value: op.value(x)), "\(op) at \(x)")
        }
    }

    @Test(arguments: BinaryPrimitive.allCases)
    func binaryPartialsMatchFiniteDifferences(op: BinaryPrimitive) {
        let pairs: [(Double, Double)] = op == .power
            ? [(2, 3), (0.5, -1.5), (3.7, 0.25), (1.5, 0)]
            : [(-2, 3), (0.5, -1.5), (3.7, 0.25), (1e-3, 2e3), (4, -4)]
        for (a, b) in pairs {
            let (da, db) = op.partials(a, b, value: op.value(a, b))
            let ha = 1e-6 * max(1, abs(a)), hb = 1e-6 * max(1, abs(b))
            Self.expectClose((op.value(a + ha, b) - op.value(a - ha, b)) / (2 * ha), da, "∂\(op)/∂a at (\(a), \(b))")
            Self.expectClose((op.value(a, b + hb) - op.value(a, b - hb)) / (2 * hb), db, "∂\(op)/∂b at (\(a), \(b))")
        }
    }

    @Test func specialPointsFollowTheFrameworks() {
        #expect(UnaryPrimitive.relu.derivative(0, value: 0) == 0)
        #expect(UnaryPrimitive.abs.derivative(0, value: 0) == 0)
        #expect(UnaryPrimitive.sigmoid.derivative(0, value: 0.5) == 0.25)
        #expect(BinaryPrimitive.maximum.partials(1, 1, value: 1) == (1, 0))
        // 0^b has no useful ∂/∂b; it is taken as 0 rather than nan.
        #expect(BinaryPrimitive.power.partials(0, 2, value: 0).1 == 0)
        #expect(UnaryPrimitive.log.value(0) == -.infinity)
        #expect(UnaryPrimitive.sqrt.value(-1).isNaN)
    }

    /// f(x, y) = x⁴ − 3x² + x + y², recorded node by node.
    static func doubleWell() -> ExpressionTape {
        var tape = ExpressionTape(inputCount: 2)
        let four = tape.append(.constant(4)), three = tape.append(.constant(3)), two = tape.append(.constant(2))
        let x4 = tape.append(.binary(.power, 0, four))
        let x2 = tape.append(.binary(.power, 0, two))
        let threeX2 = tape.append(.binary(.multiply, three, x2))
        let a = tape.append(.binary(.subtract, x4, threeX2))
        let b = tape.append(.binary(.add, a, 0))
        let y2 = tape.append(.binary(.multiply, 1, 1))
        tape.output = tape.append(.binary(.add, b, y2))
        return tape
    }

    @Test func aCompositeTapeEvaluatesAndDifferentiates() {
        let tape = Self.doubleWell()
        for (x, y) in [(-1.3, 0.5), (0.0, 0.0), (1.1, -2.0), (2.5, 3.0)] {
            let f = x * x * x * x - 3 * x * x + x + y * y
            let (value, gradient) = tape.gradient(at: [x, y])
            #expect(abs(value - f) <= 1e-12 * max(1, abs(f)))
            #expect(abs(tape.value(at: [x, y]) - f) <= 1e-12 * max(1, abs(f)))
            Self.expectClose(gradient[0], 4 * x * x * x - 6 * x + 1, "∂f/∂x")
            Self.expectClose(gradient[1], 2 * y, "∂f/∂y")
        }
    }

    @Test func anInputUsedTwiceAccumulatesItsGradient() {
        var tape = ExpressionTape(inputCount: 1)
        tape.output = tape.append(.binary(.multiply, 0, 0))  // x · x
        #expect(tape.gradient(at: [3]).gradient == [6])
    }
}
