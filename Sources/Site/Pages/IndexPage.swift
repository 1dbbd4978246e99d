import LessonsCore

/// The course's front page: its title, the introduction of `index.md`, and every lesson in
/// order with its summary and objectives.
struct IndexPage {
    let introduction: [MarkdownBlock]
    let lessons: [Lesson]
    let layout: PageLayout
    let options: MarkdownHTMLRenderer.Options

    func html() -> String {
        layout.document(title: layout.courseTitle, description: nil) { writer in
            writer.open("main", [Attribute("class", "index"), Attribute("id", "content")])
            writer.lineFeed()
            writer.write(.tag("h1", text: layout.courseTitle))
            writer.lineFeed()
            if !introduction.isEmpty {
                writer.open("div", [Attribute("class", "introduction")])
                writer.lineFeed()
                var renderer = MarkdownHTMLRenderer(options: options, anchors: HeadingAnchors(blocks: introduction).anchors) { _, _ in }
                renderer.render(introduction, into: &writer)
                writer.newline()
                writer.close("div")
                writer.lineFeed()
                writer.write(.tag("h2", ["id": "lessons"], text: "The lessons"))
                writer.lineFeed()
            }
            writer.write(.tag("ol", ["class": "lesson-list"], [.newline] + lessons.flatMap { lesson in [entry(lesson), Markup.newline] }))
            writer.lineFeed()
            writer.close("main")
            writer.lineFeed()
        }
    }

    /// Reading time at 200 words a minute for the prose and the claims, and half a minute for
    /// each experiment to look at.
    static func readingMinutes(_ lesson: Lesson) -> Int {
        func words(_ blocks: [MarkdownBlock]) -> Int {
            blocks.reduce(0) { count, block in
                switch block.kind {
                case .paragraph(let inlines), .heading(_, let inlines):
                    count + MarkdownInline.plainText(inlines).split(whereSeparator: { $0 == " " || $0 == "\n" }).count
                case .blockQuote(let children), .callout(_, let children): count + words(children)
                case .exercise(let question, let solution): count + words(question + solution)
                case .list(let list): count + list.items.reduce(0) { $0 + words($1) }
                default: count
                }
            }
        }
        return max(1, Int((Double(words(lesson.blocks)) / 200 + Double(lesson.experiments.count) / 2).rounded()))
    }

    private func entry(_ lesson: Lesson) -> Markup {
        var children: [Markup] = [.tag("a", ["href": LessonPage.fileName(of: lesson)], text: lesson.metadata.title)]
        if let summary = lesson.metadata.summary {
            children.append(.tag("p", ["class": "lesson-summary"], text: summary))
        }
        let minutes = Self.readingMinutes(lesson)
        children.append(.tag("p", ["class": "lesson-meta"], text: "About \(minutes) minute\(minutes == 1 ? "" : "s") to read"))
        if !lesson.metadata.objectives.isEmpty {
            children.append(.tag("ul", ["class": "lesson-objectives", "aria-label": "Objectives"],
                                 lesson.metadata.objectives.map { .tag("li", text: $0) }))
        }
        return .tag("li", children)
    }
}
