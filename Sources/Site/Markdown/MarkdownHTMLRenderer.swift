import LessonsCore

/// Writes a lesson's Markdown as HTML, byte for byte as `cmark_render_html` would, except
/// that headings get anchors and experiment blocks get their rendered results. (cmark's
/// own renderer cannot be used: it works on cmark's tree, which is freed after parsing, and
/// could not place our anchors and experiments.) A differential test holds the two equal.
struct MarkdownHTMLRenderer {
    struct Options {
        /// Pass the author's raw HTML through (cmark's `--unsafe`); otherwise omit it, and
        /// drop `javascript:` and similar links, as cmark's safe mode does.
        var allowRawHTML = true
    }

    let options: Options
    /// The numbers of the numbered sections, by their anchors: "3.2" for lesson 3's second `##`,
    /// shown before the heading's text as references to it read them.
    var sectionNumbers: [String: String] = [:]
    /// Renders the experiment with the given index.
    let experiment: (Int, inout HTMLWriter) -> Void
    private var anchors: IndexingIterator<[String]>
    /// Exercises are numbered on their page, from 1.
    private var exercises = 0

    init(options: Options, anchors: [String], experiment: @escaping (Int, inout HTMLWriter) -> Void) {
        self.options = options
        self.anchors = anchors.makeIterator()
        self.experiment = experiment
    }

    mutating func render(_ blocks: [MarkdownBlock], into writer: inout HTMLWriter) {
        blocks.forEach { render($0, tight: false, into: &writer) }
    }

    private mutating func render(_ block: MarkdownBlock, tight: Bool, into writer: inout HTMLWriter) {
        switch block.kind {
        case .paragraph(let inlines):
            if tight {
                render(inlines, into: &writer)
            } else {
                writer.newline()
                writer.open("p")
                render(inlines, into: &writer)
                writer.close("p")
                writer.lineFeed()
            }
        case .heading(let level, let inlines):
            writer.newline()
            if let anchor = anchors.next() {
                writer.open("h\(level)", [Attribute("id", anchor)])
                if let number = sectionNumbers[anchor] {
                    writer.write(.tag("span", ["class": "section-number"], text: number))
                    writer.text(" ")
                }
                render(inlines, into: &writer)
                writer.write(.tag("a", ["class": "anchor", "href": "#" + anchor, "aria-label": "Link to this section"], text: "#"))
            } else {
                writer.open("h\(level)")
                render(inlines, into: &writer)
            }
            writer.close("h\(level)")
            writer.lineFeed()
        case .callout(let kind, let children):
            writer.newline()
            writer.open("div", [Attribute("class", "callout callout-\(kind.rawValue)"), Attribute("role", "note")])
            writer.lineFeed()
            writer.write(.tag("p", ["class": "callout-title"], text: kind.title))
            writer.lineFeed()
            children.forEach { render($0, tight: false, into: &writer) }
            writer.newline()
            writer.close("div")
            writer.lineFeed()
        case .exercise(let question, let solution):
            exercises += 1
            writer.newline()
            writer.open("section", [Attribute("class", "exercise"), Attribute("id", "exercise-\(exercises)"),
                                    Attribute("aria-label", "Exercise \(exercises)")])
            writer.lineFeed()
            writer.write(.tag("p", ["class": "exercise-title"], text: "Exercise \(exercises)"))
            writer.lineFeed()
            question.forEach { render($0, tight: false, into: &writer) }
            writer.newline()
            if !solution.isEmpty {
                writer.open("details", [Attribute("class", "solution")])
                writer.write(.tag("summary", text: "Solution"))
                writer.lineFeed()
                solution.forEach { render($0, tight: false, into: &writer) }
                writer.newline()
                writer.close("details")
                writer.lineFeed()
            }
            writer.close("section")
            writer.lineFeed()
        case .blockQuote(let children):
            writer.newline()
            writer.open("blockquote")
            writer.lineFeed()
            children.forEach { render($0, tight: false, into: &writer) }
            writer.newline()
            writer.close("blockquote")
            writer.lineFeed()
        case .list(let list):
            renderList(list, into: &writer)
        case .codeBlock(let info, let literal):
            writer.newline()
            let language = info.prefix { !$0.isWhitespace }
            writer.open("pre")
            writer.open("code", language.isEmpty ? [] : [Attribute("class", "language-" + language)])
            writer.text(literal)
            writer.close("code")
            writer.close("pre")
            writer.lineFeed()
        case .htmlBlock(let html):
            writer.newline()
            if options.allowRawHTML { writer.authorHTML(html) } else { writer.write(.rawHTMLOmitted) }
            writer.newline()
        case .thematicBreak:
            writer.newline()
            writer.empty("hr")
            writer.lineFeed()
        case .math(let formula):
            writer.newline()
            writer.write(MathMLRenderer.markup(formula))
            writer.lineFeed()
        case .experiment(let index):
            writer.newline()
            experiment(index, &writer)
            writer.newline()
        }
    }

    private mutating func renderList(_ list: MarkdownList, into writer: inout HTMLWriter) {
        writer.newline()
        let tag = list.isOrdered ? "ol" : "ul"
        writer.open(tag, list.isOrdered && list.start != 1 ? [Attribute("start", String(list.start))] : [])
        writer.lineFeed()
        for item in list.items {
            writer.newline()
            writer.open("li")
            item.forEach { render($0, tight: list.isTight, into: &writer) }
            writer.close("li")
            writer.lineFeed()
        }
        writer.close(tag)
        writer.lineFeed()
    }

    private func render(_ inlines: [MarkdownInline], into writer: inout HTMLWriter) {
        inlines.forEach { render($0, into: &writer) }
    }

    private func render(_ inline: MarkdownInline, into writer: inout HTMLWriter) {
        switch inline.kind {
        case .text(let text):
            writer.text(text)
        case .softBreak:
            writer.lineFeed()
        case .lineBreak:
            writer.empty("br")
            writer.lineFeed()
        case .code(let code):
            writer.write(.tag("code", text: code))
        case .html(let html):
            if options.allowRawHTML { writer.authorHTML(html) } else { writer.write(.rawHTMLOmitted) }
        case .emphasis(let children):
            writer.open("em")
            render(children, into: &writer)
            writer.close("em")
        case .strong(let children):
            writer.open("strong")
            render(children, into: &writer)
            writer.close("strong")
        case .link(let link, let children):
            var attributes = [Attribute("href", url: allowed(link.destination))]
            if !link.title.isEmpty { attributes.append(Attribute("title", link.title)) }
            writer.open("a", attributes)
            render(children, into: &writer)
            writer.close("a")
        case .image(let link, let children):
            // cmark writes the title after the alternative text.
            var attributes = [Attribute("src", url: allowed(link.destination)),
                              Attribute("alt", MarkdownInline.plainText(children))]
            if !link.title.isEmpty { attributes.append(Attribute("title", link.title)) }
            writer.empty("img", attributes)
        case .math(let formula):
            writer.write(MathMLRenderer.markup(formula))
        }
    }

    /// The URL, or nothing for a dangerous one in safe mode (cmark's `scan_dangerous_url`).
    private func allowed(_ url: String) -> String {
        guard !options.allowRawHTML else { return url }
        let lower = url.lowercased()
        let safeImages = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
        if safeImages.contains(where: lower.hasPrefix) { return url }
        return ["javascript:", "vbscript:", "file:", "data:"].contains(where: lower.hasPrefix) ? "" : url
    }
}

extension Markup {
    /// What cmark writes in place of raw HTML in safe mode.
    static let rawHTMLOmitted = Markup.comment("raw HTML omitted")
}
