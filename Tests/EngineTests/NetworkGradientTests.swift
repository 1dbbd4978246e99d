@testable import Engine
import Foundation
import Testing

/// Every layer's backward pass against central finite differences of an independent oracle:
/// the same network evaluated with textbook loops in Double.
@Suite struct NetworkGradientTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let hidden: Activation
        let loss: Loss
        var testDescription: String { "\(hidden.name) + \(loss.rawValue)" }
    }

    static let cases: [Case] = Activation.all.map { Case(hidden: $0, loss: .softmaxCrossEntropy) }
        + [Case(hidden: .tanh, loss: .meanSquaredError), Case(hidden: .elu(), loss: .binaryCrossEntropy),
           Case(hidden: .sigmoid, loss: .binaryCrossEntropy)]

    /// The mean loss of `network` with weights and biases in Double, by the definitions.
    static func oracleLoss(_ layers: [(w: [[Double]], b: [Double], f: Activation)], _ x: [[Double]], _ y: [[Double]], _ loss: Loss) -> Double {
        var total = 0.0
        for (input, target) in zip(x, y) {
            var a = input
            var z: [Double] = []
            for layer in layers {
                z = (0..<layer.b.count).map { j in layer.b[j] + a.indices.reduce(0) { $0 + a[$1] * layer.w[$1][j] } }
                a = z.map(layer.f.callAsFunction)
            }
            switch loss {
            case .meanSquaredError:
                total += zip(a, target).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / Double(a.count)
            case .binaryCrossEntropy:
                total += zip(a, target).reduce(0) { $0 - ($1.1 * log($1.0) + (1 - $1.1) * log(1 - $1.0)) } / Double(a.count)
            case .softmaxCrossEntropy:
                let logSum = log(z.reduce(0) { $0 + exp($1) })
                total -= zip(z, target).reduce(0) { $0 + $1.1 * ($1.0 - logSum) }
            }
        }
        return total / Double(x.count)
    }

    @Test(arguments: cases)
    func weightAndBiasGradientsMatchFiniteDifferences(_ testCase: Case) {
        let outputs = testCase.loss == .softmaxCrossEntropy ? 3 : testCase.loss == .binaryCrossEntropy ? 2 : 2
        let network = Network(widths: [3, 5, 4, outputs], activation: testCase.hidden, output: testCase.loss.requiredOutput ?? .tanh,
                              initializer: .glorotNormal, biasInitializer: .randomNormal(standardDeviation: 0.3), seed: 11)
        var random = RandomSource(seed: 5)
        let rows = 6
        let x = (0..<rows).map { _ in (0..<3).map { _ in Double(Float(random.normal())) } }
        let y: [[Double]] = (0..<rows).map { i in
            testCase.loss == .meanSquaredError ? (0..<outputs).map { _ in Double(Float(random.normal() * 0.5)) }
                : testCase.loss == .binaryCrossEntropy ? (0..<outputs).map { _ in Double((i + Int(random.next() % 2)) % 2) }
                : (0..<outputs).map { $0 == i % outputs ? 1 : 0 }
        }
        let pass = NetworkPass(network, capacity: rows)
        pass.forward(network, x.flatMap { $0.map(Float.init) }, rows: rows)
        let targets = y.flatMap { $0.map(Float.init) }
        let loss = targets.withUnsafeBufferPointer { Trainer.evaluate(testCase.loss, pass, targets: $0.baseAddress!, rows: rows) } / Double(rows)
        pass.backward(network, rows: rows, outputIsPreActivation: testCase.loss.requiredOutput != nil)

        var layers = network.layers.map { layer in
            (w: (0..<layer.inputCount).map { layer.weights.row($0).map(Double.init) }, b: layer.biases.map(Double.init), f: layer.activation)
        }
        let oracle = Self.oracleLoss(layers, x, y, testCase.loss)
        #expect(abs(loss - oracle) <= 1e-5 * max(1, abs(oracle)), "the loss itself")
        let h = 1e-5
        for (l, layer) in network.layers.enumerated() {
            for i in 0..<layer.inputCount {
                for j in 0..<layer.outputCount {
                    let saved = layers[l].w[i][j]
                    layers[l].w[i][j] = saved + h
                    let up = Self.oracleLoss(layers, x, y, testCase.loss)
                    layers[l].w[i][j] = saved - h
                    let down = Self.oracleLoss(layers, x, y, testCase.loss)
                    layers[l].w[i][j] = saved
                    let numeric = (up - down) / (2 * h)
                    let analytic = Double(pass.weightGradients[l][i * layer.outputCount + j])
                    #expect(abs(analytic - numeric) <= 1e-4 * max(abs(numeric), 1e-2), "∂L/∂W\(l + 1)[\(i), \(j)]")
                }
            }
            for j in 0..<layer.outputCount {
                let saved = layers[l].b[j]
                layers[l].b[j] = saved + h
                let up = Self.oracleLoss(layers, x, y, testCase.loss)
                layers[l].b[j] = saved - h
                let down = Self.oracleLoss(layers, x, y, testCase.loss)
                layers[l].b[j] = saved
                let numeric = (up - down) / (2 * h)
                let analytic = Double(pass.biasGradients[l][j])
                #expect(abs(analytic - numeric) <= 1e-4 * max(abs(numeric), 1e-2), "∂L/∂b\(l + 1)[\(j)]")
            }
        }
    }
}
