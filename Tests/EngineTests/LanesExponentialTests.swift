@testable import Engine
import Testing

@Suite struct LanesExponentialTests {
    /// The lanes' eˣ next to the C library's, lane by lane, as bit patterns.
    static func mismatches(_ xs: [Double]) -> [(Double, Double, Double)] {
        var found: [(Double, Double, Double)] = []
        Lanes.exponentialTable.withUnsafeBufferPointer { table in
            for start in stride(from: 0, to: xs.count - 7, by: 8) {
                let x = Lanes.Vector((0..<8).map { xs[start + $0] })
                let y = Lanes.exp(x, table: table.baseAddress!)
                for lane in 0..<8 where y[lane].bitPattern != LibM.exp(x[lane]).bitPattern {
                    found.append((x[lane], y[lane], LibM.exp(x[lane])))
                }
            }
        }
        return found
    }

    #if canImport(Glibc)
    @Test func equalsGlibcBitForBitOverTheWholeRange() {
        var random = RandomSource(seed: 11)
        // Every magnitude from 2⁻⁶⁰ to 2¹⁰ and both signs, uniform in the exponent.
        let spread = (0..<400_000).map { _ in (random.uniform() < 0.5 ? -1.0 : 1.0) * LibM.pow(2, -60 + 70 * random.uniform()) }
        // The range the loss calls it on, where every entry of the table is used.
        let dense = (0..<400_000).map { _ in -40 * random.uniform() }
        let mismatches = Self.mismatches(spread + dense)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test func theEdgesTakeTheLibrarysPaths() {
        let edges: [Double] = [0, -0, 0x1p-54, -0x1p-54, 0x1p-55, 0x1.fffffffffffffp-55, 1e-300, .leastNonzeroMagnitude,
                               511.9, -511.9, 512, -512, 709.78, 709.79, -708.4, -745.1, -746, 1000, -1000,
                               .infinity, -.infinity, .nan, -.nan, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 1]
        let mismatches = Self.mismatches(edges + Array(repeating: 1, count: 8 - edges.count % 8))
        #expect(mismatches.filter { !($0.1.isNaN && $0.2.isNaN) }.isEmpty, "\(mismatches)")
    }
    #endif
}

@Suite struct SoftmaxLossTests {
    /// The loss a row at a time with the C library's `exp` and `log`, as it was before rows
    /// went eight to a vector.
    static func rowByRow(_ z: [Float], _ targets: [Float], rows: Int, columns: Int, scale: Float) -> (Double, [Float]) {
        var (total, gradient) = (0.0, [Float](repeating: 0, count: z.count))
        for i in 0..<rows {
            let row = Array(z[i * columns..<(i + 1) * columns])
            var largest = row[0]
            for c in 1..<max(columns, 1) { largest = max(largest, row[c]) }
            var sum = 0.0
            for c in 0..<columns {
                let shifted = row[c] - largest
                sum += shifted == 0 ? 1 : LibM.exp(Double(shifted))
            }
            let logSum = Double(largest) + LibM.log(sum)
            for c in 0..<columns {
                let target = Double(targets[i * columns + c])
                total -= target * (Double(row[c]) - logSum)
                gradient[i * columns + c] = scale * Float(LibM.exp(Double(row[c]) - logSum) - target)
            }
        }
        return (total, gradient)
    }

    @Test(arguments: [(1, 2), (7, 2), (8, 2), (9, 3), (32, 2), (13, 10), (5, 1)])
    func eightRowsAtATimeGiveTheBitsOfOneRowAtATime(rows: Int, columns: Int) {
        var random = RandomSource(seed: UInt64(rows * 100 + columns))
        var z = (0..<rows * columns).map { _ in Float(6 * random.normal()) }
        // A row far apart (the C library's own path), a row of ties, and in one case a NaN
        // (which makes the total NaN).
        if rows > 2 && columns > 1 { z[columns] = 700; z[columns + 1] = -300 }
        if rows > 3 { for c in 0..<columns { z[3 * columns + c] = 1.5 } }
        if rows == 13 { z[5 * columns] = .nan }
        let targets = (0..<rows * columns).map { Float($0 % columns == ($0 / columns) % columns ? 1 : 0) }
        let expected = Self.rowByRow(z, targets, rows: rows, columns: columns, scale: 1 / Float(rows))
        var gradient = [Float](repeating: -1, count: z.count)
        let total = gradient.withUnsafeMutableBufferPointer { g in
            Loss.softmaxCrossEntropy.evaluate(z: z, a: z, targets: targets, rows: rows, columns: columns,
                                              gradient: g.baseAddress!, scale: 1 / Float(rows))
        }
        #expect(total.bitPattern == expected.0.bitPattern || (total.isNaN && expected.0.isNaN))
        #expect(gradient.map(\.bitPattern) == expected.1.map(\.bitPattern))
    }
}
