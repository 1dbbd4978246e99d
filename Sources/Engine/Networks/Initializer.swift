/// How a layer's weights are drawn, exactly as Keras defines each initializer. A dense
/// layer's kernel has shape (fan_in, fan_out): inputs × outputs.
public enum Initializer: Hashable, Sendable {
    /// Every weight 0. Variance 0.
    case zeros
    /// Every weight 1. Variance 0.
    case ones
    /// Every weight the value. Variance 0.
    case constant(Double)
    /// U(min, max); Keras's defaults are ±0.05. Variance (max − min)² / 12.
    case randomUniform(min: Double = -0.05, max: Double = 0.05)
    /// N(mean, σ²); Keras's default σ is 0.05. Variance σ².
    case randomNormal(mean: Double = 0, standardDeviation: Double = 0.05)
    /// N(mean, σ²) with draws beyond 2σ of the mean drawn again; Keras's default σ is 0.05.
    /// Variance (0.87962566103423978 σ)².
    case truncatedNormal(mean: Double = 0, standardDeviation: Double = 0.05)
    /// Variance scale / n, with n the fan in, the fan out or their mean. Truncated normal
    /// uses σ = √(scale/n) / 0.87962566103423978, so that the truncated draw has that
    /// variance; normal uses σ = √(scale/n); uniform uses U(±√(3 · scale/n)).
    case varianceScaling(scale: Double, mode: FanMode, distribution: Distribution)
    /// Glorot and Bengio 2010: variance scaling, scale 1, fan average, uniform. Variance 2/(fan_in + fan_out).
    case glorotUniform
    /// Glorot and Bengio 2010: variance scaling, scale 1, fan average, truncated normal. Variance 2/(fan_in + fan_out).
    case glorotNormal
    /// He et al. 2015: variance scaling, scale 2, fan in, uniform. Variance 2/fan_in.
    case heUniform
    /// He et al. 2015: variance scaling, scale 2, fan in, truncated normal. Variance 2/fan_in.
    case heNormal
    /// LeCun et al. 1998: variance scaling, scale 1, fan in, uniform. Variance 1/fan_in.
    case lecunUniform
    /// LeCun et al. 1998: variance scaling, scale 1, fan in, truncated normal. Variance 1/fan_in.
    case lecunNormal
    /// A random orthogonal matrix (Saxe et al. 2014) times the gain: the Q of a Gaussian
    /// matrix's QR factorization, with signs fixed by R's diagonal. Variance gain² / max(fan_in, fan_out).
    case orthogonal(gain: Double = 1)

    /// Which fan a variance-scaling initializer divides by.
    public enum FanMode: String, Hashable, Sendable, CaseIterable {
        case fanIn, fanOut, fanAverage
    }

    /// The distribution a variance-scaling initializer draws from.
    public enum Distribution: String, Hashable, Sendable, CaseIterable {
        case truncatedNormal, normal, uniform
    }

    /// The standard deviation of N(0, 1) truncated to (−2, 2), which Keras divides by.
    public static let truncationCorrection = 0.879_625_661_034_239_78

    /// The variance of each weight this initializer draws for a kernel of that shape.
    public func variance(fanIn: Int, fanOut: Int) -> Double {
        switch self {
        case .zeros, .ones, .constant: return 0
        case .randomUniform(let low, let high): return (high - low) * (high - low) / 12
        case .randomNormal(_, let sigma): return sigma * sigma
        case .truncatedNormal(_, let sigma):
            let corrected = sigma * Self.truncationCorrection
            return corrected * corrected
        case .varianceScaling(let scale, let mode, _): return scale / mode.fan(fanIn: fanIn, fanOut: fanOut)
        case .orthogonal(let gain): return gain * gain / Double(max(fanIn, fanOut))
        case .glorotUniform, .glorotNormal, .heUniform, .heNormal, .lecunUniform, .lecunNormal:
            return scaling.variance(fanIn: fanIn, fanOut: fanOut)
        }
    }

