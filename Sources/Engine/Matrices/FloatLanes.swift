/// Elementary functions on sixteen `Float` lanes at a time. The C library's `expf` and
/// `tanhf` are one call per element, and with them a small network spends most of its time
/// in activations (engine-performance.md: such a prototype was slower than numpy). These
/// are Cephes's single-precision algorithms (Moshier), a couple of ulp from the exact value,
/// written with SIMD operations only. NaN goes in, NaN comes out, so divergence stays visible.
enum FloatLanes {
    typealias Vector = SIMD16<Float>
    typealias Bits = SIMD16<Int32>

    /// eˣ. The argument is reduced to r = x − n·ln 2 with |r| ≤ ln 2 / 2, eʳ comes from a
    /// degree-6 polynomial, and 2ⁿ is built in the exponent bits. Below −87.3 the result is
    /// 2⁻¹²⁶-scaled (≈ 1e-38, never a subnormal); above 88 it is +∞ (e⁸⁸ ≈ 1.7e38 is near Float's largest).
    @inline(__always)
    static func exp(_ x: Vector) -> Vector {
        let clamped = clamp(x, -87.3, 88)
        // Adding 1.5 · 2²³ rounds to an integer, which then sits in the low mantissa bits.
        let shifter = Vector(repeating: 12_582_912)
        let t = clamped * 1.442_695_04 + shifter
        let n = t - shifter
        // Fused multiply-adds throughout: one rounding each, and half the instructions.
        let r = clamped.addingProduct(n, -0.693_359_375).addingProduct(n, 2.121_944_4e-4)
        var p = fused(Vector(repeating: 1.987_569_15e-4), r, 1.398_199_95e-3)
        p = fused(p, r, 8.333_451_9e-3)
        p = fused(p, r, 4.166_579_59e-2)
        p = fused(p, r, 1.666_666_55e-1)
        p = fused(p, r, 5.000_000_12e-1)
        let er = r.addingProduct(p * r, r) + 1
        let integer = unsafeBitCast(t, to: Bits.self) &- unsafeBitCast(shifter, to: Bits.self)
        let scale = unsafeBitCast((integer &+ 127) &<< 23, to: Vector.self)
        var result = er * scale
        result.replace(with: Float.infinity, where: x .> 88)
        return propagatingNaN(x, result)
    }

    /// tanh(x) as one rational function, x · P(x²) / Q(x²) with P of degree 6 and Q of 3:
    /// Eigen's 13/6 interpolant (Gonnet and Guennebaud), within a couple of ulp on
    /// [−7.9, 7.9] and ±1 beyond, where tanh rounds to ±1 in single precision. One division
    /// and ten fused multiply-adds: the exponential and the blend of two branches it replaces
    /// were a fifth of training a small tanh network. Below |x| = 0.0004, x itself is nearer.
    @inline(__always)
    static func tanh(_ x: Vector) -> Vector {
        let c = clamp(x, -9, 9)
        let s = c * c
        var p = fused(Vector(repeating: -2.760_768_477_423_55e-16), s, 2.000_187_904_824_77e-13)
        p = fused(p, s, -8.604_671_522_137_35e-11)
        p = fused(p, s, 5.122_297_090_371_14e-08)
        p = fused(p, s, 1.485_722_357_179_79e-05)
        p = fused(p, s, 6.372_619_288_754_36e-04)
        p = fused(p, s, 4.893_524_558_917_86e-03)
        var q = fused(Vector(repeating: 1.198_258_394_667_02e-06), s, 1.185_347_056_866_54e-04)
        q = fused(q, s, 2.268_434_632_439_00e-03)
        q = fused(q, s, 4.893_525_185_543_85e-03)
        let tiny = unsafeBitCast(unsafeBitCast(x, to: Bits.self) & 0x7FFF_FFFF, to: Vector.self) .< 0.0004
        return propagatingNaN(x, clamp(c * p / q, -1, 1).replacing(with: x, where: tiny))
    }

