/// Eigenvalues and eigenvectors of a small symmetric matrix by cyclic Jacobi rotations
/// (Golub and Van Loan, Matrix Computations, §8.5): each rotation zeroes one off-diagonal
/// entry, and sweeps repeat until the off-diagonal part is negligible. The rotations,
/// accumulated, are the eigenvectors. Exact enough, and deterministic, for the Hessians of
/// lesson surfaces and the covariances of lesson datasets.
public enum SymmetricEigen {
    /// The eigenvalues, ascending.
    public static func values(of matrix: [[Double]]) -> [Double] {
        rotate(matrix, accumulating: false).values
    }

    /// The eigenvalues, ascending, and a unit eigenvector for each (`vectors[k]` belongs to `values[k]`).
    public static func decompose(_ matrix: [[Double]]) -> (values: [Double], vectors: [[Double]]) {
        let (values, vectors) = rotate(matrix, accumulating: true)
        return (values, vectors ?? [])
    }

    /// The rotations, on the matrix held row after row in one buffer: element by element
    /// through an array of arrays, each write checked both arrays' uniqueness, and that was
    /// most of the time of a lesson's thousands of eight-by-eight samples. Without
    /// `accumulating`, the eigenvectors (which no eigenvalue depends on) are not formed.
    private static func rotate(_ matrix: [[Double]], accumulating: Bool) -> (values: [Double], vectors: [[Double]]?) {
        let n = matrix.count
        precondition(matrix.allSatisfy { $0.count == n }, "a square matrix")
        var a = matrix.flatMap { $0 }
        var v = accumulating ? (0..<n * n).map { $0 / n == $0 % n ? 1.0 : 0.0 } : []
        a.withUnsafeMutableBufferPointer { a in
            v.withUnsafeMutableBufferPointer { v in
                for _ in 0..<100 {
                    var (off, diagonal) = (0.0, 0.0)
                    for i in 0..<n { for j in 0..<n where i != j { off += a[i * n + j] * a[i * n + j] } }
                    for i in 0..<n { diagonal += a[i * n + i] * a[i * n + i] }
                    if off <= 1e-30 * max(1, diagonal) { break }
                    for p in 0..<n {
                        for q in (p + 1)..<max(n, p + 1) where a[p * n + q] != 0 {
                            let theta = (a[q * n + q] - a[p * n + p]) / (2 * a[p * n + q])
                            let t = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
                            let c = 1 / (t * t + 1).squareRoot()
                            let s = t * c
                            rotate(a, p, q, step: n, n: n, c: c, s: s)
                            rotate(a, p * n, q * n, step: 1, n: n, c: c, s: s)
                            if accumulating { rotate(v, p, q, step: n, n: n, c: c, s: s) }
                        }
                    }
                }
            }
        }
        let order = (0..<n).sorted { a[$0 * n + $0] < a[$1 * n + $1] }
        return (order.map { a[$0 * n + $0] }, accumulating ? order.map { k in (0..<n).map { v[$0 * n + k] } } : nil)
    }

    /// Two lines of n elements, `step` apart along each, turned by the rotation (c, s): two
    /// columns p and q are `rotate(m, p, q, step: n)`, two rows `rotate(m, p · n, q · n, step: 1)`.
    @inline(__always)
    private static func rotate(
        _ m: UnsafeMutableBufferPointer<Double>, _ first: Int, _ second: Int, step: Int, n: Int, c: Double, s: Double
    ) {
        for k in 0..<n {
            let (x, y) = (m[first + k * step], m[second + k * step])
            m[first + k * step] = c * x - s * y
            m[second + k * step] = s * x + c * y
        }
    }
}
