/// A formula as a reader would type it in plain text: `2/(n_in + n_out)`, `σ′(x) ≤ 1/4`,
/// `w²`. Search snippets and the table of contents show it instead of the TeX source.
extension MathNode {
    public var readableText: String {
        switch self {
        case .row(let nodes): return nodes.map(\.readableText).joined()
        case .identifier(let name, _), .number(let name): return name
        case .operator(let symbol, _):
            return ["=", "<", ">", "≤", "≥", "≈", "≠", "→", "←", "+", "−", "±", "×", "·"].contains(symbol) ? " \(symbol) " : symbol
        case .text(let words): return words
        case .fraction(let numerator, let denominator): return Self.grouped(numerator) + "/" + Self.grouped(denominator)
        case .squareRoot(let radicand): return "√" + Self.grouped(radicand)
        case .root(let radicand, let index): return index.readableText + "√" + Self.grouped(radicand)
        case .scripts(let base, let sub, let sup, _):
            return base.readableText + (sub.map { Self.script($0, marks: Self.subscripts, fallback: "_") } ?? "")
                + (sup.map { Self.script($0, marks: Self.superscripts, fallback: "^") } ?? "")
        case .accent(let base, let mark): return base.readableText + mark
        case .table(let rows, let open, let close, _):
            return open + rows.map { $0.map(\.readableText).joined(separator: " ") }.joined(separator: "; ") + close
        case .space: return " "
        case .style(let node, _): return node.readableText
        }
    }

    /// One symbol as it is; anything longer in parentheses.
    private static func grouped(_ node: MathNode) -> String {
        let text = node.readableText.trimmingSpaces
        return text.count <= 1 || Double(text) != nil ? text : "(" + text + ")"
    }

    /// A script in Unicode's raised or lowered characters when it has one for each, else
    /// after `^` or `_`.
    private static func script(_ node: MathNode, marks: [Character: Character], fallback: String) -> String {
        let text = node.readableText.trimmingSpaces
        let raised = text.compactMap { marks[$0] }
        return raised.count == text.count ? String(raised) : fallback + grouped(node)
    }

    private static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        "+": "⁺", "−": "⁻", "-": "⁻", "(": "⁽", ")": "⁾", "n": "ⁿ", "i": "ⁱ", "T": "ᵀ", "′": "′",
    ]
    private static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
        "+": "₊", "−": "₋", "i": "ᵢ", "j": "ⱼ", "k": "ₖ", "n": "ₙ", "t": "ₜ", "x": "ₓ", "e": "ₑ",
    ]
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
