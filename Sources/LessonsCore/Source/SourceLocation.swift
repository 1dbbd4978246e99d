/// A position in a file: 1-based line, and 1-based column counted in characters
/// (what an editor shows), never in bytes.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public let path: String
    public let line: Int
    public let column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }

    /// `path:line:column`, the prefix compilers use.
    public var description: String { "\(path):\(line):\(column)" }
}
