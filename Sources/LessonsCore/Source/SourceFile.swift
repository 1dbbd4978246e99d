/// A lesson or configuration file as read from disk: its display path and its text.
public struct SourceFile: Sendable, Hashable {
    /// The path shown in diagnostics, as the user named it (`lessons/01-sigmoid.md`).
    public let path: String
    public let text: String
    /// The file's lines without their terminators (`\n` or `\r\n`).
    public let lines: [String]

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
    }

    /// The text of a 1-based line, or nil past the end.
    public func line(_ number: Int) -> String? {
        lines.indices.contains(number - 1) ? lines[number - 1] : nil
    }

    /// The location of the first character of the file.
    public var start: SourceLocation { SourceLocation(path: path, line: 1, column: 1) }
}
