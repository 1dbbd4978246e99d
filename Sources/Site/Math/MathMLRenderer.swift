import LessonsCore

/// Writes a formula as MathML Core, which browsers draw with their own math fonts: no
/// JavaScript, no web fonts, and a tree that screen readers can read. The TeX rides along
/// as an annotation, so copying a formula gives its source.
enum MathMLRenderer {
    static func markup(_ formula: MathFormula) -> Markup {
        var attributes = [Attribute("xmlns", "http://www.w3.org/1998/Math/MathML")]
        if formula.display { attributes.append(Attribute("display", "block")) }
        let semantics = Markup.tag("semantics", [
            row(formula.node),
            .tag("annotation", ["encoding": "application/x-tex"], text: formula.tex),
        ])
        return .element(name: "math", attributes: attributes, children: [semantics])
    }

    /// A node as exactly one MathML element, as the children of `mfrac` and `msub` must be.
    private static func row(_ node: MathNode) -> Markup {
        if case .row(let nodes) = node, nodes.count == 1 { return row(nodes[0]) }
        return element(node)
    }

    /// The nodes of a row, with an invisible function application (U+2061) after each named
    /// function, so that `sin x` is spaced as a function and read aloud as one. A + or − that
    /// begins the row or follows another operator is a sign, as TeX reads it: `(−4, 1)`
    /// gets no space between − and 4.
    private static func children(_ nodes: [MathNode]) -> [Markup] {
        nodes.enumerated().flatMap { index, node -> [Markup] in
            if case .operator(let symbol, .plain) = node, ["+", "−", "±"].contains(symbol) {
                let previous = index > 0 ? nodes[index - 1] : nil
                let afterOperator: Bool
                if case .operator? = previous { afterOperator = true } else { afterOperator = previous == nil }
                if afterOperator { return [.tag("mo", ["form": "prefix"], text: symbol)] }
            }
            return isFunctionName(node) ? [element(node), .tag("mo", text: "\u{2061}")] : [element(node)]
        }
    }

    /// Delimiters that TeX never stretches unless asked (`\left`, `\big`): MathML's
    /// dictionary would stretch them to the row's height and space `|` as a relation.
    static let fixedDelimiters: Set<String> = ["(", ")", "[", "]", "{", "}", "|", "‖", "⟨", "⟩", "⌊", "⌋", "⌈", "⌉"]

    private static func isFunctionName(_ node: MathNode) -> Bool {
        switch node {
        case .identifier(let name, upright: true): name.count > 1
        case .scripts(let base, _, _, _): isFunctionName(base)
        default: false
        }
    }

    private static func element(_ node: MathNode) -> Markup {
        switch node {
        case .row(let nodes):
            return nodes.count == 1 && !isFunctionName(nodes[0]) ? element(nodes[0]) : .tag("mrow", children(nodes))
        case .identifier(let name, let upright):
            // MathML Core slants a one-letter <mi> and nothing else.
            return upright && name.count == 1 ? .tag("mi", ["mathvariant": "normal"], text: name) : .tag("mi", text: name)
        case .number(let digits):
            return .tag("mn", text: digits)
        case .operator(let symbol, let form):
            switch form {
            case .plain:
                guard fixedDelimiters.contains(symbol) else { return .tag("mo", text: symbol) }
                return .tag("mo", ["stretchy": "false", "lspace": "0", "rspace": "0"], text: symbol)
            case .stretchy: return .tag("mo", ["stretchy": "true"], text: symbol)
            case .large: return .tag("mo", ["largeop": "true"], text: symbol)
            case .sized(let em):
                let size = NumberFormat.fixed(em, decimals: 3) + "em"
                return .tag("mo", ["stretchy": "true", "symmetric": "true", "minsize": size, "maxsize": size], text: symbol)
            }
        case .text(let words):
            return .tag("mtext", text: words)
        case .fraction(let numerator, let denominator):
            return .tag("mfrac", [row(numerator), row(denominator)])
        case .squareRoot(let radicand):
            return .tag("msqrt", [row(radicand)])
        case .root(let radicand, let degree):
            return .tag("mroot", [row(radicand), row(degree)])
        case .scripts(let base, let sub, let sup, let limits):
            return scripts(base: row(base), sub: sub.map(row), sup: sup.map(row), limits: limits)
        case .accent(let base, let mark):
            return .tag("mover", ["accent": "true"], [row(base), .tag("mo", text: mark)])
        case .table(let rows, let open, let close, let alignLeft):
            // `cases` aligns its cells left: a class, since MathML Core has no columnalign.
            let cellAttributes = alignLeft ? [Attribute("class", "math-left")] : []
            let table = Markup.tag("mtable", rows.map { cells in
                .tag("mtr", cells.map { .element(name: "mtd", attributes: cellAttributes, children: [row($0)]) })
            })
            var parts: [Markup] = []
            if !open.isEmpty { parts.append(.tag("mo", ["stretchy": "true"], text: open)) }
            parts.append(table)
            if !close.isEmpty { parts.append(.tag("mo", ["stretchy": "true"], text: close)) }
            return parts.count == 1 ? table : .tag("mrow", parts)
        case .style(let content, let display):
            // <mstyle>: MathML Core reads displaystyle on any element, the Nu checker's MathML 3 only here.
            return .tag("mstyle", ["displaystyle": display ? "true" : "false"], [row(content)])
        case .space(let em):
            return .tag("mspace", ["width": NumberFormat.fixed(em, decimals: 4) + "em"], [])
        }
    }

    private static func scripts(base: Markup, sub: Markup?, sup: Markup?, limits: Bool) -> Markup {
        switch (sub, sup) {
        case (nil, nil): return base
        case (let sub?, nil): return .tag(limits ? "munder" : "msub", [base, sub])
        case (nil, let sup?): return .tag(limits ? "mover" : "msup", [base, sup])
        case (let sub?, let sup?): return .tag(limits ? "munderover" : "msubsup", [base, sub, sup])
        }
    }
}