    /// The named schemes as the variance scaling they are.
    private var scaling: Initializer {
        switch self {
        case .glorotUniform: .varianceScaling(scale: 1, mode: .fanAverage, distribution: .uniform)
        case .glorotNormal: .varianceScaling(scale: 1, mode: .fanAverage, distribution: .truncatedNormal)
        case .heUniform: .varianceScaling(scale: 2, mode: .fanIn, distribution: .uniform)
        case .heNormal: .varianceScaling(scale: 2, mode: .fanIn, distribution: .truncatedNormal)
        case .lecunUniform: .varianceScaling(scale: 1, mode: .fanIn, distribution: .uniform)
        case .lecunNormal: .varianceScaling(scale: 1, mode: .fanIn, distribution: .truncatedNormal)
        default: self
        }
    }

    /// A fan_in × fan_out kernel, drawn from `random`.
    public func matrix(fanIn: Int, fanOut: Int, random: inout RandomSource) -> Matrix {
        let count = fanIn * fanOut
        let values: [Double]
        switch self {
        case .glorotUniform, .glorotNormal, .heUniform, .heNormal, .lecunUniform, .lecunNormal:
            return scaling.matrix(fanIn: fanIn, fanOut: fanOut, random: &random)
        case .zeros: values = Array(repeating: 0, count: count)
        case .ones: values = Array(repeating: 1, count: count)
        case .constant(let value): values = Array(repeating: value, count: count)
        case .randomUniform(let low, let high): values = (0..<count).map { _ in low + (high - low) * random.uniform() }
        case .randomNormal(let mean, let sigma): values = (0..<count).map { _ in mean + sigma * random.normal() }
        case .truncatedNormal(let mean, let sigma): values = (0..<count).map { _ in mean + sigma * Self.truncated(&random) }
        case .varianceScaling(let scale, let mode, let distribution):
            let variance = scale / mode.fan(fanIn: fanIn, fanOut: fanOut)
            switch distribution {
            case .truncatedNormal:
                let sigma = variance.squareRoot() / Self.truncationCorrection
                values = (0..<count).map { _ in sigma * Self.truncated(&random) }
            case .normal:
                values = (0..<count).map { _ in variance.squareRoot() * random.normal() }
            case .uniform:
                let limit = (3 * variance).squareRoot()
                values = (0..<count).map { _ in limit * (2 * random.uniform() - 1) }
            }
        case .orthogonal(let gain): values = Self.orthogonal(rows: fanIn, columns: fanOut, gain: gain, random: &random)
        }
        return Matrix(rows: fanIn, columns: fanOut, storage: values.map(Float.init))
    }

    /// A draw from N(0, 1) conditioned on |x| ≤ 2, by drawing again.
    private static func truncated(_ random: inout RandomSource) -> Double {
        while true {
            let x = random.normal()
            if Swift.abs(x) <= 2 { return x }
        }
    }

    private static func orthogonal(rows: Int, columns: Int, gain: Double, random: inout RandomSource) -> [Double] {
        let (tall, wide) = (max(rows, columns), min(rows, columns))
        let gaussian = (0..<tall * wide).map { _ in random.normal() }
        let qr = HouseholderQR(gaussian, rows: tall, columns: wide)
        // Q·diag(sign(r_jj)) is the unique factor with a positive diagonal in R.
        var q = qr.q
        for i in 0..<tall { for j in 0..<wide where qr.diagonal[j] < 0 { q[i * wide + j] = -q[i * wide + j] } }
        if rows >= columns { return q.map { gain * $0 } }
        // A wide kernel is the transpose of a tall one: orthonormal rows.
        return (0..<rows).flatMap { i in (0..<columns).map { j in gain * q[j * wide + i] } }
    }
}

extension Initializer.FanMode {
    func fan(fanIn: Int, fanOut: Int) -> Double {
        switch self {
        case .fanIn: Double(fanIn)
        case .fanOut: Double(fanOut)
        case .fanAverage: Double(fanIn + fanOut) / 2
        }
    }
}
