/// Eigenvalues and eigenvectors of a small symmetric matrix by cyclic Jacobi rotations
/// (Golub and Van Loan, Matrix Computations, §8.5): each rotation zeroes one off-diagonal
/// entry, and sweeps repeat until the off-diagonal part is negligible. The rotations,
/// accumulated, are the eigenvectors. Exact enough, and deterministic, for the Hessians of
/// lesson surfaces and the covariances of lesson datasets.
public enum SymmetricEigen {
    /// The eigenvalues, ascending.
    public static func values(of matrix: [[Double]]) -> [Double] {
        decompose(matrix).values
    }

    /// The eigenvalues, ascending, and a unit eigenvector for each (`vectors[k]` belongs to `values[k]`).
    public static func decompose(_ matrix: [[Double]]) -> (values: [Double], vectors: [[Double]]) {
        var a = matrix
        let n = a.count
        var v = (0..<n).map { i in (0..<n).map { $0 == i ? 1.0 : 0.0 } }
        for _ in 0..<100 {
            var off = 0.0
            for i in 0..<n { for j in 0..<n where i != j { off += a[i][j] * a[i][j] } }
            if off <= 1e-30 * max(1, a.indices.map { a[$0][$0] * a[$0][$0] }.reduce(0, +)) { break }
            for p in 0..<n {
                for q in (p + 1)..<max(n, p + 1) where a[p][q] != 0 {
                    let theta = (a[q][q] - a[p][p]) / (2 * a[p][q])
                    let t = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot()
                    let s = t * c
                    for k in 0..<n {
                        let (akp, akq) = (a[k][p], a[k][q])
                        a[k][p] = c * akp - s * akq
                        a[k][q] = s * akp + c * akq
                    }
                    for k in 0..<n {
                        let (apk, aqk) = (a[p][k], a[q][k])
                        a[p][k] = c * apk - s * aqk
                        a[q][k] = s * apk + c * aqk
                    }
                    for k in 0..<n {
                        let (vkp, vkq) = (v[k][p], v[k][q])
                        v[k][p] = c * vkp - s * vkq
                        v[k][q] = s * vkp + c * vkq
                    }
                }
            }
        }
        let order = (0..<n).sorted { a[$0][$0] < a[$1][$1] }
        return (order.map { a[$0][$0] }, order.map { k in (0..<n).map { v[$0][k] } })
    }
}
