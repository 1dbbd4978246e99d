import LessonsCore
import TestSupport
import Testing

@Suite struct RandomLibraryTests {
    static func values(_ code: String, seed: String = "", sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String] {
        let result = Harness.run("---\ntitle: T\n\(seed)---\n```swift experiment\n\(code)\n```\n")
        #expect(result.errors == [], "\(result.errors.map(\.message.text))", sourceLocation: sourceLocation)
        return result.values
    }

    @Test func aSeedGivesTheSameNumbersEveryTime() {
        let code = "randomNormal(count: 3, seed: 7) == randomNormal(count: 3, seed: 7)"
        #expect(Self.values(code) == ["true"])
        #expect(Self.values("randomNormal(count: 3, seed: 7) == randomNormal(count: 3, seed: 8)") == ["false"])
        // Seed 0 is the lesson's seed: the front matter changes the draw.
        let first = Self.values("randomUniform(count: 2)", seed: "seed: 1\n")
        #expect(first == Self.values("randomUniform(count: 2)", seed: "seed: 1\n"))
        #expect(first != Self.values("randomUniform(count: 2)", seed: "seed: 2\n"))
    }

    @Test func drawsHaveTheirDistributionsMoments() {
        let code = """
        let xs = randomNormal(count: 100_000, mean: 2, standardDeviation: 3, seed: 11)
        let mean = xs.sum() / Double(xs.count)
        let variance = xs.map { ($0 - mean) * ($0 - mean) }.sum() / Double(xs.count)
        let us = randomUniform(count: 100_000, in: -1...3, seed: 12)
        let uniformMean = us.sum() / Double(us.count)
        [abs(mean - 2) < 0.03, abs(variance - 9) < 0.15, us.min() >= -1, us.max() < 3, abs(uniformMean - 1) < 0.02]
        """
        #expect(Self.values(code) == ["[true, true, true, true, true]"])
    }

    @Test func aNegativeCountIsAnError() {
        let result = Harness.block("let xs = randomNormal(count: -1)")
        #expect(result.errors.map(\.message.text) == ["randomNormal needs a count of 0 or more, not -1"])
    }
}
