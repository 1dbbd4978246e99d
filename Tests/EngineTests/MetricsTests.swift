@testable import Engine
import Testing

@Suite struct MetricsTests {
    @Test func aRowIsCorrectWhenItsLargestOutputIsItsLabel() {
        // Rows of three outputs: a clear winner, a tie (the first of the tied wins), a NaN
        // (never larger than anything, so it is never chosen), and a row whose label loses.
        let outputs: [Float] = [0.1, 0.7, 0.2,
                                0.4, 0.1, 0.4,
                                0.3, .nan, 0.2,
                                0.9, 0.05, 0.05]
        #expect(Metrics.correct(outputs, rows: 4, outputs: 3, labels: [1, 0, 0, 2]) == 3)
        #expect(Metrics.correct(outputs, rows: 4, outputs: 3, labels: [1, 2, 1, 0]) == 2)
        // Only the first `rows` labels count.
        #expect(Metrics.correct(outputs, rows: 1, outputs: 3, labels: [1, 0, 0, 2]) == 1)
    }

    @Test func aSingleOutputClassifiesByOneHalf() {
        let outputs: [Float] = [0.2, 0.5, 0.51, 0.99]
        #expect(Metrics.correct(outputs, rows: 4, outputs: 1, labels: [0, 0, 1, 1]) == 4)
        #expect(Metrics.correct(outputs, rows: 4, outputs: 1, labels: [1, 1, 0, 0]) == 0)
    }
}
