/// A formula, parsed from TeX into the structure MathML Core draws: what the Site renders
/// as `<math>`, with no JavaScript and no web fonts.
public indirect enum MathNode: Sendable, Hashable {
    /// Several nodes in a row (`<mrow>`).
    case row([MathNode])
    /// A variable or a function name (`<mi>`). One letter is drawn italic; `upright`
    /// forces upright (`\mathrm`, capital Greek letters).
    case identifier(String, upright: Bool)
    case number(String)
    /// An operator, relation, fence or separator (`<mo>`). `stretchy` fences grow to their
    /// content (`\left(`); a large operator (∑) takes its limits above and below in display.
    case `operator`(String, form: OperatorForm)
    /// Words inside a formula (`\text{…}`).
    case text(String)
    case fraction(MathNode, MathNode)
    case squareRoot(MathNode)
    case root(MathNode, index: MathNode)
    /// Sub- and superscripts; `limits` puts them under and over the base, as for ∑ and lim.
    case scripts(base: MathNode, sub: MathNode?, sup: MathNode?, limits: Bool)
    /// An accent over a base: x̂, x̄, x̃, x⃗.
    case accent(MathNode, String)
    /// A matrix or `cases`: rows of cells, between fences ("" for none).
    case table([[MathNode]], open: String, close: String, alignLeft: Bool)
    /// Horizontal space, in em.
    case space(Double)
    /// A part set in display style (`\dfrac`, full size) or not (`\tfrac`, as in a line of text).
    case style(MathNode, display: Bool)

    public enum OperatorForm: Sendable, Hashable {
        case plain
        /// A fence that stretches to the height of what it encloses.
        case stretchy
        /// A large operator (∑, ∏) whose limits go under and over it in display.
        case large
        /// A fence of a fixed height, in em (`\bigl(`).
        case sized(Double)
    }
}

/// A formula of a lesson: its TeX as written, and its parse.
public struct MathFormula: Sendable, Hashable {
    public var tex: String
    /// Display math (`$$…$$`, a `math` block) is centred on its own line.
    public var display: Bool
    public var node: MathNode

    public init(tex: String, display: Bool, node: MathNode) {
        self.tex = tex
        self.display = display
        self.node = node
    }
}
