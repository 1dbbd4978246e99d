import LessonsCore

/// Parses the TeX of one formula into a `MathNode`, by recursive descent over characters.
/// Every problem is a diagnostic at its place in the Markdown file, and parsing goes on
/// after it, so that one mistake does not hide the next.
struct TeXParser {
    private let characters: [Character]
    /// Where each character is in the file.
    private let locations: [SourceLocation]
    private let end: SourceLocation
    private var index = 0
    private(set) var diagnostics: [Diagnostic] = []

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
    private enum Terminator: Hashable {
        case closeBrace, cell, right, end
    }

    // MARK: Rows and atoms

    /// Atoms with their scripts, up to a terminator (left unconsumed) or the end.
    private mutating func row(until terminators: Set<Terminator>) -> MathNode {
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

    private func peekTerminator() -> Terminator? {
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

    private mutating func report(unexpected terminator: Terminator) {
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
    private mutating func atom() -> MathNode? {
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
    private mutating func scripts(on base: MathNode) -> MathNode {
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
    private mutating func argument(for command: String) -> MathNode {
        skipWhitespace()
        guard index < characters.count, peekTerminator() == nil else {
            diagnostics.append(Diagnostic(.missingTeXArgument(command), at: location()))
            return .row([])
        }
        return atom() ?? .row([])
    }

    // MARK: Commands

    private mutating func command() -> MathNode? {
        let at = location()
        let name = commandName()
        if let letter = TeXVocabulary.greek[name] {
            return .identifier(letter, upright: name.first?.isUppercase == true)
        }
        if let symbol = TeXVocabulary.ordinary[name] { return .identifier(symbol, upright: true) }
        if let symbol = TeXVocabulary.operators[name] { return .operator(symbol, form: .plain) }
        if let symbol = TeXVocabulary.largeOperators[name] {
            let node = MathNode.operator(symbol, form: .large)
            // ∫ keeps its limits at the side; ∑ and ∏ take them under and over.
            return name.hasSuffix("int") ? node : .scripts(base: node, sub: nil, sup: nil, limits: true)
        }
        if TeXVocabulary.functions.contains(name) {
            let node = MathNode.identifier(name, upright: true)
            return TeXVocabulary.functionsWithLimits.contains(name) ? .scripts(base: node, sub: nil, sup: nil, limits: true) : node
        }
        if let width = TeXVocabulary.spaces[name] { return width > 0 ? .space(width) : nil }
        if let escaped = TeXVocabulary.escapes[name] { return .operator(escaped, form: .plain) }
        if let accent = TeXVocabulary.accents[name] { return .accent(argument(for: "\\" + name), accent) }
        if let font = TeXVocabulary.Font(rawValue: name) { return styled(argument(for: "\\" + name), font) }
        if let size = TeXVocabulary.delimiterSizes[name] {
            let symbol = fence(after: "\\" + name)
            return symbol.isEmpty ? nil : .operator(symbol, form: .sized(size))
        }
        switch name {
        case "frac", "dfrac", "tfrac", "cfrac":
            let numerator = argument(for: "\\" + name)
            let fraction = MathNode.fraction(numerator, argument(for: "\\" + name))
            switch name {
            case "dfrac", "cfrac": return .style(fraction, display: true)
            case "tfrac": return .style(fraction, display: false)
            default: return fraction
            }
        case "sqrt":
            skipWhitespace()
            if index < characters.count, characters[index] == "[" {
                index += 1
                let degree = bracketed()
                return .root(argument(for: "\\sqrt"), index: degree)
            }
            return .squareRoot(argument(for: "\\sqrt"))
        case "text", "textrm", "mbox":
            return .text(rawGroup(for: "\\" + name))
        case "operatorname":
            return .identifier(rawGroup(for: "\\operatorname"), upright: true)
        case "left":
            return fenced(at: at)
        case "begin":
            return environment(at: at)
        case "":
            diagnostics.append(Diagnostic(.unexpectedTeX("\\"), at: at))
            return nil
        default:
            // TeX's names are case-sensitive: \sigma and \Sigma differ, so a name of the same case is suggested first.
            let sameCase = TeXVocabulary.commandNames.filter { $0.first?.isUppercase == name.first?.isUppercase }
            let suggestion = NameSuggestion.nearest(to: name, among: sameCase) ?? NameSuggestion.nearest(to: name, among: TeXVocabulary.commandNames)
            diagnostics.append(Diagnostic(.unknownTeXCommand(name, suggestion: suggestion), at: at))
            return nil
        }
    }

    /// The name after a backslash: letters, or one other character. Consumes both.
    private mutating func commandName() -> String {
        index += 1
        guard index < characters.count else { return "" }
        if !characters[index].isLetter {
            index += 1
            return String(characters[index - 1])
        }
        var name = ""
        while index < characters.count, characters[index].isLetter, characters[index].isASCII {
            name.append(characters[index])
            index += 1
        }
        return name
    }

    private func peekCommandName() -> String {
        var copy = self
        return copy.commandName()
    }

    /// `[…]` after `\sqrt`: the root's degree.
    private mutating func bracketed() -> MathNode {
        var nodes: [MathNode] = []
        while index < characters.count, characters[index] != "]" {
            if peekTerminator() != nil { break }
            if let atom = atom() { nodes.append(scripts(on: atom)) }
        }
        if index < characters.count, characters[index] == "]" { index += 1 }
        return nodes.count == 1 ? nodes[0] : .row(nodes)
    }

    /// The characters of a `{…}` argument as they are written, for `\text` and `\operatorname`.
    private mutating func rawGroup(for command: String) -> String {
        skipWhitespace()
        guard index < characters.count, characters[index] == "{" else {
            diagnostics.append(Diagnostic(.missingTeXArgument(command), at: location()))
            return ""
        }
        let open = location()
        index += 1
        var depth = 1, text = ""
        while index < characters.count {
            let c = characters[index]
            index += 1
            if c == "{" { depth += 1 }
            if c == "}" {
                depth -= 1
                if depth == 0 { return text }
            }
            text.append(c)
        }
        diagnostics.append(Diagnostic(.unclosedTeXGroup(), at: open))
        return text
    }

    /// `\left( … \right)`: the content between fences that stretch to it.
    private mutating func fenced(at start: SourceLocation) -> MathNode {
        let open = fence(after: "\\left")
        let content = row(until: [.right])
        var close = ""
        if peekTerminator() == .right {
            _ = commandName()
            close = fence(after: "\\right")
        } else {
            diagnostics.append(Diagnostic(.unclosedTeXFence(), at: start))
        }
        // `.` is an invisible fence: nothing is drawn on that side.
        let fences = [open, close].map { $0.isEmpty ? nil : MathNode.operator($0, form: .stretchy) }
        return .row([fences[0], content, fences[1]].compactMap { $0 })
    }

    private mutating func fence(after command: String) -> String {
        skipWhitespace()
        let at = location()
        guard index < characters.count else {
            diagnostics.append(Diagnostic(.missingTeXArgument(command), at: at))
            return ""
        }
        var written = String(characters[index])
        if characters[index] == "\\" {
            var copy = self
            written = "\\" + copy.commandName()
        }
        guard let fence = TeXVocabulary.fences[written] else {
            diagnostics.append(Diagnostic(.unknownTeXFence(written, command), at: at))
            index += 1
            return ""
        }
        if written.hasPrefix("\\") { _ = commandName() } else { index += 1 }
        return fence
    }

    /// `\begin{name} … \end{name}`: rows split by `\\`, cells by `&`.
    private mutating func environment(at start: SourceLocation) -> MathNode {
        let name = rawGroup(for: "\\begin")
        let known = TeXVocabulary.environments[name]
        if known == nil {
            diagnostics.append(Diagnostic(.unknownTeXEnvironment(name, known: TeXVocabulary.environments.keys.sorted()), at: start))
        }
        // An unknown environment is still read to its end, so that its `\end` is no second error.
        let style = known ?? (open: "", close: "", alignLeft: false)
        if name == "array" { _ = rawGroup(for: "\\begin{array}") }
        var rows: [[MathNode]] = [[]]
        while true {
            let cell = row(until: [.cell, .right, .end])
            rows[rows.count - 1].append(cell)
            guard index < characters.count else {
                diagnostics.append(Diagnostic(.unclosedTeXEnvironment(name), at: start))
                break
            }
            if characters[index] == "&" {
                index += 1
            } else if peekCommandName() == "\\" {
                index += 2
                rows.append([])
            } else if peekCommandName() == "end" {
                _ = commandName()
                let closing = rawGroup(for: "\\end")
                if closing != name { diagnostics.append(Diagnostic(.mismatchedTeXEnvironment(name, closing), at: start)) }
                break
            } else {
                report(unexpected: .right)
                _ = commandName()
            }
        }
        // A trailing `\\` leaves an empty last row.
        if let last = rows.last, last.count == 1, last[0] == .row([]) { rows.removeLast() }
        return .table(rows, open: style.open, close: style.close, alignLeft: style.alignLeft)
    }

    /// The argument with its letters (and digits, where the font has them) in `font`.
    private func styled(_ node: MathNode, _ font: TeXVocabulary.Font) -> MathNode {
        switch node {
        case .identifier(let name, let upright):
            if font == .mathrm { return .identifier(name, upright: true) }
            let mapped = name.map { font.map($0) ?? String($0) }.joined()
            // A mapped letter carries its style in the character, which no browser slants.
            return .identifier(mapped, upright: mapped == name && upright)
        case .number(let digits):
            guard font != .mathrm, digits.allSatisfy({ font.map($0) != nil }) else { return node }
            return .identifier(digits.map { font.map($0) ?? String($0) }.joined(), upright: true)
        case .row(let nodes): return .row(nodes.map { styled($0, font) })
        case .scripts(let base, let sub, let sup, let limits): return .scripts(base: styled(base, font), sub: sub, sup: sup, limits: limits)
        default: return node
        }
    }

    // MARK: Positions

    private mutating func skipWhitespace() {
        while index < characters.count, characters[index].isWhitespace { index += 1 }
    }

    private func location() -> SourceLocation {
        index < locations.count ? locations[index] : end
    }
}
