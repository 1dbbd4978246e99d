@testable import Engine
import Testing

@Suite struct MatrixProductTests {
    /// Shapes that exercise every kernel and tail: 4 × 32, 4 × 16, single rows, partial
    /// panels, depths beyond one block of 256, B read in place (n ≤ 64) or packed, and a
    /// few columns computed transposed (n ≤ 8 with m ≥ 16).
    static let shapes: [(Int, Int, Int)] = [(1, 1, 1), (3, 5, 7), (4, 3, 32), (5, 9, 48), (9, 17, 53), (32, 64, 64), (33, 2, 70),
                                            (6, 300, 20), (5, 300, 64), (7, 40, 96), (32, 64, 2), (37, 300, 8), (16, 3, 1),
                                            (15, 8, 2), (20, 10, 9)]

    static func matrix(_ rows: Int, _ columns: Int, seed: UInt64) -> Matrix {
        var random = RandomSource(seed: seed)
        return Matrix(rows: rows, columns: columns, storage: (0..<rows * columns).map { _ in Float(random.normal()) })
    }

    /// The oracle: the textbook triple loop with a fused multiply-add per step, in the same
    /// order, so every bit agrees.
    @Test(arguments: shapes)
    func productEqualsTheTripleLoopBitForBit(shape: (Int, Int, Int)) {
        let (m, k, n) = shape
        let a = Self.matrix(m, k, seed: 1), b = Self.matrix(k, n, seed: 2)
        let c = a.multiplied(by: b)
        // With a workspace of the caller's, whose old contents must not matter.
        var reused = [Float](repeating: .nan, count: m * n)
        var workspace = [Float](repeating: .nan, count: MatrixProduct.workspaceCount)
        a.storage.withUnsafeBufferPointer { a in
            b.storage.withUnsafeBufferPointer { b in
                MatrixProduct.multiply(.rows(a.baseAddress!, columns: k), .rows(b.baseAddress!, columns: n), into: &reused,
                                       m: m, k: k, n: n, workspace: &workspace)
            }
        }
        #expect(reused == c.storage)
        for i in 0..<m {
            for j in 0..<n {
                var sum: Float = 0
                for p in 0..<k { sum = sum.addingProduct(a[i, p], b[p, j]) }
                #expect(c[i, j] == sum, "C[\(i), \(j)] of \(m)×\(k)·\(k)×\(n)")
            }
        }
    }

    /// (m, k, n) for transposed operands: packed panels of whole 16 × 16 blocks with and
    /// without ragged edges, and few columns (computed transposed).
    static let transposedShapes: [(Int, Int, Int)] = [(9, 37, 21), (37, 9, 21), (32, 64, 64), (64, 32, 2), (48, 35, 50), (33, 64, 2),
                                                      (20, 300, 7), (64, 300, 40)]

    /// Transposed operands give the same bits as multiplying explicit transposes.
    @Test(arguments: transposedShapes)
    func transposedOperandsNeedNoCopy(shape: (Int, Int, Int)) {
        let (m, k, n) = shape
        // aᵀ·b with a stored k × m, and a·wᵀ with w stored n × k.
        let a = Self.matrix(k, m, seed: 5), b = Self.matrix(k, n, seed: 6), x = Self.matrix(m, k, seed: 7), w = Self.matrix(n, k, seed: 8)
        var aTb = [Float](repeating: 0, count: m * n), xwT = [Float](repeating: 0, count: m * n)
        a.storage.withUnsafeBufferPointer { a in
            b.storage.withUnsafeBufferPointer { b in
                MatrixProduct.multiply(.transposed(a.baseAddress!, storedColumns: m), .rows(b.baseAddress!, columns: n),
                                       into: &aTb, m: m, k: k, n: n)
            }
        }
        #expect(aTb == a.transposed.multiplied(by: b).storage)
        x.storage.withUnsafeBufferPointer { x in
            w.storage.withUnsafeBufferPointer { w in
                MatrixProduct.multiply(.rows(x.baseAddress!, columns: k), .transposed(w.baseAddress!, storedColumns: k),
                                       into: &xwT, m: m, k: k, n: n)
            }
        }
        #expect(xwT == x.multiplied(by: w.transposed).storage)
    }

    /// A bias added by the product has the bits of adding it to every row afterwards, in
    /// panels, transposed (few columns), and after more than one depth block.
    @Test(arguments: shapes + [(0, 3, 5), (4, 0, 6)])
    func biasAddedAsTheProductIsStored(shape: (Int, Int, Int)) {
        let (m, k, n) = shape
        let a = Self.matrix(m, k, seed: 9), b = Self.matrix(k, n, seed: 10), bias = Self.matrix(1, n, seed: 11)
        var expected = a.multiplied(by: b)
        for i in 0..<m {
            for j in 0..<n { expected[i, j] += bias[0, j] }
        }
        var c = [Float](repeating: .nan, count: m * n)
        a.storage.withUnsafeBufferPointer { a in
            b.storage.withUnsafeBufferPointer { b in
                bias.storage.withUnsafeBufferPointer { bias in
                    MatrixProduct.multiply(.rows(a.baseAddress!, columns: k), .rows(b.baseAddress!, columns: n), into: &c,
                                           m: m, k: k, n: n, adding: bias.baseAddress!)
                }
            }
        }
        #expect(c == expected.storage, "\(m)×\(k)·\(k)×\(n) + bias")
    }

    @Test func transposeSwapsRowsAndColumns() {
        let a = Self.matrix(19, 37, seed: 3)
        let t = a.transposed
        #expect(t.rows == 37 && t.columns == 19)
        #expect((0..<19).allSatisfy { i in (0..<37).allSatisfy { j in t[j, i] == a[i, j] } })
        #expect(t.transposed == a)
    }

    @Test func productWithTheIdentityIsExact() {
        let a = Self.matrix(6, 21, seed: 4)
        var identity = Matrix(rows: 21, columns: 21)
        for i in 0..<21 { identity[i, i] = 1 }
        #expect(a.multiplied(by: identity) == a)
    }
}
