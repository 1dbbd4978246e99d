/// Batch normalization (Ioffe and Szegedy 2015) of a layer's units, with PyTorch's
/// conventions for `BatchNorm1d`, matched exactly: in training, each unit is normalised
/// over the batch with the biased variance, x̂ = (x − μ_B) / √(σ²_B + ε) with ε = 10⁻⁵,
/// then scaled and shifted, y = γ x̂ + β, with γ starting at 1 and β at 0. The running
/// statistics start at mean 0 and variance 1 and move by momentum 0.1 after each training
/// batch: r ← 0.9 r + 0.1 b, where the variance b is the unbiased one, σ²_B · n / (n − 1).
/// At inference the running statistics replace the batch's, so an example's answer does
/// not depend on the other examples of its batch.
public struct BatchNormalization: Sendable, Hashable {
    /// Where the normalisation sits in its layer.
    public enum Placement: String, Sendable, Hashable, CaseIterable {
        /// dense → normalise → activation, as Ioffe and Szegedy do. The dense layer then has
        /// no bias: the normalisation subtracts any constant it would add, and β takes its place.
        case beforeActivation
        /// dense → activation → normalise.
        case afterActivation
    }

    public static let epsilon: Float = 1e-5
    public static let momentum: Float = 0.1

    public var placement: Placement
    /// γ, one per unit.
    public var scale: [Float]
    /// β, one per unit.
    public var shift: [Float]
    public var runningMean: [Float]
    public var runningVariance: [Float]

    public init(units: Int, placement: Placement) {
        self.placement = placement
        scale = Array(repeating: 1, count: units)
        shift = Array(repeating: 0, count: units)
        runningMean = Array(repeating: 0, count: units)
        runningVariance = Array(repeating: 1, count: units)
    }

    public var units: Int { scale.count }

    /// Normalises `rows` examples of `x` with the batch's own statistics into `y`, keeping
    /// x̂ in `normalized` and, per unit, the batch mean, the biased variance and 1/√(σ² + ε)
    /// for the backward pass and the running statistics. Two passes, the mean first, so the
    /// variance suffers no cancellation. Sixteen units at a time, each unit's sums in row
    /// order: element by element through pointers that might alias, the loops ran a number
    /// at a time, a third of training a deep normalised network.
    func normalizeBatch(
        _ x: UnsafePointer<Float>, rows: Int, into y: UnsafeMutablePointer<Float>, normalized: UnsafeMutablePointer<Float>,
        statistics: BatchStatistics
    ) {
        let (m, count) = (units, Float(rows))
        FloatLanes.columnSums(rows: rows, columns: m, x, into: statistics.mean)
        withParameters { gamma, beta in
            FloatLanes.blocks(of: m) { j, width in
                let mean = FloatLanes.load(statistics.mean + j, width: width) / count
                var variance = Vector()
                for i in 0..<rows {
                    let d = FloatLanes.load(x + i * m + j, width: width) - mean
                    variance += d * d
                }
                variance /= count
                let inverse = 1 / (variance + Self.epsilon).squareRoot()
                FloatLanes.store(mean, statistics.mean + j, width: width)
                FloatLanes.store(variance, statistics.variance + j, width: width)
                FloatLanes.store(inverse, statistics.inverseDeviation + j, width: width)
                let (scale, shift) = (FloatLanes.load(gamma + j, width: width), FloatLanes.load(beta + j, width: width))
                for i in 0..<rows {
                    let k = i * m + j
                    let xHat = (FloatLanes.load(x + k, width: width) - mean) * inverse
                    FloatLanes.store(xHat, normalized + k, width: width)
                    FloatLanes.store(scale * xHat + shift, y + k, width: width)
                }
            }
        }
    }

    /// y = γ (x − running mean) / √(running variance + ε) + β: the affine map inference uses.
    func normalizeWithRunningStatistics(_ x: UnsafePointer<Float>, rows: Int, into y: UnsafeMutablePointer<Float>) {
        let m = units
        withParameters { gamma, beta in
            runningMean.withUnsafeBufferPointer { runningMean in
                runningVariance.withUnsafeBufferPointer { runningVariance in
                    FloatLanes.blocks(of: m) { j, width in
                        let factor = FloatLanes.load(gamma + j, width: width)
                            / (FloatLanes.load(runningVariance.baseAddress! + j, width: width) + Self.epsilon).squareRoot()
                        let mean = FloatLanes.load(runningMean.baseAddress! + j, width: width)
                        let shift = FloatLanes.load(beta + j, width: width)
                        for i in 0..<rows {
                            let k = i * m + j
                            FloatLanes.store(factor * (FloatLanes.load(x + k, width: width) - mean) + shift, y + k, width: width)
                        }
                    }
                }
            }
        }
    }

    /// Turns g = ∂L/∂y into ∂L/∂x in place, through the batch's mean and variance, and
    /// writes ∂L/∂γ = Σ g x̂ and ∂L/∂β = Σ g:
    /// ∂L/∂x = γ / (n √(σ² + ε)) · (n g − Σ g − x̂ Σ g x̂).
    func backward(
        _ g: UnsafeMutablePointer<Float>, normalized: UnsafePointer<Float>, rows: Int, statistics: BatchStatistics,
        scaleGradient: UnsafeMutablePointer<Float>, shiftGradient: UnsafeMutablePointer<Float>
    ) {
        let (m, count) = (units, Float(rows))
        withParameters { gamma, _ in
            FloatLanes.blocks(of: m) { j, width in
                var (sumOfG, sumOfGXHat) = (Vector(), Vector())
                for i in 0..<rows {
                    let gradient = FloatLanes.load(g + i * m + j, width: width)
                    sumOfG += gradient
                    sumOfGXHat += gradient * FloatLanes.load(normalized + i * m + j, width: width)
                }
                FloatLanes.store(sumOfG, shiftGradient + j, width: width)
                FloatLanes.store(sumOfGXHat, scaleGradient + j, width: width)
                let factor = FloatLanes.load(gamma + j, width: width)
                    * FloatLanes.load(statistics.inverseDeviation + j, width: width) / count
                for i in 0..<rows {
                    let k = i * m + j
                    let gradient = count * FloatLanes.load(g + k, width: width) - sumOfG
                        - FloatLanes.load(normalized + k, width: width) * sumOfGXHat
                    FloatLanes.store(factor * gradient, g + k, width: width)
                }
            }
        }
    }

    typealias Vector = FloatLanes.Vector

    /// γ and β, as pointers.
    @inline(__always)
    private func withParameters(_ body: (UnsafePointer<Float>, UnsafePointer<Float>) -> Void) {
        scale.withUnsafeBufferPointer { gamma in shift.withUnsafeBufferPointer { beta in body(gamma.baseAddress!, beta.baseAddress!) } }
    }

    /// Moves the running statistics toward a training batch's: r ← (1 − momentum) r +
    /// momentum · b, with the batch variance made unbiased.
    mutating func updateRunningStatistics(_ statistics: BatchStatistics, rows: Int) {
        let correction = Float(rows) / Float(max(rows - 1, 1))
        for j in 0..<units {
            runningMean[j] = (1 - Self.momentum) * runningMean[j] + Self.momentum * statistics.mean[j]
            runningVariance[j] = (1 - Self.momentum) * runningVariance[j] + Self.momentum * statistics.variance[j] * correction
        }
    }
}

/// One layer's batch statistics from the last training forward pass, per unit.
struct BatchStatistics {
    let mean: UnsafeMutablePointer<Float>
    let variance: UnsafeMutablePointer<Float>
    let inverseDeviation: UnsafeMutablePointer<Float>
}
