/// An inline node of a lesson's Markdown: text, emphasis, links and the like.
public struct MarkdownInline: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case html(String)
        case emphasis([MarkdownInline])
        case strong([MarkdownInline])
        case link(MarkdownLink, [MarkdownInline])
        case image(MarkdownLink, [MarkdownInline])
        /// `$…$` or `$$…$$`.
        case math(MathFormula)
    }

    public var kind: Kind
    /// Where cmark says the node is; breaks have no position.
    public var range: SourceRange?

    public init(_ kind: Kind, range: SourceRange? = nil) {
        self.kind = kind
        self.range = range
    }

    /// The text a reader sees, without markup: for headings' anchors, the table of
    /// contents and images' alternative text.
    public static func plainText(_ inlines: [MarkdownInline]) -> String {
        inlines.map { inline in
            switch inline.kind {
            case .text(let text), .code(let text), .html(let text): text
            case .math(let formula): formula.node.readableText
            case .softBreak, .lineBreak: " "
            case .emphasis(let children), .strong(let children),
                 .link(_, let children), .image(_, let children): plainText(children)
            }
        }.joined()
    }
}

/// A link's or image's destination and title, as cmark resolved them.
public struct MarkdownLink: Sendable, Hashable {
    public var destination: String
    public var title: String

    public init(destination: String, title: String) {
        self.destination = destination
        self.title = title
    }
}
