/// Writes HTML (and inline SVG) text. Everything goes through escaping methods, except
/// `authorHTML`, the one door for raw HTML that a lesson's author wrote.
public struct HTMLWriter: Sendable {
    public private(set) var html = ""

    public init() {}

    /// Writes text, escaping `&`, `<`, `>` and `"` exactly as cmark does.
    public mutating func text(_ text: String) {
        html += Self.escaped(text)
    }

    public mutating func open(_ name: String, _ attributes: [Attribute] = []) {
        html += "<" + name
        writeAttributes(attributes)
        html += ">"
    }

    public mutating func close(_ name: String) {
        html += "</" + name + ">"
    }

    /// An element with no content, written `<name … />` as cmark writes `<hr />`.
    public mutating func empty(_ name: String, _ attributes: [Attribute] = []) {
        html += "<" + name
        writeAttributes(attributes)
        html += " />"
    }

    /// cmark's `cr()`: starts a new line unless at the start or already on a new one.
    public mutating func newline() {
        if let last = html.utf8.last, last != UInt8(ascii: "\n") { html += "\n" }
    }

    /// Writes a line feed unconditionally (cmark's line breaks inside text).
    public mutating func lineFeed() {
        html += "\n"
    }

    /// The author's raw HTML, verbatim. Nothing a block produces may come through here.
    public mutating func authorHTML(_ raw: String) {
        html += raw
    }

    public mutating func write(_ markup: Markup) {
        switch markup {
        case .text(let text):
            self.text(text)
        case .newline:
            newline()
        case .comment(let text):
            html += "<!-- " + text.replacing("--", with: "- -") + " -->"
        case .fragment(let children):
            children.forEach { write($0) }
        case .element(let name, let attributes, let children):
            if children.isEmpty && Self.selfClosing.contains(name) {
                empty(name, attributes)
            } else {
                open(name, attributes)
                children.forEach { write($0) }
                close(name)
            }
        }
    }

    /// The HTML of a markup tree.
    public static func render(_ markup: Markup) -> String {
        var writer = HTMLWriter()
        writer.write(markup)
        return writer.html
    }

    private mutating func writeAttributes(_ attributes: [Attribute]) {
        for attribute in attributes {
            html += " " + attribute.name + "=\""
            switch attribute.value {
            case .text(let value): html += Self.escaped(value)
            case .url(let value): html += Self.escapedURL(value)
            }
            html += "\""
        }
    }

    /// HTML's void elements, and SVG's shapes, which are written `<name />` when empty.
    private static let selfClosing: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "path", "line", "rect", "circle", "ellipse", "polyline", "polygon", "use", "stop",
    ]

    /// Escapes `&`, `<`, `>` and `"`; cmark leaves `'` and `/` alone outside its secure mode.
    public static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Escapes a URL for an `href` or `src` as cmark's houdini does: bytes outside a safe set
    /// become `%XX`, and `&` and `'` become entities.
    public static func escapedURL(_ url: String) -> String {
        var result = ""
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): result += "&amp;"
            case UInt8(ascii: "'"): result += "&#x27;"
            case _ where urlSafe(byte): result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF")
                result += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
            }
        }
        return result
    }

    private static func urlSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "!#$%()*+,-./:;=?@_~".utf8.contains(byte)
        }
    }
}
