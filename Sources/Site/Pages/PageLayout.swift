import LessonsCore

/// The HTML document around every page: head, site header, main content and footer.
/// Pages link only to files beside them, so the site works from `file://` and makes no
/// network request.
struct PageLayout {
    let courseTitle: String

    func document(title: String, description: String?, main: (inout HTMLWriter) -> Void) -> String {
        var writer = HTMLWriter()
        writer.authorHTML("<!DOCTYPE html>\n")
        writer.open("html", [Attribute("lang", "en")])
        writer.lineFeed()
        writer.write(head(title: title, description: description))
        writer.newline()
        writer.open("body")
        writer.lineFeed()
        writer.write(.tag("header", ["class": "site-header"], [
            .tag("a", ["class": "site-title", "href": "index.html"], text: courseTitle),
            .tag("nav", ["class": "site-links", "aria-label": "Site"], [
                .tag("a", ["href": "index.html"], text: "Lessons"),
                .tag("a", ["href": ReferencePage.fileName], text: "Reference"),
            ]),
        ]))
        writer.newline()
        main(&writer)
        writer.newline()
        writer.write(.tag("footer", ["class": "site-footer"], [
            .tag("p", text: "Every claim marked ✓ on this page was checked by running its experiment when the page was built."),
        ]))
        writer.newline()
        writer.close("body")
        writer.lineFeed()
        writer.close("html")
        writer.lineFeed()
        return writer.html
    }

    private func head(title: String, description: String?) -> Markup {
        var children: [Markup] = [
            .tag("meta", ["charset": "utf-8"]),
            .tag("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
            .tag("title", text: title),
        ]
        if let description { children.append(.tag("meta", ["name": "description", "content": description])) }
        children.append(.tag("link", ["rel": "stylesheet", "href": Stylesheet.fileName]))
        return .tag("head", [.newline] + children.flatMap { [$0, .newline] })
    }
}
