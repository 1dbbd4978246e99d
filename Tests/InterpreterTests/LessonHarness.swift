import Foundation
import Interpreter
import LessonsCore
import Library
import MarkdownParsing

/// Lesson text with position markers (`1️⃣`, `2️⃣`, …) in the style of swift-syntax's tests:
/// the markers are removed, and their locations in the Markdown file are kept.
struct MarkedLesson {
    static let path = "lessons/test.md"
    let text: String
    let markers: [String: SourceLocation]

    init(_ marked: String) {
        var text = ""
        var markers: [String: SourceLocation] = [:]
        var line = 1
        var column = 1
        for character in marked {
            if let scalar = character.unicodeScalars.first, character.unicodeScalars.count >= 2,
               (0x31...0x39).contains(scalar.value), character.unicodeScalars.contains("\u{20E3}") {
                markers[String(character)] = SourceLocation(path: Self.path, line: line, column: column)
                continue
            }
            text.append(character)
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        self.text = text
        self.markers = markers
    }

    subscript(marker: String) -> SourceLocation? { markers[marker] }
}

/// What running a lesson gave: the lesson, its run, and every diagnostic of both stages.
struct LessonResult {
    let lesson: Lesson
    let run: LessonRun
    let diagnostics: [Diagnostic]

    var errors: [Diagnostic] { diagnostics.filter(\.isError) }
    var outputs: [Output] { run.blocks.flatMap(\.outputs) }

    /// Everything the blocks printed.
    var printed: String {
        outputs.compactMap { if case .text(let text) = $0 { text } else { nil } }.joined()
    }

    /// The value each block showed, in order.
    var values: [String] {
        outputs.compactMap { if case .value(let text) = $0 { text } else { nil } }
    }
}

enum Harness {
    /// Parses and runs a lesson on a thread with a large stack, as the build does.
    static func run(_ markdown: String, budget: Budget = Budget()) -> LessonResult {
        let source = SourceFile(path: MarkedLesson.path, text: markdown)
        let parsed = LessonParser.parse(source, slug: "test")
        let run = onLargeStack { LessonRunner(registry: Library.registry(), budget: budget).run(parsed.lesson) }
        return LessonResult(lesson: parsed.lesson, run: run, diagnostics: parsed.diagnostics + run.diagnostics)
    }

    /// Runs Swift code as the only block of a lesson whose front matter takes two lines,
    /// so the block's first line is line 5 of the file.
    static func block(_ code: String, budget: Budget = Budget()) -> LessonResult {
        run(lesson(code), budget: budget)
    }

    static func lesson(_ code: String) -> String {
        "---\ntitle: Test\n---\n```swift experiment\n\(code)\n```\n"
    }

    private static func onLargeStack<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = 256 << 20
        thread.start()
        done.wait()
        return box.value!
    }
}

private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
