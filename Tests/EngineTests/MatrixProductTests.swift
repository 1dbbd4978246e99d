@testable import Engine
import Testing

@Suite struct MatrixProductTests {
    /// Shapes that exercise every block: 4 × 32, 4 × 16, single rows and scalar tails.
    static let shapes: [(Int, Int, Int)] = [(1, 1, 1), (3, 5, 7), (4, 3, 32), (5, 9, 48), (9, 17, 53), (32, 64, 64), (33, 2, 70)]

    static func matrix(_ rows: Int, _ columns: Int, seed: UInt64) -> Matrix {
        var random = RandomSource(seed: seed)
        return Matrix(rows: rows, columns: columns, storage: (0..<rows * columns).map { _ in Float(random.normal()) })
    }

    /// The oracle: the textbook triple loop in the same summation order, so every bit agrees.
    @Test(arguments: shapes)
    func productEqualsTheTripleLoopBitForBit(shape: (Int, Int, Int)) {
        let (m, k, n) = shape
        let a = Self.matrix(m, k, seed: 1), b = Self.matrix(k, n, seed: 2)
        let c = a.multiplied(by: b)
        for i in 0..<m {
            for j in 0..<n {
                var sum: Float = 0
                for p in 0..<k { sum += a[i, p] * b[p, j] }
                #expect(c[i, j] == sum, "C[\(i), \(j)] of \(m)×\(k)·\(k)×\(n)")
            }
        }
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
