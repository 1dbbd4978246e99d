/// A type of experiment blocks as the reference page shows it: an enumeration and its cases,
/// or a result (what `descend` or `train` returns) and its properties.
public struct TypeDocumentation: Sendable, Hashable {
    /// A case (`.heNormal`, `.momentum(beta: Double = 0.9)`) or a property (`.final`).
    public struct Member: Sendable, Hashable {
        /// As a block writes it, with a case's parameters.
        public let declaration: String
        /// A property's type; empty for a case.
        public let type: String
        public let doc: String

        public init(declaration: String, type: String = "", doc: String) {
            self.declaration = declaration
            self.type = type
            self.doc = doc
        }
    }

    public enum Kind: Sendable, Hashable {
        case enumeration
        case result
    }

    public let name: String
    public let kind: Kind
    /// The topic of the builtins that take or return it.
    public let topic: String
    public let doc: String
    public let members: [Member]

    public init(name: String, kind: Kind, topic: String, doc: String, members: [Member]) {
        self.name = name
        self.kind = kind
        self.topic = topic
        self.doc = doc
        self.members = members
    }
}
