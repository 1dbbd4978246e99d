/// Matrix products for this CPU: `SIMD16<Float>` with a 4 × 32 register block, so each
/// loaded row of B feeds eight vector accumulators (engine-performance.md: 146–153 GFLOP/s
/// at 256 × 256 with AVX-512, against 5 for plain loops). Multiply and add stay separate
/// operations, never a fused multiply-add, so a portable build (no FMA) gives the same bits.
/// Every element of C is the sum over p = 0, 1, … in that order, whichever block computes
/// it, so the result does not depend on the shape's tails.
enum MatrixProduct {
    typealias Vector = SIMD16<Float>

    @inline(__always)
    static func load(_ p: UnsafePointer<Float>) -> Vector {
        UnsafeRawPointer(p).loadUnaligned(as: Vector.self)
    }

    @inline(__always)
    static func store(_ v: Vector, _ p: UnsafeMutablePointer<Float>) {
        UnsafeMutableRawPointer(p).storeBytes(of: v, as: Vector.self)
    }

    /// c (m × n) = a (m × k) · b (k × n), all row-major and dense.
    static func multiply(
        _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, into c: UnsafeMutablePointer<Float>, m: Int, k: Int, n: Int
    ) {
        var i = 0
        while i + 4 <= m {
            rows4(a + i * k, b, c + i * n, k: k, n: n)
            i += 4
        }
        while i < m {
            row1(a + i * k, b, c + i * n, k: k, n: n)
            i += 1
        }
    }

    /// Four rows of C: 32 columns at a time, then 16, then one by one.
    @inline(__always)
    private static func rows4(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>, k: Int, n: Int) {
        var j = 0
        while j + 32 <= n {
            var (c00, c01, c10, c11) = (Vector(), Vector(), Vector(), Vector())
            var (c20, c21, c30, c31) = (Vector(), Vector(), Vector(), Vector())
            for p in 0..<k {
                let b0 = load(b + p * n + j), b1 = load(b + p * n + j + 16)
                let a0 = Vector(repeating: a[p]), a1 = Vector(repeating: a[k + p])
                let a2 = Vector(repeating: a[2 * k + p]), a3 = Vector(repeating: a[3 * k + p])
                c00 += a0 * b0; c01 += a0 * b1
                c10 += a1 * b0; c11 += a1 * b1
                c20 += a2 * b0; c21 += a2 * b1
                c30 += a3 * b0; c31 += a3 * b1
            }
            store(c00, c + j); store(c01, c + j + 16)
            store(c10, c + n + j); store(c11, c + n + j + 16)
            store(c20, c + 2 * n + j); store(c21, c + 2 * n + j + 16)
            store(c30, c + 3 * n + j); store(c31, c + 3 * n + j + 16)
            j += 32
        }
        while j + 16 <= n {
            var (c0, c1, c2, c3) = (Vector(), Vector(), Vector(), Vector())
            for p in 0..<k {
                let b0 = load(b + p * n + j)
                c0 += Vector(repeating: a[p]) * b0
                c1 += Vector(repeating: a[k + p]) * b0
                c2 += Vector(repeating: a[2 * k + p]) * b0
                c3 += Vector(repeating: a[3 * k + p]) * b0
            }
            store(c0, c + j); store(c1, c + n + j); store(c2, c + 2 * n + j); store(c3, c + 3 * n + j)
            j += 16
        }
        for r in 0..<4 {
            scalarColumns(from: j, a + r * k, b, c + r * n, k: k, n: n)
        }
    }

    /// One row of C.
    @inline(__always)
    private static func row1(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>, k: Int, n: Int) {
        var j = 0
        while j + 16 <= n {
            var c0 = Vector()
            for p in 0..<k {
                c0 += Vector(repeating: a[p]) * load(b + p * n + j)
            }
            store(c0, c + j)
            j += 16
        }
        scalarColumns(from: j, a, b, c, k: k, n: n)
    }

    @inline(__always)
    private static func scalarColumns(
        from start: Int, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>, k: Int, n: Int
    ) {
        for j in start..<n {
            var sum: Float = 0
            for p in 0..<k {
                sum += a[p] * b[p * n + j]
            }
            c[j] = sum
        }
    }

    /// target (columns × rows) = sourceᵀ, in blocks of 16 × 16 so both sides stay in cache.
    static func transpose(_ source: UnsafePointer<Float>, rows: Int, columns: Int, into target: UnsafeMutablePointer<Float>) {
        let block = 16
        for i0 in stride(from: 0, to: rows, by: block) {
            for j0 in stride(from: 0, to: columns, by: block) {
                for i in i0..<min(i0 + block, rows) {
                    for j in j0..<min(j0 + block, columns) {
                        target[j * rows + i] = source[i * columns + j]
                    }
                }
            }
        }
    }
}
