@testable import Engine
import Foundation
import Testing

@Suite struct FloatLanesTests {
    /// A sweep over the range that matters, with Foundation's double-precision functions as
    /// the oracle.
    static let sweep: [Float] = stride(from: -20.0, through: 20.0, by: 0.013).map(Float.init) + [0, -0, 1e-6, -1e-6, 0.625, -0.625]

    static func lanes(_ f: (SIMD16<Float>) -> SIMD16<Float>, _ xs: [Float]) -> [Float] {
        var result = [Float](repeating: 0, count: xs.count)
        xs.withUnsafeBufferPointer { x in
            result.withUnsafeMutableBufferPointer { y in
                FloatLanes.map(xs.count, x.baseAddress!, into: y.baseAddress!, 0) { x, _ in f(x) }
            }
        }
        return result
    }

    /// Relative error within 4 single-precision ulps (2⁻²¹ ≈ 4.8e-7) of the exact value.
    static func expectClose(_ actual: [Float], _ xs: [Float], _ exact: (Double) -> Double, _ name: String) {
        for (x, y) in zip(xs, actual) {
            let truth = exact(Double(x))
            let error = abs(Double(y) - truth)
            #expect(error <= 4.8e-7 * max(abs(truth), 1e-30), "\(name)(\(x)) = \(y), exactly \(truth)")
        }
    }

    @Test func expIsWithinFourUlps() {
        let xs = Self.sweep + [-87, 80, 88]
        Self.expectClose(Self.lanes(FloatLanes.exp, xs), xs, Foundation.exp, "exp")
    }

    @Test func tanhIsWithinFourUlps() {
        Self.expectClose(Self.lanes(FloatLanes.tanh, Self.sweep), Self.sweep, Foundation.tanh, "tanh")
    }

    @Test func sigmoidIsWithinFourUlps() {
        Self.expectClose(Self.lanes(FloatLanes.sigmoid, Self.sweep), Self.sweep, { 1 / (1 + Foundation.exp(-$0)) }, "sigmoid")
    }

    @Test func specialValues() {
        let xs: [Float] = [.nan, .infinity, -.infinity, 100, -100, 0]
        let exp = Self.lanes(FloatLanes.exp, xs)
        #expect(exp[0].isNaN && exp[1] == .infinity && exp[2] < 1e-37 && exp[3] == .infinity && exp[4] < 1e-37 && exp[5] == 1)
        let tanh = Self.lanes(FloatLanes.tanh, xs)
        #expect(tanh[0].isNaN && tanh[1] == 1 && tanh[2] == -1 && tanh[3] == 1 && tanh[4] == -1 && tanh[5] == 0)
        let sigmoid = Self.lanes(FloatLanes.sigmoid, xs)
        #expect(sigmoid[0].isNaN && sigmoid[1] == 1 && sigmoid[2] < 1e-37 && sigmoid[5] == 0.5)
    }

    /// The tail goes through a padded vector and must not depend on what lies beyond it.
    @Test func tailsMatchFullVectors() {
        let xs = Array(Self.sweep.prefix(37))
        let whole = Self.lanes(FloatLanes.tanh, xs)
        for count in [1, 15, 17, 31] {
            #expect(Self.lanes(FloatLanes.tanh, Array(xs.prefix(count))) == Array(whole.prefix(count)))
        }
    }

    /// A rational tanh must stay a tanh: never past ±1, where 1 − tanh² would turn negative
    /// in backpropagation (the interpolant itself passes 1 near x = 8), and odd.
    @Test func tanhIsBoundedAndOdd() {
        let xs = stride(from: 0.0, through: 12, by: 0.000_5).map(Float.init)
        let ys = Self.lanes(FloatLanes.tanh, xs)
        #expect(ys.allSatisfy { $0 <= 1 })
        #expect(Self.lanes(FloatLanes.tanh, xs.map { -$0 }) == ys.map { -$0 })
    }

    /// Two squared sums side by side have the bits each has alone, whichever is longer.
    @Test func squaredSumsTakenTogetherEqualEachAlone() {
        let xs = Array(Self.sweep.prefix(300))
        for (n1, n2) in [(0, 0), (5, 37), (37, 5), (16, 16), (128, 300), (300, 17)] {
            xs.withUnsafeBufferPointer { x in
                let (a, b) = (x.baseAddress!, x.baseAddress! + 300 - n2)
                let (first, second) = FloatLanes.squaredSums(n1, a, n2, b)
                #expect(first.bitPattern == FloatLanes.squaredDeviation(n1, a).bitPattern, "\(n1) of \((n1, n2))")
                #expect(second.bitPattern == FloatLanes.squaredDeviation(n2, b).bitPattern, "\(n2) of \((n1, n2))")
            }
        }
    }
}
