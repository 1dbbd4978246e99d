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

    /// The 1-based character column of a 1-based UTF-8 byte column within `line`.
    /// cmark and swift-syntax count bytes; people and editors count characters.
    public static func characterColumn(ofByteColumn byteColumn: Int, in line: String) -> Int {
        // In ASCII a byte is a character; walking characters is the slow part of placing a node.
        if line.utf8.allSatisfy({ $0 < 0x80 }) { return min(max(byteColumn, 1), line.utf8.count + 1) }
        var bytes = 0
        var column = 1
        for character in line {
            bytes += character.utf8.count
            if bytes > byteColumn - 1 { break }
            column += 1
        }
        return column
    }
}
