/// Elementwise loops over rows of doubles, eight lanes at a time, written with SIMD8 so that
/// they compile to AVX-512 (or two AVX2) instructions whatever the auto-vectoriser decides;
/// it left the batched tape's loops scalar. The scalar tail finishes rows whose length is
/// not a multiple of eight. The same operations in the same order give the same bits.
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

    /// target[k] = f(a[k], b[k]) when `assign`, else target[k] += f(a[k], b[k]).
    @inline(__always)
    static func accumulate(
        _ n: Int, into target: UnsafeMutablePointer<Double>, assign: Bool,
        _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>,
        _ vector: (Vector, Vector) -> Vector, _ scalar: (Double, Double) -> Double
    ) {
        var k = 0
        if assign {
            while k + 8 <= n {
                store(vector(load(a + k), load(b + k)), target + k)
                k += 8
            }
            while k < n {
                target[k] = scalar(a[k], b[k])
                k += 1
            }
        } else {
            while k + 8 <= n {
                store(load(target + k) + vector(load(a + k), load(b + k)), target + k)
                k += 8
            }
            while k < n {
                target[k] += scalar(a[k], b[k])
                k += 1
            }
        }
    }
}
