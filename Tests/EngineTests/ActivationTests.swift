@testable import Engine
import Foundation
import Testing

@Suite struct ActivationTests {
    static let points: [Double] = [-30, -5, -1.5, -0.25, 0, 0.3, 1, 2.5, 7, 30]

    /// The oracle: the textbook formulas in Foundation's libm, not the engine's code paths.
    @Test(arguments: points)
    func valuesMatchTheTextbookFormulas(x: Double) {
        let sigmoid = 1 / (1 + Foundation.exp(-x))
        #expect(abs(Activation.sigmoid(x) - sigmoid) <= 1e-15 * max(1, sigmoid))
        #expect(Activation.tanh(x) == Foundation.tanh(x))
        #expect(Activation.relu(x) == max(0, x))
        #expect(Activation.linear(x) == x)
    }

    /// Each derivative against a central finite difference, relative tolerance 1e-6.
    @Test(arguments: Activation.all, points.filter { $0 != 0 })
    func derivativesMatchFiniteDifferences(activation: Activation, x: Double) {
        let h = 1e-5 * max(1, abs(x))
        let numeric = (activation(x + h) - activation(x - h)) / (2 * h)
        let analytic = activation.derivative(x)
        #expect(abs(numeric - analytic) <= 1e-6 * max(1, abs(analytic)), "\(activation) at \(x)")
    }

    @Test func specialPoints() {
        #expect(Activation.sigmoid.derivative(0) == 0.25)
        #expect(Activation.tanh.derivative(0) == 1)
        #expect(Activation.sigmoid(0) == 0.5)
        // ReLU's derivative at its kink is taken as 0, as the frameworks do.
        #expect(Activation.relu.derivative(0) == 0)
        // No overflow far out: e^800 is infinite, but the stable form never computes it.
        #expect(Activation.sigmoid(-800) == 0)
        #expect(Activation.sigmoid(800) == 1)
        #expect(Activation.sigmoid.derivative(-800) == 0)
        #expect(Activation.sigmoid(-0.0) == 0.5)
    }

    /// The constants and special points each paper states.
    @Test func theNewerActivationsAtTheirSpecialPoints() {
        #expect(Activation.seluAlpha == 1.6732632423543772)
        #expect(Activation.seluLambda == 1.0507009873554805)
        #expect(Activation.leakyRelu()(-2) == -0.02)
        #expect(Activation.leakyRelu(slope: 0.2).derivative(-1) == 0.2)
        #expect(Activation.elu()(-1) == Foundation.expm1(-1))
        #expect(Activation.selu(1) == Activation.seluLambda)
        #expect(Activation.softplus(0) == Foundation.log(2))
        #expect(Activation.softplus(800) == 800)
        #expect(Activation.gelu(0) == 0 && Activation.gelu.derivative(0) == 0.5)
        #expect(abs(Activation.gelu(1) - 0.8413447460685429) < 1e-15)
        #expect(Activation.swish(0) == 0 && Activation.swish.derivative(0) == 0.5)
    }

    /// The network's Float kernels against these Double definitions, forward and backward,
    /// over a sweep that crosses every kink and both tails (lengths that leave a tail).
    @Test(arguments: Activation.all + [.leakyRelu(slope: 0.2), .elu(alpha: 0.5)])
    func floatKernelsFollowTheDefinitions(activation: Activation) {
        let z: [Float] = stride(from: -12.0, through: 12.0, by: 0.037).map(Float.init)
        var a = [Float](repeating: 0, count: z.count)
        var g = [Float](repeating: 1, count: z.count)
        z.withUnsafeBufferPointer { z in
            a.withUnsafeMutableBufferPointer { a in
                activation.forward(z.count, z.baseAddress!, into: a.baseAddress!)
                g.withUnsafeMutableBufferPointer { g in
                    activation.backward(z.count, z: z.baseAddress!, a: UnsafePointer(a.baseAddress!), gradient: g.baseAddress!)
                }
            }
        }
        for k in z.indices {
            let x = Double(z[k])
            #expect(abs(Double(a[k]) - activation(x)) <= 2e-6 * max(1, abs(activation(x))), "\(activation.name)(\(x))")
            #expect(abs(Double(g[k]) - activation.derivative(x)) <= 2e-6 * max(1, abs(activation.derivative(x))), "\(activation.name)′(\(x))")
        }
    }

    @Test func nanPropagates() {
        for activation in [Activation.sigmoid, .tanh, .linear] {
            #expect(activation(.nan).isNaN)
            #expect(activation.derivative(.nan).isNaN || activation == .linear)
        }
    }

    @Test func infinitiesSaturate() {
        #expect(Activation.sigmoid(.infinity) == 1)
        #expect(Activation.sigmoid(-.infinity) == 0)
        #expect(Activation.tanh(.infinity) == 1)
        #expect(Activation.relu(-.infinity) == 0)
    }
}
