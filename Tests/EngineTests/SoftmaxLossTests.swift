@testable import Engine
import Testing

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

@Suite struct LossWithoutGradientTests {
    /// Measuring needs no gradient: every loss gives the same total, bit for bit, with and without one.
    @Test(arguments: Loss.allCases)
    func theTotalIsTheSameWithoutAGradient(_ loss: Loss) {
        var random = RandomSource(seed: 21)
        let (rows, columns) = (11, 3)
        let z = (0..<rows * columns).map { _ in Float(3 * random.normal()) }
        let a = z.map { Float(1 / (1 + LibM.exp(-Double($0)))) }
        let targets = (0..<rows * columns).map { Float($0 % columns == ($0 / columns) % columns ? 1 : 0) }
        var gradient = [Float](repeating: 0, count: z.count)
        let withGradient = gradient.withUnsafeMutableBufferPointer {
            loss.evaluate(z: z, a: a, targets: targets, rows: rows, columns: columns, gradient: $0.baseAddress!, scale: 1 / Float(rows))
        }
        let without = loss.evaluate(z: z, a: a, targets: targets, rows: rows, columns: columns, gradient: nil, scale: 1 / Float(rows))
        #expect(without.bitPattern == withGradient.bitPattern)
        #expect(gradient.contains { $0 != 0 })
    }
}
