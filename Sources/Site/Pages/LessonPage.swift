import LessonsCore

/// One lesson's page: title, summary and objectives, an on-page table of contents, the
/// prose with each experiment's code and results in place, and links to its neighbours.
struct LessonPage {
    let lesson: Lesson
    let run: LessonRun
    /// The lesson's position in the course, from 1, and the course's length.
    let number: Int
    let count: Int
    let previous: Lesson?
    let next: Lesson?
    let layout: PageLayout
    let options: MarkdownHTMLRenderer.Options

    var fileName: String { Self.fileName(of: lesson) }

    static func fileName(of lesson: Lesson) -> String { lesson.slug + ".html" }

    func html() -> String {
        let metadata = lesson.metadata
        let anchors = HeadingAnchors(blocks: lesson.blocks, reserved: Set(lesson.experiments.compactMap(\.options.id)))
        return layout.document(title: "\(metadata.title) · \(layout.courseTitle)", description: metadata.summary, seed: metadata.seed) { writer in
            writer.open("div", [Attribute("class", "page page-lesson")])
            writer.lineFeed()
            writer.write(layout.courseNavigation(current: fileName))
            writer.newline()
            if !anchors.sections.isEmpty {
                writer.write(tableOfContents(anchors.sections))
                writer.newline()
            }
            writer.open("main")
            writer.lineFeed()
            writer.open("article")
            writer.lineFeed()
            writer.write(header)
            writer.newline()
            writer.open("div", [Attribute("class", "lesson-body")])
            writer.lineFeed()
            let numbering = FigureNumbering(lesson: lesson, run: run)
            var renderer = MarkdownHTMLRenderer(options: options, anchors: anchors.anchors) { index, writer in
                let block = lesson.experiments[index]
                let experiment = ExperimentRenderer(lessonNumber: number, firstFigure: numbering.first(index))
                writer.write(experiment.markup(block, run: run.blocks.indices.contains(index) ? run.blocks[index] : nil))
            }
            renderer.render(lesson.blocks, into: &writer)
            writer.close("div")
            writer.lineFeed()
            writer.close("article")
            writer.lineFeed()
            writer.write(pager)
            writer.newline()
            writer.close("main")
            writer.lineFeed()
            writer.close("div")
            writer.lineFeed()
        }
    }

    private var header: Markup {
        let metadata = lesson.metadata
        var children: [Markup] = [
            .tag("p", ["class": "lesson-number"], text: "Lesson \(number) of \(count)"), .newline,
            .tag("h1", text: metadata.title), .newline,
        ]
        if let summary = metadata.summary {
            children += [.tag("p", ["class": "summary"], text: summary), .newline]
        }
        if !metadata.objectives.isEmpty {
            children += [.tag("section", ["class": "objectives", "aria-label": "Objectives"], [
                .tag("p", ["class": "objectives-title"], text: "In this lesson you will"),
                .tag("ul", metadata.objectives.map { .tag("li", text: $0) }),
            ]), .newline]
        }
        return .tag("header", ["class": "lesson-header"], [.newline] + children)
    }

    private func tableOfContents(_ sections: [HeadingAnchors.Section]) -> Markup {
        .tag("nav", ["class": "toc", "aria-label": "On this page"], [
            .tag("p", ["class": "toc-title"], text: "On this page"),
            .tag("ul", sections.map { section in
                .tag("li", ["class": "toc-level-\(section.level)"], [
                    .tag("a", ["href": "#" + section.anchor], text: section.title),
                ])
            }),
        ])
    }

    private var pager: Markup {
        var links: [Markup] = []
        if let previous {
            links.append(.tag("a", ["class": "pager-previous", "href": Self.fileName(of: previous), "rel": "prev"], [
                .tag("span", ["class": "pager-direction"], text: "Previous"), .text(previous.metadata.title),
            ]))
        }
        links.append(.tag("a", ["class": "pager-index", "href": "index.html"], text: "All lessons"))
        if let next {
            links.append(.tag("a", ["class": "pager-next", "href": Self.fileName(of: next), "rel": "next"], [
                .tag("span", ["class": "pager-direction"], text: "Next"), .text(next.metadata.title),
            ]))
        }
        return .tag("nav", ["class": "pager", "aria-label": "Lessons"], links)
    }
}
