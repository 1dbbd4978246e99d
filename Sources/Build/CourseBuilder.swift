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

        let course = try CourseLoader(folder: options.lessons).load()
        let cache = options.cache.map { LessonCache(path: $0, budget: course.settings.budget) }
        let executor = LessonExecutor(budget: course.settings.budget, folder: LessonFolder(path: options.lessons), cache: cache)
        let results = executor.run(course.files) { result in
            progress(.lessonFinished(path: result.lesson.source.path, seconds: result.seconds,
                                     errors: result.diagnostics.filter(\.isError).count, cached: result.cached))
        }
        let arranged = CourseFileParser.arrange(
            results.map(\.lesson), fileNames: course.files.map(\.name), settings: course.settings)
        let diagnostics = Self.sorted(course.diagnostics + results.flatMap(\.diagnostics) + arranged.diagnostics)
        guard !diagnostics.contains(where: \.isError) else {
            return BuildReport(diagnostics: diagnostics, sources: course.sources, wroteSite: false)
        }

        let runs = Dictionary(uniqueKeysWithValues: results.map { ($0.lesson.slug, $0.run) })
        let introduction = course.introduction.map { LessonParser.parse($0, slug: "index") }
        let introductionProblems = (introduction?.diagnostics ?? [])
            + (introduction?.lesson.experiments.map { Diagnostic(.introductionRunsNothing(), at: $0.range.start) } ?? [])
        guard !introductionProblems.contains(where: \.isError) else {
            return BuildReport(diagnostics: Self.sorted(diagnostics + introductionProblems), sources: course.sources, wroteSite: false)
        }
        let site = SiteRenderer.render(
            course: course.settings,
            lessons: arranged.lessons.map { ($0, runs[$0.slug] ?? LessonRun(blocks: [], diagnostics: [])) },
            reference: Library.registry().documentation, bibliography: course.bibliography, introduction: introduction?.lesson.blocks ?? [],
            options: SiteOptions(allowRawHTML: options.allowRawHTML, version: ToolVersion.current, template: course.template))
        // References and links can only be checked once every lesson has run.
        let all = Self.sorted(diagnostics + site.diagnostics)
        guard !all.contains(where: \.isError) else {
            return BuildReport(diagnostics: all, sources: course.sources, wroteSite: false)
        }
        try writer.write(site.files + SiteAssets.files())
        progress(.siteWritten(path: options.output, files: site.files.count))
        return BuildReport(diagnostics: all, sources: course.sources, wroteSite: true)
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

    /// By file and position; diagnostics at one place keep the order they were found in.
    private static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated()
            .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
            .map(\.element)
    }
}
