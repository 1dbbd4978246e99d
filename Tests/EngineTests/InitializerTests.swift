@testable import Engine
import Testing

@Suite struct InitializerTests {
    static let (fanIn, fanOut) = (400, 300)

    static let cases: [Initializer] = [
        .randomUniform(), .randomNormal(), .truncatedNormal(), .glorotUniform, .glorotNormal, .heUniform, .heNormal,
        .lecunUniform, .lecunNormal, .orthogonal(), .orthogonal(gain: 2),
        .varianceScaling(scale: 3, mode: .fanOut, distribution: .normal),
        .varianceScaling(scale: 0.5, mode: .fanAverage, distribution: .uniform),
    ]

    /// The variance of 120 000 draws against the formula. The sample variance's relative
    /// standard error is at most √(2/N) ≈ 0.41%, so 2.5% is six standard errors.
    @Test(arguments: cases)
    func drawsHaveTheStatedVariance(_ initializer: Initializer) {
        var random = RandomSource(seed: 3)
        let w = initializer.matrix(fanIn: Self.fanIn, fanOut: Self.fanOut, random: &random).storage.map(Double.init)
        let mean = w.reduce(0, +) / Double(w.count)
        let variance = w.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(w.count)
        let expected = initializer.variance(fanIn: Self.fanIn, fanOut: Self.fanOut)
        #expect(abs(variance - expected) <= 0.025 * expected, "variance \(variance), formula \(expected)")
        #expect(abs(mean) <= 6 * (expected / Double(w.count)).squareRoot(), "mean \(mean)")
    }

    /// Each named scheme is the variance scaling Keras defines it as.
    @Test func theNamedSchemesHaveKerasFormulas() {
        let (n, m) = (Double(Self.fanIn), Double(Self.fanOut))
        let expected: [(Initializer, Double)] = [
            (.glorotUniform, 2 / (n + m)), (.glorotNormal, 2 / (n + m)), (.heUniform, 2 / n), (.heNormal, 2 / n),
            (.lecunUniform, 1 / n), (.lecunNormal, 1 / n), (.randomUniform(), 0.1 * 0.1 / 12),
            (.randomNormal(), 0.0025), (.orthogonal(), 1 / n), (.zeros, 0), (.constant(3), 0),
        ]
        for (initializer, variance) in expected {
            #expect(abs(initializer.variance(fanIn: Self.fanIn, fanOut: Self.fanOut) - variance) <= 1e-15, "\(initializer)")
        }
    }

    /// Truncated draws stay within two standard deviations: for He normal, σ = √(2/fan_in)/0.8796….
    @Test func truncatedDrawsStayWithinTwoDeviations() {
        var random = RandomSource(seed: 4)
        let w = Initializer.heNormal.matrix(fanIn: 50, fanOut: 2000, random: &random).storage
        let sigma = (2.0 / 50).squareRoot() / Initializer.truncationCorrection
        #expect(w.allSatisfy { abs(Double($0)) <= 2 * sigma + 1e-6 })
        // Uniform draws stay within ±√(3 · variance).
        let u = Initializer.glorotUniform.matrix(fanIn: 50, fanOut: 2000, random: &random).storage
        #expect(u.allSatisfy { abs(Double($0)) <= (6.0 / 2050).squareRoot() + 1e-6 })
    }

    /// The fans follow the kernel's shape, inputs × outputs: a wide kernel divides by its rows for He.
    @Test func fansFollowTheShape() {
        #expect(Initializer.heNormal.variance(fanIn: 10, fanOut: 1000) == 0.2)
        #expect(Initializer.varianceScaling(scale: 1, mode: .fanOut, distribution: .normal).variance(fanIn: 10, fanOut: 1000) == 0.001)
        var random = RandomSource(seed: 1)
        let w = Initializer.heNormal.matrix(fanIn: 10, fanOut: 1000, random: &random)
        #expect(w.rows == 10 && w.columns == 1000)
    }

    /// Orthogonal kernels: WᵀW = I for a tall kernel, WWᵀ = I for a wide one.
    @Test(arguments: [(64, 16), (16, 64), (32, 32)])
    func orthogonalKernelsAreOrthonormal(shape: (Int, Int)) {
        var random = RandomSource(seed: 9)
        let w = Initializer.orthogonal().matrix(fanIn: shape.0, fanOut: shape.1, random: &random)
        let gram = shape.0 >= shape.1 ? w.transposed.multiplied(by: w) : w.multiplied(by: w.transposed)
        for i in 0..<gram.rows {
            for j in 0..<gram.columns {
                #expect(abs(gram[i, j] - (i == j ? 1 : 0)) <= 1e-5, "Gram[\(i), \(j)] = \(gram[i, j])")
            }
        }
    }

    @Test func constantsAreExact() {
        var random = RandomSource(seed: 1)
        #expect(Initializer.zeros.matrix(fanIn: 3, fanOut: 2, random: &random).storage == [0, 0, 0, 0, 0, 0])
        #expect(Initializer.ones.matrix(fanIn: 2, fanOut: 2, random: &random).storage == [1, 1, 1, 1])
        #expect(Initializer.constant(0.5).matrix(fanIn: 1, fanOut: 3, random: &random).storage == [0.5, 0.5, 0.5])
    }
}
