import CCmark
import LessonsCore
#if canImport(Glibc)
import Glibc
#endif

/// The one file that imports cmark. It parses Markdown with source positions, converts the
/// whole tree into `MarkdownBlock` values at once, and frees the C memory before returning,
/// so no cmark pointer ever leaves this file.
public enum CommonMarkConverter {
    /// Deeper nesting than this (a `>` in front of a `>` in front of …) is refused rather
    /// than risk the stack of every later pass over the tree.
    static let maximumDepth = 100

    struct Result {
        var blocks: [MarkdownBlock]
        var tooDeep: SourceLocation?
    }

    /// Parses `markdown`, whose positions are those of `source` line for line. Code spans
    /// that `MathSpans` made of formulas become `formulas`, in order.
    static func convert(_ markdown: String, source: SourceFile, formulas: [MathFormula] = []) -> Result {
        var bytes = Array(markdown.utf8)
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE
        guard let document = bytes.withUnsafeMutableBufferPointer({ buffer in
            buffer.baseAddress.map { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parse_document($0, buffer.count, options)
                }
            } ?? cmark_parse_document("", 0, options)
        }) else {
            return Result(blocks: [])
        }
        defer { cmark_node_free(document) }
        var converter = Walker(source: source, formulas: formulas)
        let blocks = converter.blocks(in: document, depth: 0)
        return Result(blocks: blocks, tooDeep: converter.tooDeep)
    }

    /// cmark's own HTML for `markdown`: the oracle our renderer is differential-tested against.
    public static func referenceHTML(_ markdown: String, allowRawHTML: Bool) -> String {
        let options = allowRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        guard let html = cmark_markdown_to_html(markdown, markdown.utf8.count, options) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    private struct Walker {
        let source: SourceFile
        var tooDeep: SourceLocation?
        let formulas: [MathFormula]
        var nextFormula = 0
        /// Each line's columns, made the first time a node on it is placed.
        private let columns = ColumnCache()

        init(source: SourceFile, formulas: [MathFormula]) {
            self.source = source
            self.formulas = formulas
        }

        mutating func blocks(in parent: OpaquePointer, depth: Int) -> [MarkdownBlock] {
            children(of: parent).compactMap { block($0, depth: depth) }
        }

        private mutating func block(_ node: OpaquePointer, depth: Int) -> MarkdownBlock? {
            let range = self.range(of: node)
            guard depth < CommonMarkConverter.maximumDepth else {
                tooDeep = tooDeep ?? range.start
                return nil
            }
            let kind: MarkdownBlock.Kind
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH:
                kind = .paragraph(inlines(in: node, depth: depth + 1))
            case CMARK_NODE_HEADING:
                kind = .heading(level: Int(cmark_node_get_heading_level(node)), inlines(in: node, depth: depth + 1))
            case CMARK_NODE_BLOCK_QUOTE:
                kind = .blockQuote(blocks(in: node, depth: depth + 1))
            case CMARK_NODE_LIST:
                let items = children(of: node).map { blocks(in: $0, depth: depth + 2) }
                kind = .list(MarkdownList(
                    isOrdered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                    start: Int(cmark_node_get_list_start(node)),
                    isTight: cmark_node_get_list_tight(node) != 0,
                    items: items
                ))
            case CMARK_NODE_CODE_BLOCK:
                kind = .codeBlock(info: string(cmark_node_get_fence_info(node)), literal: literal(node))
            case CMARK_NODE_HTML_BLOCK:
                kind = .htmlBlock(literal(node))
            case CMARK_NODE_THEMATIC_BREAK:
                kind = .thematicBreak
            default:
                return nil  // Custom blocks: cmark's parser never makes them.
            }
            return MarkdownBlock(kind, range: range)
        }

        private mutating func inlines(in parent: OpaquePointer, depth: Int) -> [MarkdownInline] {
            children(of: parent).compactMap { inline($0, depth: depth) }
        }

        private mutating func inline(_ node: OpaquePointer, depth: Int) -> MarkdownInline? {
            let type = cmark_node_get_type(node)
            let range = cmark_node_get_start_line(node) > 0 ? self.range(of: node) : nil
            guard depth < CommonMarkConverter.maximumDepth else {
                tooDeep = tooDeep ?? range?.start
                return nil
            }
            let kind: MarkdownInline.Kind
            switch type {
            case CMARK_NODE_TEXT: kind = .text(literal(node))
            case CMARK_NODE_SOFTBREAK: kind = .softBreak
            case CMARK_NODE_LINEBREAK: kind = .lineBreak
            case CMARK_NODE_CODE:
                let code = literal(node)
                if code.utf8.first == MathSpans.marker, nextFormula < formulas.count {
                    kind = .math(formulas[nextFormula])
                    nextFormula += 1
                } else {
                    kind = .code(code)
                }
            case CMARK_NODE_HTML_INLINE: kind = .html(literal(node))
            case CMARK_NODE_EMPH: kind = .emphasis(inlines(in: node, depth: depth + 1))
            case CMARK_NODE_STRONG: kind = .strong(inlines(in: node, depth: depth + 1))
            case CMARK_NODE_LINK: kind = .link(link(node), inlines(in: node, depth: depth + 1))
            case CMARK_NODE_IMAGE: kind = .image(link(node), inlines(in: node, depth: depth + 1))
            default: return nil  // Custom inlines: cmark's parser never makes them.
            }
            return MarkdownInline(kind, range: range)
        }

        private func children(of node: OpaquePointer) -> [OpaquePointer] {
            var result: [OpaquePointer] = []
            var child = cmark_node_first_child(node)
            while let current = child {
                result.append(current)
                child = cmark_node_next(current)
            }
            return result
        }

        private func link(_ node: OpaquePointer) -> MarkdownLink {
            MarkdownLink(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        }

        private func literal(_ node: OpaquePointer) -> String {
            string(cmark_node_get_literal(node))
        }

        private func string(_ pointer: UnsafePointer<CChar>?) -> String {
            pointer.map { String(cString: $0) } ?? ""
        }

        /// cmark counts columns in bytes; locations count characters.
        private func range(of node: OpaquePointer) -> SourceRange {
            SourceRange(
                start: location(line: cmark_node_get_start_line(node), byteColumn: cmark_node_get_start_column(node)),
                end: location(line: cmark_node_get_end_line(node), byteColumn: cmark_node_get_end_column(node))
            )
        }

        private func location(line: Int32, byteColumn: Int32) -> SourceLocation {
            let number = max(Int(line), 1)
            let column = columns.line(number, of: source).characterColumn(ofByteColumn: max(Int(byteColumn), 1))
            return SourceLocation(path: source.path, line: number, column: column)
        }
    }

    /// The lines' columns a walk has needed so far.
    private final class ColumnCache {
        private var lines: [Int: LineColumns] = [:]

        func line(_ number: Int, of source: SourceFile) -> LineColumns {
            if let known = lines[number] { return known }
            let made = LineColumns(source.line(number) ?? "")
            lines[number] = made
            return made
        }
    }
}
