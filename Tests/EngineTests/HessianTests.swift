import Engine
import Foundation
import Testing

/// Hessians against central finite differences of the (exact) gradient.
@Suite struct HessianTests {
    static func finiteDifferenceHessian(_ tape: ExpressionTape, at x: [Double]) -> [[Double]] {
        let n = x.count
        return (0..<n).map { i in
            (0..<n).map { j in
                // Relative to x near 0, where log's and sqrt's curvature is steep.
                let h = 1e-5 * max(1e-2, abs(x[j]))
                var plus = x, minus = x
                plus[j] += h
                minus[j] -= h
                return (tape.gradient(at: plus).gradient[i] - tape.gradient(at: minus).gradient[i]) / (2 * h)
            }
        }
    }

    static func expectClose(_ a: [[Double]], _ b: [[Double]], _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for (rowA, rowB) in zip(a, b) {
            for (x, y) in zip(rowA, rowB) {
                #expect(abs(x - y) <= 1e-5 * max(1, abs(y)), "\(what): \(a) vs \(b)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test(arguments: UnaryPrimitive.allCases)
    func unarySecondDerivatives(op: UnaryPrimitive) {
        var tape = ExpressionTape(inputCount: 1)
        tape.output = tape.append(.unary(op, 0))
        for x in ExpressionTapeTests.points(for: op) where x != 0 {
            Self.expectClose(tape.hessian(at: [x]), Self.finiteDifferenceHessian(tape, at: [x]), "\(op) at \(x)")
        }
    }

    @Test(arguments: BinaryPrimitive.allCases)
    func binarySecondPartials(op: BinaryPrimitive) {
        var tape = ExpressionTape(inputCount: 2)
        tape.output = tape.append(.binary(op, 0, 1))
        let pairs: [(Double, Double)] = op == .power ? [(2, 3), (0.5, -1.5), (3.7, 0.25)] : [(-2, 3), (0.5, -1.5), (3.7, 0.25)]
        for (a, b) in pairs {
            Self.expectClose(tape.hessian(at: [a, b]), Self.finiteDifferenceHessian(tape, at: [a, b]), "\(op) at (\(a), \(b))")
        }
    }

    @Test func theDoubleWellsHessianIsExact() {
        let tape = ExpressionTapeTests.doubleWell()
        for (x, y) in [(-1.3, 0.5), (0.0, 0.0), (1.1, -2.0)] {
            let hessian = tape.hessian(at: [x, y])
            #expect(abs(hessian[0][0] - (12 * x * x - 6)) <= 1e-12 * max(1, abs(12 * x * x - 6)))
            #expect(hessian[0][1] == 0 && hessian[1][0] == 0)
            #expect(hessian[1][1] == 2)
        }
    }

    @Test func aMixedTermCouplesTheVariables() {
        // f = x·y·sin(x): ∂²f/∂x∂y = sin x + x cos x.
        var tape = ExpressionTape(inputCount: 2)
        let xy = tape.append(.binary(.multiply, 0, 1))
        let sine = tape.append(.unary(.sin, 0))
        tape.output = tape.append(.binary(.multiply, xy, sine))
        let x = 0.7
        let hessian = tape.hessian(at: [x, 2])
        #expect(abs(hessian[0][1] - (sin(x) + x * cos(x))) < 1e-14)
        #expect(hessian[0][1] == hessian[1][0])
    }
}