    /// a · b + c, rounded once.
    @inline(__always)
    static func fused(_ a: Vector, _ b: Vector, _ c: Float) -> Vector {
        Vector(repeating: c).addingProduct(a, b)
    }

    /// σ(x) = 1 / (1 + e⁻ˣ); e⁻ˣ saturates rather than overflowing, so σ(−∞) = 0.
    @inline(__always)
    static func sigmoid(_ x: Vector) -> Vector {
        1 / (1 + exp(-x))
    }

    /// The standard library's `clamped`, `pointwiseMin` and `pointwiseMax` compile to a
    /// loop over lanes here (they order NaN lane by lane); two compares and blends do not.
    /// Each compare reads what it replaces in, so that each pair is one `max` or `min`
    /// instruction (a NaN passes both).
    @inline(__always)
    static func clamp(_ x: Vector, _ low: Float, _ high: Float) -> Vector {
        let raised = x.replacing(with: low, where: x .< low)
        return raised.replacing(with: high, where: raised .> high)
    }

    @inline(__always)
    static func propagatingNaN(_ x: Vector, _ result: Vector) -> Vector {
        result.replacing(with: x, where: x .!= x)
    }

    /// Applies a lane function, with its parameter, to n elements; the tail goes through
    /// one zero-padded vector, so every element takes the same path.
    @inline(__always)
    static func map(
        _ n: Int, _ x: UnsafePointer<Float>, into y: UnsafeMutablePointer<Float>, _ parameter: Float, _ f: (Vector, Float) -> Vector
    ) {
        var k = 0
        while k + 16 <= n {
            MatrixProduct.store(f(MatrixProduct.load(x + k), parameter), y + k)
            k += 16
        }
        guard k < n else { return }
        store(f(load(x + k, width: n - k), parameter), y + k, width: n - k)
    }

    /// Sixteen floats from p, or its first `width` and zeros after them.
    @inline(__always)
    static func load(_ p: UnsafePointer<Float>, width: Int) -> Vector {
        if width == 16 { return MatrixProduct.load(p) }
        var v = Vector()
        for lane in 0..<width { v[lane] = p[lane] }
        return v
    }

    /// Stores the first `width` lanes of v at p.
    @inline(__always)
    static func store(_ v: Vector, _ p: UnsafeMutablePointer<Float>, width: Int) {
        if width == 16 { return MatrixProduct.store(v, p) }
        for lane in 0..<width { p[lane] = v[lane] }
    }

    /// Runs `body` over `count` units in blocks of sixteen: each block's first unit and its
    /// width, sixteen but for a last, partial block.
    @inline(__always)
    static func blocks(of count: Int, _ body: (_ first: Int, _ width: Int) -> Void) {
        for first in stride(from: 0, to: count, by: 16) { body(first, min(16, count - first)) }
    }
}

extension FloatLanes {
    /// g[k] = f(z[k], a[k], g[k], parameter) over n elements, the tail through zero-padded vectors.
    @inline(__always)
    static func update(
        _ n: Int, _ z: UnsafePointer<Float>, _ a: UnsafePointer<Float>, _ g: UnsafeMutablePointer<Float>,
        _ parameter: Float, _ f: (Vector, Vector, Vector, Float) -> Vector
    ) {
        var k = 0
        while k + 16 <= n {
            MatrixProduct.store(f(MatrixProduct.load(z + k), MatrixProduct.load(a + k), MatrixProduct.load(g + k), parameter), g + k)
            k += 16
        }
        guard k < n else { return }
        let width = n - k
        store(f(load(z + k, width: width), load(a + k, width: width), load(g + k, width: width), parameter), g + k, width: width)
    }
}

extension FloatLanes {
    /// target[k] += source[k] for n elements, sixteen at a time: adding a bias row.
    @inline(__always)
    static func add(_ n: Int, _ source: UnsafePointer<Float>, into target: UnsafeMutablePointer<Float>) {
        var k = 0
        while k + 16 <= n {
            MatrixProduct.store(MatrixProduct.load(target + k) + MatrixProduct.load(source + k), target + k)
            k += 16
        }
        while k < n {
            target[k] += source[k]
            k += 1
        }
    }
}

