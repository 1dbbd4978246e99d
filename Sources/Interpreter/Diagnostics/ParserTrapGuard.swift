import LessonsCore
import SwiftSyntax

/// Inputs that swift-syntax 603.0.1 cannot handle, found by fuzzing, caught before it sees them.
///
/// Its `ParseDiagnosticsGenerator` traps (a `fatalError`, which no one
/// can catch) when it builds the Fix-It for an `=` that the lexer saw with inconsistent
/// whitespace but whose trivia holds spaces on both sides: a stray invalid character next to
/// the `=` does it (`let f �= 1`, found by fuzzing). This finds that case first, so the
/// build reports the character instead of crashing.
enum ParserTrapGuard {
    /// Square brackets nested deeper than this are refused: the parser's type lookahead
    /// doubles its work with each directly nested `[` (depth 18 takes seconds, 24 minutes).
    static let maximumSquareNesting = 8

    /// The UTF-8 offset of the first `[` nested deeper than `maximumSquareNesting`, outside
    /// string literals and comments, if any.
    static func tooDeepSquareBracket(in code: String) -> Int? {
        let bytes = Array(code.utf8)
        var depth = 0
        var index = 0
        func at(_ offset: Int) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "/") where at(1) == UInt8(ascii: "/"):
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
            case UInt8(ascii: "/") where at(1) == UInt8(ascii: "*"):
                index += 2
                while index < bytes.count, !(bytes[index] == UInt8(ascii: "*") && at(1) == UInt8(ascii: "/")) { index += 1 }
                index += 1
            case UInt8(ascii: "\""):
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\n") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
            case UInt8(ascii: "["):
                depth += 1
                if depth > maximumSquareNesting { return index }
            case UInt8(ascii: "]"):
                depth = max(0, depth - 1)
            default:
                break
            }
            index += 1
        }
        return nil
    }

    /// The `=` tokens that would make the diagnostics generator trap.
    static func trappingTokens(in tree: SourceFileSyntax) -> [TokenSyntax] {
        tree.tokens(viewMode: .all).filter { token in
            guard token.tokenDiagnostic?.kind == .equalMustHaveConsistentWhitespaceOnBothSides else { return false }
            let spaceBefore = token.previousToken(viewMode: .all)?.trailingTrivia.contains { $0.isSpaceOrTab } ?? false
            let spaceAfter = token.trailingTrivia.contains { $0.isSpaceOrTab }
            return spaceBefore && spaceAfter
        }
    }
}
