@testable import Engine
import Testing

/// Batch normalization's sixteen-unit blocks against its element-by-element definitions (the
/// loops it replaced), bit for bit, for unit counts with and without a partial last block.
@Suite struct BatchNormalizationLanesTests {
    static let cases = [(rows: 5, units: 3), (rows: 16, units: 16), (rows: 7, units: 21), (rows: 2, units: 40)]

    @Test(arguments: cases)
    func theTrainingTransformAndItsGradientHaveTheLoopsBits(rows: Int, units: Int) {
        let m = units
        let layer = BatchNormalizationTests.normalization(units: m, seed: 3)
        let x = BatchNormalizationTests.batch(rows: rows, units: m, seed: 4)
        let result = BatchNormalizationTests.forward(layer, x, rows: rows)

        // The transform, element by element.
        let count = Float(rows)
        var mean = [Float](repeating: 0, count: m), variance = [Float](repeating: 0, count: m)
        for i in 0..<rows { for j in 0..<m { mean[j] += x[i * m + j] } }
        for j in 0..<m { mean[j] /= count }
        for i in 0..<rows { for j in 0..<m { let d = x[i * m + j] - mean[j]; variance[j] += d * d } }
        let inverse = (0..<m).map { j -> Float in variance[j] /= count; return 1 / (variance[j] + BatchNormalization.epsilon).squareRoot() }
        let normalized = (0..<rows * m).map { k in (x[k] - mean[k % m]) * inverse[k % m] }
        let y = (0..<rows * m).map { k in layer.scale[k % m] * normalized[k] + layer.shift[k % m] }
        #expect(result.mean.map(\.bitPattern) == mean.map(\.bitPattern))
        #expect(result.variance.map(\.bitPattern) == variance.map(\.bitPattern))
        #expect(result.inverse.map(\.bitPattern) == inverse.map(\.bitPattern))
        #expect(result.normalized.map(\.bitPattern) == normalized.map(\.bitPattern))
        #expect(result.y.map(\.bitPattern) == y.map(\.bitPattern))

        // The gradient, element by element.
        var random = RandomSource(seed: 5)
        let upstream = (0..<rows * m).map { _ in Float(random.normal()) }
        var shiftGradient = [Float](repeating: 0, count: m), scaleGradient = [Float](repeating: 0, count: m)
        for i in 0..<rows {
            for j in 0..<m {
                shiftGradient[j] += upstream[i * m + j]
                scaleGradient[j] += upstream[i * m + j] * normalized[i * m + j]
            }
        }
        let expected = (0..<rows * m).map { k in
            layer.scale[k % m] * inverse[k % m] / count * (count * upstream[k] - shiftGradient[k % m] - normalized[k] * scaleGradient[k % m])
        }
        var g = upstream
        var (scaleOut, shiftOut) = ([Float](repeating: 0, count: m), [Float](repeating: 0, count: m))
        var statistics = (result.mean, result.variance, result.inverse)
        statistics.0.withUnsafeMutableBufferPointer { meanPointer in
            statistics.1.withUnsafeMutableBufferPointer { variancePointer in
                statistics.2.withUnsafeMutableBufferPointer { inversePointer in
                    layer.backward(&g, normalized: result.normalized, rows: rows,
                                   statistics: BatchStatistics(mean: meanPointer.baseAddress!, variance: variancePointer.baseAddress!,
                                                               inverseDeviation: inversePointer.baseAddress!),
                                   scaleGradient: &scaleOut, shiftGradient: &shiftOut)
                }
            }
        }
        #expect(g.map(\.bitPattern) == expected.map(\.bitPattern))
        #expect(scaleOut.map(\.bitPattern) == scaleGradient.map(\.bitPattern))
        #expect(shiftOut.map(\.bitPattern) == shiftGradient.map(\.bitPattern))
    }

    @Test(arguments: cases)
    func inferenceHasTheLoopsBits(rows: Int, units: Int) {
        let m = units
        var layer = BatchNormalizationTests.normalization(units: m, seed: 6)
        var random = RandomSource(seed: 7)
        layer.runningMean = (0..<m).map { _ in Float(random.normal()) }
        layer.runningVariance = (0..<m).map { _ in Float(0.2 + random.uniform()) }
        let x = BatchNormalizationTests.batch(rows: rows, units: m, seed: 8)
        var y = [Float](repeating: 0, count: x.count)
        layer.normalizeWithRunningStatistics(x, rows: rows, into: &y)
        let factor = (0..<m).map { layer.scale[$0] / (layer.runningVariance[$0] + BatchNormalization.epsilon).squareRoot() }
        let expected = (0..<rows * m).map { k in factor[k % m] * (x[k] - layer.runningMean[k % m]) + layer.shift[k % m] }
        #expect(y.map(\.bitPattern) == expected.map(\.bitPattern))
    }
}
