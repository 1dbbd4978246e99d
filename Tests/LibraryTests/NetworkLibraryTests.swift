import LessonsCore
import TestSupport
import Testing

/// The network and dataset builtins as blocks use them, with exact expectations.
@Suite struct NetworkLibraryTests {
    static func values(_ code: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String] {
        let result = Harness.run("---\ntitle: T\nseed: 3\n---\n```swift experiment\n\(code)\n```\n")
        #expect(result.errors == [], "\(result.errors.map(\.message.text))", sourceLocation: sourceLocation)
        return result.values
    }

    @Test func networksHaveTheirShapes() {
        #expect(Self.values("network([2, 3, 1]).parameterCount") == ["13"])
        #expect(Self.values("network([2, 3, 1]).widths") == ["[2, 3, 1]"])
        #expect(Self.values("network([4, 8, 8, 2], activation: .tanh).layerCount") == ["3"])
        #expect(Harness.block("print(network([2, 3, 1], activation: .tanh))").printed == "Network(2 → 3 → 1, tanh, 13 parameters)\n")
        #expect(Self.values("weights(network([1, 2], initializer: .constant(value: 0.5)), layer: 1)") == ["[0.5, 0.5]"])
    }

    @Test func datasetsAreSeededAndSortedByClass() {
        #expect(Self.values("moons(count: 6).labels") == ["[0, 0, 0, 1, 1, 1]"])
        #expect(Self.values("spirals(count: 7, classes: 3).labels") == ["[0, 0, 0, 1, 1, 2, 2]"])
        #expect(Self.values("moons(count: 5, seed: 2).inputs == moons(count: 5, seed: 2).inputs") == ["true"])
        #expect(Self.values("moons(count: 5, seed: 2).inputs == moons(count: 5, seed: 3).inputs") == ["false"])
        #expect(Self.values("let (a, b) = split(blobs(count: 10, classes: 2), training: 0.7)\n[a.count, b.count]") == ["[7, 3]"])
        #expect(Self.values("shuffled(xor(count: 20), seed: 4).labels.sorted() == xor(count: 20).labels.sorted()") == ["true"])
        #expect(Self.values("dataset(inputs: [[0, 0], [1, 1]], labels: [0, 2]).classes") == ["3"])
        #expect(Self.values("let d = standardized(linearData(count: 100))\nlet xs = d.inputs.map { $0[0] }\n[abs(xs.mean()) < 1e-6, abs(xs.variance() - 1) < 1e-5]") == ["[true, true]"])
        #expect(Self.values("normalData(count: 3, features: 2, outputs: 4).targets") == ["[[0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0]]"])
    }

    @Test func trainingCountsItsUpdates() {
        let code = """
        let data = moons(count: 50)
        let run = train(network([2, 8, 2], activation: .tanh), on: data, loss: .softmaxCrossEntropy, epochs: 4, batchSize: 16, learningRate: 0.1)
        [run.updates, run.loss.count, run.updateLoss.count, run.gradientNorms.count]
        """
        // 50 examples in batches of 16: 4 updates per epoch (16, 16, 16, 2).
        #expect(Self.values(code) == ["[16, 4, 16, 16]"])
        let sameSeed = """
        let data = moons(count: 40)
        let a = train(network([2, 4, 2], seed: 1), on: data, loss: .softmaxCrossEntropy, epochs: 3, batchSize: 8, learningRate: 0.1, optimizer: .adam)
        let b = train(network([2, 4, 2], seed: 1), on: data, loss: .softmaxCrossEntropy, epochs: 3, batchSize: 8, learningRate: 0.1, optimizer: .adam)
        a.updateLoss == b.updateLoss
        """
        #expect(Self.values(sameSeed) == ["true"])
    }

    @Test func aDivergentRunSaysSo() {
        let code = """
        let run = train(network([1, 8, 1], activation: .linear), on: linearData(count: 32, slope: 3), loss: .meanSquaredError, epochs: 50, batchSize: 8, learningRate: 5)
        [run.diverged, run.divergedAt == run.updates + 1, run.updateLoss.allSatisfy { $0.isFinite }]
        """
        #expect(Self.values(code) == ["[true, true, true]"])
    }

    @Test func probesAndSymmetry() {
        #expect(Self.values("unitSymmetry(network([2, 4, 3, 1], initializer: .ones))") == ["[0.0, 0.0]"])
        #expect(Self.values("probe(network([1, 4, 1], initializer: .zeros), on: linearData(count: 4)).map { $0.dead }") == ["[1.0, 1.0]"])
        #expect(Self.values("probe(network([2, 3, 1]), on: xor(count: 10)).count") == ["2"])
        #expect(Self.values("variance(of: .heNormal, fanIn: 8, fanOut: 3)") == ["0.25"])
        #expect(Self.values("draw(.ones, fanIn: 2, fanOut: 2)") == ["[1.0, 1.0, 1.0, 1.0]"])
        #expect(Self.values("accuracy(network([2, 2], initializer: .zeros), on: moons(count: 10))") == ["0.5"])
    }

