/// Formats diagnostics the way compilers do, with the source line and a caret:
///
/// ```
/// lessons/03-saddle-points.md:42:18: error: unknown name 'heNormall'; did you mean 'heNormal'?
///     let net = Network([2, 8, 1], initializer: .heNormall)
///                                                ^
/// ```
///
/// A line longer than `width` characters is shown as `width` characters around the column,
/// with `…` where it was cut: a paragraph on one line can be a hundred kilobytes, and
/// quoting all of it for each of its errors buried the messages (and took minutes).
public struct DiagnosticFormatter: Sendable {
    /// The most characters of a line a diagnostic quotes.
    public static let width = 100
    private let sources: [String: SourceFile]

    public init(sources: [SourceFile]) {
        self.sources = Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        format([diagnostic])[0]
    }

    /// Each diagnostic formatted, in order. The character positions of a long line are
    /// found once, however many diagnostics point into it.
    public func format(_ diagnostics: [Diagnostic]) -> [String] {
        var positions: [LineKey: [String.Index]] = [:]
        return diagnostics.map { diagnostic in
            let location = diagnostic.location
            var text = "\(location): \(diagnostic.severity.rawValue): \(diagnostic.message.text)"
            guard let line = sources[location.path]?.line(location.line), !line.isEmpty else { return text }
            let key = LineKey(path: location.path, line: location.line)
            // A line of at most `width` bytes has at most `width` characters.
            let indices = line.utf8.count <= Self.width ? nil : positions[key] ?? {
                let found = Array(line.indices) + [line.endIndex]
                positions[key] = found
                return found
            }()
            let (shown, caret) = Self.excerpt(of: line, indices: indices, column: location.column)
            text += "\n    " + shown + "\n    " + caret + "^"
            return text
        }
    }

    private struct LineKey: Hashable {
        let path: String
        let line: Int
    }

    /// The part of `line` to show, and the whitespace that puts a caret under `column` in it.
    /// Tabs are copied from the line, so the caret lines up however wide a tab is drawn.
    private static func excerpt(of line: String, indices: [String.Index]?, column: Int) -> (String, String) {
        let offset = max(column - 1, 0)
        guard let indices, indices.count - 1 > width else {
            return (line, caretPrefix(line.prefix(offset)))
        }
        let count = indices.count - 1
        let start = max(0, min(offset - width / 2, count - width))
        let end = min(count, start + width)
        let head = start > 0 ? "…" : ""
        let shown = head + line[indices[start]..<indices[end]] + (end < count ? "…" : "")
        let before = line[indices[start]..<indices[min(max(offset, start), count)]]
        return (shown, (head.isEmpty ? "" : " ") + caretPrefix(before))
    }

    private static func caretPrefix(_ text: Substring) -> String {
        String(text.map { $0 == "\t" ? "\t" : " " })
    }
}
