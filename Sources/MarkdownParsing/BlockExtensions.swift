import Foundation
import LessonsCore

/// The dialect's block extensions over cmark's tree, at any depth: each `swift experiment`
/// code block becomes a reference to an `ExperimentBlock`, numbered in document order; each
/// `math` code block its formula; each block quote that starts with `[!NOTE]` (GitHub's
/// alert syntax) a callout; and one that starts with `[!EXERCISE]` an exercise, split at its
/// solution block.
struct BlockExtensions {
    let source: SourceFile
    var experiments: [ExperimentBlock] = []
    var diagnostics: [Diagnostic] = []

    /// Whether the blocks being extracted are inside an exercise, where solutions belong.
    private var inExercise = false

    init(source: SourceFile) {
        self.source = source
    }

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
                if let (marker, rest) = callout(children, at: block.range.start) {
                    switch marker {
                    case .exercise: block.kind = exercise(rest, at: block.range.start)
                    case .callout(let kind): block.kind = .callout(kind, extract(rest))
                    }
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

    /// What a block quote's `[!KIND]` line makes of it.
    private enum Marker {
        case callout(CalloutKind)
        case exercise
    }

    /// An exercise's blocks, split at its first solution block, which it must have.
    private mutating func exercise(_ children: [MarkdownBlock], at start: SourceLocation) -> MarkdownBlock.Kind {
        let outer = inExercise
        inExercise = true
        let blocks = extract(children)
        inExercise = outer
        let split = blocks.firstIndex { block in
            if case .experiment(let index) = block.kind { experiments[index].options.solution } else { false }
        }
        guard let split else {
            diagnostics.append(Diagnostic(.exerciseWithoutSolution(), at: start))
            return .exercise(question: blocks, solution: [])
        }
        return .exercise(question: Array(blocks[..<split]), solution: Array(blocks[split...]))
    }

    /// A block quote whose first line is `[!KIND]`: the kind, and the quote without that line.
    private mutating func callout(_ children: [MarkdownBlock], at start: SourceLocation) -> (Marker, [MarkdownBlock])? {
        guard let first = children.first, case .paragraph(let inlines) = first.kind else { return nil }
        let lineEnd = inlines.firstIndex { $0.kind == .softBreak || $0.kind == .lineBreak } ?? inlines.endIndex
        let line = MarkdownInline.plainText(Array(inlines[..<lineEnd])).trimmingCharacters(in: .whitespaces)
        guard line.hasPrefix("[!"), line.hasSuffix("]"), line.count > 3 else { return nil }
        let name = String(line.dropFirst(2).dropLast())
        guard name.allSatisfy(\.isLetter) else { return nil }
        let marker: Marker
        if name.uppercased() == "EXERCISE" {
            marker = .exercise
        } else if let kind = CalloutKind(rawValue: name.lowercased()) {
            marker = .callout(kind)
        } else {
            diagnostics.append(Diagnostic(.unknownCallout(name, known: CalloutKind.allCases.map { $0.rawValue.uppercased() } + ["EXERCISE"]),
                                          at: first.range.start))
            return nil
        }
        let rest = Array(inlines[min(lineEnd + 1, inlines.endIndex)...])
        var blocks = Array(children.dropFirst())
        if !rest.isEmpty { blocks.insert(MarkdownBlock(.paragraph(rest), range: first.range), at: 0) }
        return (marker, blocks)
    }

    static func isExperiment(info: String) -> Bool {
        info.split(separator: " ").prefix(2) == ["swift", "experiment"]
    }

    private mutating func experiment(code: String, range: SourceRange) -> Int {
        let map = BlockSourceMap(path: source.path, code: code, firstLine: range.start.line + 1, fileLines: source.lines)
        let (options, optionLineCount, problems) = BlockOptionsParser.parse(code: code, map: map)
        diagnostics += problems
        if options.solution && !inExercise {
            diagnostics.append(Diagnostic(.solutionOutsideExercise(), at: BlockOptionsParser.location(of: "solution", in: code, map: map)))
        }
        experiments.append(ExperimentBlock(
            index: experiments.count, options: options, code: code,
            optionLineCount: optionLineCount, sourceMap: map, range: range))
        return experiments.count - 1
    }
}
