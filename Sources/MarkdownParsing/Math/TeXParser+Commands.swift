import LessonsCore

/// The commands of TeX math: symbols from the vocabulary, and the commands with arguments
/// (fractions, roots, text, fonts, accents, fences and environments).
extension TeXParser {
    mutating func command() -> MathNode? {
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
    mutating func commandName() -> String {
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

    func peekCommandName() -> String {
        var copy = self
        return copy.commandName()
    }

    /// `[…]` after `\sqrt`: the root's degree.
    mutating func bracketed() -> MathNode {
        var nodes: [MathNode] = []
        while index < characters.count, characters[index] != "]" {
            if peekTerminator() != nil { break }
            if let atom = atom() { nodes.append(scripts(on: atom)) }
        }
        if index < characters.count, characters[index] == "]" { index += 1 }
        return nodes.count == 1 ? nodes[0] : .row(nodes)
    }

    /// The characters of a `{…}` argument as they are written, for `\text` and `\operatorname`.
    mutating func rawGroup(for command: String) -> String {
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
    mutating func fenced(at start: SourceLocation) -> MathNode {
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

    mutating func fence(after command: String) -> String {
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
    mutating func environment(at start: SourceLocation) -> MathNode {
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
    func styled(_ node: MathNode, _ font: TeXVocabulary.Font) -> MathNode {
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
}
