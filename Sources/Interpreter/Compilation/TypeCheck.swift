/// A type a value is checked against, with the commonest types checked without comparing
/// types (which are trees, some of them allocated).
enum TypeCheck {
    case none
    case int
    case double
    case other(ValueType)

    /// The check without its type, which is trivial to copy.
    enum Kind { case none, int, double, other }

    var kind: Kind {
        switch self {
        case .none: .none
        case .int: .int
        case .double: .double
        case .other: .other
        }
    }

    init(_ type: ValueType?) {
        switch type {
        case nil, .void?: self = .none
        case .int?: self = .int
        case .double?: self = .double
        case let type?: self = .other(type)
        }
    }

    /// The value as the type, or nil if it cannot be.
    @inline(__always) func apply(to value: Value, literal: Literalness) -> Value? {
        switch (self, value) {
        case (.none, _), (.int, .int), (.double, .double): return value
        case (.int, _): return value.converted(to: .int, literal: literal)
        case (.double, _): return value.converted(to: .double, literal: literal)
        case (.other(let type), _): return value.converted(to: type, literal: literal)
        }
    }
}
