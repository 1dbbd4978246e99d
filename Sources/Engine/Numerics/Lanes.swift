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

    /// ±(a[k] · b[k]), one term of `sum`, in the shape that loads the fewest rows: a row of
    /// constants is a number broadcast once, and a square loads its row once. Loads are what
    /// a sum's time goes to, and the products are the same bits whichever way they are read.
    struct Product {
        enum Shape {
            /// a[k] · b[k].
            case product
            /// a[k] · a[k].
            case square
            /// a[k] · c.
            case scaled
            /// a[k] alone: b is the row of ones.
            case alone
            /// c alone.
            case constant

            /// How many rows it loads per lane.
            var rowsRead: Int {
                switch self {
                case .product: 2
                case .square, .scaled, .alone: 1
                case .constant: 0
                }
            }
        }

        let shape: Shape
        let a: UnsafePointer<Double>
        let b: UnsafePointer<Double>
        let c: Double
        let negative: Bool
        /// Whether it is the same product as the term before it in its sum, up to the sign.
        let repeats: Bool

        /// The term over eight vectors of lanes from lane k, its shape asked once. Written out
        /// beside `callAsFunction` on purpose: building it from that through a closure per shape
        /// measured slower on the descent benchmark, in six pairs of runs out of six (3-28%).
        @inline(__always)
        func eight(_ k: Int) -> (Vector, Vector, Vector, Vector, Vector, Vector, Vector, Vector) {
            switch shape {
            case .product:
                return (load(a + k) * load(b + k), load(a + k + 8) * load(b + k + 8), load(a + k + 16) * load(b + k + 16),
                        load(a + k + 24) * load(b + k + 24), load(a + k + 32) * load(b + k + 32), load(a + k + 40) * load(b + k + 40),
                        load(a + k + 48) * load(b + k + 48), load(a + k + 56) * load(b + k + 56))
            case .square:
                let v = (load(a + k), load(a + k + 8), load(a + k + 16), load(a + k + 24),
                         load(a + k + 32), load(a + k + 40), load(a + k + 48), load(a + k + 56))
                return (v.0 * v.0, v.1 * v.1, v.2 * v.2, v.3 * v.3, v.4 * v.4, v.5 * v.5, v.6 * v.6, v.7 * v.7)
            case .scaled:
                let c = Vector(repeating: c)
                return (load(a + k) * c, load(a + k + 8) * c, load(a + k + 16) * c, load(a + k + 24) * c,
                        load(a + k + 32) * c, load(a + k + 40) * c, load(a + k + 48) * c, load(a + k + 56) * c)
            case .alone:
                return (load(a + k), load(a + k + 8), load(a + k + 16), load(a + k + 24),
                        load(a + k + 32), load(a + k + 40), load(a + k + 48), load(a + k + 56))
            case .constant:
                let c = Vector(repeating: c)
                return (c, c, c, c, c, c, c, c)
            }
        }

        @inline(__always)
        func callAsFunction(_ k: Int) -> Vector {
            switch shape {
            case .product: load(a + k) * load(b + k)
            case .square: load(a + k) * load(a + k)
            case .scaled: load(a + k) * Vector(repeating: c)
            case .alone: load(a + k)
            case .constant: Vector(repeating: c)
            }
        }

        /// The scalar term, for the tail.
        @inline(__always)
        func scalar(_ k: Int) -> Double {
            switch shape {
            case .product, .square: a[k] * b[k]
            case .scaled: a[k] * c
            case .alone: a[k]
            case .constant: c
            }
        }
    }

    /// y[k] = Σⱼ ±(aⱼ[k] · bⱼ[k]), added in order. Eight vectors of lanes go through all the
    /// terms together, their partial sums in registers: one store per lane however many
    /// terms, and eight independent additions to hide each one's latency. A term that repeats
    /// the one before it (x + x, or ∂(x⁴)/∂x as x³ + x³ + x³ + x³) adds the products already in
    /// registers. A negative term is subtracted, which is exactly adding its negation.
    @inline(__always)
    static func sum(_ n: Int, _ terms: UnsafePointer<Product>, count: Int, into y: UnsafeMutablePointer<Double>) {
        var k = 0
        while k + 64 <= n {
            var p = terms[0].eight(k)
            var s = terms[0].negative ? (-p.0, -p.1, -p.2, -p.3, -p.4, -p.5, -p.6, -p.7) : p
            for j in 1..<count {
                let t = terms[j]
                if !t.repeats { p = t.eight(k) }
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
