@testable import Engine
import Testing

@Suite struct SymmetricEigenTests {
    /// The rotations element by element on an array of arrays, as they were written first.
    static func reference(_ matrix: [[Double]]) -> (values: [Double], vectors: [[Double]]) {
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

    @Test(arguments: 1...8)
    func theFlatRotationsGiveTheBitsOfTheArrayOfArrays(n: Int) {
        var random = RandomSource(seed: UInt64(n))
        for _ in 0..<50 {
            let g = (0..<n * n).map { _ in random.normal() }
            let matrix = (0..<n).map { i in (0..<n).map { j in (g[i * n + j] + g[j * n + i]) / 2 } }
            let expected = Self.reference(matrix)
            let (values, vectors) = SymmetricEigen.decompose(matrix)
            #expect(values.map(\.bitPattern) == expected.values.map(\.bitPattern))
            #expect(vectors.map { $0.map(\.bitPattern) } == expected.vectors.map { $0.map(\.bitPattern) })
            #expect(SymmetricEigen.values(of: matrix).map(\.bitPattern) == expected.values.map(\.bitPattern))
        }
    }
}
