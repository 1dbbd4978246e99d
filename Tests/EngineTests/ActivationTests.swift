import Engine
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
    @Test(arguments: Activation.allCases, points.filter { $0 != 0 })
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
