import LessonsCore

/// Parses the TeX of one formula into a `MathNode`, by recursive descent over characters.
/// Every problem is a diagnostic at its place in the Markdown file, and parsing goes on
/// after it, so that one mistake does not hide the next.
struct TeXParser {
    let characters: [Character]
    /// Where each character is in the file.
    private let locations: [SourceLocation]
    private let end: SourceLocation
    var index = 0
    var diagnostics: [Diagnostic] = []

    /// - Parameter start: where the formula's first character is in the file.
    init(_ tex: String, start: SourceLocation) {
        characters = Array(tex)
        var locations: [SourceLocation] = []
        var (line, column) = (start.line, start.column)
        for character in characters {
            locations.append(SourceLocation(path: start.path, line: line, column: column))
            if character == "\n" { (line, column) = (line + 1, 1) } else { column += 1 }
        }
        self.locations = locations
        end = SourceLocation(path: start.path, line: line, column: column)
    }

    static func parse(_ tex: String, start: SourceLocation) -> (node: MathNode, diagnostics: [Diagnostic]) {
        var parser = TeXParser(tex, start: start)
        let row = parser.row(until: [])
        return (row, parser.diagnostics)
    }

    /// What ends a row: the end of a group, a cell, a line of a table, or `\right`/`\end`.
    enum Terminator: Hashable {
        case closeBrace, cell, right, end
    }

    // MARK: Rows and atoms

    /// Atoms with their scripts, up to a terminator (left unconsumed) or the end.
    mutating func row(until terminators: Set<Terminator>) -> MathNode {
        var nodes: [MathNode] = []
        while index < characters.count {
            if let terminator = peekTerminator() {
                if terminators.contains(terminator) { break }
                report(unexpected: terminator)
                skip(terminator)
                continue
            }
            guard let atom = atom() else { continue }
            nodes.append(scripts(on: atom))
        }
        return nodes.count == 1 ? nodes[0] : .row(nodes)
    }

    func peekTerminator() -> Terminator? {
        guard index < characters.count else { return nil }
        switch characters[index] {
        case "}": return .closeBrace
        case "&": return .cell
        case "\\":
            let name = peekCommandName()
            if name == "\\" { return .cell }
            if name == "right" { return .right }
            if name == "end" { return .end }
            return nil
        default: return nil
        }
    }

    private mutating func skip(_ terminator: Terminator) {
        switch terminator {
        case .closeBrace, .cell: index += characters[index] == "\\" ? 2 : 1
        case .right, .end: _ = commandName()
        }
    }

    mutating func report(unexpected terminator: Terminator) {
        let text: String
        switch terminator {
        case .closeBrace: text = "}"
        case .cell: text = characters[index] == "&" ? "&" : "\\\\"
        case .right: text = "\\right"
        case .end: text = "\\end"
        }
        diagnostics.append(Diagnostic(.unexpectedTeX(text), at: location()))
    }

    /// One atom: a group, a letter, a number, a symbol or a command; nil for what draws
    /// nothing (spaces in the source, a reported error).
    mutating func atom() -> MathNode? {
        skipWhitespace()
        guard index < characters.count else { return nil }
        let character = characters[index]
        switch character {
        case "{":
            return group()
        case "\\":
            return command()
        case "^", "_":
            // A script with no base: TeX puts it on an empty one.
            return .row([])
        case "'":
            index += 1
            return .operator("′", form: .plain)
        case _ where character.isNumber && character.isASCII:
            return number()
        case _ where character.isLetter:
            index += 1
            return .identifier(String(character), upright: false)
        default:
            index += 1
            return .operator(Self.symbols[character] ?? String(character), form: .plain)
        }
    }

    /// ASCII that TeX sets as a different character.
    private static let symbols: [Character: String] = ["-": "−", "*": "∗"]

    private mutating func number() -> MathNode {
        var text = ""
        while index < characters.count {
            let c = characters[index]
            let isDigit = c.isASCII && c.isNumber
            let isPoint = c == "." && index + 1 < characters.count && characters[index + 1].isASCII && characters[index + 1].isNumber && !text.isEmpty
            guard isDigit || isPoint else { break }
            text.append(c)
            index += 1
        }
        return .number(text)
    }

    /// `{…}`: a row as one atom.
    private mutating func group() -> MathNode {
        let open = location()
        index += 1
        let content = row(until: [.closeBrace])
        if index < characters.count, characters[index] == "}" {
            index += 1
        } else {
            diagnostics.append(Diagnostic(.unclosedTeXGroup(), at: open))
        }
        return content
    }

    /// Sub- and superscripts after an atom, and primes, in any order, each at most once.
    mutating func scripts(on base: MathNode) -> MathNode {
        var (sub, sup): (MathNode?, MathNode?) = (nil, nil)
        var primes = 0
        // ∑ and lim come as scripts without scripts, to say where their limits go.
        var (core, limits) = (base, false)
        if case .scripts(let inner, nil, nil, let innerLimits) = base { (core, limits) = (inner, innerLimits) }
        while true {
            skipWhitespace()
            guard index < characters.count else { break }
            let character = characters[index]
            if character == "'" {
                primes += 1
                index += 1
                continue
            }
            guard character == "^" || character == "_" else { break }
            let at = location()
            index += 1
            let argument = self.argument(for: String(character))
            if character == "^" {
                if sup != nil { diagnostics.append(Diagnostic(.doubleTeXScript("superscript"), at: at)) }
                sup = argument
            } else {
                if sub != nil { diagnostics.append(Diagnostic(.doubleTeXScript("subscript"), at: at)) }
                sub = argument
            }
        }
        if primes > 0 {
            let prime = MathNode.operator(String(repeating: "′", count: primes), form: .plain)
            sup = sup.map { .row([prime, $0]) } ?? prime
        }
        if sub == nil, sup == nil { return base }
        return .scripts(base: core, sub: sub, sup: sup, limits: limits)
    }

    /// A command's argument: a group, or else a single atom.
    mutating func argument(for command: String) -> MathNode {
        skipWhitespace()
        guard index < characters.count, peekTerminator() == nil else {
            diagnostics.append(Diagnostic(.missingTeXArgument(command), at: location()))
            return .row([])
        }
        return atom() ?? .row([])
    }

    // MARK: Positions

    mutating func skipWhitespace() {
        while index < characters.count, characters[index].isWhitespace { index += 1 }
    }

    func location() -> SourceLocation {
        index < locations.count ? locations[index] : end
    }
}
