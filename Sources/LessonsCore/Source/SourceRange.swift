/// The span of a Markdown node in its file, inclusive of both ends.
public struct SourceRange: Sendable, Hashable {
    public let start: SourceLocation
    public let end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }
}
