import LessonsCore
import Testing

@Suite struct SmokeTests {
    @Test func sigmoidDerivativePeaksAtAQuarter() {
        let result = Harness.block("""
        let xs = linspace(-10, 10, count: 2001)
        check(xs.map { sigmoid.derivative($0) }.max() <= 0.25, "σ′(x) ≤ 1/4")
        print("peak", sigmoid.derivative(0))
        sigmoid.derivative(0)
        """)
        #expect(result.errors == [])
        #expect(result.printed == "peak 0.25\n")
        #expect(result.values == ["0.25"])
    }
}
