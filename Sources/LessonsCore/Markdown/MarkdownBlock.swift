/// A block of a lesson's Markdown, converted from cmark's tree into a value.
public struct MarkdownBlock: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case paragraph([MarkdownInline])
        case heading(level: Int, [MarkdownInline])
        case blockQuote([MarkdownBlock])
        /// A block quote marked `[!NOTE]`, `[!TIP]`, …: an aside of that kind.
        case callout(CalloutKind, [MarkdownBlock])
        case list(MarkdownList)
        /// A fenced or indented code block that is shown, never run.
        case codeBlock(info: String, literal: String)
        case htmlBlock(String)
        /// A ```` ```math ```` block: display math.
        case math(MathFormula)
        case thematicBreak
        /// An experiment block: an index into `Lesson.experiments`.
        case experiment(Int)
        /// A block quote marked `[!EXERCISE]`: the question, then from its solution block
        /// (`//| solution: true`) on, the solution, which pages show collapsed.
        case exercise(question: [MarkdownBlock], solution: [MarkdownBlock])
    }

    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// The kinds of callout, as GitHub's alerts name them.
public enum CalloutKind: String, Sendable, Hashable, CaseIterable {
    case note, tip, important, warning, caution

    /// The heading a reader sees.
    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

/// A bullet or ordered list.
public struct MarkdownList: Sendable, Hashable {
    public var isOrdered: Bool
    /// The number of the first item of an ordered list.
    public var start: Int
    /// A tight list renders its items' paragraphs without `<p>`.
    public var isTight: Bool
    public var items: [[MarkdownBlock]]

    public init(isOrdered: Bool, start: Int, isTight: Bool, items: [[MarkdownBlock]]) {
        self.isOrdered = isOrdered
        self.start = start
        self.isTight = isTight
        self.items = items
    }
}
