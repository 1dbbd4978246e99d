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
    /// variance suffers no cancellation.
    func normalizeBatch(
        _ x: UnsafePointer<Float>, rows: Int, into y: UnsafeMutablePointer<Float>, normalized: UnsafeMutablePointer<Float>,
        statistics: BatchStatistics
    ) {
        let m = units
        let count = Float(rows)
        FloatLanes.columnSums(rows: rows, columns: m, x, into: statistics.mean)
        for j in 0..<m { statistics.mean[j] /= count }
        statistics.variance.update(repeating: 0, count: m)
        for i in 0..<rows {
            for j in 0..<m {
                let d = x[i * m + j] - statistics.mean[j]
                statistics.variance[j] += d * d
            }
        }
        for j in 0..<m {
            statistics.variance[j] /= count
            statistics.inverseDeviation[j] = 1 / (statistics.variance[j] + Self.epsilon).squareRoot()
        }
        for i in 0..<rows {
            for j in 0..<m {
                let k = i * m + j
                normalized[k] = (x[k] - statistics.mean[j]) * statistics.inverseDeviation[j]
                y[k] = scale[j] * normalized[k] + shift[j]
            }
        }
    }

    /// y = γ (x − running mean) / √(running variance + ε) + β: the affine map inference uses.
    func normalizeWithRunningStatistics(_ x: UnsafePointer<Float>, rows: Int, into y: UnsafeMutablePointer<Float>) {
        let m = units
        let factor = (0..<m).map { scale[$0] / (runningVariance[$0] + Self.epsilon).squareRoot() }
        for i in 0..<rows {
            for j in 0..<m {
                y[i * m + j] = factor[j] * (x[i * m + j] - runningMean[j]) + shift[j]
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
        let m = units
        scaleGradient.update(repeating: 0, count: m)
        shiftGradient.update(repeating: 0, count: m)
        for i in 0..<rows {
            for j in 0..<m {
                shiftGradient[j] += g[i * m + j]
                scaleGradient[j] += g[i * m + j] * normalized[i * m + j]
            }
        }
        let count = Float(rows)
        for i in 0..<rows {
            for j in 0..<m {
                let k = i * m + j
                g[k] = scale[j] * statistics.inverseDeviation[j] / count
                    * (count * g[k] - shiftGradient[j] - normalized[k] * scaleGradient[j])
            }
        }
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
