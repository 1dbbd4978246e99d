import FuzzDriver
import Interpreter
import LessonsCore
import Library
import MarkdownParsing
import Site

/// Arbitrary bytes as the code of one experiment block, through every stage but writing:
/// parse, run (with a small budget, so each input takes milliseconds) and render. No input
/// may crash or hang.
@main
enum FuzzBlock {
    static let registry = Library.registry()

    static func main() {
        FuzzDriver.main(run)
    }

    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let code = String(decoding: bytes, as: UTF8.self)
        let source = SourceFile(path: "lessons/fuzz.md", text: "---\ntitle: Fuzz\n---\n```swift experiment\n" + code + "\n```\n")
        let lesson = LessonParser.parse(source, slug: "fuzz").lesson
        let run = LessonRunner(registry: registry, budget: FuzzDriver.budget).run(lesson)
        _ = SiteRenderer.render(course: CourseSettings(), lessons: [(lesson, run)])
    }
}
