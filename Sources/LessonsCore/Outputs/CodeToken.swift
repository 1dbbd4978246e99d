/// A run of an experiment's code with its syntax class, for highlighting.
/// The interpreter classifies (it owns swift-syntax); the site only draws.
public struct CodeToken: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case plain, keyword, identifier, type, number, string, comment, `operator`, builtin
    }

    public let kind: Kind
    public let text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}
