import LessonsCore

/// One lesson's page: title, summary and objectives, an on-page table of contents, the
/// prose with each experiment's code and results in place, and links to its neighbours.
struct LessonPage {
    /// The lesson, its run, its place in the course, its anchors, figure numbers and citations.
    let resolved: ResolvedLesson
    /// The course's length.
    let count: Int
    let previous: Lesson?
    let next: Lesson?
    let layout: PageLayout
    let options: MarkdownHTMLRenderer.Options

    private var lesson: Lesson { resolved.lesson }
    private var run: LessonRun { resolved.run }
    private var number: Int { resolved.number }
    private var references: [Bibliography.Work] { resolved.citations }

    var fileName: String { Self.fileName(of: lesson) }

    static func fileName(of lesson: Lesson) -> String { lesson.slug + ".html" }

    /// The ids a page gives its own parts, which headings' anchors must not take: block ids,
    /// the references section and the exercises.
    static func reservedIDs(_ lesson: Lesson) -> Set<String> {
        func exercises(_ blocks: [MarkdownBlock]) -> Int {
            blocks.reduce(0) { count, block in
                switch block.kind {
                case .exercise: count + 1
                case .blockQuote(let children), .callout(_, let children): count + exercises(children)
                case .list(let list): count + list.items.reduce(0) { $0 + exercises($1) }
                default: count
                }
            }
        }
        return Set(lesson.experiments.compactMap(\.options.id) + ["references"] + (0..<exercises(lesson.blocks)).map { "exercise-\($0 + 1)" })
    }

    func html() -> String {
        let metadata = lesson.metadata
        let anchors = resolved.anchors
        return layout.document(title: "\(metadata.title) · \(layout.courseTitle)", description: metadata.summary) { writer in
            writer.open("div", [Attribute("class", "page page-lesson")])
            writer.lineFeed()
            writer.write(layout.courseNavigation(current: fileName))
            writer.newline()
            if !anchors.sections.isEmpty {
                writer.write(tableOfContents(anchors))
                writer.newline()
            }
            writer.open("main", [Attribute("id", "content")])
            writer.lineFeed()
            writer.write(pager(top: true))
            writer.newline()
            writer.open("article")
            writer.lineFeed()
            writer.write(header)
            writer.newline()
            writer.open("div", [Attribute("class", "lesson-body")])
            writer.lineFeed()
            let numbering = resolved.figures
            var renderer = MarkdownHTMLRenderer(options: options, anchors: anchors.anchors) { index, writer in
                let block = lesson.experiments[index]
                let experiment = ExperimentRenderer(lessonNumber: number, firstFigure: numbering.first(index))
                writer.write(experiment.markup(block, run: run.blocks.indices.contains(index) ? run.blocks[index] : nil))
            }
            renderer.sectionNumbers = sectionNumbers(anchors)
            renderer.render(lesson.blocks, into: &writer)
            writer.close("div")
            writer.lineFeed()
            if !references.isEmpty {
                writer.write(referenceList)
                writer.newline()
            }
            writer.close("article")
            writer.lineFeed()
            writer.write(pager(top: false))
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

    /// The cited works, numbered as the citations read: authors, year, title, venue, link.
    private var referenceList: Markup {
        .tag("section", ["class": "references", "aria-labelledby": "references"], [
            .newline, .tag("h2", ["id": "references"], text: "References"), .newline,
            .tag("ol", references.map { work in
                var parts: [Markup] = [.text("\(work.authorList) (\(work.year)). "), .tag("cite", text: work.title), .text(". \(work.venue).")]
                if let link = work.link {
                    parts += [.text(" "), .tag("a", ["href": link], text: work.doi.map { "doi:" + $0 } ?? work.arxiv.map { "arXiv:" + $0 } ?? link)]
                }
                return .tag("li", ["id": ReferenceResolver.anchor(ofWork: work.key)], parts)
            }), .newline,
        ])
    }

    /// "3.2" for the lesson's second `##` section, as `@sec-` references number it.
    private func sectionNumbers(_ anchors: HeadingAnchors) -> [String: String] {
        Dictionary(uniqueKeysWithValues: anchors.sections.filter { $0.level == 2 }.enumerated().map { ($1.anchor, "\(number).\($0 + 1)") })
    }

    private func tableOfContents(_ anchors: HeadingAnchors) -> Markup {
        let numbers = sectionNumbers(anchors)
        return .tag("nav", ["class": "toc", "aria-label": "On this page"], [
            .tag("p", ["class": "toc-title"], text: "On this page"),
            .tag("ul", anchors.sections.map { section in
                .tag("li", ["class": "toc-level-\(section.level)"], [
                    .tag("a", ["href": "#" + section.anchor], text: numbers[section.anchor].map { "\($0) \(section.title)" } ?? section.title),
                ])
            } + (references.isEmpty ? [] : [.tag("li", ["class": "toc-level-2"], [.tag("a", ["href": "#references"], text: "References")])])),
        ])
    }

    /// Previous, all lessons, next: the same three places above and below every lesson.
    private func pager(top: Bool) -> Markup {
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
        return .tag("nav", ["class": top ? "pager pager-top" : "pager", "aria-label": top ? "Lessons, top" : "Lessons"], links)
    }
}
