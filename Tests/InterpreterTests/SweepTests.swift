import Interpreter
import LessonsCore
import TestSupport
import Testing

/// A swept block runs once per value, with the name bound; its claims must hold for every
/// value, and each error names the values it happened with, at its place in the Markdown.
@Suite struct SweepTests {
    @Test func eachValueRunsWithTheNameBoundAndItsOwnOutputs() throws {
        let result = Harness.run("""
            ---
            title: A
            ---
            ```swift experiment
            //| sweep: rate in [0.5, 2.0]
            let doubled = rate * 2
            print(doubled)
            check(doubled > 0, "doubling keeps it positive")
            ```

            ```swift experiment
            print("after")
            ```
            """)
        #expect(result.errors == [])
        let block = try #require(result.run.blocks.first)
        #expect(block.variants.map(\.label) == ["rate = 0.5", "rate = 2.0"])
        #expect(block.variants.map(\.outputs) == [[.text("1.0\n")], [.text("4.0\n")]])
        // The claim is the block's, once, over both values.
        guard case .check(let check)? = block.outputs.first else { Issue.record("no claim"); return }
        #expect(block.outputs.count == 1 && check.passed && check.cases == 2)
        // What a variant declares stays in it: the next block runs, and `doubled` is not there.
        #expect(result.run.blocks[1].outputs == [.text("after\n")])
    }

    @Test func twoNamesMakeAGridTheFirstVaryingSlowest() throws {
        let result = Harness.run("---\ntitle: A\n---\n```swift experiment\n//| sweep: a in 1...2; b in [10, 20, 30]\nprint(a * b)\n```\n")
        #expect(result.errors == [])
        let block = try #require(result.run.blocks.first)
        #expect(block.variants.map(\.label) == ["a = 1, b = 10", "a = 1, b = 20", "a = 1, b = 30", "a = 2, b = 10", "a = 2, b = 20", "a = 2, b = 30"])
        #expect(block.variants.last?.outputs == [.text("60\n")])
    }

    /// A claim false for one value names it; an error in every variant is said once, as it is.
    @Test func aFailureNamesItsValuesAtItsPlace() {
        let marked = MarkedLesson(Harness.lesson("//| sweep: n in [1, 5, 9]\n1️⃣check(n < 4, \"n is small\")\nlet y = 2️⃣nope"))
        #expect(Harness.errors(in: marked) == [
            Diagnostic(.init("with n = 5 and n = 9: check failed: \"n is small\"; the claim is false, so fix the claim or the text that makes it"),
                       at: marked["1️⃣"]!),
            Diagnostic(.init("unknown name 'nope'"), at: marked["2️⃣"]!),
        ])
    }

    @Test func badValuesAreErrorsInTheOptionLine() {
        let notASequence = MarkedLesson(Harness.lesson("//| sweep: n in 1️⃣5\nprint(n)"))
        #expect(Harness.errors(in: notASequence) == [Diagnostic(.init(
            "the values of 'n' are a 'Int', which a sweep cannot go through; write an array such as [0.01, 0.1, 1.0], or an integer range such as 1...5"),
            at: notASequence["1️⃣"]!)])
        let unknown = MarkedLesson(Harness.lesson("//| sweep: n in [1, 2️⃣undefined]\nprint(n)"))
        #expect(Harness.errors(in: unknown) == [Diagnostic(.init("unknown name 'undefined'"), at: unknown["2️⃣"]!)])
        let empty = MarkedLesson(Harness.lesson("//| sweep: n in 3️⃣[Int]()\nprint(n)"))
        #expect(Harness.errors(in: empty) == [Diagnostic(.init("the sweep gives 'n' no values; list at least one"), at: empty["3️⃣"]!)])
        let many = MarkedLesson(Harness.lesson("//| 4️⃣sweep: a in 1...5; b in 1...4\nprint(a)"))
        #expect(Harness.errors(in: many) == [Diagnostic(.init(
            "the sweep makes 20 variants, more than the 16 a page can show; use fewer values (each variant runs, and is part of the page)"),
            at: many["4️⃣"]!)])
    }

    @Test func aSweptNameCannotBeRedeclared() {
        let marked = MarkedLesson(Harness.lesson("//| sweep: n in [1, 2]\n1️⃣let n = 3"))
        #expect(Harness.errors(in: marked).map(\.location) == [marked["1️⃣"]!])
    }
}
