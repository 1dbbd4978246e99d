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
        let converted = CommonMarkConverter.convert(markdownLines.joined(separator: "\n"), source: source)
        if let location = converted.tooDeep {
            diagnostics.append(Diagnostic(.nestingTooDeep(limit: CommonMarkConverter.maximumDepth), at: location))
        }
        var extractor = ExperimentExtractor(source: source)
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
}

/// Replaces each `swift experiment` code block, at any depth, by a reference to an
/// `ExperimentBlock`, numbered in document order.
private struct ExperimentExtractor {
    let source: SourceFile
    var experiments: [ExperimentBlock] = []
    var diagnostics: [Diagnostic] = []

    mutating func extract(_ blocks: [MarkdownBlock]) -> [MarkdownBlock] {
        blocks.map { block in
            var block = block
            switch block.kind {
            case .codeBlock(let info, let code) where Self.isExperiment(info: info):
                block.kind = .experiment(experiment(code: code, range: block.range))
            case .blockQuote(let children):
                block.kind = .blockQuote(extract(children))
            case .list(var list):
                list.items = list.items.map { extract($0) }
                block.kind = .list(list)
            default:
                break
            }
            return block
        }
    }

    static func isExperiment(info: String) -> Bool {
        info.split(separator: " ").prefix(2) == ["swift", "experiment"]
    }

    private mutating func experiment(code: String, range: SourceRange) -> Int {
        let map = BlockSourceMap(path: source.path, code: code, firstLine: range.start.line + 1, fileLines: source.lines)
        let (options, optionLineCount, problems) = BlockOptionsParser.parse(code: code, map: map)
        diagnostics += problems
        experiments.append(ExperimentBlock(
            index: experiments.count, options: options, code: code,
            optionLineCount: optionLineCount, sourceMap: map, range: range))
        return experiments.count - 1
    }
}
