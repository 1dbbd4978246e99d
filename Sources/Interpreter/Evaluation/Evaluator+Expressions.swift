import LessonsCore

/// What compiled expressions call when a value is not of the commonest kinds: the general
/// rules of Swift's operators, members and subscripts on values.
extension Evaluator {
    /// Both operands, with integer literals on one side made `Double` where the other side
    /// has a `Double` (`x * 2`, `xs == [0, 1]`), as Swift types literals by their context.
    func promoted(_ a: Value, _ b: Value, _ literals: (Literalness, Literalness)) -> (Value, Value) {
        var (a, b) = (a, b)
        switch (a, b) {
        case (.int(let value), .double) where literals.0 == .integer: a = .double(Double(value))
        case (.double, .int(let value)) where literals.1 == .integer: b = .double(Double(value))
        // `x + .pi`: an implicit member beside a Double is one of Double's constants.
        case (.double, .enumCase): b = b.converted(to: .double, literal: .fixed) ?? b
        case (.enumCase, .double): a = a.converted(to: .double, literal: .fixed) ?? a
        case (.array, .array), (.tuple, .tuple):
            let (leftType, rightType) = (a.type, b.type)
            guard leftType != rightType else { break }
            if let converted = a.converted(to: rightType, literal: literals.0) {
                a = converted
            } else if let converted = b.converted(to: leftType, literal: literals.1) {
                b = converted
            }
        default: break
        }
        return (a, b)
    }

    /// Runs an operation that throws a message, placing its error at `location`.
    func located<T>(_ location: SourceLocation, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as BuiltinError {
            throw InterpreterError(error.message, at: location)
        }
    }

    /// A name that is no variable: an operator passed as a function (`reduce(0, +)`), a
    /// builtin constant, or a builtin function as a value. `visible` are the names in scope
    /// where it is written, for a suggestion if it is none of these.
    func builtinValue(_ name: String, at location: SourceLocation, visible: [String]) throws -> Value {
        // No variable can have an operator's name.
        if BinaryOperator(rawValue: name) != nil { return .function(.operator(name)) }
        let functions = registry.functions(named: name)
        if let constant = functions.first, case .constant = constant.kind {
            return try callConstant(constant, context: BuiltinContext(evaluator: self, location: location))
        }
        guard functions.isEmpty else { return .function(.builtin(name)) }
        throw InterpreterError(.unknownName(name, suggestion: suggestion(for: name, visible: visible)), at: location)
    }

    /// The nearest known name to a misspelt one.
    func suggestion(for name: String, visible: [String]) -> String? {
        NameSuggestion.nearest(to: name, among: Set(visible + globals.names + registry.functionNames))
    }

    /// `Enumeration.name`, checked against its cases.
    func enumerationCase(_ name: String, of enumeration: Enumeration, at location: SourceLocation) throws -> Value {
        guard enumeration.case(named: name) != nil else {
            throw InterpreterError(.unknownMember(
                name, of: enumeration.name, suggestion: NameSuggestion.nearest(to: name, among: enumeration.cases.map(\.name))),
                at: location)
        }
        return .enumCase(EnumCase(enumeration: enumeration, name: name))
    }

    /// An array literal's elements, of one type where Swift would find one: its integer
    /// literals take the type of the other elements, as in `[1, 2.5]` or `[(3, 2), (0.5, 1)]`.
    func arrayLiteral(_ values: [Value], literals: [Literalness]) -> [Value] {
        let types = values.map(\.type)
        guard Set(types).count > 1 else { return values }
        var joined: ValueType? = types[0]
        for type in types.dropFirst() { joined = joined?.joined(with: type) }
        guard let joined else { return values }
        let converted = zip(values, literals).compactMap { $0.converted(to: joined, literal: $1) }
        return converted.count == values.count ? converted : values
    }

    /// `a...b` or `a..<b`, of promoted bounds.
    func range(_ a: Value, _ b: Value, isClosed: Bool, at location: SourceLocation) throws -> Value {
        switch (a, b) {
        case (.int(let low), .int(let high)):
            guard low <= high else { throw InterpreterError(.invalidRange(String(low), String(high)), at: location) }
            return .range(.integers(lower: low, upper: high, isClosed: isClosed))
        case (.double(let low), .double(let high)):
            guard low <= high else {
                throw InterpreterError(.invalidRange(NumberFormat.swift(low), NumberFormat.swift(high)), at: location)
            }
            return .range(.reals(lower: low, upper: high, isClosed: isClosed))
        default:
            throw InterpreterError(.binaryOperator(isClosed ? "..." : "..<", a.type, b.type), at: location)
        }
    }

