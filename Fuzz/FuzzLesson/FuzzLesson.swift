import FuzzDriver
import Interpreter
import LessonsCore
import Library
import MarkdownParsing
import Site

/// Arbitrary bytes as a whole lesson file, front matter included, through the whole
/// pipeline: parse (cmark and our extensions), run its blocks under a small budget, resolve
/// its references against a small fixed course, and render. The bytes after a line
/// `%%course` are the course's `course.yml`, and after `%%template` its page template, so
/// those are fuzzed too. No input may crash or hang.
@main
enum FuzzLesson {
    static let registry = Library.registry()

    /// A lesson the fuzzed one may refer to: a figure, sections, and a cited work.
    static let other: (lesson: Lesson, run: LessonRun) = {
        let source = SourceFile(path: "lessons/other.md", text: """
            ---
            title: Other
            ---
            ## Known section

            ```swift experiment
            //| id: fig-known
            plot([[1.0, 2.0, 3.0]])
            ```
            """)
        let lesson = LessonParser.parse(source, slug: "other").lesson
        return (lesson, LessonRunner(registry: registry, budget: FuzzDriver.budget).run(lesson))
    }()

    static let bibliography = BibliographyParser.parse(SourceFile(path: "lessons/references.yml", text: """
        known2020:
          authors: [Ada Lovelace]
          title: Notes
          venue: Nowhere
          year: 2020
        """)).bibliography

    static func main() {
        FuzzDriver.main(run)
    }

    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        let (lessonText, rest) = split(text, at: "\n%%course\n")
        let (courseText, templateText) = split(rest ?? "", at: "\n%%template\n")
        let lesson = LessonParser.parse(SourceFile(path: "lessons/fuzz.md", text: lessonText), slug: "fuzz").lesson
        let run = LessonRunner(registry: registry, budget: FuzzDriver.budget).run(lesson)
        var settings = CourseSettings()
        if rest != nil {
            settings = CourseFileParser.parse(SourceFile(path: "lessons/course.yml", text: courseText)).settings
        }
        let arranged = CourseFileParser.arrange([lesson, other.lesson], fileNames: ["fuzz.md", "other.md"], settings: settings)
        let runs = ["fuzz": run, "other": other.run]
        let template = templateText.map { SourceFile(path: "lessons/page.mustache", text: $0) }
        _ = SiteRenderer.render(
            course: settings, lessons: arranged.lessons.map { ($0, runs[$0.slug] ?? LessonRun(blocks: [], diagnostics: [])) },
            bibliography: bibliography, options: SiteOptions(template: template))
    }

    private static func split(_ text: String, at separator: String) -> (String, String?) {
        guard let range = text.range(of: separator) else { return (text, nil) }
        return (String(text[..<range.lowerBound]), String(text[range.upperBound...]))
    }
}
