import LessonsCore

/// A property of a library object, registered as builtins are: a block reads it by name,
/// and the reference page lists it with its type and doc.
public struct ObjectProperty<Object: AnyObject>: Sendable {
    public let name: String
    public let type: ValueType
    public let doc: String
    let read: @Sendable (Object) throws -> Value

    public init(_ name: String, _ type: ValueType, doc: String, _ read: @escaping @Sendable (Object) throws -> Value) {
        self.name = name
        self.type = type
        self.doc = doc
        self.read = read
    }
}

/// A library object whose properties are a table: reading a member, the names a misspelt
/// member is compared with, and the type's entry on the reference page all come from it.
public protocol DocumentedObject: LibraryObject {
    /// The type's name, as messages, annotations and the reference page write it.
    static var typeName: String { get }
    /// What the object is, in one line.
    static var doc: String { get }
    static var properties: [ObjectProperty<Self>] { get }
}

extension DocumentedObject {
    public var typeName: String { Self.typeName }

    public var memberNames: [String] { Self.properties.map(\.name).sorted() }

    public func member(_ name: String) throws -> Value? {
        guard let property = Self.properties.first(where: { $0.name == name }) else { return nil }
        return try property.read(self)
    }

    /// The type as the reference page lists it, under `topic`.
    public static func documentation(topic: String) -> TypeDocumentation {
        TypeDocumentation(name: typeName, kind: .result, topic: topic, doc: doc, members: properties.map { property in
            TypeDocumentation.Member(declaration: "." + property.name, type: property.type.description, doc: property.doc)
        })
    }
}

/// A documented object's type, for the registry, which cannot name the generic protocol.
public struct DocumentedType {
    public let name: String
    let documentation: (String) -> TypeDocumentation

    public init<Object: DocumentedObject>(_ type: Object.Type) {
        name = type.typeName
        documentation = type.documentation(topic:)
    }
}
