/// A position in a file: 1-based line, and 1-based column counted in characters
/// (what an editor shows), never in bytes.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The three fields behind one reference. The interpreter's compiled code keeps a
    /// location in nearly every closure, for the error it may throw, and a closure's captures
    /// are copied out to it on every call: a path and two numbers made 32 bytes of each copy.
    private final class Fields: Sendable {
        let path: String
        let line: Int
        let column: Int

        init(path: String, line: Int, column: Int) {
            (self.path, self.line, self.column) = (path, line, column)
        }
    }

    private let fields: Fields

    public var path: String { fields.path }
    public var line: Int { fields.line }
    public var column: Int { fields.column }

    public init(path: String, line: Int, column: Int) {
        fields = Fields(path: path, line: line, column: column)
    }

    public static func == (a: SourceLocation, b: SourceLocation) -> Bool {
        a.fields === b.fields || (a.line == b.line && a.column == b.column && a.path == b.path)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(line)
        hasher.combine(column)
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }

    /// `path:line:column`, the prefix compilers use.
    public var description: String { "\(path):\(line):\(column)" }

    private enum CodingKeys: String, CodingKey {
        case path, line, column
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(path: try container.decode(String.self, forKey: .path), line: try container.decode(Int.self, forKey: .line),
                  column: try container.decode(Int.self, forKey: .column))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
    }
}
