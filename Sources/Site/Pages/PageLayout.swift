import LessonsCore

/// The parts of every page around its content: head, site header, course navigation and
/// footer, placed by the page template.
/// Pages link only to files beside them, so the site works from `file://` and makes no
/// network request.
struct PageLayout {
    let courseTitle: String
    /// The course's lessons in order: their titles and files, for the course navigation.
    let lessons: [(title: String, file: String)]
    /// The tool's version, for the footer.
    let version: String
    /// The document around every page.
    let template: PageTemplate

    func document(title: String, description: String?, main: (inout HTMLWriter) -> Void) -> String {
        var body = HTMLWriter()
        main(&body)
        let provenance = version.isEmpty ? "Built with lessons" : "Built with lessons \(version)"
        let header = Markup.tag("header", ["class": "site-header"], [
            .tag("a", ["class": "skip-link", "href": "#content"], text: "Skip to the content"),
            .tag("a", ["class": "site-title", "href": "index.html"], text: courseTitle),
            search,
            .tag("nav", ["class": "site-links", "aria-label": "Site"], [
                .tag("a", ["href": "index.html"], text: "Lessons"),
                .tag("a", ["href": ReferencePage.fileName], text: "Reference"),
                .tag("button", ["type": "button", "id": "theme-toggle", "class": "theme-toggle"], text: "Theme"),
            ]),
        ])
        let footer = Markup.tag("footer", ["class": "site-footer"], [
            .tag("p", text: "Every result on these pages was computed, and every claim marked ✓ checked, when the pages were built. Found a mistake, or something unclear? Each lesson is a Markdown file in the course's lessons folder."),
            .tag("p", ["class": "provenance"], [.text(provenance + " · "), .tag("a", ["href": BuildManifest.fileName], text: "what built each page")]),
        ])
        return template.render(PageTemplate.Context(
            head: HTMLWriter.render(head(title: title, description: description)),
            header: HTMLWriter.render(header), main: body.html.trimming(UInt8(ascii: "\n")), footer: HTMLWriter.render(footer),
            title: title, courseTitle: courseTitle, version: version))
    }

    private func head(title: String, description: String?) -> Markup {
        var children: [Markup] = [
            .tag("meta", ["charset": "utf-8"]),
            .tag("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
            .tag("title", text: title),
        ]
        if let description { children.append(.tag("meta", ["name": "description", "content": description])) }
        children.append(.tag("link", ["rel": "stylesheet", "href": Stylesheet.fileName]))
        // The script runs before the page is drawn, so a chosen theme never flashes the other.
        children.append(.tag("script", ["src": SiteScript.fileName], []))
        children.append(.tag("script", ["src": SearchIndex.fileName, "defer": ""], []))
        return .fragment(Array(children.flatMap { [$0, .newline] }.dropLast()))
    }

    /// The search box; the script fills its results, and it is hidden without the script.
    private var search: Markup {
        .tag("form", ["class": "search", "id": "search-form", "role": "search"], [
            .tag("input", ["type": "search", "id": "search-input", "placeholder": "Search the course",
                           "aria-label": "Search the course", "autocomplete": "off"]),
            .tag("ol", ["id": "search-results", "class": "search-results", "aria-label": "Search results", "hidden": ""], []),
            .tag("p", ["id": "search-status", "class": "visually-hidden", "role": "status"], []),
        ])
    }

    /// Every lesson in order, the one being read marked as the current page.
    func courseNavigation(current file: String) -> Markup {
        .tag("nav", ["class": "course-nav", "aria-label": "Course"], [
            .tag("p", ["class": "course-nav-title"], [.tag("a", ["href": "index.html"], text: courseTitle)]),
            .tag("ol", lessons.map { lesson in
                lesson.file == file
                    ? .tag("li", [.tag("a", ["href": lesson.file, "aria-current": "page"], text: lesson.title)])
                    : .tag("li", [.tag("a", ["href": lesson.file], text: lesson.title)])
            }),
        ])
    }
}
