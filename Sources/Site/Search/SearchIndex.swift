import LessonsCore

/// The text of every section of every page, for the search box: a script that sets one
/// global, so that pages opened from `file://` can load it (a `fetch` of a JSON file would
/// be refused there). Sections are those of the table of contents; each entry links to its
/// heading.
struct SearchIndex {
    static let fileName = "search-index.js"

    struct Entry: Equatable {
        /// The page's title, the section's, the link, and the words to match.
        let page: String
        let section: String
        let url: String
        let text: String
    }

    private(set) var entries: [Entry] = []

    /// A lesson's sections: the prose before the first `##` heading, then each `##` or `###`
    /// with what follows it, its checked claims included.
    mutating func add(_ resolved: ResolvedLesson) {
        let (lesson, run) = (resolved.lesson, resolved.run)
        let page = lesson.metadata.title
        let file = resolved.fileName
        var sectionAnchors = resolved.anchors.sections.makeIterator()
        var current = (title: "", url: file, words: [lesson.metadata.summary ?? ""] + lesson.metadata.objectives)
        func flush() {
            let text = current.words.filter { !$0.isEmpty }.joined(separator: " ")
            if !text.isEmpty || !current.title.isEmpty { entries.append(Entry(page: page, section: current.title, url: current.url, text: text)) }
        }
        for block in lesson.blocks {
            if case .heading(let level, let inlines) = block.kind, (2...3).contains(level), let section = sectionAnchors.next() {
                flush()
                current = (MarkdownInline.plainText(inlines), file + "#" + section.anchor, [])
                continue
            }
            current.words.append(contentsOf: Self.words(block, run: run))
        }
        flush()
    }

    /// Each builtin of the reference, under its topic.
    /// Each builtin, and each type with its members' names and docs.
    mutating func add(reference: ReferencePage.Contents) {
        for section in reference.sections {
            for (builtin, id) in section.entries {
                entries.append(Entry(page: "Reference · \(section.topic)", section: builtin.signature,
                                     url: ReferencePage.fileName + "#" + id, text: builtin.doc))
            }
            for (type, id) in section.types {
                let members = type.members.map { "\(type.name)\($0.declaration) \($0.doc)" }
                entries.append(Entry(page: "Reference · \(section.topic)", section: type.name,
                                     url: ReferencePage.fileName + "#" + id, text: ([type.doc] + members).joined(separator: " ")))
            }
        }
    }

    /// The words a reader may look for in a block: its text, and an experiment's claims.
    private static func words(_ block: MarkdownBlock, run: LessonRun) -> [String] {
        switch block.kind {
        case .paragraph(let inlines), .heading(_, let inlines): [MarkdownInline.plainText(inlines)]
        case .blockQuote(let children), .callout(_, let children): children.flatMap { words($0, run: run) }
        case .exercise(let question, let solution): (question + solution).flatMap { words($0, run: run) }
        case .list(let list): list.items.joined().flatMap { words($0, run: run) }
        case .math(let formula): [formula.node.readableText]
        case .experiment(let index):
            run.blocks.indices.contains(index) ? run.blocks[index].outputs.compactMap { output in
                if case .check(let check) = output { check.claim } else { nil }
            } : []
        case .codeBlock, .htmlBlock, .thematicBreak: []
        }
    }

    /// `window.LESSONS_SEARCH = [...]`, one entry per line.
    var javaScript: String {
        "// The search index of the course, made by lessons build.\nwindow.LESSONS_SEARCH = [\n"
            + entries.map { entry in
                "{\"page\":\(JSONText.string(entry.page)),\"section\":\(JSONText.string(entry.section)),\"url\":\(JSONText.string(entry.url)),\"text\":\(JSONText.string(entry.text))}"
            }.joined(separator: ",\n") + "\n];\n"
    }
}
