@testable import Engine
import Foundation
import Testing

/// Batch normalization against its definition: the batch transform, its gradient with
/// respect to the inputs, γ and β, the running statistics, and inference's affine map.
@Suite struct BatchNormalizationTests {
    /// A batch of `rows` examples of `units` values, from a seed, with unit-specific offsets
    /// and scales so that no unit looks like another.
    static func batch(rows: Int, units: Int, seed: UInt64) -> [Float] {
        var random = RandomSource(seed: seed)
        return (0..<rows * units).map { k in Float(Double(k % units) - 1 + Double(1 + k % units) * random.normal()) }
    }

    static func normalization(units: Int, seed: UInt64) -> BatchNormalization {
        var random = RandomSource(seed: seed)
        var layer = BatchNormalization(units: units, placement: .beforeActivation)
        layer.scale = (0..<units).map { _ in Float(0.5 + random.uniform()) }
        layer.shift = (0..<units).map { _ in Float(random.normal()) }
        return layer
    }

    /// Runs the training transform; returns y, x̂ and the statistics' buffers as arrays.
    static func forward(_ layer: BatchNormalization, _ x: [Float], rows: Int)
        -> (y: [Float], normalized: [Float], mean: [Float], variance: [Float], inverse: [Float]) {
        let m = layer.units
        var (y, normalized) = ([Float](repeating: 0, count: x.count), [Float](repeating: 0, count: x.count))
        var (mean, variance, inverse) = ([Float](repeating: 0, count: m), [Float](repeating: 0, count: m), [Float](repeating: 0, count: m))
        mean.withUnsafeMutableBufferPointer { mean in
            variance.withUnsafeMutableBufferPointer { variance in
                inverse.withUnsafeMutableBufferPointer { inverse in
                    layer.normalizeBatch(x, rows: rows, into: &y, normalized: &normalized,
                                         statistics: BatchStatistics(mean: mean.baseAddress!, variance: variance.baseAddress!, inverseDeviation: inverse.baseAddress!))
                }
            }
        }
        return (y, normalized, mean, variance, inverse)
    }

    /// Before γ and β every unit has mean 0 and variance σ²/(σ² + ε) over the batch.
    @Test(arguments: [2, 3, 16])
    func theBatchTransformStandardizesEachUnit(rows: Int) {
        let layer = BatchNormalization(units: 4, placement: .beforeActivation)
        let x = Self.batch(rows: rows, units: 4, seed: 1)
        let result = Self.forward(layer, x, rows: rows)
        for j in 0..<4 {
            let column = (0..<rows).map { Double(result.normalized[$0 * 4 + j]) }
            let mean = column.reduce(0, +) / Double(rows)
            let variance = column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(rows)
            let inputs = (0..<rows).map { Double(x[$0 * 4 + j]) }
            let inputMean = inputs.reduce(0, +) / Double(rows)
            let inputVariance = inputs.reduce(0) { $0 + ($1 - inputMean) * ($1 - inputMean) } / Double(rows)
            #expect(abs(mean) < 1e-5, "0 up to Float rounding")
            #expect(abs(variance - inputVariance / (inputVariance + 1e-5)) < 1e-5)
            #expect(abs(Double(result.variance[j]) - inputVariance) < 1e-5 * max(1, inputVariance), "the biased variance")
        }
        #expect(result.y == result.normalized, "γ = 1 and β = 0 leave x̂ as it is")
    }

