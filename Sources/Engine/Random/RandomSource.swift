/// The engine's one family of random numbers: seeded, so a lesson draws the same numbers on
/// every run and every machine. SplitMix64 (Steele, Lea and Flood 2014) for the bits; normal
/// draws by the Box–Muller transform. The system generator is never used.
public struct RandomSource: RandomNumberGenerator, Sendable {
    private var state: UInt64
    private var spareNormal: Double?

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The next eight draws, as eight calls of `next()` would give them: SplitMix64's k-th
    /// draw depends only on the state plus k times its increment, so eight are mixed at once.
    mutating func nextEight() -> SIMD8<UInt64> {
        let increments = SIMD8<UInt64>(1, 2, 3, 4, 5, 6, 7, 8) &* 0x9E37_79B9_7F4A_7C15
        var z = SIMD8(repeating: state) &+ increments
        state = z[7]
        z = (z ^ (z &>> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z &>> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z &>> 31)
    }

    /// Uniform in [0, 1), from the top 53 bits.
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A draw from N(0, 1).
    public mutating func normal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        // Marsaglia and Bray (1964): a point uniform in the unit disc gives two independent
        // normals with one logarithm and no sine or cosine, which made Box–Muller's draws
        // a third of the time of building a deep network. π/4 of the points are kept.
        while true {
            let x = 2 * uniform() - 1, y = 2 * uniform() - 1
            let s = x * x + y * y
            guard s > 0, s < 1 else { continue }
            let factor = (-2 * LibM.log(s) / s).squareRoot()
            spareNormal = y * factor
            return x * factor
        }
    }

    /// A generator for a sub-task, independent of this one's later draws.
    public mutating func split() -> RandomSource {
        RandomSource(seed: next())
    }
}
