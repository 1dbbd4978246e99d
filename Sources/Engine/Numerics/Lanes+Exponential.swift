extension Lanes {
    typealias Words = SIMD8<UInt64>

    /// eˣ on eight lanes with the bits of the C library's `exp` on Linux (glibc since 2.28,
    /// built with fused multiply-adds): its algorithm (Szabolcs Nagy's, from Arm's optimized
    /// routines), its constants and its order of operations, step for step. The softmax loss
    /// called `exp` three times a row, a twentieth of training a small network; one call
    /// for eight rows keeps every trained number as it was. x = (k/128)·ln 2 + r with
    /// |r| ≤ ln 2/256, eʳ − 1 from a degree-5 polynomial, 2^(k/128) from `exponentialTable`.
    /// Lanes with |x| ≥ 512, or not finite, go to the C library, as glibc takes its slow path there.
    @inline(__always)
    static func exp(_ x: Vector, table: UnsafePointer<UInt64>) -> Vector {
        // Below 2⁻⁵⁴ glibc adds 1; from 512 on it takes its slow path. (It compares the top 12
        // bits; comparing doubles is the same test, and integer lanes compared lane by lane here.)
        let magnitude = unsafeBitCast(unsafeBitCast(x, to: Words.self) & 0x7FFF_FFFF_FFFF_FFFF, to: Vector.self)
        let tiny = magnitude .< 0x1p-54, large = .!(magnitude .< 512)
        let kd = Vector(repeating: 0x1.8p52).addingProduct(x, Vector(repeating: 0x1.71547652b82fep7))
        let ki = unsafeBitCast(kd, to: Words.self)
        let n = kd - 0x1.8p52
        let r = x.addingProduct(n, Vector(repeating: -0x1.62e42fefa0000p-8))
            .addingProduct(n, Vector(repeating: -0x1.cf79abc9e3b3ap-47))
        let (tail, head) = pairs(table, (ki & 0x7F) &<< 1)
        let scale = unsafeBitCast(head &+ (ki &<< 45), to: Vector.self)
        let low = Vector(repeating: 0x1.ffffffffffdbdp-2).addingProduct(r, Vector(repeating: 0x1.555555555543cp-3))
        let sum = r + unsafeBitCast(tail, to: Vector.self)
        let r2 = r * r
        let high = Vector(repeating: 0x1.55555cf172b91p-5).addingProduct(r, Vector(repeating: 0x1.1111167a4d017p-7))
        let poly = sum.addingProduct(low, r2).addingProduct(r2 * r2, high)
        var result = scale.addingProduct(scale, poly).replacing(with: 1 + x, where: tiny)
        if any(large) {
            for lane in 0..<8 where large[lane] { result[lane] = LibM.exp(x[lane]) }
        }
        return result
    }

    /// table[index] and table[index + 1] for each lane's index: the pairs of entries the lane
    /// functions read. Lanes are named one by one: a lane chosen at run time is stored through
    /// a compare and a blend.
    @inline(__always)
    static func pairs<Scalar: SIMDScalar>(_ table: UnsafePointer<Scalar>, _ index: Words) -> (SIMD8<Scalar>, SIMD8<Scalar>) {
        let (i0, i1, i2, i3) = (Int(index[0]), Int(index[1]), Int(index[2]), Int(index[3]))
        let (i4, i5, i6, i7) = (Int(index[4]), Int(index[5]), Int(index[6]), Int(index[7]))
        return (SIMD8(table[i0], table[i1], table[i2], table[i3], table[i4], table[i5], table[i6], table[i7]),
                SIMD8(table[i0 + 1], table[i1 + 1], table[i2 + 1], table[i3 + 1], table[i4 + 1], table[i5 + 1], table[i6 + 1], table[i7 + 1]))
    }
}