    /// ∂L/∂x, ∂L/∂γ and ∂L/∂β for L = Σ c·y, against central differences of the transform in Double.
    @Test(arguments: [2, 3, 7])
    func gradientsMatchFiniteDifferences(rows: Int) {
        let units = 3
        let layer = Self.normalization(units: units, seed: 4)
        let x = Self.batch(rows: rows, units: units, seed: 2)
        var random = RandomSource(seed: 9)
        let c = (0..<rows * units).map { _ in random.normal() }
        func oracle(_ x: [Double], _ gamma: [Double], _ beta: [Double]) -> Double {
            var total = 0.0
            for j in 0..<units {
                let column = (0..<rows).map { x[$0 * units + j] }
                let mean = column.reduce(0, +) / Double(rows)
                let variance = column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(rows)
                for i in 0..<rows { total += c[i * units + j] * (gamma[j] * (column[i] - mean) / (variance + 1e-5).squareRoot() + beta[j]) }
            }
            return total
        }
        let result = Self.forward(layer, x, rows: rows)
        var g = c.map(Float.init)
        var (scaleGradient, shiftGradient) = ([Float](repeating: 0, count: units), [Float](repeating: 0, count: units))
        result.mean.withUnsafeBufferPointer { mean in
            result.variance.withUnsafeBufferPointer { variance in
                result.inverse.withUnsafeBufferPointer { inverse in
                    let statistics = BatchStatistics(mean: UnsafeMutablePointer(mutating: mean.baseAddress!),
                                                     variance: UnsafeMutablePointer(mutating: variance.baseAddress!),
                                                     inverseDeviation: UnsafeMutablePointer(mutating: inverse.baseAddress!))
                    layer.backward(&g, normalized: result.normalized, rows: rows, statistics: statistics,
                                   scaleGradient: &scaleGradient, shiftGradient: &shiftGradient)
                }
            }
        }
        let (x0, gamma, beta) = (x.map(Double.init), layer.scale.map(Double.init), layer.shift.map(Double.init))
        let h = 1e-6
        func difference(_ perturb: (inout [Double], inout [Double], inout [Double], Double) -> Void) -> Double {
            var (xu, gu, bu) = (x0, gamma, beta)
            perturb(&xu, &gu, &bu, h)
            var (xd, gd, bd) = (x0, gamma, beta)
            perturb(&xd, &gd, &bd, -h)
            return (oracle(xu, gu, bu) - oracle(xd, gd, bd)) / (2 * h)
        }
        for k in 0..<rows * units {
            let numeric = difference { x, _, _, h in x[k] += h }
            #expect(abs(Double(g[k]) - numeric) < 2e-3 * max(1, abs(numeric)), "∂L/∂x[\(k)]: \(g[k]) against \(numeric)")
        }
        for j in 0..<units {
            #expect(abs(Double(scaleGradient[j]) - difference { _, g, _, h in g[j] += h }) < 1e-3, "∂L/∂γ[\(j)]")
            #expect(abs(Double(shiftGradient[j]) - difference { _, _, b, h in b[j] += h }) < 1e-3, "∂L/∂β[\(j)]")
        }
    }

    /// After k training batches the running statistics are what the recurrence gives by hand:
    /// r ← 0.9 r + 0.1 b, from mean 0 and variance 1, with the unbiased batch variance.
    @Test func runningStatisticsFollowTheRecurrence() {
        var layer = BatchNormalization(units: 2, placement: .afterActivation)
        var (mean, variance) = ([0.0, 0.0], [1.0, 1.0])
        for step in 1...5 {
            let rows = 2 + step
            let x = Self.batch(rows: rows, units: 2, seed: UInt64(step))
            let result = Self.forward(layer, x, rows: rows)
            result.mean.withUnsafeBufferPointer { m in
                result.variance.withUnsafeBufferPointer { v in
                    result.inverse.withUnsafeBufferPointer { s in
                        layer.updateRunningStatistics(BatchStatistics(mean: UnsafeMutablePointer(mutating: m.baseAddress!),
                                                                      variance: UnsafeMutablePointer(mutating: v.baseAddress!),
                                                                      inverseDeviation: UnsafeMutablePointer(mutating: s.baseAddress!)), rows: rows)
                    }
                }
            }
            for j in 0..<2 {
                let column = (0..<rows).map { Double(x[$0 * 2 + j]) }
                let batchMean = column.reduce(0, +) / Double(rows)
                let unbiased = column.reduce(0) { $0 + ($1 - batchMean) * ($1 - batchMean) } / Double(rows - 1)
                mean[j] = 0.9 * mean[j] + 0.1 * batchMean
                variance[j] = 0.9 * variance[j] + 0.1 * unbiased
                #expect(abs(Double(layer.runningMean[j]) - mean[j]) < 1e-5, "mean after \(step) updates")
                #expect(abs(Double(layer.runningVariance[j]) - variance[j]) < 1e-4 * variance[j], "variance after \(step) updates")
            }
        }
    }

    /// A trained network's inference pass applies γ(x − μ)/√(σ² + ε) + β with its running
    /// statistics, unit by unit, and an example's output does not depend on its batch.
    @Test func inferenceIsTheRunningStatisticsAffineMap() throws {
        let data = DatasetGenerator.moons(count: 120, noise: 0.1, seed: 2)
        let network = Network(widths: [2, 8, 8, 2], activation: .tanh, initializer: .glorotUniform, normalization: .beforeActivation, seed: 3)
        let trained = Trainer.train(network, on: data, settings: TrainingSettings(loss: .softmaxCrossEntropy, epochs: 5, batchSize: 16, learningRate: 0.1, seed: 1)).network
        let layer = try #require(trained.layers[1].normalization)
        #expect(layer.runningMean != [Float](repeating: 0, count: 8), "training moved the running statistics")
        let linear = trained.signals(data.inputs, .linear)[1].storage
        let normalized = trained.signals(data.inputs, .preActivation)[1].storage
        for (k, x) in linear.enumerated() {
            let j = k % 8
            let expected = layer.scale[j] * (x - layer.runningMean[j]) / (layer.runningVariance[j] + BatchNormalization.epsilon).squareRoot() + layer.shift[j]
            #expect(abs(normalized[k] - expected) < 1e-5)
        }
        let one = Matrix(rows: 1, columns: 2, storage: data.inputs.row(7))
        #expect(trained.outputs(one).storage == trained.outputs(data.inputs).row(7))
    }
}
