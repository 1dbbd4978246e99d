@testable import Engine
import Foundation
import Testing

/// Every layer's backward pass against central finite differences of an independent oracle:
/// the same network evaluated on the whole batch with textbook loops in Double, including
/// batch normalization's batch statistics and the dropout and DropConnect masks of the pass.
@Suite struct NetworkGradientTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let hidden: Activation
        let loss: Loss
        var normalization: BatchNormalization.Placement?
        var dropout = 0.0
        var dropConnect = 0.0
        var rows = 6
        var testDescription: String {
            "\(hidden.name) + \(loss.rawValue)" + (normalization.map { " + batch norm \($0.rawValue), batch \(rows)" } ?? "")
                + (dropout > 0 ? " + dropout \(dropout)" : "") + (dropConnect > 0 ? " + DropConnect \(dropConnect)" : "")
        }
    }

    static let cases: [Case] = Activation.all.map { Case(hidden: $0, loss: .softmaxCrossEntropy) }
        + [Case(hidden: .tanh, loss: .meanSquaredError), Case(hidden: .elu(), loss: .binaryCrossEntropy),
           Case(hidden: .sigmoid, loss: .binaryCrossEntropy)]

    static let optionCases: [Case] = [
        Case(hidden: .sigmoid, loss: .softmaxCrossEntropy, normalization: .beforeActivation),
        Case(hidden: .sigmoid, loss: .softmaxCrossEntropy, normalization: .beforeActivation, rows: 2),
        Case(hidden: .tanh, loss: .meanSquaredError, normalization: .afterActivation, rows: 3),
        Case(hidden: .relu, loss: .softmaxCrossEntropy, dropout: 0.5),
        Case(hidden: .tanh, loss: .softmaxCrossEntropy, dropConnect: 0.3),
        Case(hidden: .elu(), loss: .softmaxCrossEntropy, normalization: .afterActivation, dropout: 0.4, dropConnect: 0.25, rows: 5),
    ]

    /// A layer as plain numbers, with the masks the pass drew for it.
    struct OracleLayer {
        var w: [[Double]]
        var b: [Double]
        var hasBias: Bool
        var f: Activation
        var placement: BatchNormalization.Placement?
        var gamma: [Double]
        var beta: [Double]
        /// Per example, per output: 0 or 1/keep.
        var dropout: [[Double]]?
        /// Per example, per weight [k][j]: 0 or 1/keep.
        var connections: [[[Double]]]?
    }

    /// Batch normalization by its definition: per unit, over the batch, the biased variance.
    static func normalize(_ x: [[Double]], gamma: [Double], beta: [Double]) -> [[Double]] {
        let n = Double(x.count)
        return x.indices.map { i in
            x[i].indices.map { j in
                let mean = x.reduce(0) { $0 + $1[j] } / n
                let variance = x.reduce(0) { $0 + ($1[j] - mean) * ($1[j] - mean) } / n
                return gamma[j] * (x[i][j] - mean) / (variance + Double(BatchNormalization.epsilon)).squareRoot() + beta[j]
            }
        }
    }

    /// The mean loss of the batch.
    static func oracleLoss(_ layers: [OracleLayer], _ x: [[Double]], _ y: [[Double]], _ loss: Loss) -> Double {
        var a = x
        var z: [[Double]] = []
        for layer in layers {
            z = a.indices.map { i in
                (0..<layer.b.count).map { j -> Double in
                    var sum: Double = layer.hasBias ? layer.b[j] : 0
                    for k in a[i].indices {
                        let kept: Double = layer.connections?[i][k][j] ?? 1
                        sum += a[i][k] * layer.w[k][j] * kept
                    }
                    return sum
                }
            }
            if layer.placement == .beforeActivation { z = normalize(z, gamma: layer.gamma, beta: layer.beta) }
            a = z.map { $0.map(layer.f.callAsFunction) }
            if layer.placement == .afterActivation { a = normalize(a, gamma: layer.gamma, beta: layer.beta) }
            if let masks = layer.dropout { a = a.indices.map { i in a[i].indices.map { a[i][$0] * masks[i][$0] } } }
        }
        var total = 0.0
        for (i, target) in y.enumerated() {
            switch loss {
            case .meanSquaredError:
                total += zip(a[i], target).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / Double(target.count)
            case .binaryCrossEntropy:
                total += zip(a[i], target).reduce(0) { $0 - ($1.1 * log($1.0) + (1 - $1.1) * log(1 - $1.0)) } / Double(target.count)
            case .softmaxCrossEntropy:
                let logSum = log(z[i].reduce(0) { $0 + exp($1) })
                total -= zip(z[i], target).reduce(0) { $0 + $1.1 * ($1.0 - logSum) }
            }
        }
        return total / Double(y.count)
    }

    @Test(arguments: cases + optionCases)
    func parameterGradientsMatchFiniteDifferences(_ testCase: Case) {
        let outputs = testCase.loss == .softmaxCrossEntropy ? 3 : 2
        let network = Network(widths: [3, 5, 4, outputs], activation: testCase.hidden, output: testCase.loss.requiredOutput ?? .tanh,
                              initializer: .glorotNormal, biasInitializer: .randomNormal(standardDeviation: 0.3),
                              normalization: testCase.normalization, dropout: testCase.dropout, dropConnect: testCase.dropConnect, seed: 11)
        var random = RandomSource(seed: 5)
        let rows = testCase.rows
        let x = (0..<rows).map { _ in (0..<3).map { _ in Double(Float(random.normal())) } }
        let y: [[Double]] = (0..<rows).map { i in
            testCase.loss == .meanSquaredError ? (0..<outputs).map { _ in Double(Float(random.normal() * 0.5)) }
                : testCase.loss == .binaryCrossEntropy ? (0..<outputs).map { _ in Double((i + Int(random.next() % 2)) % 2) }
                : (0..<outputs).map { $0 == i % outputs ? 1 : 0 }
        }
        let pass = NetworkPass(network, capacity: rows)
        x.flatMap { $0.map(Float.init) }.withUnsafeBufferPointer { pass.forwardTraining(network, $0.baseAddress!, rows: rows, random: &random) }
        let targets = y.flatMap { $0.map(Float.init) }
        let loss = targets.withUnsafeBufferPointer { Trainer.evaluate(testCase.loss, pass, targets: $0.baseAddress!, rows: rows) } / Double(rows)
        pass.backward(network, rows: rows, outputIsPreActivation: testCase.loss.requiredOutput != nil)

        var layers = network.layers.enumerated().map { index, layer in
            let (n, m) = (layer.inputCount, layer.outputCount)
            return OracleLayer(
                w: (0..<n).map { layer.weights.row($0).map(Double.init) }, b: layer.biases.map(Double.init), hasBias: layer.hasBias,
                f: layer.activation, placement: layer.normalization?.placement,
                gamma: layer.normalization?.scale.map(Double.init) ?? [], beta: layer.normalization?.shift.map(Double.init) ?? [],
                dropout: pass.dropoutMasks[index].map { mask in (0..<rows).map { i in (0..<m).map { Double(mask[i * m + $0]) } } },
                connections: pass.connectionMasks[index].map { mask in
                    (0..<rows).map { i in (0..<n).map { k in (0..<m).map { Double(mask[i * n * m + k * m + $0]) } } }
                })
        }
        let oracle = Self.oracleLoss(layers, x, y, testCase.loss)
        #expect(abs(loss - oracle) <= 1e-5 * max(1, abs(oracle)), "the loss itself")

        /// ∂L/∂θ by central differences, θ reached through `path` in the oracle's layers.
        func numeric(_ path: WritableKeyPath<[OracleLayer], Double>) -> Double {
            let h = 1e-5
            let saved = layers[keyPath: path]
            layers[keyPath: path] = saved + h
            let up = Self.oracleLoss(layers, x, y, testCase.loss)
            layers[keyPath: path] = saved - h
            let down = Self.oracleLoss(layers, x, y, testCase.loss)
            layers[keyPath: path] = saved
            return (up - down) / (2 * h)
        }
        func expectClose(_ analytic: Float, _ numeric: Double, _ name: String) {
            #expect(abs(Double(analytic) - numeric) <= 2e-4 * max(abs(numeric), 1e-2), "\(name): \(analytic) against \(numeric)")
        }
        for (l, layer) in network.layers.enumerated() {
            let m = layer.outputCount
            for i in 0..<layer.inputCount {
                for j in 0..<m { expectClose(pass.weightGradients[l][i * m + j], numeric(\.[l].w[i][j]), "∂L/∂W\(l + 1)[\(i), \(j)]") }
            }
            for j in 0..<m where layer.hasBias { expectClose(pass.biasGradients[l][j], numeric(\.[l].b[j]), "∂L/∂b\(l + 1)[\(j)]") }
            guard let scale = pass.scaleGradients[l], let shift = pass.shiftGradients[l] else { continue }
            for j in 0..<m {
                expectClose(scale[j], numeric(\.[l].gamma[j]), "∂L/∂γ\(l + 1)[\(j)]")
                expectClose(shift[j], numeric(\.[l].beta[j]), "∂L/∂β\(l + 1)[\(j)]")
            }
        }
    }
}

