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

/// Renders the course: the index, one page per lesson, the reference, the stylesheet, the
/// script, the search index and `build.json`, after resolving the cross-references and checking the
/// links of every lesson. It only renders; the build driver writes the files.
public enum SiteRenderer {
    /// - Parameter reference: the builtins, for `reference.html`; none gives no reference page.
    /// - Parameter types: the enumerations and results blocks meet, listed with the builtins of their topic.
    public static func render(
        course: CourseSettings, lessons: [(lesson: Lesson, run: LessonRun)], reference: [BuiltinDocumentation] = [],
        types: [TypeDocumentation] = [], bibliography: Bibliography = Bibliography(), introduction: [MarkdownBlock] = [], options: SiteOptions = SiteOptions()
    ) -> RenderedSite {
        let template: (template: PageTemplate, problem: Diagnostic?) =
            options.template.map { PageTemplate.parse($0.text, path: $0.path) } ?? (PageTemplate.standard, nil)
        let layout = PageLayout(courseTitle: course.title,
                                lessons: lessons.map { ($0.lesson.metadata.title, LessonPage.fileName(of: $0.lesson)) },
                                version: options.version, template: template.template)
        let referencePage = reference.isEmpty ? nil : ReferencePage(builtins: reference, types: types, layout: layout)
        let referenceIDs = Set(referencePage?.sections.flatMap { [$0.anchor] + $0.entries.map(\.id) + $0.types.map(\.id) } ?? [])
        let targets = CourseTargets(lessons: lessons, referenceIDs: referenceIDs,
                                    otherFiles: [Stylesheet.fileName, SiteScript.fileName, SearchIndex.fileName, BuildManifest.fileName])
        var diagnostics = targets.duplicates.map { Diagnostic(.duplicateBlockID($0.id, first: $0.first), at: $0.second) }
        diagnostics += template.problem.map { [$0] } ?? []
        var citations: [[Bibliography.Work]] = []
        let resolved = lessons.map { entry -> (lesson: Lesson, run: LessonRun) in
            var resolver = ReferenceResolver(targets: targets, file: LessonPage.fileName(of: entry.lesson), bibliography: bibliography)
            var lesson = entry.lesson
            lesson.blocks = resolver.resolve(lesson.blocks)
            diagnostics += resolver.diagnostics
            citations.append(resolver.cited.compactMap { bibliography.works[$0] })
            return (lesson, entry.run)
        }

        let markdown = MarkdownHTMLRenderer.Options(allowRawHTML: options.allowRawHTML)
        var introductionResolver = ReferenceResolver(targets: targets, file: "index.html", bibliography: bibliography)
        let resolvedIntroduction = introductionResolver.resolve(introduction)
        diagnostics += introductionResolver.diagnostics
        var search = SearchIndex()
        let index = IndexPage(introduction: resolvedIntroduction, lessons: resolved.map(\.lesson), layout: layout, options: markdown)
        var files = [SiteFile(path: "index.html", contents: index.html())]
        for (index, entry) in resolved.enumerated() {
            let page = LessonPage(
                lesson: entry.lesson, run: entry.run, number: index + 1, count: resolved.count,
                previous: index > 0 ? resolved[index - 1].lesson : nil,
                next: index + 1 < resolved.count ? resolved[index + 1].lesson : nil,
                references: citations[index], layout: layout, options: markdown)
            files.append(SiteFile(path: page.fileName, contents: page.html()))
            search.add(entry.lesson, run: entry.run)
        }
        if let referencePage {
            files.append(SiteFile(path: ReferencePage.fileName, contents: referencePage.html()))
            search.add(reference: referencePage)
        }
        files.append(SiteFile(path: Stylesheet.fileName, contents: Stylesheet.css))
        files.append(SiteFile(path: SiteScript.fileName, contents: SiteScript.source))
        files.append(SiteFile(path: SearchIndex.fileName, contents: search.javaScript))
        files.append(SiteFile(path: BuildManifest.fileName, contents: BuildManifest(version: options.version, lessons: resolved).json))
        return RenderedSite(files: files, diagnostics: diagnostics)
    }
}
