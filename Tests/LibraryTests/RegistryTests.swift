import Foundation
import Interpreter
import LessonsCore
import Library
import TestSupport
import Testing

@Suite struct RegistryTests {
    static var builtins: [Builtin] { Library.registry().builtins }

    @Test func everyBuiltinHasADocATopicAndAnExample() {
        for builtin in Self.builtins {
            #expect(!builtin.doc.isEmpty && builtin.doc.hasSuffix("."), "\(builtin.signature)")
            #expect(!builtin.topic.isEmpty, "\(builtin.signature)")
            #expect(!builtin.example.isEmpty, "\(builtin.signature)")
        }
    }

    @Test(arguments: Library.registry().builtins.map(\.example))
    func everyExampleRuns(example: String) {
        let result = Harness.block(example)
        #expect(result.errors == [], "\(example)")
    }

    @Test func signaturesReadAsSwift() {
        let signatures = Set(Self.builtins.map(\.signature))
        #expect(signatures.contains("linspace(_ start: Double, _ end: Double, count: Int) -> [Double]"))
        #expect(signatures.contains("print(_ items: Any..., separator: String = \" \", terminator: String = \"\\n\")"))
        #expect(signatures.contains("check(_ condition: Bool, _ claim: String)"))
        #expect(signatures.contains("sigmoid.derivative(_ x: Double) -> Double"))
        #expect(signatures.contains("Array.max() -> Double"))
        #expect(signatures.contains("Array.count: Int"))
        #expect(signatures.contains("Double.pi: Double"))
    }

    @Test func namesAreUniqueUpToOverloads() {
        let keys = Self.builtins.map { "\($0.kind) \($0.signature)" }
        #expect(Set(keys).count == keys.count)
    }

    @Test func plottingAClosureSamplesItThroughTheInterpreter() {
        let result = Harness.block("let f = { (x: Double) in x * x }\nplot(f, over: -1...1)")
        #expect(result.errors == [])
        guard case .figure(let figure)? = result.outputs.first, case .line(let chart) = figure.chart else {
            Issue.record("expected a line chart")
            return
        }
        #expect(chart.series.map(\.label) == ["f"])
        #expect(chart.series[0].points.count == 401)
        #expect(chart.series[0].points.first == Point(x: -1, y: 1))
        #expect(chart.series[0].points[200] == Point(x: 0, y: 0))
        #expect(figure.summary == "Line chart of f for x from \u{2212}1 to 1.")
    }

    @Test func plotRejectsAnEmptyRangeAtItsArgument() {
        let marked = MarkedLesson(Harness.lesson("plot(sigmoid, over: 1️⃣2...2)"))
        #expect(Harness.errors(in: marked) == [Diagnostic(
            .init("the range 2.0...2.0 is empty; plot over a range with lowerBound < upperBound"), at: marked["1️⃣"]!)])
    }

    @Test func theReadmesLessonExampleBuilds() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        guard let start = text.range(of: "````markdown\n"), let end = text.range(of: "\n````", range: start.upperBound..<text.endIndex) else {
            Issue.record("the README has no lesson example")
            return
        }
        let result = Harness.run(String(text[start.upperBound..<end.lowerBound]))
        #expect(result.diagnostics == [])
        #expect(result.outputs.count == 2)
    }
}
