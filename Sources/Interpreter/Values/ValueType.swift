/// A type as experiment blocks spell it, for annotations, signatures and messages.
public indirect enum ValueType: Hashable, Sendable, CustomStringConvertible {
    case any, void, bool, int, double, string
    case array(ValueType)
    case tuple([ValueType])
    case closedRange(ValueType)
    case range(ValueType)
    case function([ValueType], ValueType)
    /// A type a builtin's signature names for any type, such as an array's `Element`.
    case generic(String)
    /// A type the library defines, by name.
    case object(String)
    /// An enumeration the library declares.
    case enumeration(Enumeration)

    public var description: String {
        switch self {
        case .any: "Any"
        case .generic(let name), .object(let name): name
        case .enumeration(let enumeration): enumeration.name
        case .void: "Void"
        case .bool: "Bool"
        case .int: "Int"
        case .double: "Double"
        case .string: "String"
        case .array(let element): "[\(element)]"
        case .tuple(let elements): "(" + elements.map(\.description).joined(separator: ", ") + ")"
        case .closedRange(let bound): "ClosedRange<\(bound)>"
        case .range(let bound): "Range<\(bound)>"
        case .function(let parameters, let result):
            "(" + parameters.map(\.description).joined(separator: ", ") + ") -> \(result)"
        }
    }

    /// The type named by a simple annotation, for names a block may write.
    static func named(_ name: String) -> ValueType? {
        ["Int": .int, "Double": .double, "Bool": .bool, "String": .string, "Void": .void, "Any": .any][name]
    }
}

extension Value {
    /// The value's type as Swift would name it. An empty array's element type is unknown
    /// at run time, and is named `Any`.
    public var type: ValueType {
        switch self {
        case .void: .void
        case .bool: .bool
        case .int: .int
        case .double: .double
        case .string: .string
        case .array(let elements): .array(elements.first?.type ?? .any)
        case .tuple(let tuple): .tuple(tuple.elements.map(\.type))
        case .range(.integers(_, _, true)): .closedRange(.int)
        case .range(.integers(_, _, false)): .range(.int)
        case .range(.reals(_, _, true)): .closedRange(.double)
        case .range(.reals(_, _, false)): .range(.double)
        case .function(.closure(let closure)):
            .function(closure.parameters.map { $0.type ?? .double }, closure.returnType ?? .double)
        case .function(.builtin): .function([.double], .double)
        case .function(.operator): .function([.generic("T"), .generic("T")], .generic("T"))
        case .object(let object): .object(object.typeName)
        case .enumCase(let value): value.enumeration.map(ValueType.enumeration) ?? .generic("." + value.name)
        }
    }

    /// Whether the value can be used where `type` is expected, as is.
    func conforms(to type: ValueType) -> Bool {
        switch (type, self) {
        case (.any, _), (.generic, _), (.void, .void), (.bool, .bool), (.int, .int), (.double, .double), (.string, .string): true
        case (.array(let element), .array(let elements)): elements.allSatisfy { $0.conforms(to: element) }
        case (.tuple(let types), .tuple(let tuple)):
            types.count == tuple.elements.count && zip(tuple.elements, types).allSatisfy { $0.conforms(to: $1) }
        case (.closedRange(.int), .range(.integers(_, _, true))), (.range(.int), .range(.integers(_, _, false))),
             (.closedRange(.double), .range(.reals(_, _, true))), (.range(.double), .range(.reals(_, _, false))):
            true
        case (.function, .function): true
        case (.double, .object(let object)): object.standsForDouble
        case (.object(let name), .object(let object)): object.typeName == name
        default: false
        }
    }

    /// The value as `type`, converting integer literals to `Double` as Swift types them by
    /// context. Only literals convert: `let n = 3` then `sqrt(n)` is an error in Swift too.
    public func converted(to type: ValueType, isLiteral: Bool) -> Value? {
        if conforms(to: type) { return self }
        switch (type, self) {
        case (.enumeration(let enumeration), .enumCase(let value)):
            return value.resolved(as: enumeration).map(Value.enumCase)
        default:
            break
        }
        guard isLiteral else { return nil }
        switch (type, self) {
        case (.double, .int(let value)):
            return .double(Double(value))
        case (.array(let element), .array(let elements)):
            let converted = elements.compactMap { $0.converted(to: element, isLiteral: true) }
            return converted.count == elements.count ? .array(converted) : nil
        case (.tuple(let types), .tuple(let tuple)) where types.count == tuple.elements.count:
            let converted = zip(tuple.elements, types).compactMap { $0.converted(to: $1, isLiteral: true) }
            return converted.count == types.count ? .tuple(Tuple(elements: converted, labels: tuple.labels)) : nil
        case (.closedRange(.double), .range(.integers(let lower, let upper, true))),
             (.range(.double), .range(.integers(let lower, let upper, false))):
            return .range(.reals(lower: Double(lower), upper: Double(upper), isClosed: type == .closedRange(.double)))
        default:
            return nil
        }
    }
}
