@testable import Engine
import Foundation
import Testing

/// Penalties, weight decay, dropout, DropConnect, early stopping and noise: each against a
/// hand computation or an independent oracle.
@Suite struct RegularizationTests {
    static let weights: [Float] = [-1.5, -0.2, 0, 0.3, 2]

    /// The penalties' gradients against central differences of λΣ|w| and λΣw² in Double.
    /// At w = 0, |w| has no derivative; the subgradient used is 0, as Keras's is.
    @Test(arguments: [Regularization.Penalty.l1(0.1), .l2(0.1)])
    func penaltyGradientsMatchFiniteDifferences(_ penalty: Regularization.Penalty) {
        let lambda = penalty.strength
        let oracle: ([Double]) -> Double = { w in
            if case .l1 = penalty { lambda * w.reduce(0) { $0 + Swift.abs($1) } } else { lambda * w.reduce(0) { $0 + $1 * $1 } }
        }
        var gradient = [Float](repeating: 0, count: Self.weights.count)
        Self.weights.withUnsafeBufferPointer { Regularization(penalty: penalty).addGradient($0, to: &gradient) }
        let value = Self.weights.withUnsafeBufferPointer { Regularization(penalty: penalty).value($0) }
        #expect(abs(value - oracle(Self.weights.map(Double.init))) < 1e-6)
        for k in Self.weights.indices where Self.weights[k] != 0 {
            let h = 1e-6
            var up = Self.weights.map(Double.init), down = up
            up[k] += h
            down[k] -= h
            #expect(abs(Double(gradient[k]) - (oracle(up) - oracle(down)) / (2 * h)) < 1e-5, "∂/∂w\(k)")
        }
        #expect(gradient[2] == 0, "at w = 0 the L1 subgradient and the L2 gradient are both 0")
    }

    /// The soft threshold: |w| ≤ ηλ becomes exactly 0, the rest move toward 0 by ηλ.
    @Test func proximalStepIsTheSoftThreshold() {
        var w = Self.weights
        w.withUnsafeMutableBufferPointer { Regularization(penalty: .l1Proximal(0.5)).proximalStep($0, learningRate: 0.5) }
        #expect(w == [-1.25, 0, 0, Float(0.3) - 0.25, 1.75], "each step computed in Float, as the engine does")
        var untouched = Self.weights
        untouched.withUnsafeMutableBufferPointer { Regularization(penalty: .l2(0.5)).proximalStep($0, learningRate: 0.5) }
        #expect(untouched == Self.weights, "only the proximal penalty thresholds")
    }

    /// Under plain gradient descent, decay 2λ and the penalty λΣw² are the same update.
    @Test func weightDecayIsTheL2PenaltyUnderGradientDescent() {
        let data = DatasetGenerator.linear(count: 30, weights: [2, -1, 0.5], intercept: 0.3, noise: 0.5, seed: 3)
        let network = Network(widths: [3, 1], activation: .linear, initializer: .zeros, seed: 1)
        func trained(_ regularization: Regularization, _ optimizer: Optimizer) -> [Float] {
            let settings = TrainingSettings(loss: .meanSquaredError, epochs: 200, batchSize: 30, learningRate: 0.05, optimizer: optimizer,
                                            regularization: regularization, seed: 1)
            return Trainer.train(network, on: data, settings: settings).network.layers[0].weights.storage
        }
        let decayed = trained(Regularization(weightDecay: 0.4), .gradientDescent)
        let penalized = trained(Regularization(penalty: .l2(0.2)), .gradientDescent)
        #expect(zip(decayed, penalized).allSatisfy { abs($0 - $1) < 1e-5 })
        let adamDecayed = trained(Regularization(weightDecay: 0.4), .defaultAdam)
        let adamPenalized = trained(Regularization(penalty: .l2(0.2)), .defaultAdam)
        #expect(zip(adamDecayed, adamPenalized).map { abs($0 - $1) }.max()! > 0.01, "under Adam the two differ")
    }