extension FloatLanes {
    /// target[j] = Σᵢ x[i · columns + j], the rows added in order from 0, each sum held in a
    /// register: added through memory row by row, every add waited for the last one's store.
    @inline(__always)
    static func columnSums(rows: Int, columns: Int, _ x: UnsafePointer<Float>, into target: UnsafeMutablePointer<Float>) {
        var j = 0
        while j + 16 <= columns {
            var sum = Vector()
            for i in 0..<rows { sum += MatrixProduct.load(x + i * columns + j) }
            MatrixProduct.store(sum, target + j)
            j += 16
        }
        while j < columns {
            var sum: Float = 0
            for i in 0..<rows { sum += x[i * columns + j] }
            target[j] = sum
            j += 1
        }
    }
}

extension FloatLanes {
    /// Σ (x[k] − center)² over n elements: sixteen partial sums, then their sum, in a fixed order.
    @inline(__always)
    static func squaredDeviation(_ n: Int, _ x: UnsafePointer<Float>, from center: Float = 0) -> Float {
        squaredDeviation(n, x, from: center, continuing: Vector(), at: 0)
    }

    /// The same sum, its sixteen partial sums already carried up to element `start`.
    @inline(__always)
    private static func squaredDeviation(
        _ n: Int, _ x: UnsafePointer<Float>, from center: Float, continuing partial: Vector, at start: Int
    ) -> Float {
        var (partial, k) = (partial, start)
        while k + 16 <= n {
            let d = MatrixProduct.load(x + k) - center
            partial = partial.addingProduct(d, d)
            k += 16
        }
        var total = partial.sum()
        while k < n {
            total += (x[k] - center) * (x[k] - center)
            k += 1
        }
        return total
    }

    /// The squared sums of two arrays, each with exactly the bits of `squaredDeviation`: each
    /// sum is one chain of multiply-adds, which waits a multiply-add's latency per step, so
    /// two chains side by side take the time of one.
    @inline(__always)
    static func squaredSums(_ n1: Int, _ x1: UnsafePointer<Float>, _ n2: Int, _ x2: UnsafePointer<Float>) -> (Float, Float) {
        var (first, second) = (Vector(), Vector())
        var k = 0
        while k + 16 <= min(n1, n2) {
            let (a, b) = (MatrixProduct.load(x1 + k), MatrixProduct.load(x2 + k))
            first = first.addingProduct(a, a)
            second = second.addingProduct(b, b)
            k += 16
        }
        return (squaredDeviation(n1, x1, from: 0, continuing: first, at: k),
                squaredDeviation(n2, x2, from: 0, continuing: second, at: k))
    }

    /// Σ x[k] over n elements, in the same fixed order.
    @inline(__always)
    static func sum(_ n: Int, _ x: UnsafePointer<Float>) -> Float {
        var partial = Vector()
        var k = 0
        while k + 16 <= n {
            partial += MatrixProduct.load(x + k)
            k += 16
        }
        var total = partial.sum()
        while k < n {
            total += x[k]
            k += 1
        }
        return total
    }

    /// target[k] += |source[k]|: a sum that stays exactly 0 only while every term is 0.
    @inline(__always)
    static func addMagnitudes(_ n: Int, _ source: UnsafePointer<Float>, into target: UnsafeMutablePointer<Float>) {
        var k = 0
        while k + 16 <= n {
            let magnitude = unsafeBitCast(unsafeBitCast(MatrixProduct.load(source + k), to: Bits.self) & 0x7FFF_FFFF, to: Vector.self)
            MatrixProduct.store(MatrixProduct.load(target + k) + magnitude, target + k)
            k += 16
        }
        while k < n {
            target[k] += Swift.abs(source[k])
            k += 1
        }
    }
}
