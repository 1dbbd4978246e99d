extension Lanes {
    /// log x on eight lanes with the bits of the C library's `log` on Linux, as `exp` has
    /// those of its `exp`: glibc's algorithm (Szabolcs Nagy's), its constants, its order of
    /// operations and the fused multiply-adds its build makes of them. x = 2ᵏ·z with z in
    /// [0x1.6p−1, 0x1.6p0), log x = k·ln 2 + log c + log(z/c) for the c of z's subinterval
    /// in `logarithmTable`, log(1 + r) from a degree-5 polynomial; near 1 a degree-11
    /// polynomial in x − 1 alone. Lanes not positive and normal, or not finite, go to the C
    /// library, as glibc takes its slow path there.
    @inline(__always)
    static func log(_ x: Vector, table: UnsafePointer<Double>) -> Vector {
        let nearOne = (x .>= 0x1.ep-1) .& (x .< 0x1.109p0)
        let special = .!((x .>= 0x1p-1022) .& (x .< .infinity))
        var result = general(x, table).replacing(with: nearOneLog(x), where: nearOne)
        if any(special) {
            for lane in 0..<8 where special[lane] { result[lane] = LibM.log(x[lane]) }
        }
        return result
    }

    /// The general path: k·ln 2 + log c in two parts, plus log(1 + r) for r = z/c − 1.
    @inline(__always)
    private static func general(_ x: Vector, _ table: UnsafePointer<Double>) -> Vector {
        let bits = unsafeBitCast(x, to: Words.self)
        let offset = bits &- 0x3FE6_0000_0000_0000
        let (inverse, logC) = pairs(table, ((offset &>> 45) & 0x7F) &<< 1)
        let k = Vector(unsafeBitCast(offset, to: SIMD8<Int64>.self) &>> 52)
        let z = unsafeBitCast(bits &- (offset & 0xFFF0_0000_0000_0000), to: Vector.self)
        let w = logC.addingProduct(k, Vector(repeating: 0x1.62e42fefa3800p-1))
        let r = Vector(repeating: -1).addingProduct(z, inverse)
        let high = w + r
        let low = (w - high + r).addingProduct(k, Vector(repeating: 0x1.ef35793c76730p-45))
        let r2 = r * r
        let a12 = poly(r, 0x1.555555551305bp-2, -0x1.fffffffeb4590p-3), a34 = poly(r, 0x1.999b324f10111p-3, -0x1.55575e506c89fp-3)
        let y = low.addingProduct(r2, Vector(repeating: -0x1.0000000000001p-1)).addingProduct(r * r2, a12.addingProduct(a34, r2))
        return y + high
    }

    /// Near 1: log(1 + r) for r = x − 1, the polynomial's leading −r²/2 split so that it
    /// adds exactly.
    @inline(__always)
    private static func nearOneLog(_ x: Vector) -> Vector {
        let r = x - 1
        let (r2, half) = (r * r, Vector(repeating: -0x1p-1))
        let r3 = r * r2
        let p1 = poly(r, 0x1.5555555555577p-2, -0x1.ffffffffffdcbp-3).addingProduct(r2, Vector(repeating: 0x1.999999995dd0cp-3))
        let p2 = poly(r, -0x1.55555556745a7p-3, 0x1.24924a344de30p-3).addingProduct(r2, Vector(repeating: -0x1.fffffa4423d65p-4))
        let p3 = poly(r, 0x1.c7184282ad6cap-4, -0x1.999eb43b068ffp-4).addingProduct(r2, Vector(repeating: 0x1.78182f7afd085p-4))
            .addingProduct(r3, Vector(repeating: -0x1.5521375d145cdp-4))
        let y = p2.addingProduct(p3, r3)
        // r's top 26 bits: (r + r·2²⁷) − r·2²⁷, the sum fused as glibc's build fuses it.
        let scaled = r.addingProduct(r, Vector(repeating: 0x1p27))
        let rHigh = scaled.addingProduct(-r, Vector(repeating: 0x1p27))
        let rLow = r - rHigh
        let square = rHigh * rHigh
        let high = r.addingProduct(square, half)
        let low = (r - high).addingProduct(square, half).addingProduct(half * rLow, r + rHigh)
        return high + low.addingProduct(p1.addingProduct(y, r3), r3)
    }

    /// a + r·b, fused.
    @inline(__always)
    private static func poly(_ r: Vector, _ a: Double, _ b: Double) -> Vector {
        Vector(repeating: a).addingProduct(r, Vector(repeating: b))
    }
}