    /// Gradient descent with the L2 penalty converges to the closed-form ridge solution, and
    /// the closed form matches a one-input oracle: w = cov(x, y) / (var(x) + λ).
    @Test func ridgeMatchesItsOracleAndGradientDescent() throws {
        let single = DatasetGenerator.linear(count: 50, weights: [1.5], intercept: -0.5, noise: 0.3, seed: 8)
        let x = single.inputs.storage.map(Double.init), y = single.targetMatrix(outputs: 1)!.storage.map(Double.init)
        let (mx, my) = (x.reduce(0, +) / 50, y.reduce(0, +) / 50)
        let covariance = zip(x, y).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) } / 50
        let variance = x.reduce(0) { $0 + ($1 - mx) * ($1 - mx) } / 50
        for lambda in [0.0, 0.3, 2.0] {
            let solution = try #require(RidgeRegression.solve(single, lambda: lambda))
            let expected = covariance / (variance + lambda)
            #expect(abs(solution.weights[0] - expected) < 1e-12)
            #expect(abs(solution.bias - (my - expected * mx)) < 1e-12)
        }
        let data = DatasetGenerator.linear(count: 40, weights: [3, -2, 0, 0], intercept: 1, noise: 1, seed: 4)
        let exact = try #require(RidgeRegression.solve(data, lambda: 0.5))
        let settings = TrainingSettings(loss: .meanSquaredError, epochs: 2000, batchSize: 40, learningRate: 0.05,
                                        regularization: Regularization(penalty: .l2(0.5)), seed: 1)
        let trained = Trainer.train(Network(widths: [4, 1], activation: .linear, initializer: .zeros, seed: 1), on: data, settings: settings).network
        for (w, e) in zip(trained.layers[0].weights.storage, exact.weights) { #expect(abs(Double(w) - e) < 1e-4) }
        #expect(abs(Double(trained.layers[0].biases[0]) - exact.bias) < 1e-4)
    }

    /// Inverted dropout keeps each output's expectation: the mean over many training passes
    /// of a hidden layer's output is its inference output. Inference is exactly the network
    /// without dropout, bit for bit, every time.
    @Test func dropoutKeepsTheExpectationAndInferenceIsExact() {
        let plain = Network(widths: [3, 16, 2], activation: .tanh, initializer: .glorotUniform, seed: 4)
        var dropped = plain
        dropped.layers[0].dropout = 0.5
        let inputs = DatasetGenerator.standardNormal(count: 4, features: 3, outputs: 1, seed: 2).inputs
        let exact = plain.signals(inputs, .output)[0].storage
        #expect(dropped.signals(inputs, .output)[0].storage == exact)
        #expect(dropped.outputs(inputs) == plain.outputs(inputs) && dropped.outputs(inputs) == dropped.outputs(inputs))
        let passes = 4000
        var mean = [Double](repeating: 0, count: exact.count)
        var zeros = 0
        for seed in 1...passes {
            let sample = dropped.signals(inputs, .output, trainingSeed: UInt64(seed))[0].storage
            for k in sample.indices { mean[k] += Double(sample[k]) / Double(passes) }
            zeros += sample.filter { $0 == 0 }.count
        }
        // Each masked output is a·m/0.5 with m ~ Bernoulli(0.5): its standard deviation is |a|,
        // so the mean of 4 000 is within 5|a|/√4000 < 0.08|a| of a, with room to spare.
        for (m, a) in zip(mean, exact) { #expect(abs(m - Double(a)) <= 0.08 * Double(Swift.abs(a)) + 1e-6) }
        let dropRate = Double(zeros) / Double(passes * exact.count)
        #expect(abs(dropRate - 0.5) < 0.01, "half of the outputs are dropped: \(dropRate)")
    }

    /// DropConnect keeps the expectation of each pre-activation, x·(W ⊙ M)/keep + b, and
    /// draws a different mask for each example of a batch.
    @Test func dropConnectKeepsTheExpectationPerExample() {
        let plain = Network(widths: [3, 8, 2], activation: .relu, initializer: .glorotUniform, biasInitializer: .randomNormal(standardDeviation: 0.2), seed: 6)
        var connected = plain
        connected.layers[0].dropConnect = 0.3
        let row = [Float](arrayLiteral: 0.5, -1, 2)
        let inputs = Matrix(rows: 2, columns: 3, storage: row + row)
        let exact = plain.signals(inputs, .linear)[0].storage
        #expect(connected.signals(inputs, .linear)[0].storage == exact, "inference uses the mean network, W itself")
        let passes = 4000
        var mean = [Double](repeating: 0, count: exact.count)
        var differ = 0
        for seed in 1...passes {
            let sample = connected.signals(inputs, .linear, trainingSeed: UInt64(seed))[0].storage
            for k in sample.indices { mean[k] += Double(sample[k]) / Double(passes) }
            if sample[0..<8] != sample[8..<16] { differ += 1 }
        }
        for (m, z) in zip(mean, exact) { #expect(abs(m - Double(z)) < 0.06, "E[z] = z: \(m) against \(z)") }
        #expect(differ > passes * 9 / 10, "two identical examples get different masks")
    }

    /// The monitor on hand-made sequences: patience 3 with minDelta 0.005 and 0.02, and a
    /// weight-change threshold.
    @Test func earlyStoppingStopsWhereTheSequencePredicts() {
        let losses = [1.0, 0.8, 0.85, 0.79, 0.795, 0.80, 0.81, 0.82, 0.83]
        func stop(_ rule: StoppingRule, _ changes: [Double] = Array(repeating: 1, count: 9)) -> (epoch: Int?, best: Int?) {
            var monitor = EarlyStoppingMonitor(rules: [rule])
            for epoch in 1...losses.count where monitor.observe(epoch: epoch, validationLoss: losses[epoch - 1], weightChange: changes[epoch - 1]).stop != nil {
                return (epoch, monitor.bestEpoch)
            }
            return (nil, monitor.bestEpoch)
        }
        // 0.79 improves on 0.8 by more than 0.005: best at 4, and epochs 5, 6, 7 do not improve.
        #expect(stop(.errorChange(patience: 3, minDelta: 0.005)) == (7, 4))
        // By 0.02 it does not: best stays at 2, and epochs 3, 4, 5 do not improve.
        #expect(stop(.errorChange(patience: 3, minDelta: 0.02)) == (5, 2))
        #expect(stop(.errorChange(patience: 10, minDelta: 0)).epoch == nil)
        #expect(stop(.weightChange(threshold: 0.01), [0.5, 0.2, 0.05, 0.011, 0.009, 0.001, 1, 1, 1]).epoch == 5)
    }

    /// Training with a rule stops where the replay of the full run says, and restoring the
    /// best weights returns the network whose validation loss was the lowest.
    @Test func trainingStopsAndRestoresTheBestWeights() throws {
        let (training, validation) = DatasetGenerator.moons(count: 240, noise: 0.4, seed: 3).split(trainingFraction: 0.2, seed: 1)
        let network = Network(widths: [2, 32, 32, 2], activation: .relu, initializer: .heNormal, seed: 2)
        var settings = TrainingSettings(loss: .softmaxCrossEntropy, epochs: 300, batchSize: 8, learningRate: 0.05, seed: 5)
        let full = Trainer.train(network, on: training, validation: validation, settings: settings).history
        let predicted = try #require(full.stoppingEpoch(.errorChange(patience: 10, minDelta: 0)))
        settings.earlyStopping = [.errorChange(patience: 10, minDelta: 0)]
        settings.restoreBestWeights = true
        let (stopped, history) = Trainer.train(network, on: training, validation: validation, settings: settings)
        #expect(history.stoppedAt == predicted && history.stopReason == .errorChange && history.epochs == predicted)
        let best = try #require(history.bestEpoch)
        #expect(history.restoredBest == (best != predicted))
        let targets = try #require(validation.targetMatrix(outputs: 2))
        #expect(Metrics.evaluate(stopped, on: validation, targets: targets, loss: .softmaxCrossEntropy).loss == history.validationLoss[best - 1])
        #expect(history.validationLoss[best - 1] == history.validationLoss.min())
    }

    /// The noise schedule c/(1 + t)^0.55, and the noise training adds: with inputs and targets
    /// all 0, the data's gradient is 0, so after one step of rate 1 each weight is −noise.
    @Test func gradientNoiseHasItsScheduledVariance() {
        let noise = GradientNoise(scale: 0.3)
        #expect(noise.variance(at: 0) == 0.3)
        #expect(abs(noise.variance(at: 9) - 0.3 / pow(10, 0.55)) < 1e-15)
        let silent = Dataset(inputs: Matrix(rows: 4, columns: 100), targets: .values(Matrix(rows: 4, columns: 100)))
        let network = Network(widths: [100, 100], activation: .linear, initializer: .zeros, seed: 1)
        let settings = TrainingSettings(loss: .meanSquaredError, epochs: 1, batchSize: 4, learningRate: 1, gradientNoise: noise, seed: 9)
        let w = Trainer.train(network, on: silent, settings: settings).network.layers[0].weights.storage.map(Double.init)
        let variance = w.reduce(0) { $0 + $1 * $1 } / Double(w.count)
        // 10 000 draws: the sample variance is within 5% of 0.3 with overwhelming probability.
        #expect(abs(variance - 0.3) < 0.015, "\(variance)")
    }

    /// Exactly round(fraction · count) labels change, each to another class.
    @Test(arguments: [0.0, 0.1, 0.25, 1.0])
    func labelNoiseChangesTheStatedFraction(_ fraction: Double) throws {
        let data = DatasetGenerator.blobs(count: 201, classes: 3, seed: 4)
        let noisy = data.withLabelNoise(fraction: fraction, seed: 2)
        let changed = zip(try #require(data.labels), try #require(noisy.labels)).filter { $0 != $1 }.count
        #expect(changed == Int((fraction * 201).rounded()))
        #expect(noisy.inputs == data.inputs && noisy.classCount == 3)
        #expect(noisy == data.withLabelNoise(fraction: fraction, seed: 2), "the same seed gives the same labels")
    }

    /// Dropout, DropConnect, input noise, gradient noise and penalties together: the same
    /// seed gives the same bits, another seed does not.
    @Test func everyRegularizerIsSeeded() {
        let data = DatasetGenerator.moons(count: 64, noise: 0.2, seed: 1)
        let network = Network(widths: [2, 16, 16, 2], activation: .relu, initializer: .heNormal, dropout: 0.3, dropConnect: 0.2, seed: 3)
        var settings = TrainingSettings(loss: .softmaxCrossEntropy, epochs: 5, batchSize: 8, learningRate: 0.05,
                                        regularization: Regularization(penalty: .l1Proximal(1e-3), weightDecay: 1e-3),
                                        inputNoise: 0.1, gradientNoise: GradientNoise(scale: 0.01), seed: 4)
        let first = Trainer.train(network, on: data, settings: settings)
        let second = Trainer.train(network, on: data, settings: settings)
        #expect(first.network == second.network && first.history == second.history)
        settings.seed = 5
        #expect(Trainer.train(network, on: data, settings: settings).network != first.network)
    }
}
