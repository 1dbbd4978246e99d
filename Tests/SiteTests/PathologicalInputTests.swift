import Foundation
import Interpreter
import Library
import LessonsCore
import MarkdownParsing
import Site
import TestSupport
import Testing

/// Pathological Markdown, cmark's own cases and ours, through the whole pipeline (parse, run,
/// resolve, render) at size n and 4n, each input growing fourfold: the time may grow about
/// fourfold, never the sixteenfold of a quadratic, and the test fails above eightfold, as far
/// from one as from the other on a log scale. Each size is timed as the best of three, the two
/// sizes in turn, so a burst of the machine's noise lands on both. Each n is large enough that
/// the time is past its fixed costs and its cache effects (below that, the ratio from n to
/// 4n of a linear page render was measured at 5 to 7). Alone, every case grows 1–5×; a CI run
/// with the other suites beside it on two processors once measured 6.3× for a linear one.
@Suite(.serialized) struct PathologicalInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let n: Int
        let make: @Sendable (Int) -> String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        // cmark's pathological inputs (its test/pathological_tests.py)
        Case(name: "nested brackets", n: 2_000) { String(repeating: "[", count: $0) + "a" + String(repeating: "]", count: $0) },
        Case(name: "nested block quotes", n: 300) { String(repeating: "> ", count: $0) + "a\n" },
        // "- - - a" nests a list in a list on one line: depth n in n bytes.
        Case(name: "nested lists", n: 300) { String(repeating: "- ", count: $0) + "a\n" },
        Case(name: "emphasis runs", n: 4_000) { String(repeating: "*a _b ", count: $0) },
        Case(name: "unclosed emphasis", n: 4_000) { String(repeating: "a**b", count: $0) },
        Case(name: "backtick runs", n: 1_000) { n in (1...n).map { String(repeating: "`", count: $0 % 40 + 1) + "a" }.joined() },
        Case(name: "link reference definitions", n: 4_000) { n in
            (0..<n).map { "[r\($0)]: /u\($0)\n" }.joined() + "\n" + (0..<n).map { "[r\($0)] " }.joined() + "\n"
        },
        Case(name: "a long pipe table", n: 2_000) { n in
            "| a | b | c |\n| --- | :-: | --: |\n" + (0..<n).map { "| \($0) | x | $y_\($0)$ |\n" }.joined()
        },
        Case(name: "a wide pipe table", n: 400) { n in
            let row = "|" + String(repeating: " a |", count: n) + "\n"
            return row + "|" + String(repeating: " --- |", count: n) + "\n" + row + row
        },
        // Our extensions
        Case(name: "many inline math spans", n: 2_000) { String(repeating: "$x_1 + \\frac{a}{b}$ and ", count: $0) + "\n" },
        Case(name: "unpaired dollar signs", n: 4_000) { String(repeating: "$a ", count: $0) + "\n" },
        Case(name: "unclosed display math", n: 2_000) { "$$\n" + String(repeating: "x + y \\\\\n", count: $0) },
        Case(name: "deep TeX groups", n: 300) { "$" + String(repeating: "{", count: $0) + "x" + String(repeating: "}", count: $0) + "$\n" },
        // A callout per level needs a line per level, so the input is n callouts nested 20 deep.
        Case(name: "nested callouts", n: 50) { n in
            String(repeating: (1...20).map { String(repeating: "> ", count: $0) + "[!NOTE]\n" }.joined() + "\n", count: n)
        },
        Case(name: "figure references", n: 6_000) { n in
            "```swift experiment\n//| id: fig-x\nplot([[1.0, 2.0]])\n```\n\n" + String(repeating: "See @fig-x and @sec-part. ", count: n) + "\n\n## Part\n"
        },
        // Unknown keys: thousands of errors on one long line, each quoted with its line.
        Case(name: "citations", n: 2_000) { String(repeating: "Cited [@a; @b] and [@c]. ", count: $0) + "\n" },
        Case(name: "errors on one long line", n: 2_000) { String(repeating: "See @fig-nowhere. ", count: $0) + "\n" },
    ]

    /// The CPU time one thread takes to parse, run, resolve and render `markdown` and format
    /// its diagnostics. The thread's own CPU time, not the wall clock: the other suites run
    /// beside this one, and their work is not counted.
    static func seconds(_ markdown: String) -> Double {
        let text = "---\ntitle: Pathological\n---\n" + markdown
        let start = threadTime()
        let source = SourceFile(path: MarkedLesson.path, text: text)
        let parsed = LessonParser.parse(source, slug: "test")
        let run = LessonRunner(registry: Library.registry()).run(parsed.lesson)
        let site = SiteRenderer.render(course: CourseSettings(), lessons: [(parsed.lesson, run)])
        // Formatted as the build prints them, each with its source line.
        _ = DiagnosticFormatter(sources: [source]).format(parsed.diagnostics + run.diagnostics + site.diagnostics)
        return threadTime() - start
    }

    /// The CPU time the calling thread has used, in seconds.
    static func threadTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    @Test(arguments: cases)
    func growsLinearly(_ pathological: Case) {
        let (smallInput, largeInput) = (pathological.make(pathological.n), pathological.make(4 * pathological.n))
        let (small, large) = Harness.onLargeStack {
            let times = (0..<3).map { _ in (Self.seconds(smallInput), Self.seconds(largeInput)) }
            return (times.map(\.0).min() ?? 0, times.map(\.1).min() ?? 0)
        }
        // Below a few milliseconds the ratio is noise; a quadratic at 4n is far above that.
        let ratio = large / max(small, 0.002)
        #expect(ratio < 8, "\(pathological.name): \(String(format: "%.1f ms at n = %d, %.1f ms at 4n (%.1fx)", small * 1000, pathological.n, large * 1000, ratio))")
    }
}
