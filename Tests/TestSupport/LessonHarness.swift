import Foundation
import Interpreter
import LessonsCore
import Library
import MarkdownParsing

/// Lesson text with position markers (`1️⃣`, `2️⃣`, …) in the style of swift-syntax's tests:
/// the markers are removed, and their locations in the Markdown file are kept.
public struct MarkedLesson {
    public static let path = "lessons/test.md"
    public let text: String
    public let markers: [String: SourceLocation]

    public init(_ marked: String) {
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

    public subscript(marker: String) -> SourceLocation? { markers[marker] }
}

/// What running a lesson gave: the lesson, its run, and every diagnostic of both stages.
public struct LessonResult {
    public let lesson: Lesson
    public let run: LessonRun
    public let diagnostics: [Diagnostic]

    public var errors: [Diagnostic] { diagnostics.filter(\.isError) }
    public var outputs: [Output] { run.blocks.flatMap(\.outputs) }

    /// Everything the blocks printed.
    public var printed: String {
        outputs.compactMap { if case .text(let text) = $0 { text } else { nil } }.joined()
    }

    /// The value each block showed, in order.
    public var values: [String] {
        outputs.compactMap { if case .value(let text) = $0 { text } else { nil } }
    }
}

public enum Harness {
    /// The course's data files, as lessons in tests see them: `data/xor.csv` is the shipped one.
    public static let files = InMemoryLessonFiles([
        "data/xor.csv": (try? String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../lessons/data/xor.csv").standardizedFileURL, encoding: .utf8)) ?? "",
    ])

    /// Parses and runs a lesson on a thread with a large stack, as the build does.
    public static func run(_ markdown: String, budget: Budget = Budget(), files: InMemoryLessonFiles = files) -> LessonResult {
        let source = SourceFile(path: MarkedLesson.path, text: markdown)
        let parsed = LessonParser.parse(source, slug: "test")
        let run = onLargeStack { LessonRunner(registry: Library.registry(), budget: budget, files: files).run(parsed.lesson) }
        return LessonResult(lesson: parsed.lesson, run: run, diagnostics: parsed.diagnostics + run.diagnostics)
    }

    /// The errors of a lesson, with `1️⃣`-style markers where each is expected.
    public static func errors(in marked: MarkedLesson, budget: Budget = Budget()) -> [Diagnostic] {
        run(marked.text, budget: budget).errors
    }

    /// Runs Swift code as the only block of a lesson whose front matter takes two lines,
    /// so the block's first line is line 5 of the file.
    public static func block(_ code: String, budget: Budget = Budget()) -> LessonResult {
        run(lesson(code), budget: budget)
    }

    public static func lesson(_ code: String) -> String {
        "---\ntitle: Test\n---\n```swift experiment\n\(code)\n```\n"
    }

    /// Runs blocking work (a compiler process, many lessons) on a thread of its own and awaits
    /// it, leaving Swift's cooperative threads free: this machine has two, and a test that
    /// blocked them for seconds starved the async tests beside it (the folder watcher's).
    public static func offThePool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { continuation.resume(with: Result { try body() }) }
            thread.stackSize = 256 << 20
            thread.start()
        }
    }

    public static func onLargeStack<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
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
