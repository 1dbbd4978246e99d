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
}
