import Testing
@testable import SVGCharts

@Suite struct TicksTests {
    @Test(arguments: [
        (0.0, 1.0, 0.2), (-6.0, 6.0, 2.0), (0.0, 0.25, 0.05), (0.0, 97.0, 20.0), (-1e-3, 1e-3, 5e-4), (3.0, 3.0, 1.0),
    ])
    func stepsAreOneTwoOrFiveTimesAPowerOfTen(low: Double, high: Double, step: Double) {
        #expect(Ticks.step(low, high, count: 6) == step)
    }

    @Test func tickValuesAreExactDecimals() {
        let values = Ticks.values(0, 1, step: 0.1)
        #expect(values.count == 11)
        #expect(values[3] == 0.3)
        #expect(values[7] == 0.7)
        #expect(Ticks.values(-6, 6, step: 2) == [-6, -4, -2, 0, 2, 4, 6])
        #expect(Ticks.values(0.05, 0.95, step: 0.2) == [0.2, 0.4, 0.6, 0.8])
    }

    @Test func niceDomainsEndOnTicks() {
        #expect(Ticks.niceDomain(4.5e-5, 0.99995, count: 6) == 0...1)
        #expect(Ticks.niceDomain(-0.13, 0.26, count: 6) == -0.2...0.3)
        #expect(Ticks.niceDomain(0, 0.3, count: 6) == 0...0.3)
    }

    @Test func scalesMapDomainOntoRange() {
        let x = LinearScale(domain: -6...6, range: 64...620, isFlipped: false)
        #expect(x(-6) == 64)
        #expect(x(0) == 342)
        let y = LinearScale(domain: 0...1, range: 40...308, isFlipped: true)
        #expect(y(0) == 308)
        #expect(y(1) == 40)
    }

    @Test func flatOrEmptyDataStillGetsADomain() {
        #expect(LinearScale.domain(of: [2, 2, 2], nice: false, tickCount: 6) == 1.8...2.2)
        #expect(LinearScale.domain(of: [0, 0], nice: false, tickCount: 6) == -1...1)
        #expect(LinearScale.domain(of: [.nan, .infinity], nice: true, tickCount: 6) == 0...1)
    }
}
