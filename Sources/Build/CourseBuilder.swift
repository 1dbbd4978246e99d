import Crypto
import Foundation
import LessonsCore
import Library
import MarkdownParsing
import Site

/// Builds the course: a readable list of steps, each done by one small type.
public struct CourseBuilder: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Loads, parses and runs every lesson, then writes the site if nothing is an error.
    /// Lesson problems come back as diagnostics in the report; a folder or file problem
    /// throws. Either way, a failed build leaves the previous site untouched.
    public func build(progress: @escaping @Sendable (BuildEvent) -> Void = { _ in }) throws(BuildFailure) -> BuildReport {
        let writer = SiteWriter(path: options.output)
        try checkFolders()
        try writer.checkReplaceable()
        let course = try prepare(progress: progress)
        guard let site = course.site, !course.report.hasErrors else { return course.report }
        let files = try site.files + SiteAssets.files()
        try writer.write(files)
        progress(.siteWritten(path: options.output, files: site.files.count))
        return course.report.written(digests: Dictionary(uniqueKeysWithValues: files.map { ($0.path, LessonCache.hex(SHA256.hash(data: $0.bytes))) }))
    }

    /// Everything a build does but writing the site: every lesson run and every claim proved,
    /// references and links resolved, the pages rendered in memory. `lessons check` stops here.
    public func check(progress: @escaping @Sendable (BuildEvent) -> Void = { _ in }) throws(BuildFailure) -> BuildReport {
        try checkFolders()
        return try prepare(progress: progress).report
    }

    /// Writes the report as JUnit XML, for CI systems that show each claim as a test.
    public static func writeJUnit(_ report: BuildReport, to path: String) throws(BuildFailure) {
        do {
            try Data(JUnitReport.xml(report).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .unwritable(path, error.localizedDescription)
        }
    }

    /// The pipeline up to the written site: load → run → order → resolve and render.
    private func prepare(progress: @escaping @Sendable (BuildEvent) -> Void) throws(BuildFailure) -> (report: BuildReport, site: RenderedSite?) {
        let course = try CourseLoader(folder: options.lessons).load()
        let cache = options.cache.map { LessonCache(path: $0, budget: course.settings.budget) }
        let registry = Library.registry()
        let executor = LessonExecutor(registry: registry, budget: course.settings.budget, folder: LessonFolder(path: options.lessons),
                                      cache: cache, jobs: options.jobs)
        let total = course.files.count
        let results = executor.run(course.files) { result, finished in
            progress(.lessonFinished(path: result.lesson.source.path, seconds: result.seconds,
                                     errors: result.diagnostics.filter(\.isError).count, cached: result.cached,
                                     finished: finished, of: total))
        }
        let arranged = CourseFileParser.arrange(
            results.map(\.lesson), fileNames: course.files.map(\.name), settings: course.settings)
        // Every claim, in the course's order of lessons (unlisted ones after) and each lesson's order of blocks.
        let listed = arranged.lessons.map(\.source.path)
        let order = listed + results.map(\.lesson.source.path).filter { !listed.contains($0) }
        let claims = order.compactMap { path in results.first { $0.lesson.source.path == path } }.flatMap { result in
            result.run.blocks.flatMap(\.outputs).compactMap { output -> BuildReport.Claim? in
                if case .check(let check) = output { BuildReport.Claim(lesson: result.lesson.source.path, check: check) } else { nil }
            }
        }
        func report(_ diagnostics: [Diagnostic]) -> BuildReport {
            BuildReport(diagnostics: Self.sorted(diagnostics), sources: course.sources, wroteSite: false, claims: claims,
                        timings: Self.timings(results))
        }
        let introduction = course.introduction.map { LessonParser.parse($0, slug: "index") }
        // The introduction is not a lesson: it needs no title, so only its errors count.
        let diagnostics = course.diagnostics + results.flatMap(\.diagnostics) + arranged.diagnostics
            + (introduction?.diagnostics.filter(\.isError) ?? [])
            + (introduction?.lesson.experiments.map { Diagnostic(.introductionRunsNothing(), at: $0.range.start) } ?? [])
        guard !diagnostics.contains(where: \.isError) else { return (report(diagnostics), nil) }

        let runs = Dictionary(uniqueKeysWithValues: results.map { ($0.lesson.slug, $0.run) })
        let site = SiteRenderer.render(
            course: course.settings,
            lessons: arranged.lessons.map { ($0, runs[$0.slug] ?? LessonRun(blocks: [], diagnostics: [])) },
            reference: registry.documentation, types: registry.typeDocumentation, bibliography: course.bibliography, introduction: introduction?.lesson.blocks ?? [],
            options: SiteOptions(allowRawHTML: options.allowRawHTML, version: ToolVersion.current, template: course.template))
        // References and links can only be checked once every lesson has run.
        return (report(diagnostics + site.diagnostics), site)
    }

    /// The output folder is replaced as a whole, so it must not hold the lessons, nor sit in
    /// them; the cache is written to, so it must stay out of both.
    private func checkFolders() throws(BuildFailure) {
        let lessons = Self.resolved(options.lessons)
        let output = Self.resolved(options.output)
        if Self.overlap(lessons, output) {
            throw .outputOverlapsLessons(output: options.output, lessons: options.lessons)
        }
        if let cache = options.cache, Self.overlap(Self.resolved(cache), lessons) || Self.overlap(Self.resolved(cache), output) {
            throw .cacheOverlaps(cache: cache, lessons: options.lessons, output: options.output)
        }
    }

    private static func overlap(_ a: String, _ b: String) -> Bool {
        a == b || a.hasPrefix(b + "/") || b.hasPrefix(a + "/")
    }

    private static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Every block that ran, slowest first; equal times by place, so the list is stable.
    private static func timings(_ results: [LessonExecutor.Result]) -> [BlockTiming] {
        results.flatMap { result in
            zip(result.lesson.experiments, zip(result.blockSeconds, result.run.blocks)).map { block, timing in
                BlockTiming(location: block.range.start, seconds: timing.0, steps: timing.1.steps)
            }
        }
        .sorted { ($1.seconds, $0.location) < ($0.seconds, $1.location) }
    }

    /// By file and position; diagnostics at one place keep the order they were found in.
    private static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated()
            .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
            .map(\.element)
    }
}
