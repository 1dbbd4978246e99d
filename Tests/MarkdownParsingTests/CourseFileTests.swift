import LessonsCore
import MarkdownParsing
import Testing

@Suite struct CourseFileTests {
    static func lesson(_ name: String, order: Int? = nil) -> Lesson {
        let text = "---\ntitle: \(name)\n" + (order.map { "order: \($0)\n" } ?? "") + "---\n"
        return LessonParser.parse(SourceFile(path: "lessons/\(name)", text: text), slug: name).lesson
    }

    @Test func courseFileGivesTitleAndOrder() {
        let source = SourceFile(path: "lessons/course.yml", text: "title: Deep nets\nlessons:\n  - b.md\n  - a.md\n")
        let (settings, diagnostics) = CourseFileParser.parse(source)
        #expect(diagnostics == [])
        #expect(settings.title == "Deep nets")
        #expect(settings.lessons?.map(\.file) == ["b.md", "a.md"])
        #expect(settings.lessons?.map(\.location.line) == [3, 4])

        let (ordered, problems) = CourseFileParser.arrange(
            [Self.lesson("a.md"), Self.lesson("b.md")], fileNames: ["a.md", "b.md"], settings: settings)
        #expect(problems == [])
        #expect(ordered.map(\.slug) == ["b.md", "a.md"])
    }

    @Test func missingDuplicatedAndUnlistedLessonsAreReported() {
        let source = SourceFile(path: "lessons/course.yml", text: "lessons:\n  - a.md\n  - gone.md\n  - a.md\n")
        let (settings, _) = CourseFileParser.parse(source)
        let (ordered, problems) = CourseFileParser.arrange(
            [Self.lesson("a.md"), Self.lesson("extra.md")], fileNames: ["a.md", "extra.md"], settings: settings)
        #expect(ordered.map(\.slug) == ["a.md"])
        #expect(problems.map(\.message.text) == [
            "course.yml lists 'gone.md', but there is no such lesson file; fix the name or add the file",
            "course.yml lists 'a.md' more than once; keep one",
            "'extra.md' is not listed in course.yml, so it is not in the course; list it or remove it",
        ])
        #expect(problems.map(\.location) == [
            SourceLocation(path: "lessons/course.yml", line: 3, column: 5),
            SourceLocation(path: "lessons/course.yml", line: 4, column: 5),
            SourceLocation(path: "lessons/extra.md", line: 1, column: 1),
        ])
        #expect(problems.map(\.severity) == [.error, .error, .warning])
    }

    @Test func withoutALessonListLessonsSortByOrderThenName() {
        let lessons = [Self.lesson("c.md"), Self.lesson("a.md", order: 2), Self.lesson("b.md"), Self.lesson("d.md", order: 1)]
        let (ordered, problems) = CourseFileParser.arrange(
            lessons, fileNames: ["c.md", "a.md", "b.md", "d.md"], settings: CourseSettings())
        #expect(problems == [])
        #expect(ordered.map(\.slug) == ["d.md", "a.md", "b.md", "c.md"])
    }

    @Test func aCourseBudgetIsRead() {
        let source = SourceFile(path: "lessons/course.yml", text: "title: T\nbudget:\n  steps: 50_000_000\n  memory: 1024\n  stesp: 1\n")
        let (settings, diagnostics) = CourseFileParser.parse(source)
        #expect(settings.budget == BudgetSettings(steps: 50_000_000, memory: 1024))
        #expect(diagnostics.map(\.message.text) == [
            "unknown key 'stesp' in course.yml's budget; did you mean 'steps'? (keys: 'memory', 'recursion', 'steps')",
        ])
        #expect(diagnostics.map(\.location.line) == [5])
    }

    @Test func aBudgetMustBePositive() {
        let (_, diagnostics) = CourseFileParser.parse(SourceFile(path: "lessons/course.yml", text: "budget:\n  recursion: 0\n"))
        #expect(diagnostics.map(\.message.text) == ["'recursion' in course.yml's budget must be a whole number above 0"])
    }

    @Test func unknownKeysAndWrongTypes() {
        let source = SourceFile(path: "lessons/course.yml", text: "title: [1]\nlesson: [a.md]\n")
        let (settings, diagnostics) = CourseFileParser.parse(source)
        #expect(settings.title == CourseSettings.defaultTitle)
        #expect(diagnostics.map(\.message.text) == [
            "'title' in course.yml must be text",
            "unknown key 'lesson' in course.yml; did you mean 'lessons'? (keys: 'budget', 'lessons', 'title')",
        ])
    }
}
