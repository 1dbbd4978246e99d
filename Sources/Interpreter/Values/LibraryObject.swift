/// A value the library defines: a traced number while a closure is being recorded, and,
/// later, networks, datasets and training histories. The interpreter knows only these
/// operations; each returns nil when the object has no such operation.
public protocol LibraryObject: AnyObject {
    /// The type name messages and `print` use.
    var typeName: String { get }
    /// Whether the object can stand where a `Double` is expected (a traced number can).
    var standsForDouble: Bool { get }
    /// `self op other`, or `other op self` when `selfOnLeft` is false.
    func binary(_ op: String, _ other: Value, selfOnLeft: Bool) throws -> Value?
    /// `op self`.
    func prefix(_ op: String) throws -> Value?
    /// `self.name`.
    func member(_ name: String) throws -> Value?
    /// `self(arguments)`.
    func call(_ arguments: [Value]) throws -> Value?
    /// How `print` writes the object.
    var printed: String { get }
    /// The names `member` answers, for the suggestion when a block misspells one.
    var memberNames: [String] { get }
}

extension LibraryObject {
    public var standsForDouble: Bool { false }
    public func binary(_ op: String, _ other: Value, selfOnLeft: Bool) throws -> Value? { nil }
    public func prefix(_ op: String) throws -> Value? { nil }
    public func member(_ name: String) throws -> Value? { nil }
    public func call(_ arguments: [Value]) throws -> Value? { nil }
    public var printed: String { "<\(typeName)>" }
    public var memberNames: [String] { [] }
}
