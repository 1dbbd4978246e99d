/// The thin QR factorization of a tall matrix (rows ≥ columns) by Householder reflections,
/// in `Double`: Q has orthonormal columns, and R's diagonal is returned for the sign fix the
/// orthogonal initializer needs. Golub and Van Loan, Matrix Computations, algorithm 5.2.1.
struct HouseholderQR {
    /// rows × columns, row-major, orthonormal columns.
    let q: [Double]
    let diagonal: [Double]

    init(_ a: [Double], rows m: Int, columns n: Int) {
        precondition(m >= n && a.count == m * n, "HouseholderQR takes a tall matrix")
        var r = a
        var reflectors: [[Double]] = []
        var diagonal: [Double] = []
        for j in 0..<n {
            var v = (j..<m).map { r[$0 * n + j] }
            let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
            // Reflect onto −sign(v₀)‖v‖ e₁, which never cancels.
            let alpha = v[0] >= 0 ? -norm : norm
            v[0] -= alpha
            let vNorm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if vNorm > 0 { v = v.map { $0 / vNorm } }
            Self.reflect(&r, columns: n, from: j, by: v, columnRange: j..<n)
            reflectors.append(v)
            diagonal.append(r[j * n + j])
        }
        // Q = H₀H₁…H₍ₙ₋₁₎ applied to the first n columns of the identity.
        var q = [Double](repeating: 0, count: m * n)
        for i in 0..<n { q[i * n + i] = 1 }
        for j in stride(from: n - 1, through: 0, by: -1) {
            Self.reflect(&q, columns: n, from: j, by: reflectors[j], columnRange: 0..<n)
        }
        self.q = q
        self.diagonal = diagonal
    }

    /// Rows from..<from + v.count of `matrix` ← (I − 2vvᵀ) times those rows, in the given columns.
    /// Row by row, so that the inner loops run along a row: walking down each column, as the
    /// algorithm is written, took 0.2 s per 512 × 512 factorization (a sixth of building the
    /// course). Each column's dot product still sums over the rows in order, so the bits are
    /// the same.
    private static func reflect(_ matrix: inout [Double], columns n: Int, from start: Int, by v: [Double], columnRange: Range<Int>) {
        let width = columnRange.count
        var dots = [Double](repeating: 0, count: width)
        matrix.withUnsafeMutableBufferPointer { matrix in
            dots.withUnsafeMutableBufferPointer { dots in
                let dots = dots.baseAddress!
                for (i, vi) in v.enumerated() {
                    let row = matrix.baseAddress! + (start + i) * n + columnRange.lowerBound
                    for c in 0..<width { dots[c] += vi * row[c] }
                }
                for (i, vi) in v.enumerated() {
                    let row = matrix.baseAddress! + (start + i) * n + columnRange.lowerBound
                    for c in 0..<width { row[c] -= 2 * vi * dots[c] }
                }
            }
        }
    }
}