    /// `value.name`: a tuple's labelled element, an object's property, a builtin reached
    /// through a function (`sigmoid.derivative`), or a builtin property (`xs.count`).
    func member(_ name: String, of value: Value, context: BuiltinContext) throws -> Value {
        let location = context.location
        switch value {
        case .tuple(let tuple):
            if let index = tuple.labelsIfAny?.firstIndex(of: name) { return tuple[index] }
        case .object(let object):
            if let member = try located(location, { try object.member(name) }) { return member }
        case .function(.builtin(let function)):
            let dotted = function + "." + name
            if let constant = registry.functions(named: dotted).first, case .constant = constant.kind {
                return try callConstant(constant, context: context)
            }
            if !registry.functions(named: dotted).isEmpty { return .function(.builtin(dotted)) }
            // Otherwise the members every function has (`derivative`), below.
        default:
            break
        }
        let value = try sequence(value, member: name, at: location)
        if let receiver = Builtin.Receiver(value), let property = registry.members(named: name, of: receiver).first,
           case .property = property.kind {
            var invocation = Invocation(arguments: Arguments(), receiver: value, site: InvocationSite(context: context))
            return try located(location) { try property.body(&invocation) }
        }
        var known = Builtin.Receiver(value).map { registry.memberNames(of: $0) } ?? []
        if case .object(let object) = value { known = object.memberNames }
        throw InterpreterError(.unknownMember(
            name, of: value.type.description, suggestion: NameSuggestion.nearest(to: name, among: known)), at: location)
    }

    private func callConstant(_ constant: Builtin, context: BuiltinContext) throws -> Value {
        var invocation = Invocation(arguments: Arguments(), receiver: .void, site: InvocationSite(context: context))
        return try located(context.location) { try constant.body(&invocation) }
    }

    /// `base[index]` for what is not an element of an array at an index in range: a slice
    /// by a range, or an error.
    func subscripted(_ base: Value, _ index: Value, at location: SourceLocation, indexAt: SourceLocation) throws -> Value {
        switch (base, index) {
        case (.array(let elements), .int(let position)):
            guard elements.indices.contains(position) else {
                throw InterpreterError(.indexOutOfRange(position, count: elements.count), at: indexAt)
            }
            return elements[position]
        case (.array(let elements), .range(let range)):
            guard let bounds = range.integerBounds, bounds.lower >= 0, bounds.upperExclusive <= elements.count else {
                throw InterpreterError(.sliceOutOfRange(index.printed, count: elements.count), at: indexAt)
            }
            return .array(Array(elements[bounds.lower..<bounds.upperExclusive]))
        default:
            throw InterpreterError(.notSubscriptable(base.type, index: index.type), at: location)
        }
    }

    /// A variable keeps its type: an `Int` variable never holds a `Double`. An empty array
    /// has no element type yet, so anything array-shaped fits it.
    func converted(_ value: Value, to type: ValueType?, literal: Literalness, at location: SourceLocation) throws -> Value {
        guard let type, type != .array(.any) else { return value }
        guard let result = value.converted(to: type, literal: literal) else {
            throw InterpreterError(.typeMismatch(value.type, expected: type), at: location)
        }
        return result
    }
}

extension Builtin.Receiver {
    /// The kind's position among all kinds.
    var position: Int {
        switch self {
        case .array: 0
        case .double: 1
        case .int: 2
        case .string: 3
        case .range: 4
        case .function: 5
        }
    }

    /// The receiver kind of a value, if values of its type have members.
    init?(_ value: Value) {
        self.init(value as Value?)
    }

    /// The receiver kind of a variable's value, told where the value is: `Optional.flatMap`
    /// copied (retained) the value first.
    init?(_ value: Value?) {
        switch value {
        case .array?: self = .array
        case .double?: self = .double
        case .int?: self = .int
        case .string?: self = .string
        case .range?: self = .range
        case .function?: self = .function
        default: return nil
        }
    }
}
