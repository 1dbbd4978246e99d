import SwiftParser
import SwiftSyntax

/// A block's code parsed once, to run and to show: its tree, or where its square brackets
/// nest too deep for the parser to take in reasonable time (see `ParserTrapGuard`).
enum ParsedBlock {
    case tree(SourceFileSyntax)
    case tooDeep(at: Int)

    init(_ code: String) {
        self = ParserTrapGuard.tooDeepSquareBracket(in: code).map(Self.tooDeep) ?? .tree(Parser.parse(source: code))
    }
}
