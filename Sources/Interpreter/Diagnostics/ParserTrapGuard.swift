import LessonsCore
import SwiftSyntax

/// swift-syntax 603.0.1's `ParseDiagnosticsGenerator` traps (a `fatalError`, which no one
/// can catch) when it builds the Fix-It for an `=` that the lexer saw with inconsistent
/// whitespace but whose trivia holds spaces on both sides: a stray invalid character next to
/// the `=` does it (`let f �= 1`, found by fuzzing). This finds that case first, so the
/// build reports the character instead of crashing.
enum ParserTrapGuard {
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
