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

    /// The UTF-8 offset of the first `[` nested deeper than `maximumSquareNesting`, if any.
    static func tooDeepSquareBracket(in code: String) -> Int? {
        BracketScanner.firstBracket(in: code, deeperThan: maximumSquareNesting)
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
