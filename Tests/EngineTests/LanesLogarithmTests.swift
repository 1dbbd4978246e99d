@testable import Engine
import Testing

@Suite struct LanesLogarithmTests {
    /// The lanes' log x next to the C library's (`laneMismatches`).
    static func mismatches(_ xs: [Double]) -> [(x: Double, lanes: Double, oracle: Double)] {
        Lanes.logarithmTable.withUnsafeBufferPointer { table in
            laneMismatches(xs, { Lanes.log($0, table: table.baseAddress!) }, LibM.log)
        }
    }

    #if canImport(Glibc)
    @Test func equalsGlibcBitForBitOverTheWholeRange() {
        var random = RandomSource(seed: 12)
        // Every magnitude from 2⁻¹⁰⁷⁰ to 2¹⁰²³, uniform in the exponent.
        let spread = (0..<400_000).map { _ in LibM.pow(2, -1070 + 2093 * random.uniform()) }
        // Where the softmax loss calls it, [1, 2], and the interval near 1 with its own polynomial.
        let dense = (0..<300_000).map { _ in 1 + random.uniform() } + (0..<100_000).map { _ in 0.9 + 0.2 * random.uniform() }
        let mismatches = Self.mismatches(spread + dense)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test func theEdgesTakeTheLibrarysPaths() {
        let edges: [Double] = [1, 0x1.ep-1, 0x1.ep-1.nextDown, 0x1.109p0, 0x1.109p0.nextDown, 2, 0.5, 0x1p-1022, 0x1p-1022.nextDown,
                               .leastNonzeroMagnitude, 0, -0, -1, .infinity, -.infinity, .nan, .greatestFiniteMagnitude, 1.nextUp, 1.nextDown,
                               0x1.6p-1, 0x1.6p0, 0x1.6p0.nextDown, 3, 10]
        let mismatches = Self.mismatches(edges + Array(repeating: 1, count: 8 - edges.count % 8))
        #expect(mismatches.isEmpty, "\(mismatches)")
    }
    #endif
}
