import Build
import Foundation
import Interpreter
import LessonsCore
import Library
import Testing

@Suite struct CourseBuilderTests {
    /// One lesson at a time and four at once give the same bytes: the parallel build's
    /// results do not depend on which lesson finishes first.
    @Test func theShippedCourseBuildsToIdenticalBytesOnOneThreadAndOnFour() throws {
        let workspace = Workspace()
        let first = workspace.root.appendingPathComponent("first").path
        let second = workspace.root.appendingPathComponent("second").path
        for (output, jobs) in [(first, 1), (second, 4)] {
            let report = try CourseBuilder(options: BuildOptions(lessons: Workspace.shippedLessons, output: output, jobs: jobs)).build()
            #expect(report.diagnostics.filter(\.isError) == [])
            #expect(report.wroteSite)
        }
        let a = Workspace.snapshot(first)
        let b = Workspace.snapshot(second)
        #expect(a.count >= 3)
        #expect(a == b)
        // Every id of every page is unique: anchors, figures and the reference's entries.
        for (path, data) in a where path.hasSuffix(".html") {
            let ids = String(decoding: data, as: UTF8.self).matches(of: #/ id="(?<id>[^"]+)"/#).map { String($0.output.id) }
            let repeated = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
            #expect(repeated == [], "\(path) repeats ids \(repeated)")
        }
        // The course stands alone: no page leans on lecture notes its reader never had, every
        // lesson ends with exercises, and the shipped course cites its sources.
        let pages = a.filter { $0.key.hasSuffix(".html") }.mapValues { String(decoding: $0, as: UTF8.self) }
        for (path, page) in pages {
            #expect(page.range(of: "the notes", options: .caseInsensitive) == nil, "\(path) mentions the notes")
            #expect(page.range(of: "lecture notes", options: .caseInsensitive) == nil, "\(path) mentions lecture notes")
        }
        let lessons = pages.filter { $0.value.contains("class=\"page page-lesson\"") }
        #expect(lessons.count >= 10)
        #expect(lessons.allSatisfy { $0.value.contains("id=\"key-takeaways\"") && $0.value.contains("class=\"exercise\"") })
        #expect(lessons.filter { $0.value.contains("<section class=\"references\"") }.count >= 3)
    }

    @Test func theReferencePageListsEveryBuiltin() throws {
        let workspace = Workspace()
        workspace.write("a.md", Workspace.lesson(title: "A", "print(1)"))
        _ = try CourseBuilder(options: BuildOptions(lessons: workspace.lessons, output: workspace.output)).build()
        let page = try String(contentsOfFile: workspace.output + "/reference.html", encoding: .utf8)
        let builtins = Library.registry().builtins
        #expect(builtins.count >= 50)
        for builtin in builtins {
            #expect(page.contains(HTMLWriter.escaped(builtin.signature)), "\(builtin.signature)")
            #expect(page.contains(HTMLWriter.escaped(builtin.doc)), "\(builtin.doc)")
        }
    }

    @Test func aFailingBuildLeavesThePreviousSiteUntouched() throws {
        let workspace = Workspace()
        workspace.write("a.md", Workspace.lesson(title: "A", "check(1 < 2, \"true\")"))
        let options = BuildOptions(lessons: workspace.lessons, output: workspace.output)
        #expect(try CourseBuilder(options: options).build().wroteSite)
        let before = Workspace.snapshot(workspace.output)

        // The new first lesson builds, the second fails its check partway through the course.
        workspace.write("a.md", Workspace.lesson(title: "A changed", "check(1 < 2, \"true\")"))
        workspace.write("b.md", Workspace.lesson(title: "B", "let x = 1\ncheck(x > 2, \"x exceeds two\")"))
        let report = try CourseBuilder(options: options).build()
        #expect(!report.wroteSite)
        #expect(report.diagnostics.map(\.message.text) == [
            "check failed: \"x exceeds two\"; the claim is false, so fix the claim or the text that makes it",
        ])
        #expect(Workspace.snapshot(workspace.output) == before)
    }

    @Test func everyLessonsErrorsAreReportedInFileOrder() throws {
        let workspace = Workspace()
        workspace.write("b.md", Workspace.lesson(title: "B", "check(false, \"b\")"))
        workspace.write("a.md", Workspace.lesson(title: "A", "let x = undefinedName\ncheck(false, \"a\")"))
        let report = try CourseBuilder(options: BuildOptions(lessons: workspace.lessons, output: workspace.output)).build()
        #expect(report.diagnostics.map(\.location.description) == [
            "\(workspace.lessons)/a.md:7:9",
            "\(workspace.lessons)/b.md:7:1",
        ])
        #expect(report.formattedDiagnostics[1] == """
        \(workspace.lessons)/b.md:7:1: error: check failed: "b"; the claim is false, so fix the claim or the text that makes it
            check(false, "b")
            ^
        """)
    }

    @Test func theBuildNeverWritesIntoTheLessonsFolder() throws {
        let workspace = Workspace()
        workspace.write("a.md", Workspace.lesson(title: "A", "print(1)"))
        let before = Workspace.snapshot(workspace.lessons)
        _ = try CourseBuilder(options: BuildOptions(lessons: workspace.lessons, output: workspace.output)).build()
        #expect(Workspace.snapshot(workspace.lessons) == before)
    }

    @Test func outputInsideOrAroundTheLessonsIsRefused() {
        let workspace = Workspace()
        workspace.write("a.md", Workspace.lesson(title: "A", "print(1)"))
        for output in [workspace.lessons, workspace.lessons + "/site", workspace.root.path] {
            #expect(throws: BuildFailure.self) {
                try CourseBuilder(options: BuildOptions(lessons: workspace.lessons, output: output)).build()
            }
        }
        #expect(Workspace.snapshot(workspace.lessons).keys.sorted() == ["/a.md"])
    }

    @Test func aFolderThatIsNotASiteIsNeverReplaced() throws {
        let workspace = Workspace()
        workspace.write("a.md", Workspace.lesson(title: "A", "print(1)"))
        try FileManager.default.createDirectory(atPath: workspace.output, withIntermediateDirectories: true)
        try Data("precious".utf8).write(to: URL(fileURLWithPath: workspace.output + "/notes.txt"))
        let error = #expect(throws: BuildFailure.self) {
            try CourseBuilder(options: BuildOptions(lessons: workspace.lessons, output: workspace.output)).build()
        }
        #expect(error?.kind == .usage)
        #expect(Workspace.snapshot(workspace.output) == ["/notes.txt": Data("precious".utf8)])
    }

    @Test func aMissingLessonsFolderIsAUsageError() {
        let error = #expect(throws: BuildFailure.self) {
            try CourseBuilder(options: BuildOptions(lessons: "/nonexistent/lessons", output: "/tmp/x")).build()
        }
        #expect(error?.message == "the lessons folder '/nonexistent/lessons' does not exist; pass --lessons with a folder of .md files")
    }

    @Test func aCourseTemplateInTheLessonsFolderLaysOutEveryPage() throws {
        let workspace = Workspace()
        workspace.write("a.md", Workspace.lesson(title: "A", "print(1)"))
        workspace.write("page.mustache", "<!DOCTYPE html>\n<html lang=\"en\"><head>{{{head}}}</head><body class=\"ours\">{{{main}}}</body></html>\n")
        let report = try CourseBuilder(options: BuildOptions(lessons: workspace.lessons, output: workspace.output)).build()
        #expect(report.wroteSite)
        let page = try String(contentsOfFile: workspace.output + "/a.html", encoding: .utf8)
        #expect(page.contains("<body class=\"ours\"><div class=\"page page-lesson\">"))
        #expect(!FileManager.default.fileExists(atPath: workspace.output + "/page.mustache"))
    }

    /// The stylesheet, the script and the math font are the tool's resource files, shipped
    /// beside the pages as they are.
    @Test func theSiteShipsTheStylesheetScriptAndFontFromTheToolsResources() throws {
        let workspace = Workspace()
        workspace.write("a.md", Workspace.lesson(title: "A", "print(1)"))
        _ = try CourseBuilder(options: BuildOptions(lessons: workspace.lessons, output: workspace.output)).build()
        let files = Workspace.snapshot(workspace.output).keys.sorted()
        #expect(files.contains("/style.css") && files.contains("/site.js"), "\(files)")
        #expect(files.contains { $0.hasPrefix("/fonts/") && $0.hasSuffix(".woff2") })
        let css = try String(contentsOfFile: workspace.output + "/style.css", encoding: .utf8)
        #expect(css.contains("@media (prefers-color-scheme: dark)"))
        #expect(css.contains(":root[data-theme=\"dark\"]"))
        #expect(css.contains("@media print"))
        #expect(css.contains("--series-1"))
        let script = try String(contentsOfFile: workspace.output + "/site.js", encoding: .utf8)
        #expect(script.contains("LESSONS_SEARCH"))
        #expect(!script.contains("__lessons"), "the live-reload script is served, never built")
    }

    @Test func progressReportsEachLesson() throws {
        let workspace = Workspace()
        workspace.write("a.md", Workspace.lesson(title: "A", "print(1)"))
        workspace.write("b.md", Workspace.lesson(title: "B", "print(2)"))
        workspace.write("c.md", Workspace.lesson(title: "C", "var s = 0\nfor i in 0..<3000 { s += i }\nprint(s)"))
        let events = EventLog()
        let report = try CourseBuilder(options: BuildOptions(lessons: workspace.lessons, output: workspace.output)).build { events.add($0) }
        #expect(events.lessonPaths.sorted() == ["a.md", "b.md", "c.md"].map { "\(workspace.lessons)/\($0)" })
        #expect(events.counts.map { "\($0.0)/\($0.1)" } == ["1/3", "2/3", "3/3"])
        // Every block that ran is timed, slowest first, each at its fence.
        #expect(report.timings.map(\.location.line).sorted() == [6, 6, 6])
        #expect(Set(report.timings.map { URL(fileURLWithPath: $0.location.path).lastPathComponent }) == ["a.md", "b.md", "c.md"])
        #expect(report.timings.map(\.seconds) == report.timings.map(\.seconds).sorted(by: >))
        #expect(report.timings.first { $0.location.path.hasSuffix("c.md") }.map { $0.steps > 3000 } == true)
    }
}

final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [BuildEvent] = []

    func add(_ event: BuildEvent) { lock.withLock { events.append(event) } }

    var lessonPaths: [String] {
        lock.withLock { events.compactMap { if case .lessonFinished(let path, _, _, _, _, _) = $0 { path } else { nil } } }
    }

    /// Each lesson's (finished, of) counts, in the order they were reported.
    var counts: [(Int, Int)] {
        lock.withLock { events.compactMap { if case .lessonFinished(_, _, _, _, let finished, let total) = $0 { (finished, total) } else { nil } } }
    }

    /// The file names of the lessons that came from the cache.
    var cachedLessons: [String] {
        lock.withLock {
            events.compactMap { if case .lessonFinished(let path, _, _, true, _, _) = $0 { URL(fileURLWithPath: path).lastPathComponent } else { nil } }
        }.sorted()
    }
}

@Suite struct LoaderMessageTests {
    @Test func aFileThatIsNotUTF8IsAnErrorAtItsStart() throws {
        let workspace = Workspace()
        workspace.write("a.md", Workspace.lesson(title: "A", "print(1)"))
        try Data([0x2D, 0x2D, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: workspace.lessons + "/b.md"))
        let report = try CourseBuilder(options: BuildOptions(lessons: workspace.lessons, output: workspace.output)).build()
        #expect(report.diagnostics.map(\.message.text) == ["the file is not valid UTF-8 text; save it as UTF-8"])
        #expect(report.diagnostics.map(\.location.description) == ["\(workspace.lessons)/b.md:1:1"])
        #expect(!report.wroteSite)
    }

    /// `index.md` is the front page's introduction: its prose opens index.html above the
    /// lesson list, it is not a lesson, and it runs nothing.
    @Test func indexIsTheIntroductionOfTheFrontPage() throws {
        let workspace = Workspace()
        workspace.write("a.md", Workspace.lesson(title: "A", "print(1)"))
        workspace.write("index.md", "This course teaches *one* thing. Start with [the lesson](a.md).\n")
        let report = try CourseBuilder(options: BuildOptions(lessons: workspace.lessons, output: workspace.output)).build()
        #expect(report.diagnostics == [] && report.wroteSite)
        let index = try String(contentsOfFile: workspace.output + "/index.html", encoding: .utf8)
        #expect(index.contains("<div class=\"introduction\">\n<p>This course teaches <em>one</em> thing. Start with <a href=\"a.html\">the lesson</a>.</p>\n</div>"))
        #expect(!FileManager.default.fileExists(atPath: workspace.output + "/index.md.html"))
        workspace.write("index.md", Workspace.lesson(title: "Index", "print(1)"))
        let running = try CourseBuilder(options: BuildOptions(lessons: workspace.lessons, output: workspace.output)).build()
        #expect(running.diagnostics.map(\.message.text) == ["index.md is the course's front page, which runs no experiments; move this block into a lesson"])
        #expect(running.diagnostics.map(\.location.line) == [6])
    }
}

