@testable import Engine
import Testing

@Suite struct LanesExponentialTests {
    /// The lanes' eˣ next to the C library's (`laneMismatches`).
    static func mismatches(_ xs: [Double]) -> [(x: Double, lanes: Double, oracle: Double)] {
        Lanes.exponentialTable.withUnsafeBufferPointer { table in
            laneMismatches(xs, { Lanes.exp($0, table: table.baseAddress!) }, LibM.exp)
        }
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
        #expect(mismatches.isEmpty, "\(mismatches)")
    }
    #endif
}
