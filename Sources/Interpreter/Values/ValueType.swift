/// A type as experiment blocks spell it, for annotations, signatures and messages.
public indirect enum ValueType: Hashable, Sendable, CustomStringConvertible {
    case any, void, bool, int, double, string
    case array(ValueType)
    /// A tuple's element types, and its labels when it has them (`(run: Training, cost: Double)`).
    case tuple([ValueType], labels: [String?] = [])
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
        case .tuple(let elements, let labels):
            "(" + elements.enumerated().map { index, type in
                (index < labels.count ? labels[index].map { "\($0): " } ?? "" : "") + type.description
            }.joined(separator: ", ") + ")"
        case .closedRange(let bound): "ClosedRange<\(bound)>"
        case .range(let bound): "Range<\(bound)>"
        case .function(let parameters, let result):
            "(" + parameters.map(\.description).joined(separator: ", ") + ") -> \(result)"
        }
    }

    /// The type named by a simple annotation, for names a block may write.
    static func named(_ name: String) -> ValueType? {
        swiftTypes[name]
    }

    /// The types of Swift's own that annotations may name.
    static let swiftTypes: [String: ValueType] = [
        "Int": .int, "Double": .double, "Bool": .bool, "String": .string, "Void": .void, "Any": .any,
    ]

    /// The one type two elements of an array literal can share, part by part: `Double` where
    /// one has an `Int` and the other a `Double` (an integer literal may become `Double`).
    /// Whether the `Int` parts really are literals is up to the conversion that follows.
    func joined(with other: ValueType) -> ValueType? {
        switch (self, other) {
        case _ where self == other: self
        case (.int, .double), (.double, .int): .double
        // An implicit member (`.nan`) takes the type of the elements beside it.
        case (.generic(let name), _) where name.hasPrefix("."): other
        case (_, .generic(let name)) where name.hasPrefix("."): self
        case (.array(.any), .array), (.array, .array(.any)): self == .array(.any) ? other : self
        case (.array(let a), .array(let b)): a.joined(with: b).map(ValueType.array)
        case (.tuple(let a, let labels), .tuple(let b, let otherLabels)) where a.count == b.count:
            Self.all(zip(a, b).map { $0.joined(with: $1) }).map { ValueType.tuple($0, labels: labels == otherLabels ? labels : []) }
        default: nil
        }
    }

    /// Every part, or nil if one is missing.
    private static func all(_ parts: [ValueType?]) -> [ValueType]? {
        let present = parts.compactMap { $0 }
        return present.count == parts.count ? present : nil
    }

    /// The names of the library objects and enumerations this type is made of.
    var typeNames: [String] {
        switch self {
        case .enumeration(let enumeration): [enumeration.name]
        case .array(let element), .closedRange(let element), .range(let element): element.typeNames
        case .tuple(let elements, _): elements.flatMap(\.typeNames)
        case .function(let parameters, let result): parameters.flatMap(\.typeNames) + result.typeNames
        default: objectNames
        }
    }

    /// The names of the library objects this type is made of (`Descent` in `[Descent]`).
    var objectNames: [String] {
        switch self {
        case .object(let name): [name]
        case .array(let element), .closedRange(let element), .range(let element): element.objectNames
        case .tuple(let elements, _): elements.flatMap(\.objectNames)
        case .function(let parameters, let result): parameters.flatMap(\.objectNames) + result.objectNames
        default: []
        }
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
        case .tuple(let tuple): .tuple(tuple.elements.map(\.type), labels: tuple.isLabelled ? tuple.labels : [])
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

    /// Whether the value can be used where `type` is expected, as is. Arrays of thousands
    /// of points come through here, so the type is matched first and the value only against
    /// it, without pairing the two enumerations (which copied both, element by element).
    func conforms(to type: ValueType) -> Bool {
        switch type {
        case .any, .generic: return true
        case .void: if case .void = self { return true }
        case .bool: if case .bool = self { return true }
        case .int: if case .int = self { return true }
        case .double:
            if case .double = self { return true }
            if case .object(let object) = self { return object.standsForDouble }
        case .string: if case .string = self { return true }
        case .array(let element):
            if case .array(let elements) = self { return elements.allSatisfy { $0.conforms(to: element) } }
        case .tuple(let types, let labels):
            guard case .tuple(let tuple) = self, types.count == tuple.count else { return false }
            for index in types.indices where !tuple[index].conforms(to: types[index]) { return false }
            return labels.isEmpty || labels == tuple.labels
        case .closedRange(let bound), .range(let bound):
            guard case .range(let range) = self else { return false }
            let isClosed = if case .closedRange = type { true } else { false }
            switch (bound, range) {
            case (.int, .integers(_, _, let closed)), (.double, .reals(_, _, let closed)): return closed == isClosed
            default: return false
            }
        case .function: if case .function = self { return true }
        case .object(let name): if case .object(let object) = self { return object.typeName == name }
        case .enumeration: break
        }
        return false
    }

    /// The value as `type`, converting integer literals to `Double` as Swift types them by
    /// context. Only literals convert: `let n = 3` then `sqrt(n)` is an error in Swift too.
    public func converted(to type: ValueType, literal: Literalness) -> Value? {
        if conforms(to: type) { return self }
        switch (type, self) {
        case (.enumeration(let enumeration), .enumCase(let value)):
            return value.resolved(as: enumeration).map(Value.enumCase)
        case (.double, .enumCase(let value)) where value.enumeration == nil && value.arguments.isEmpty:
            return DoubleConstant(rawValue: value.name).map { .double($0.value) }
        case (.tuple(let types, let labels), .tuple(let tuple)) where types.count == tuple.count:
            // As in Swift, an unlabelled tuple takes the labels of the type it is used as;
            // a label that differs is a mismatch.
            guard labels.isEmpty || zip(labels, tuple.labels).allSatisfy({ $1 == nil || $0 == $1 }) else { return nil }
            let converted = zip(tuple.elements, types).enumerated().compactMap { $1.0.converted(to: $1.1, literal: literal.element($0)) }
            return converted.count == types.count ? .tuple(Tuple(elements: converted, labels: labels.isEmpty ? tuple.labelsIfAny : labels)) : nil
        default:
            break
        }
        guard literal != .fixed else { return nil }
        switch (type, self) {
        case (.double, .int(let value)) where literal == .integer:
            return .double(Double(value))
        case (.array(let element), .array(let elements)):
            let converted = elements.enumerated().compactMap { $1.converted(to: element, literal: literal.element($0)) }
            return converted.count == elements.count ? .array(converted) : nil
        case (.closedRange(.double), .range(.integers(let lower, let upper, true))) where literal == .integer,
             (.range(.double), .range(.integers(let lower, let upper, false))) where literal == .integer:
            return .range(.reals(lower: Double(lower), upper: Double(upper), isClosed: type == .closedRange(.double)))
        default:
            return nil
        }
    }
}
