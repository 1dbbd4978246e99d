import LessonsCore
import SwiftIDEUtils
import SwiftSyntax

/// Classifies a block's code for highlighting with swift-syntax's own classifier, so the
/// page colours code as Swift's tools do. Builtins get a class of their own.
public enum SyntaxHighlighter {
    public static func tokens(for code: String, builtins: Set<String>) -> [CodeToken] {
        tokens(of: ParsedBlock(code), code: code, from: 0, builtins: builtins)
    }

    /// The tokens of `code` from UTF-8 offset `start` on, classified from its tree: a block
    /// is parsed once, to run and to show, and the option lines before `start` are not shown.
    /// Code the parser could not take in reasonable time is shown plain.
    static func tokens(of parsed: ParsedBlock, code: String, from start: Int, builtins: Set<String>) -> [CodeToken] {
        let bytes = Array(code.utf8)
        guard case .tree(let tree) = parsed else {
            return [CodeToken(.plain, String(decoding: bytes[min(start, bytes.count)...], as: UTF8.self))]
        }
        var tokens: [CodeToken] = []
        var position = start
        func append(_ kind: CodeToken.Kind, _ range: Range<Int>) {
            guard !range.isEmpty else { return }
            let text = String(decoding: bytes[range], as: UTF8.self)
            if let last = tokens.last, last.kind == kind {
                tokens[tokens.count - 1] = CodeToken(kind, last.text + text)
            } else {
                tokens.append(CodeToken(kind, text))
            }
        }
        for classified in tree.classifications {
            let start = classified.range.lowerBound.utf8Offset
            let end = min(classified.range.upperBound.utf8Offset, bytes.count)
            guard start >= position, start < end else { continue }
            append(.plain, position..<start)
            var kind = self.kind(of: classified.kind)
            if kind == .identifier, builtins.contains(String(decoding: bytes[start..<end], as: UTF8.self)) {
                kind = .builtin
            }
            append(kind, start..<end)
            position = end
        }
        append(.plain, position..<bytes.count)
        return tokens
    }

    private static func kind(of classification: SyntaxClassification) -> CodeToken.Kind {
        switch classification {
        case .keyword, .attribute, .ifConfigDirective: .keyword
        case .identifier, .dollarIdentifier, .argumentLabel: .identifier
        case .type: .type
        case .integerLiteral, .floatLiteral: .number
        case .stringLiteral, .regexLiteral: .string
        case .lineComment, .blockComment, .docLineComment, .docBlockComment: .comment
        case .operator: .operator
        default: .plain
        }
    }
}
