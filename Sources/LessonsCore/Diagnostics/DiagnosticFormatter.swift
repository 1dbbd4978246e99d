/// Formats diagnostics the way compilers do, with the source line and a caret:
///
/// ```
/// lessons/03-saddle-points.md:42:18: error: unknown name 'heNormall'; did you mean 'heNormal'?
///     let net = Network([2, 8, 1], initializer: .heNormall)
///                                                ^
/// ```
public struct DiagnosticFormatter: Sendable {
    private let sources: [String: SourceFile]

    public init(sources: [SourceFile]) {
        self.sources = Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        let location = diagnostic.location
        var text = "\(location): \(diagnostic.severity.rawValue): \(diagnostic.message.text)"
        if let line = sources[location.path]?.line(location.line), !line.isEmpty {
            text += "\n    " + line + "\n    " + caretPrefix(for: line, column: location.column) + "^"
        }
        return text
    }

    /// The whitespace that puts a caret under `column`. Tabs are copied from the line, so the
    /// caret lines up however wide the terminal draws a tab.
    private func caretPrefix(for line: String, column: Int) -> String {
        String(line.prefix(max(column - 1, 0)).map { $0 == "\t" ? "\t" : " " })
    }
}
