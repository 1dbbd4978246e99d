@testable import Engine
import Testing

@Suite struct TrainingTests {
    static let spirals = DatasetGenerator.spirals(count: 200, noise: 0.05, seed: 1)

    static func settings(_ batch: Int, epochs: Int = 40, rate: Double = 0.1, optimizer: Optimizer = .gradientDescent) -> TrainingSettings {
        TrainingSettings(loss: .softmaxCrossEntropy, epochs: epochs, batchSize: batch, learningRate: rate, optimizer: optimizer, seed: 7)
    }

    /// Zero initialization never breaks symmetry: after training, every hidden unit of a
    /// layer is bit-identical to the others.
    @Test(arguments: [Initializer.zeros, .ones])
    func constantInitializationKeepsUnitsIdentical(_ initializer: Initializer) {
        let network = Network(widths: [2, 8, 8, 2], activation: .tanh, initializer: initializer, seed: 1)
        let (trained, history) = Trainer.train(network, on: Self.spirals, settings: Self.settings(16))
        #expect(history.updates == 40 * 13)
        #expect(Probe.unitSymmetry(trained) == [0, 0])
        #expect(trained != network, "training changed the weights")
        let random = Network(widths: [2, 8, 8, 2], activation: .tanh, initializer: .glorotUniform, seed: 1)
        #expect(Probe.unitSymmetry(Trainer.train(random, on: Self.spirals, settings: Self.settings(16)).network).allSatisfy { $0 > 0.1 })
    }

    @Test func theSameSeedGivesTheSameBits() {
        let network = Network(widths: [2, 16, 2], activation: .relu, initializer: .heNormal, seed: 3)
        let first = Trainer.train(network, on: Self.spirals, settings: Self.settings(8, epochs: 5, optimizer: .defaultAdam))
        let second = Trainer.train(network, on: Self.spirals, settings: Self.settings(8, epochs: 5, optimizer: .defaultAdam))
        #expect(first.network == second.network)
        #expect(first.history == second.history)
        var reseeded = Self.settings(8, epochs: 5, optimizer: .defaultAdam)
        reseeded.seed = 8
        #expect(Trainer.train(network, on: Self.spirals, settings: reseeded).network != first.network)
    }

    /// Batch GD on a convex problem (linear regression, squared error) lowers the cost at
    /// every epoch; its batch is the whole set, so there is one update per epoch.
    @Test func batchDescentIsMonotoneOnAConvexProblem() {
        let data = DatasetGenerator.linear(count: 64, slope: 2, intercept: 1, noise: 0.1, seed: 2)
        let network = Network(widths: [1, 1], activation: .linear, initializer: .zeros, seed: 1)
        let settings = TrainingSettings(loss: .meanSquaredError, epochs: 40, batchSize: 64, learningRate: 0.2, seed: 1)
        let (trained, history) = Trainer.train(network, on: data, settings: settings)
        #expect(history.updates == 40)
        #expect(zip(history.loss, history.loss.dropFirst()).allSatisfy { $1 < $0 })
        #expect(abs(trained.layers[0].weights[0, 0] - 2) < 0.1 && abs(trained.layers[0].biases[0] - 1) < 0.1)
    }

    /// A learning rate far too large is a recorded divergence, with no non-finite loss kept.
    @Test func divergenceIsRecordedNotCrashed() throws {
        let data = DatasetGenerator.linear(count: 32, slope: 3, intercept: 0, noise: 0, seed: 2)
        let network = Network(widths: [1, 16, 1], activation: .linear, initializer: .glorotUniform, seed: 1)
        let settings = TrainingSettings(loss: .meanSquaredError, epochs: 50, batchSize: 8, learningRate: 5, seed: 1)
        let history = Trainer.train(network, on: data, settings: settings).history
        let step = try #require(history.divergedAt)
        #expect(step == history.updates + 1)
        #expect(history.updateLoss.allSatisfy { $0.isFinite })
        // Clipping the gradient's norm keeps the same run finite.
        var clipped = settings
        clipped.clipNorm = 1
        clipped.learningRate = 0.05
        #expect(Trainer.train(network, on: data, settings: clipped).history.divergedAt == nil)
    }

    /// Mini-batch training learns the (standardized) spirals; the validation history is
    /// recorded per epoch.
    @Test func miniBatchTrainingLearnsTheSpirals() {
        let (training, test) = DatasetGenerator.spirals(count: 300, noise: 0.02, seed: 2).standardized().split(trainingFraction: 0.75, seed: 1)
        let network = Network(widths: [2, 32, 32, 2], activation: .tanh, initializer: .glorotUniform, seed: 4)
        let history = Trainer.train(network, on: training, validation: test, settings: Self.settings(16, epochs: 150, rate: 0.01, optimizer: .defaultAdam)).history
        #expect(history.loss.count == 150 && history.validationLoss.count == 150 && history.validationAccuracy.count == 150)
        #expect(history.accuracy.last! > 0.95)
        #expect(history.validationAccuracy.last! > 0.9)
        #expect(history.loss.last! < history.loss.first! / 5)
    }

    /// SELU with LeCun normal weights keeps activations near mean 0 and variance 1 through 30 layers.
    @Test func seluSelfNormalises() {
        var random = RandomSource(seed: 12)
        let inputs = Matrix(rows: 1000, columns: 64, storage: (0..<64_000).map { _ in Float(random.normal()) })
        let data = Dataset(inputs: inputs, targets: .values(Matrix(rows: 1000, columns: 64)))
        let network = Network(widths: Array(repeating: 64, count: 31), activation: .selu, output: .selu, initializer: .lecunNormal, seed: 5)
        let statistics = Probe.layers(network, on: data, loss: .meanSquaredError)!
        #expect(statistics.count == 30)
        let last = statistics[29]
        #expect(abs(last.mean) < 0.15, "mean \(last.mean)")
        #expect(abs(last.standardDeviation * last.standardDeviation - 1) < 0.2, "variance \(last.standardDeviation * last.standardDeviation)")
    }

    /// Dead units output 0 for every example; leaky ReLU has none.
    @Test func deadUnitsAreCounted() {
        var network = Network(widths: [2, 4, 1], activation: .relu, initializer: .ones, seed: 1)
        network.layers[0].biases = [-100, -100, 0, 0]
        let data = DatasetGenerator.xor(count: 50, noise: 0, seed: 1)
        #expect(Probe.layers(network, on: data, loss: .meanSquaredError)![0].dead == 0.5)
        network.layers[0].activation = .leakyRelu()
        #expect(Probe.layers(network, on: data, loss: .meanSquaredError)![0].dead == 0)
    }
}
