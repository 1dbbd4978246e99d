import LessonsCore

/// A file of the built site: its path relative to the output folder, and its contents.
public struct SiteFile: Sendable, Hashable {
    public let path: String
    public let contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

/// How the site is rendered.
public struct SiteOptions: Sendable, Hashable {
    /// Pass authors' raw HTML into the pages (the default), or omit it (`--safe`).
    public var allowRawHTML: Bool

    public init(allowRawHTML: Bool = true) {
        self.allowRawHTML = allowRawHTML
    }
}

/// Renders the course: the index, one page per lesson, the reference, the stylesheet, the
/// script and the search index. It only renders;
/// the build driver writes the files.
public enum SiteRenderer {
    /// - Parameter reference: the builtins, for `reference.html`; none gives no reference page.
    public static func render(
        course: CourseSettings, lessons: [(lesson: Lesson, run: LessonRun)], reference: [BuiltinDocumentation] = [],
        options: SiteOptions = SiteOptions()
    ) -> [SiteFile] {
        let layout = PageLayout(courseTitle: course.title,
                                lessons: lessons.map { ($0.lesson.metadata.title, LessonPage.fileName(of: $0.lesson)) })
        var search = SearchIndex()
        let markdown = MarkdownHTMLRenderer.Options(allowRawHTML: options.allowRawHTML)
        var files = [SiteFile(path: "index.html", contents: IndexPage(lessons: lessons.map(\.lesson), layout: layout).html())]
        for (index, entry) in lessons.enumerated() {
            let page = LessonPage(
                lesson: entry.lesson, run: entry.run, number: index + 1, count: lessons.count,
                previous: index > 0 ? lessons[index - 1].lesson : nil,
                next: index + 1 < lessons.count ? lessons[index + 1].lesson : nil,
                layout: layout, options: markdown)
            files.append(SiteFile(path: page.fileName, contents: page.html()))
            search.add(entry.lesson, run: entry.run)
        }
        if !reference.isEmpty {
            let page = ReferencePage(builtins: reference, layout: layout)
            files.append(SiteFile(path: ReferencePage.fileName, contents: page.html()))
            search.add(reference: page)
        }
        files.append(SiteFile(path: Stylesheet.fileName, contents: Stylesheet.css))
        files.append(SiteFile(path: SiteScript.fileName, contents: SiteScript.source))
        files.append(SiteFile(path: SearchIndex.fileName, contents: search.javaScript))
        return files
    }
}
