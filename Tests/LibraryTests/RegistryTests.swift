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

    /// Every result a builtin returns is documented with its properties, and every
    /// enumeration with its cases, each under the topic of a builtin that uses it.
    @Test func everyTypeBlocksMeetIsDocumentedWithItsMembers() {
        let registry = Library.registry()
        let types = registry.typeDocumentation
        let returned = Set(registry.libraryTypes.compactMap { name, type in
            if case .object = type { name } else { nil }
        })
        #expect(Set(types.filter { $0.kind == .result }.map(\.name)) == returned)
        #expect(Set(types.filter { $0.kind == .enumeration }.map(\.name)) == Set(registry.enumerations.map(\.name)))
        let topics = Set(registry.builtins.map(\.topic))
        for type in types {
            #expect(topics.contains(type.topic), "\(type.name) is under \(type.topic)")
            #expect(!type.members.isEmpty && type.doc.hasSuffix("."), "\(type.name)")
            for member in type.members {
                // Cases may be formulas (`σ(x) = 1/(1 + e⁻ˣ)`); properties are sentences.
                #expect(!member.doc.isEmpty && member.declaration.hasPrefix("."), "\(type.name)\(member.declaration)")
                #expect(type.kind == .enumeration || member.doc.hasSuffix("."), "\(type.name)\(member.declaration)")
            }
        }
        let descent = types.first { $0.name == "Descent" }
        #expect(descent?.topic == "Descent")
        #expect(descent?.members.map(\.declaration).contains(".final") == true)
        #expect(types.first { $0.name == "Training" }?.members.first { $0.declaration == ".network" }?.type == "Network")
        #expect(types.first { $0.name == "Initializer" }?.members.contains { $0.declaration == ".orthogonal(gain: Double = 1.0)" } == true)
    }

    /// A property read in a block is the property the reference documents.
    @Test func propertiesAreReadByTheirDocumentedNames() {
        let result = Harness.block("""
        let run = descend({ (x: Double) in x * x }, from: 1, learningRate: 0.25, steps: 3)
        print(run.steps, run.final.x, run.values.count, run.converged)
        let data = xor(count: 8, seed: 1)
        print(data.count, data.features, data.classes)
        print(run.finl)
        """)
        #expect(result.printed == "3 0.125 4 false\n8 2 2\n")
        #expect(result.errors.map(\.message.text).first?.contains("did you mean 'final'") == true, "\(result.errors)")
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
