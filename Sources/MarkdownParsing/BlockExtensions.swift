import Foundation
import LessonsCore

/// The dialect's block extensions over cmark's tree, at any depth: each `swift experiment`
/// code block becomes a reference to an `ExperimentBlock`, numbered in document order; each
/// `math` code block its formula; and each block quote that starts with `[!NOTE]` (GitHub's
/// alert syntax) a callout.
struct BlockExtensions {
    let source: SourceFile
    var experiments: [ExperimentBlock] = []
    var diagnostics: [Diagnostic] = []

    mutating func extract(_ blocks: [MarkdownBlock]) -> [MarkdownBlock] {
        blocks.map { block in
            var block = block
            switch block.kind {
            case .codeBlock(let info, let code) where Self.isExperiment(info: info):
                block.kind = .experiment(experiment(code: code, range: block.range))
            case .codeBlock(let info, let tex) where info.split(separator: " ").first == "math":
                let start = SourceLocation(path: source.path, line: block.range.start.line + 1, column: 1)
                let parsed = TeXParser.parse(tex, start: start)
                diagnostics += parsed.diagnostics
                block.kind = .math(MathFormula(tex: tex.hasSuffix("\n") ? String(tex.dropLast()) : tex, display: true, node: parsed.node))
            case .blockQuote(let children):
                if let (kind, rest) = callout(children, at: block.range.start) {
                    block.kind = .callout(kind, extract(rest))
                } else {
                    block.kind = .blockQuote(extract(children))
                }
            case .list(var list):
                list.items = list.items.map { extract($0) }
                block.kind = .list(list)
            default:
                break
            }
            return block
        }
    }

    /// A block quote whose first line is `[!KIND]`: the kind, and the quote without that line.
    private mutating func callout(_ children: [MarkdownBlock], at start: SourceLocation) -> (CalloutKind, [MarkdownBlock])? {
        guard let first = children.first, case .paragraph(let inlines) = first.kind else { return nil }
        let lineEnd = inlines.firstIndex { $0.kind == .softBreak || $0.kind == .lineBreak } ?? inlines.endIndex
        let marker = MarkdownInline.plainText(Array(inlines[..<lineEnd])).trimmingCharacters(in: .whitespaces)
        guard marker.hasPrefix("[!"), marker.hasSuffix("]"), marker.count > 3 else { return nil }
        let name = String(marker.dropFirst(2).dropLast())
        guard name.allSatisfy(\.isLetter) else { return nil }
        guard let kind = CalloutKind(rawValue: name.lowercased()) else {
            diagnostics.append(Diagnostic(.unknownCallout(name, known: CalloutKind.allCases.map { $0.rawValue.uppercased() }), at: first.range.start))
            return nil
        }
        let rest = Array(inlines[min(lineEnd + 1, inlines.endIndex)...])
        var blocks = Array(children.dropFirst())
        if !rest.isEmpty { blocks.insert(MarkdownBlock(.paragraph(rest), range: first.range), at: 0) }
        return (kind, blocks)
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