    @Test func arrayStatistics() {
        #expect(Self.values("[1, 2, 6].mean()") == ["3.0"])
        #expect(Self.values("[1, 2, 6].variance()") == ["4.666666666666667"])
        #expect(Self.values("[3, 1, 2].first") == ["3"])
        #expect(Self.values("[3, 1, 2].last") == ["2"])
        #expect(Harness.block("let x = [Double]().last").errors.map(\.message.text) == ["last of an empty array has no value; check that the array has elements first"])
    }

    /// Batch normalization, dropout and DropConnect as `network` options: what each layer trains.
    @Test func networkOptionsChangeWhatIsTrained() {
        // Hidden 2 → 3: 6 weights, no biases (the normalisation replaces them), γ and β for 3
        // units; output 3 → 1: 3 weights and 1 bias. After the activation the biases stay.
        #expect(Self.values("network([2, 3, 1], batchNorm: .beforeActivation).parameterCount") == ["16"])
        #expect(Self.values("network([2, 3, 1], batchNorm: .afterActivation).parameterCount") == ["19"])
        #expect(Self.values("network([2, 3, 1], dropout: 0.5, dropConnect: 0.2).parameterCount") == ["13"])
        #expect(Self.values("biases(network([2, 3, 1], biases: .ones, batchNorm: .beforeActivation), layer: 1)") == ["[0.0, 0.0, 0.0]"])
        let deterministic = "let n = network([2, 8, 2], dropout: 0.5, dropConnect: 0.5)\npredict(n, [[0.3, -0.2]]) == predict(network([2, 8, 2]), [[0.3, -0.2]])"
        #expect(Self.values(deterministic) == ["true"])
    }

    /// The regularizers' records: per-epoch measurements, early stopping, and its replay.
    @Test func trainingRecordsWhatRegularizationLessonsPlot() {
        let code = """
        let (a, b) = split(moons(count: 60, noise: 0.3), training: 0.5)
        let run = train(network([2, 16, 2]), on: a, validation: b, loss: .softmaxCrossEntropy, epochs: 7, batchSize: 10, learningRate: 0.1, penalty: .l2(lambda: 0.01))
        [run.trainingLoss.count, run.trainingAccuracy.count, run.penalty.count, run.weightL1.count, run.weightL2.count, run.weightChange.count, run.epochs]
        """
        #expect(Self.values(code) == ["[7, 7, 7, 7, 7, 7, 7]"])
        let stopping = """
        let (a, b) = split(moons(count: 200, noise: 0.4), training: 0.2)
        let full = train(network([2, 32, 32, 2]), on: a, validation: b, loss: .softmaxCrossEntropy, epochs: 200, batchSize: 8, learningRate: 0.05)
        let stopped = train(network([2, 32, 32, 2]), on: a, validation: b, loss: .softmaxCrossEntropy, epochs: 200, batchSize: 8, learningRate: 0.05, earlyStopping: .errorChange(patience: 5))
        [stopped.stopped, stopped.stoppedAt == stoppingEpoch(full, rule: .errorChange(patience: 5)), stopped.epochs == stopped.stoppedAt, stopped.stopReason == "errorChange"]
        """
        #expect(Self.values(stopping) == ["[true, true, true, true]"])
    }

    /// The closed-form ridge on three points on the line y = 2x + 1: λ = 0 recovers it; with
    /// λ = 1, w = cov(x, y) / (var(x) + 1) = (4/3) / (5/3) = 0.8 and b = ȳ − w·x̄ = 2.2.
    @Test func ridgeInClosedForm() {
        let line = "dataset(inputs: [[0], [1], [2]], targets: [[1], [3], [5]])"
        #expect(Self.values("ridge(\(line), lambda: 0)") == ["(weights: [2.0], bias: 1.0)"])
        #expect(Self.values("let r = ridge(\(line), lambda: 1)\n[abs(r.weights[0] - 0.8) < 1e-12, abs(r.bias - 2.2) < 1e-12]") == ["[true, true]"])
        #expect(Self.values("linearData(count: 5, weights: [1, 0, -1]).features") == ["3"])
    }

    @Test func labelNoiseChangesExactlyTheFraction() {
        let code = "let d = blobs(count: 40, classes: 4)\nlet n = labelNoise(d, fraction: 0.25, seed: 3)\nzip(d.labels, n.labels).filter { $0.0 != $0.1 }.count"
        #expect(Self.values(code) == ["10"])
    }

    /// Tables round their Doubles for a reader; `digits:` asks for more.
    @Test func tablesRoundTheirNumbers() {
        let block = Harness.block("table([(\"σ′(5)\", 0.006648056670790155, 3)], columns: [\"x\", \"slope\", \"n\"])")
        guard case .table(let table)? = block.outputs.first else {
            Issue.record("no table: \(block.outputs)")
            return
        }
        #expect(table.rows == [[.init("σ′(5)", isNumber: false), .init("0.006648", isNumber: true), .init("3", isNumber: true)]])
        let precise = Harness.block("table([[1.0 / 3.0]], columns: [\"third\"], digits: 8)")
        if case .table(let table)? = precise.outputs.first { #expect(table.rows[0][0].text == "0.33333333") }
    }
}