@Suite struct BackwardWithoutWeightGradientsTests {
    /// A probe reads only the δs: a pass told not to fill the weight and bias gradients gives
    /// every δ (and γ, β gradient) the full pass gives, bit for bit, and leaves those gradients alone.
    @Test(arguments: [nil, BatchNormalization.Placement.beforeActivation])
    func theDeltasAreTheFullPasssAndTheWeightGradientsAreLeftAlone(_ placement: BatchNormalization.Placement?) {
        let network = Network(widths: [3, 20, 17, 2], activation: .tanh, output: .linear, initializer: .glorotNormal,
                              normalization: placement, seed: 3)
        var random = RandomSource(seed: 9)
        let rows = 13
        let inputs = (0..<rows * 3).map { _ in Float(random.normal()) }
        let targets = (0..<rows * 2).map { Float($0 % 2) }
        func pass(weightGradients: Bool) -> NetworkPass {
            let pass = NetworkPass(network, capacity: rows)
            for index in network.layers.indices {
                pass.weightGradients[index].update(repeating: 7, count: network.layers[index].weights.storage.count)
            }
            pass.forward(network, inputs, rows: rows)
            _ = targets.withUnsafeBufferPointer { Trainer.evaluate(.softmaxCrossEntropy, pass, targets: $0.baseAddress!, rows: rows) }
            pass.backward(network, rows: rows, outputIsPreActivation: true, weightGradients: weightGradients)
            return pass
        }
        let (full, deltasOnly) = (pass(weightGradients: true), pass(weightGradients: false))
        for (index, layer) in network.layers.enumerated() {
            let (m, weights) = (layer.outputCount, layer.weights.storage.count)
            #expect((0..<rows * m).allSatisfy { full.deltas[index][$0].bitPattern == deltasOnly.deltas[index][$0].bitPattern })
            #expect((0..<weights).allSatisfy { deltasOnly.weightGradients[index][$0] == 7 })
            #expect((0..<weights).contains { full.weightGradients[index][$0] != 7 })
            if let scale = full.scaleGradients[index], let other = deltasOnly.scaleGradients[index] {
                #expect((0..<m).allSatisfy { scale[$0].bitPattern == other[$0].bitPattern })
            }
        }
    }
}
