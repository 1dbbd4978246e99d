import LessonsCore
import Testing

@Suite struct NumberFormatTests {
    @Test func swiftFormatMatchesSwiftsPrint() {
        #expect(NumberFormat.swift(0.25) == "0.25")
        #expect(NumberFormat.swift(3) == "3.0")
        #expect(NumberFormat.swift(1e-10) == "1e-10")
        #expect(NumberFormat.swift(-0.0) == "-0.0")
        #expect(NumberFormat.swift(.infinity) == "inf")
        #expect(NumberFormat.swift(.nan) == "nan")
    }

    @Test(arguments: [
        (123.456, 2, "123.46"), (5.0, 2, "5"), (-0.001, 2, "0"), (-1.5, 1, "-1.5"),
        (0.1 + 0.2, 3, "0.3"), (2.675, 0, "3"), (1234567.0, 2, "1234567"), (-12.05, 1, "-12.1"),
    ])
    func fixedRoundsAndTrims(value: Double, decimals: Int, expected: String) {
        #expect(NumberFormat.fixed(value, decimals: decimals) == expected)
    }

    @Test func fixedSpellsNonFiniteValues() {
        #expect(NumberFormat.fixed(.nan, decimals: 2) == "NaN")
        #expect(NumberFormat.fixed(-.infinity, decimals: 2) == "-inf")
    }

    @Test(arguments: [(0.25, 2), (5.0, 0), (0.1, 1), (2.0, 0), (0.05, 2), (0.2, 1)])
    func decimalsFollowTheStep(step: Double, decimals: Int) {
        #expect(NumberFormat.decimalsNeeded(for: step) == decimals)
    }

    @Test func textDropsTheTrailingZeroAndUsesATrueMinus() {
        #expect(NumberFormat.text(-4) == "\u{2212}4")
        #expect(NumberFormat.text(0.25) == "0.25")
        #expect(NumberFormat.text(1e-10) == "1e\u{2212}10")
    }

    @Test func ticksUseATrueMinusSign() {
        #expect(NumberFormat.tick(-0.5, step: 0.25) == "\u{2212}0.5")
        #expect(NumberFormat.tick(0.75, step: 0.25) == "0.75")
        #expect(NumberFormat.tick(4, step: 2) == "4")
        #expect(NumberFormat.tick(3e6, step: 1e6) == "3000000.0")
    }
}
