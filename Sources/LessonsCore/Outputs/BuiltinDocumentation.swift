/// A builtin of experiment blocks as the reference page shows it.
public struct BuiltinDocumentation: Sendable, Hashable {
    public let name: String
    public let signature: String
    public let topic: String
    public let doc: String
    /// A short use of the builtin, classified for highlighting.
    public let example: [CodeToken]

    public init(name: String, signature: String, topic: String, doc: String, example: [CodeToken]) {
        self.name = name
        self.signature = signature
        self.topic = topic
        self.doc = doc
        self.example = example
    }
}
