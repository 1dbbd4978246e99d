import LessonsCore

/// A function, method or property that experiment blocks can use. Every builtin is an
/// entry in one registry, with its signature and a one-line doc, which also make the
/// reference page.
///
/// A class: a call site holds on to the builtin it chose, and copying a struct of six
/// strings and a closure retained each of them, on every call.
public final class Builtin {
    public enum Kind: Hashable {
        /// A free function: `sigmoid(x)`, `linspace(a, b, count:)`. A dotted name such as
        /// `sigmoid.derivative` is reached as a member of the function before the dot.
        case function
        /// A named value, such as `Double.pi`; a dotted name is reached as a member.
        case constant
        /// A method of a receiver: `xs.max()`. A mutating method may change its receiver.
        case method(on: Receiver, isMutating: Bool)
        /// A property of a receiver: `xs.count`.
        case property(on: Receiver)
    }

    /// The kinds of value that have methods and properties.
    public enum Receiver: String, Hashable, Sendable, CaseIterable {
        case array = "Array", double = "Double", int = "Int", string = "String", range = "Range", function = "Function"
    }

    public let name: String
    public let kind: Kind
    public let parameters: [Parameter]
    public let returns: ValueType
    /// One line saying what the builtin does.
    public let doc: String
    /// The reference page groups builtins by topic.
    public let topic: String
    /// A short use, shown on the reference page.
    public let example: String
    public let body: (inout Invocation) throws -> Value

    public init(
        _ name: String, kind: Kind = .function, parameters: [Parameter] = [], returns: ValueType,
        topic: String, doc: String, example: String, body: @escaping (inout Invocation) throws -> Value
    ) {
        self.name = name
        self.kind = kind
        self.parameters = parameters
        self.returns = returns
        self.topic = topic
        self.doc = doc
        self.example = example
        self.body = body
    }

    /// Whether the builtin changes its receiver.
    public var isMutating: Bool {
        if case .method(_, isMutating: true) = kind { return true }
        return false
    }

    /// The signature as Swift would declare it: `linspace(_ start: Double, _ end: Double, count: Int) -> [Double]`.
    public var signature: String {
        let prefix: String
        switch kind {
        case .function, .constant: prefix = ""
        case .method(let receiver, _), .property(let receiver): prefix = receiver.rawValue + "."
        }
        switch kind {
        case .property, .constant: return "\(prefix)\(name): \(returns)"
        default: break
        }
        let parameters = self.parameters.map(\.declaration).joined(separator: ", ")
        return "\(prefix)\(name)(\(parameters))" + (returns == .void ? "" : " -> \(returns)")
    }

    /// How a call names it: `linspace(_:_:count:)`.
    public var selector: String {
        name + "(" + parameters.map { ($0.label ?? "_") + ":" }.joined() + ")"
    }

    /// The builtin as plain data, for the reference page, its example highlighted.
    public func documentation(builtinNames: Set<String>) -> BuiltinDocumentation {
        BuiltinDocumentation(name: name, signature: signature, topic: topic, doc: doc,
                             example: SyntaxHighlighter.tokens(for: example, builtins: builtinNames))
    }
}

/// A parameter of a builtin.
public struct Parameter {
    /// The argument label, or nil when callers write none (`_`).
    public let label: String?
    public let name: String
    public let type: ValueType
    public let defaultValue: Value?
    /// Takes any number of arguments, passed to the body as one array (`print(_ items: Any...)`).
    public let isVariadic: Bool

    /// A parameter whose label (nil for `_`) differs from its name.
    public init(_ label: String?, _ name: String, _ type: ValueType, default defaultValue: Value? = nil,
                isVariadic: Bool = false) {
        self.label = label
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.isVariadic = isVariadic
    }

    /// A parameter whose label is its name.
    public init(_ label: String, _ type: ValueType, default defaultValue: Value? = nil) {
        self.init(label, label, type, default: defaultValue)
    }

    var declaration: String {
        let head = label == name ? name : "\(label ?? "_") \(name)"
        let tail = defaultValue.map { " = \($0.debugText)" } ?? ""
        return "\(head): \(type)\(isVariadic ? "..." : "")\(tail)"
    }
}
