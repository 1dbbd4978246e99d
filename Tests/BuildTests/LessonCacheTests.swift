import Foundation
@testable import Build
import LessonsCore
import Testing

/// The cache between builds: a lesson runs again exactly when something it depends on changed.
@Suite struct LessonCacheTests {
    /// A course of two lessons, one of which reads a data file.
    static func course() -> Workspace {
        let workspace = Workspace()
        workspace.write("data.csv", "x,label\n0,0\n1,1\n")
        workspace.write("a.md", Workspace.lesson(title: "A", "let d = csv(\"data.csv\", label: \"label\")\nprint(d.count)\nplot([[1.0, Double.nan, 3.0]])"))
        workspace.write("b.md", Workspace.lesson(title: "B", "print(sigmoid(0))"))
        return workspace
    }

    static func build(_ workspace: Workspace, cache: Bool = true) throws -> EventLog {
        let events = EventLog()
        let options = BuildOptions(lessons: workspace.lessons, output: workspace.output,
                                   cache: cache ? workspace.root.appendingPathComponent("cache").path : nil)
        let report = try CourseBuilder(options: options).build { events.add($0) }
        #expect(report.wroteSite, "\(report.diagnostics)")
        return events
    }

    @Test func aRebuildTakesEveryLessonFromTheCacheAndWritesTheSameBytes() throws {
        let workspace = Self.course()
        #expect(try Self.build(workspace).cachedLessons == [])
        let first = Workspace.snapshot(workspace.output)
        #expect(try Self.build(workspace).cachedLessons == ["a.md", "b.md"])
        #expect(Workspace.snapshot(workspace.output) == first, "a cached run renders the same bytes, NaN included")
        _ = try Self.build(workspace, cache: false)
        #expect(Workspace.snapshot(workspace.output) == first)
    }

    @Test func editingALessonRunsOnlyThatLessonAgain() throws {
        let workspace = Self.course()
        _ = try Self.build(workspace)
        workspace.write("b.md", Workspace.lesson(title: "B", "print(sigmoid(1))"))
        #expect(try Self.build(workspace).cachedLessons == ["a.md"])
    }

    /// The times a clean build orders lessons by: each lesson that ran is recorded, and one
    /// taken from the cache keeps its earlier time; a damaged record is no record.
    @Test func theCacheKeepsEachLessonsLastTime() throws {
        let workspace = Self.course()
        let cache = LessonCache(path: workspace.root.appendingPathComponent("cache").path, budget: BudgetSettings())
        #expect(cache.durations().isEmpty)
        _ = try Self.build(workspace)
        let first = cache.durations()
        #expect(first.keys.sorted() == ["a.md", "b.md"])
        #expect(first.values.allSatisfy { $0 > 0 })
        workspace.write("b.md", Workspace.lesson(title: "B", "print(sigmoid(1))"))
        _ = try Self.build(workspace)
        #expect(cache.durations()["a.md"] == first["a.md"])
        try Data("[1,".utf8).write(to: workspace.root.appendingPathComponent("cache/durations.json"))
        #expect(cache.durations().isEmpty)
    }

    @Test func editingADataFileRunsTheLessonThatReadItAgain() throws {
        let workspace = Self.course()
        _ = try Self.build(workspace)
        workspace.write("data.csv", "x,label\n0,0\n1,1\n2,1\n")
        #expect(try Self.build(workspace).cachedLessons == ["b.md"])
        let page = try String(contentsOfFile: workspace.output + "/a.html", encoding: .utf8)
        #expect(page.contains("<pre class=\"output-text\">3\n</pre>"))
    }

    @Test func aDamagedEntryIsRunAgainNotAnError() throws {
        let workspace = Self.course()
        _ = try Self.build(workspace)
        try Data("{ not json".utf8).write(to: workspace.root.appendingPathComponent("cache/a.md.json"))
        #expect(try Self.build(workspace).cachedLessons == ["b.md"])
        #expect(try Self.build(workspace).cachedLessons == ["a.md", "b.md"], "the rerun mended the entry")
    }

    @Test func aLessonWithAnErrorIsNeverCached() throws {
        let workspace = Self.course()
        workspace.write("b.md", Workspace.lesson(title: "B", "check(1 > 2, \"false\")"))
        let options = BuildOptions(lessons: workspace.lessons, output: workspace.output, cache: workspace.root.appendingPathComponent("cache").path)
        _ = try CourseBuilder(options: options).build()
        #expect(FileManager.default.fileExists(atPath: workspace.root.appendingPathComponent("cache/a.md.json").path))
        #expect(!FileManager.default.fileExists(atPath: workspace.root.appendingPathComponent("cache/b.md.json").path))
    }

    @Test func aCacheInsideTheLessonsOrTheOutputIsRefused() {
        let workspace = Self.course()
        for cache in [workspace.lessons + "/cache", workspace.output + "/cache", workspace.root.path] {
            let error = #expect(throws: BuildFailure.self) {
                try CourseBuilder(options: BuildOptions(lessons: workspace.lessons, output: workspace.output, cache: cache)).build()
            }
            #expect(error?.kind == .usage)
            #expect(error?.message.hasPrefix("the cache folder '\(cache)' overlaps") == true)
        }
    }
}
