import LessonsCore

/// Parses a lesson file: front matter, then Markdown through cmark, then its experiment
/// blocks and their options.
public enum LessonParser {
    /// The lesson in `source`, and everything wrong with it. A lesson is always returned,
    /// so that one mistake does not hide the next.
    public static func parse(_ source: SourceFile, slug: String) -> (lesson: Lesson, diagnostics: [Diagnostic]) {
        var (frontMatter, diagnostics) = FrontMatter.find(in: source)
        var markdownLines = source.lines
        var title: String?
        var metadata = LessonMetadata(title: "")
        if let frontMatter {
            // Blank lines keep cmark's line numbers equal to the file's.
            markdownLines.replaceSubrange(0..<frontMatter.lineCount, with: repeatElement("", count: frontMatter.lineCount))
            let read = frontMatter.metadata(source: source)
            (title, metadata) = (read.title, read.metadata)
            diagnostics += read.diagnostics
        }
        var converted = CommonMarkConverter.convert(markdownLines.joined(separator: "\n"), source: source)
        // Formulas are found in the prose of the first parse, hidden from cmark, and put
        // back by a second parse: cmark would read their underscores as emphasis.
        let spans = MathSpans.protect(&markdownLines, in: Self.proseLines(converted.blocks), path: source.path)
        if !spans.isEmpty {
            let formulas = spans.map { span in
                let parsed = TeXParser.parse(span.tex, start: span.start)
                diagnostics += parsed.diagnostics
                return MathFormula(tex: span.tex, display: span.display, node: parsed.node)
            }
            converted = CommonMarkConverter.convert(markdownLines.joined(separator: "\n"), source: source, formulas: formulas)
        }
        if let location = converted.tooDeep {
            diagnostics.append(Diagnostic(.nestingTooDeep(limit: CommonMarkConverter.maximumDepth), at: location))
        }
        var extractor = BlockExtensions(source: source)
        var blocks = extractor.extract(converted.blocks)
        diagnostics += extractor.diagnostics

        // Without a front-matter title, a leading `# Heading` is the title.
        if title == nil, case .heading(1, let inlines)? = blocks.first?.kind {
            title = MarkdownInline.plainText(inlines)
            blocks.removeFirst()
        }
        if title == nil {
            diagnostics.append(Diagnostic(.missingTitle(fallback: slug), at: source.start))
        }
        metadata.title = title ?? slug
        let lesson = Lesson(
            source: source, slug: slug, metadata: metadata, blocks: blocks, experiments: extractor.experiments)
        return (lesson, diagnostics)
    }

    /// The lines (from 0) of every paragraph and heading, in document order: where prose,
    /// and so math, can be.
    static func proseLines(_ blocks: [MarkdownBlock]) -> [ClosedRange<Int>] {
        blocks.flatMap { block -> [ClosedRange<Int>] in
            switch block.kind {
            case .paragraph, .heading: [(block.range.start.line - 1)...(block.range.end.line - 1)]
            case .blockQuote(let children), .callout(_, let children): proseLines(children)
            case .exercise(let question, let solution): proseLines(question + solution)
            case .list(let list): list.items.flatMap(proseLines)
            default: []
            }
        }
    }
}
