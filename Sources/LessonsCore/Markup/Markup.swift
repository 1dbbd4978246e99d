/// HTML and SVG as typed nodes. Text and attribute values are escaped when written, so
/// nothing a lesson prints or labels can become markup.
public indirect enum Markup: Sendable, Hashable {
    case element(name: String, attributes: [Attribute], children: [Markup])
    case text(String)
    case fragment([Markup])
    /// An HTML comment; any `--` in the text is broken up so it cannot end the comment.
    case comment(String)
    /// Ends the current line of the written file, unless it just ended: keeps pages and
    /// charts diffable, one element per line, without changing what they show.
    case newline

    /// An element with attributes in the order given.
    public static func tag(
        _ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ children: [Markup] = []
    ) -> Markup {
        .element(name: name, attributes: attributes.map { Attribute($0.key, $0.value) }, children: children)
    }

    /// An element without attributes.
    public static func tag(_ name: String, _ children: [Markup]) -> Markup {
        .element(name: name, attributes: [], children: children)
    }

    /// An element with attributes in the order given, and one text child.
    public static func tag(
        _ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String
    ) -> Markup {
        tag(name, attributes, [.text(text)])
    }
}

/// An attribute of a markup element. Its value is text, or a URL (escaped as cmark escapes
/// `href`, so our links and cmark's agree byte for byte).
public struct Attribute: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        case text(String)
        case url(String)
    }

    public let name: String
    public let value: Value

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = .text(value)
    }

    public init(_ name: String, url: String) {
        self.name = name
        self.value = .url(url)
    }
}
