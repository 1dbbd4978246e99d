import Engine
import Foundation
import Testing

@Suite struct SurfaceTests {
    /// Every known critical point: Newton lands next to it, the gradient vanishes there, and
    /// the Hessian's eigenvalues give the kind the literature gives.
    @Test(arguments: Surface.allCases)
    func knownCriticalPointsAreFoundAndClassified(surface: Surface) {
        let tape = surface.tape
        for (point, kind) in surface.criticalPoints {
            guard let found = CriticalPoints.find(tape, near: point) else {
                Issue.record("\(surface): Newton did not settle near \(point)")
                continue
            }
            #expect(zip(found, point).allSatisfy { abs($0 - $1) < 1e-4 }, "\(surface): \(found) is not \(point)")
            let gradient = tape.gradient(at: found).gradient
            #expect(gradient.allSatisfy { abs($0) < 1e-9 }, "\(surface) at \(found)")
            #expect(CriticalPoints.classify(tape, at: found).kind == kind, "\(surface) at \(point)")
        }
    }

    /// The tapes against the formulas written out in plain Swift: the independent oracle.
    @Test func tapesComputeTheirFormulas() {
        let (x, y) = (0.7, -1.3)
        let expected: [Surface: Double] = [
            .saddle: x * x - y * y,
            .monkeySaddle: x * x * x - 3 * x * y * y,
            .rosenbrock: (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x),
            .himmelblau: pow(x * x + y - 11, 2) + pow(x + y * y - 7, 2),
            .rastrigin: 20 + x * x - 10 * cos(2 * .pi * x) + y * y - 10 * cos(2 * .pi * y),
            .sixHumpCamel: (4 - 2.1 * x * x + pow(x, 4) / 3) * x * x + x * y + (-4 + 4 * y * y) * y * y,
            .beale: pow(1.5 - x + x * y, 2) + pow(2.25 - x + x * y * y, 2) + pow(2.625 - x + x * pow(y, 3), 2),
        ]
        for (surface, value) in expected {
            #expect(abs(surface.value([x, y]) - value) <= 1e-12 * max(1, abs(value)), "\(surface)")
        }
        #expect(Surface.doubleWell.value([x]) == pow(x, 4) - 3 * x * x + x || abs(Surface.doubleWell.value([x]) - (pow(x, 4) - 3 * x * x + x)) < 1e-15)
    }

    @Test func theDoubleWellsLeftValleyIsTheGlobalMinimum() {
        let tape = Surface.doubleWell.tape
        let left = CriticalPoints.find(tape, near: [-1.3])!, right = CriticalPoints.find(tape, near: [1.1])!
        #expect(tape.value(at: left) < tape.value(at: right))
    }

    @Test func eigenvaluesOfKnownMatrices() {
        #expect(SymmetricEigen.values(of: [[2, 0], [0, -3]]) == [-3, 2])
        let values = SymmetricEigen.values(of: [[2, 1], [1, 2]])
        #expect(abs(values[0] - 1) < 1e-14 && abs(values[1] - 3) < 1e-14)
        let three = SymmetricEigen.values(of: [[4, 1, 0], [1, 3, 1], [0, 1, 2]])
        // The trace and the determinant are kept.
        #expect(abs(three.reduce(0, +) - 9) < 1e-12)
        #expect(abs(three.reduce(1, *) - 18) < 1e-11)
    }

    @Test func linearSolveAndSingularity() {
        #expect(LinearSolve.solve([[2, 1], [1, 3]], [3, 5]).map { $0.map { ($0 * 1e12).rounded() / 1e12 } } == [0.8, 1.4])
        #expect(LinearSolve.solve([[1, 2], [2, 4]], [1, 2]) == nil)
    }
}
