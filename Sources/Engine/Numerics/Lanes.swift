/// Elementwise loops over rows of doubles, eight lanes at a time, written with SIMD8 so that
/// they compile to AVX-512 (or two AVX2) instructions whatever the auto-vectoriser decides;
/// it left loops like these scalar. The scalar tail finishes rows whose length is not a
/// multiple of eight. The same operations in the same order give the same bits.
enum Lanes {
    typealias Vector = SIMD8<Double>

    @inline(__always)
    static func load(_ p: UnsafePointer<Double>) -> Vector {
        UnsafeRawPointer(p).loadUnaligned(as: Vector.self)
    }

    @inline(__always)
    static func store(_ v: Vector, _ p: UnsafeMutablePointer<Double>) {
        UnsafeMutableRawPointer(p).storeBytes(of: v, as: Vector.self)
    }

    /// |v| lane by lane; nan stays nan.
    @inline(__always)
    static func magnitude(_ v: Vector) -> Vector {
        v.replacing(with: -v, where: v .< 0)
    }

    /// y[k] = f(a[k], b[k]).
    @inline(__always)
    static func map(
        _ n: Int, _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, into y: UnsafeMutablePointer<Double>,
        _ vector: (Vector, Vector) -> Vector, _ scalar: (Double, Double) -> Double
    ) {
        var k = 0
        while k + 8 <= n {
            store(vector(load(a + k), load(b + k)), y + k)
            k += 8
        }
        while k < n {
            y[k] = scalar(a[k], b[k])
            k += 1
        }
    }

    /// ±(a[k] · b[k]), or ±a[k] alone, one term of `sum`.
    struct Product {
        let a: UnsafePointer<Double>
        let b: UnsafePointer<Double>
        let negative: Bool
        /// Whether b is a row of ones, so the term is ±a: one load and no product.
        let alone: Bool

        @inline(__always)
        func callAsFunction(_ k: Int) -> Vector {
            alone ? load(a + k) : load(a + k) * load(b + k)
        }

        /// The scalar term, for the tail.
        @inline(__always)
        func scalar(_ k: Int) -> Double {
            alone ? a[k] : a[k] * b[k]
        }
    }

    /// y[k] = Σⱼ ±(aⱼ[k] · bⱼ[k]), added in order. Eight vectors of lanes go through all the
    /// terms together, their partial sums in registers: one store per lane however many
    /// terms, and eight independent additions to hide each one's latency. A negative term is
    /// subtracted, which is exactly adding its negation.
    @inline(__always)
    static func sum(_ n: Int, _ terms: UnsafePointer<Product>, count: Int, into y: UnsafeMutablePointer<Double>) {
        var k = 0
        while k + 64 <= n {
            let first = terms[0]
            var s = (first(k), first(k + 8), first(k + 16), first(k + 24), first(k + 32), first(k + 40), first(k + 48), first(k + 56))
            if first.negative { s = (-s.0, -s.1, -s.2, -s.3, -s.4, -s.5, -s.6, -s.7) }
            for j in 1..<count {
                let t = terms[j]
                let p = (t(k), t(k + 8), t(k + 16), t(k + 24), t(k + 32), t(k + 40), t(k + 48), t(k + 56))
                if t.negative {
                    s = (s.0 - p.0, s.1 - p.1, s.2 - p.2, s.3 - p.3, s.4 - p.4, s.5 - p.5, s.6 - p.6, s.7 - p.7)
                } else {
                    s = (s.0 + p.0, s.1 + p.1, s.2 + p.2, s.3 + p.3, s.4 + p.4, s.5 + p.5, s.6 + p.6, s.7 + p.7)
                }
            }
            store(s.0, y + k)
            store(s.1, y + k + 8)
            store(s.2, y + k + 16)
            store(s.3, y + k + 24)
            store(s.4, y + k + 32)
            store(s.5, y + k + 40)
            store(s.6, y + k + 48)
            store(s.7, y + k + 56)
            k += 64
        }
        while k + 8 <= n {
            var s = terms[0].negative ? -terms[0](k) : terms[0](k)
            for j in 1..<count { s = terms[j].negative ? s - terms[j](k) : s + terms[j](k) }
            store(s, y + k)
            k += 8
        }
        while k < n {
            var s = terms[0].negative ? -terms[0].scalar(k) : terms[0].scalar(k)
            for j in 1..<count { s = terms[j].negative ? s - terms[j].scalar(k) : s + terms[j].scalar(k) }
            y[k] = s
            k += 1
        }
    }
}
