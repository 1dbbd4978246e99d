import Crypto
import Foundation
import Interpreter
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
        return course.report.written(digests: Dictionary(uniqueKeysWithValues: files.map { ($0.path, SHA256.hex(of: $0.bytes)) }))
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

    /// The pipeline up to the written site: load → parse → order → run → resolve → render.
    private func prepare(progress: @escaping @Sendable (BuildEvent) -> Void) throws(BuildFailure) -> (report: BuildReport, site: RenderedSite?) {
        let course = try CourseLoader(folder: options.lessons).load()
        let parsed = Self.parse(course)
        let ordered = Self.order(parsed.jobs, course.settings)
        let registry = Library.registry()
        let results = run(parsed.jobs, in: ordered.order, course: course, registry: registry, progress: progress)
        var diagnostics = course.diagnostics + parsed.diagnostics + ordered.diagnostics + results.flatMap(\.run.diagnostics)
        func report(_ diagnostics: [Diagnostic]) -> BuildReport {
            BuildReport(diagnostics: Self.sorted(diagnostics), sources: course.sources, wroteSite: false,
                        claims: Self.claims(results), timings: Self.timings(results))
        }
        guard !diagnostics.contains(where: \.isError) else { return (report(diagnostics), nil) }

        let resolved = SiteRenderer.resolve(
            course: course.settings, lessons: results.prefix(ordered.listed).map { ($0.lesson, $0.run) },
            reference: registry.documentation, types: registry.typeDocumentation,
            bibliography: course.bibliography, introduction: parsed.introduction)
        let site = SiteRenderer.render(resolved, options: SiteOptions(allowRawHTML: options.allowRawHTML, version: ToolVersion.current,
                                                                       template: course.template))
        // References and links can only be checked once every lesson has run.
        diagnostics += site.diagnostics
        return (report(diagnostics), site)
    }

    /// Every lesson file parsed, and the introduction; each file's errors.
    private static func parse(_ course: CourseLoader.LoadedCourse)
        -> (jobs: [LessonExecutor.Job], introduction: [MarkdownBlock], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let jobs = course.files.map { file in
            let parsed = LessonParser.parse(file.source, slug: String(file.name.dropLast(3)))
            diagnostics += parsed.diagnostics
            return LessonExecutor.Job(name: file.name, source: file.source, lesson: parsed.lesson,
                                      parseErrors: parsed.diagnostics.filter(\.isError).count)
        }
        let introduction = course.introduction.map { LessonParser.parse($0, slug: "index") }
        // The introduction is not a lesson: it needs no title, so only its errors count.
        diagnostics += introduction?.diagnostics.filter(\.isError) ?? []
        diagnostics += introduction?.lesson.experiments.map { Diagnostic(.introductionRunsNothing(), at: $0.range.start) } ?? []
        return (jobs, introduction?.lesson.blocks ?? [], diagnostics)
    }

    /// The course's order: the lessons `course.yml` lists (or all, by front-matter `order`
    /// and file name), then those it does not list, which are errors but still run, so
    /// that their other errors are reported too. `listed` counts the first.
    private static func order(_ jobs: [LessonExecutor.Job], _ settings: CourseSettings) -> (order: [Int], listed: Int, diagnostics: [Diagnostic]) {
        let arranged = CourseFileParser.arrange(jobs.map(\.lesson), fileNames: jobs.map(\.name), settings: settings)
        let listed = arranged.lessons.compactMap { lesson in jobs.firstIndex { $0.lesson.source.path == lesson.source.path } }
        return (listed + jobs.indices.filter { !listed.contains($0) }, listed.count, arranged.diagnostics)
    }

    /// The run step: the lessons in course order, run in parallel or taken from the cache.
    private func run(_ jobs: [LessonExecutor.Job], in order: [Int], course: CourseLoader.LoadedCourse, registry: BuiltinRegistry,
                     progress: @escaping @Sendable (BuildEvent) -> Void) -> [LessonExecutor.Result] {
        let cache = options.cache.map { LessonCache(path: $0, budget: course.settings.budget) }
        let executor = LessonExecutor(registry: registry, budget: course.settings.budget, folder: LessonFolder(path: options.lessons),
                                      cache: cache, jobs: options.jobs)
        let total = jobs.count
        return executor.run(order.map { jobs[$0] }) { result, finished in
            progress(.lessonFinished(path: result.lesson.source.path, seconds: result.seconds,
                                     errors: result.errors, cached: result.cached,
                                     finished: finished, of: total))
        }
    }

    /// Every claim, in course order and each lesson's order of blocks.
    private static func claims(_ results: [LessonExecutor.Result]) -> [BuildReport.Claim] {
        results.flatMap { result in
            result.run.blocks.flatMap(\.outputs).compactMap { output -> BuildReport.Claim? in
                if case .check(let check) = output { BuildReport.Claim(lesson: result.lesson.source.path, check: check) } else { nil }
            }
        }
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
