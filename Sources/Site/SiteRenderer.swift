import LessonsCore

/// A file of the built site: its path relative to the output folder, and its contents.
public struct SiteFile: Sendable, Hashable {
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, contents: String) {
        self.path = path
        bytes = Array(contents.utf8)
    }

    /// A file that is not text, such as a font.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// The file as text.
    public var contents: String { String(decoding: bytes, as: UTF8.self) }
}

/// How the site is rendered.
public struct SiteOptions: Sendable, Hashable {
    /// Pass authors' raw HTML into the pages (the default), or omit it (`--safe`).
    public var allowRawHTML: Bool
    /// The version of the tool that built the site, for the pages' footers and `build.json`.
    public var version: String
    /// The course's own page template (`page.mustache` in the lessons folder), if it has one.
    public var template: SourceFile?

    public init(allowRawHTML: Bool = true, version: String = "", template: SourceFile? = nil) {
        self.allowRawHTML = allowRawHTML
        self.version = version
        self.template = template
    }
}

/// The site, and what its prose points at that does not exist.
public struct RenderedSite: Sendable {
    public let files: [SiteFile]
    public let diagnostics: [Diagnostic]
}

/// The course with every reference resolved, ready to render: the resolve step's result.
public struct ResolvedCourse: Sendable {
    let settings: CourseSettings
    let resolution: CourseResolution
    let reference: ReferencePage.Contents
    /// References and links that lead nowhere, and ids used twice.
    public let diagnostics: [Diagnostic]
}

/// Resolves and renders the course: the index, one page per lesson, the reference, the
/// search index and `build.json`. It only renders; the build driver writes the files, and
/// adds the stylesheet, the script and the font, which are the tool's resources.
public enum SiteRenderer {
    /// The files every page links to that the build driver ships from the tool's resources.
    public static let assetFiles = [Stylesheet.fileName, SiteScript.fileName]

    /// The resolve step: every lesson's heading anchors, figure numbers and link targets,
    /// worked out once, and every `@fig-`, `@sec-`, `[@key]` and link checked against them.
    /// - Parameter reference: the builtins, for `reference.html`; none gives no reference page.
    /// - Parameter types: the enumerations and results blocks meet, listed with the builtins of their topic.
    public static func resolve(
        course: CourseSettings, lessons: [(lesson: Lesson, run: LessonRun)], reference: [BuiltinDocumentation] = [],
        types: [TypeDocumentation] = [], bibliography: Bibliography = Bibliography(), introduction: [MarkdownBlock] = []
    ) -> ResolvedCourse {
        let contents = ReferencePage.Contents(builtins: reference, types: types)
        let resolution = CourseResolution(
            lessons: lessons, introduction: introduction, referenceIDs: contents.ids,
            otherFiles: [Stylesheet.fileName, SiteScript.fileName, SearchIndex.fileName, BuildManifest.fileName], bibliography: bibliography)
        return ResolvedCourse(settings: course, resolution: resolution, reference: contents, diagnostics: resolution.diagnostics)
    }

    /// The render step: every file of the site, in memory.
    public static func render(_ course: ResolvedCourse, options: SiteOptions = SiteOptions()) -> RenderedSite {
        let template: (template: PageTemplate, problem: Diagnostic?) =
            options.template.map { PageTemplate.parse($0.text, path: $0.path) } ?? (PageTemplate.standard, nil)
        let resolved = course.resolution.lessons
        let layout = PageLayout(courseTitle: course.settings.title, lessons: resolved.map { ($0.lesson.metadata.title, $0.fileName) },
                                version: options.version, template: template.template)
        let markdown = MarkdownHTMLRenderer.Options(allowRawHTML: options.allowRawHTML)
        var search = SearchIndex()
        let index = IndexPage(introduction: course.resolution.introduction, lessons: resolved.map(\.lesson), layout: layout, options: markdown)
        var files = [SiteFile(path: "index.html", contents: index.html())]
        for (position, entry) in resolved.enumerated() {
            let page = LessonPage(
                resolved: entry, count: resolved.count,
                previous: position > 0 ? resolved[position - 1].lesson : nil,
                next: position + 1 < resolved.count ? resolved[position + 1].lesson : nil,
                layout: layout, options: markdown)
            files.append(SiteFile(path: page.fileName, contents: page.html()))
            search.add(entry)
        }
        if !course.reference.isEmpty {
            let page = ReferencePage(contents: course.reference, layout: layout)
            files.append(SiteFile(path: ReferencePage.fileName, contents: page.html()))
            search.add(reference: course.reference)
        }
        files.append(SiteFile(path: SearchIndex.fileName, contents: search.javaScript))
        files.append(SiteFile(path: BuildManifest.fileName, contents: BuildManifest(version: options.version, lessons: resolved.map { ($0.lesson, $0.run) }).json))
        return RenderedSite(files: files, diagnostics: course.diagnostics + (template.problem.map { [$0] } ?? []))
    }

    /// Resolves and renders in one call.
    public static func render(
        course: CourseSettings, lessons: [(lesson: Lesson, run: LessonRun)], reference: [BuiltinDocumentation] = [],
        types: [TypeDocumentation] = [], bibliography: Bibliography = Bibliography(), introduction: [MarkdownBlock] = [],
        options: SiteOptions = SiteOptions()
    ) -> RenderedSite {
        render(resolve(course: course, lessons: lessons, reference: reference, types: types, bibliography: bibliography,
                       introduction: introduction), options: options)
    }
}
