import LessonsCore
@testable import MarkdownParsing
import TestSupport
import Testing

@Suite struct BlockOptionsTests {
    static func experiment(_ code: String) -> (ExperimentBlock?, [Diagnostic]) {
        let text = "# T\n\n```swift experiment\n\(code)\n```\n"
        let (lesson, diagnostics) = LessonParser.parse(SourceFile(path: "lessons/l.md", text: text), slug: "l")
        return (lesson.experiments.first, diagnostics)
    }

    @Test func everyOptionIsRead() {
        let (block, diagnostics) = Self.experiment("""
        //| caption: Two valleys: three starts
        //| id: two-valleys
        //| echo: false
        //| fold: true
        //| expect: error
        let x = 1
        """)
        #expect(diagnostics == [])
        #expect(block?.options == BlockOptions(
            caption: "Two valleys: three starts", id: "two-valleys", echo: false, fold: true, expectsError: true))
        #expect(block?.optionLineCount == 5)
        #expect(block?.displayCode == "let x = 1\n")
    }

    @Test func budgetOptionsAreRead() {
        let (block, diagnostics) = Self.experiment("//| steps: 50_000_000\n//| memory: 512\n//| recursion: 1000\nlet x = 1")
        #expect(diagnostics == [])
        #expect(block?.options.budget == BudgetSettings(steps: 50_000_000, memory: 512, recursion: 1000))
        let (_, problems) = Self.experiment("//| steps: lots\nlet x = 1")
        #expect(problems.map(\.message.text) == ["block option 'steps' must be a whole number above 0, not 'lots'"])
    }

    @Test func defaultsWithoutOptions() {
        let (block, _) = Self.experiment("let x = 1")
        #expect(block?.options == BlockOptions())
        #expect(block?.optionLineCount == 0)
    }

    @Test func aSweepNamesOneOrTwoParametersAndTheirValues() throws {
        #expect(BlockOptionsParser.sweep("rate in [0.01, 0.1]") == [SweepParameter(name: "rate", values: "[0.01, 0.1]")])
        #expect(BlockOptionsParser.sweep(" a in 1...3 ;  b in [x, y]  ") == [
            SweepParameter(name: "a", values: "1...3"), SweepParameter(name: "b", values: "[x, y]"),
        ])
        for bad in ["rate [0.1]", "in [1]", "1x in [1]", "a in [1]; a in [2]", "a in [1]; b in [2]; c in [3]", "a in "] {
            #expect(BlockOptionsParser.sweep(bad) == nil, "\(bad)")
        }
        let marked = MarkedLesson("---\ntitle: T\n---\n```swift experiment\n//| 1️⃣sweep: rate [0.1]\nprint(1)\n```\n")
        #expect(Harness.run(marked.text).diagnostics.map(\.location) == [marked["1️⃣"]!])
    }

    @Test func anUnknownOptionListsTheKnownOnesAtItsKey() {
        let marked = MarkedLesson("---\ntitle: T\n---\n> ```swift experiment\n> //| 1️⃣capton: x\n> let x = 1\n> ```\n")
        #expect(Harness.run(marked.text).diagnostics == [Diagnostic(
            .init("unknown block option 'capton'; did you mean 'caption'? "
                + "(options: 'caption', 'echo', 'expect', 'fold', 'id', 'memory', 'recursion', 'solution', 'steps', 'sweep')"),
            at: marked["1️⃣"]!)])
    }

    @Test func badValuesAreReported() {
        let (_, diagnostics) = Self.experiment("""
        //| echo: maybe
        //| expect: success
        //| id: two valleys
        //| fold
        //| echo: true
        x
        """)
        #expect(diagnostics.map(\.message.text) == [
            "block option 'echo' must be true or false, not 'maybe'",
            "block option 'expect' must be 'error', not 'success'",
            "block option 'id' must be a name of letters, digits, '-' and '_', not 'two valleys'",
            "a block option is written '//| key: value', not '//| fold'",
            "block option 'echo' is given twice; keep one",
        ])
        #expect(diagnostics.map(\.location.line) == [4, 5, 6, 7, 8])
    }

    @Test func optionsStopAtTheFirstOtherLine() {
        let (block, diagnostics) = Self.experiment("//| echo: false\nlet x = 1\n//| fold: true")
        #expect(diagnostics == [])
        #expect(block?.options.fold == false)
        #expect(block?.optionLineCount == 1)
    }
}
