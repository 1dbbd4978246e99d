import LessonsCore

extension Evaluator {
    func evaluate(_ expression: Expr) throws -> Value {
        let at = expression.location
        switch expression.kind {
        case .literal(let value):
            return value
        case .interpolation(let parts):
            var text = ""
            for part in parts {
                switch part {
                case .text(let literal): text += literal
                case .value(let value): text += try evaluate(value).printed
                }
            }
            try checkMemory(bytes: text.utf8.count, at: at)
            return .string(text)
        case .name(let name):
            return try lookup(name, at: at)
        case .implicitMember(let name):
            // As in Swift, `.name` is a case of the type its context expects, resolved there.
            return .enumCase(EnumCase(enumeration: nil, name: name))
        case .array(let elements):
            return .array(try arrayLiteral(elements))
        case .tuple(let elements, let labels):
            return .tuple(Tuple(elements: try elements.map { try evaluate($0) }, labels: labels))
        case .prefix(let op, let operand):
            return try located(at) { try Operators.prefix(op, try evaluate(operand)) }
        case .binary(let op, let left, let right):
            let (a, b) = try promoted(left, right)
            return try located(at) { try Operators.binary(op, a, b, budget: budget) }
        case .logical(let op, let left, let right):
            let first = try condition(left)
            if op == .and ? !first : first { return .bool(first) }
            return .bool(try condition(right))
        case .range(let lower, let upper, let isClosed):
            return try range(lower, upper, isClosed: isClosed, at: at)
        case .ternary(let test, let then, let otherwise):
            return try evaluate(try condition(test) ? then : otherwise)
        case .call(let callee, let arguments):
            return try call(callee, arguments, at: at)
        case .member(let base, let name):
            if let enumeration = enumeration(named: base) { return try enumerationCase(name, of: enumeration, at: at) }
            return try member(name, of: try evaluate(base), at: at)
        case .tupleElement(let base, let index):
            let value = try evaluate(base)
            guard case .tuple(let tuple) = value, (0..<tuple.count).contains(index) else {
                throw InterpreterError(.unknownMember(String(index), of: value.type.description, suggestion: nil), at: at)
            }
            return tuple[index]
        case .subscripted(let base, let arguments):
            return try subscripted(try evaluate(base), arguments, at: at)
        case .closure(let closure):
            return .function(.closure(Closure(
                name: nil, isFunction: false, parameters: closure.parameters,
                returnType: closure.returnType, body: closure.body, scope: scope)))
        }
    }

    /// Both operands, with integer literals on one side made `Double` where the other side
    /// has a `Double` (`x * 2`, `xs == [0, 1]`), as Swift types literals by their context.
    func promoted(_ left: Expr, _ right: Expr) throws -> (Value, Value) {
        var a = try evaluate(left)
        var b = try evaluate(right)
        switch (a, b) {
        case (.int(let value), .double) where left.literalness == .integer: a = .double(Double(value))
        case (.double, .int(let value)) where right.literalness == .integer: b = .double(Double(value))
        // `x + .pi`: an implicit member beside a Double is one of Double's constants.
        case (.double, .enumCase): b = b.converted(to: .double, literal: .fixed) ?? b
        case (.enumCase, .double): a = a.converted(to: .double, literal: .fixed) ?? a
        case (.array, .array), (.tuple, .tuple):
            let (leftType, rightType) = (a.type, b.type)
            guard leftType != rightType else { break }
            if let converted = a.converted(to: rightType, literal: left.literalness) {
                a = converted
            } else if let converted = b.converted(to: leftType, literal: right.literalness) {
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

    private func lookup(_ name: String, at location: SourceLocation) throws -> Value {
        if let slot = scope.lookup(name) {
            guard let value = slot.value else { throw InterpreterError(.usedBeforeInitialized(name), at: location) }
            return value
        }
        // An operator passed as a function (`reduce(0, +)`); no variable can have its name.
        if BinaryOperator(rawValue: name) != nil { return .function(.operator(name)) }
        if let constant = registry.functions(named: name).first, case .constant = constant.kind {
            return try callConstant(constant, at: location)
        }
        guard registry.functions(named: name).isEmpty else { return .function(.builtin(name)) }
        throw InterpreterError(.unknownName(name, suggestion: suggestion(for: name)), at: location)
    }

    /// The enumeration an expression names (`CriticalPoint` in `CriticalPoint.saddle`), unless a
    /// variable of the block has that name.
    func enumeration(named expression: Expr) -> Enumeration? {
        guard case .name(let name) = expression.kind, scope.lookup(name) == nil else { return nil }
        return registry.enumeration(named: name)
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

    func suggestion(for name: String) -> String? {
        NameSuggestion.nearest(to: name, among: Set(scope.visibleNames + registry.functionNames))
    }

    /// An array literal's elements, of one type where Swift would find one: its integer
    /// literals take the type of the other elements, as in `[1, 2.5]` or `[(3, 2), (0.5, 1)]`.
    private func arrayLiteral(_ elements: [Expr]) throws -> [Value] {
        let values = try elements.map { try evaluate($0) }
        let types = values.map(\.type)
        guard Set(types).count > 1 else { return values }
        var joined: ValueType? = types[0]
        for type in types.dropFirst() { joined = joined?.joined(with: type) }
        guard let joined else { return values }
        let converted = zip(values, elements).compactMap { $0.converted(to: joined, literal: $1.literalness) }
        return converted.count == values.count ? converted : values
    }

    private func range(_ lower: Expr, _ upper: Expr, isClosed: Bool, at location: SourceLocation) throws -> Value {
        let (a, b) = try promoted(lower, upper)
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

    func member(_ name: String, of value: Value, at location: SourceLocation) throws -> Value {
        switch value {
        case .tuple(let tuple):
            if let index = tuple.labelsIfAny?.firstIndex(of: name) { return tuple[index] }
        case .object(let object):
            if let member = try located(location, { try object.member(name) }) { return member }
        case .function(.builtin(let function)):
            let dotted = function + "." + name
            if let constant = registry.functions(named: dotted).first, case .constant = constant.kind {
                return try callConstant(constant, at: location)
            }
            if !registry.functions(named: dotted).isEmpty { return .function(.builtin(dotted)) }
            // Otherwise the members every function has (`derivative`), below.
        default:
            break
        }
        let value = try sequence(value, member: name, at: location)
        if let receiver = Builtin.Receiver(value), let property = registry.members(named: name, of: receiver).first,
           case .property = property.kind {
            var invocation = Invocation(arguments: [], argumentTexts: [], literalArguments: [], receiver: value,
                                        context: BuiltinContext(evaluator: self, location: location))
            return try located(location) { try property.body(&invocation) }
        }
        var known = Builtin.Receiver(value).map { registry.memberNames(of: $0) } ?? []
        if case .object(let object) = value { known = object.memberNames }
        throw InterpreterError(.unknownMember(
            name, of: value.type.description, suggestion: NameSuggestion.nearest(to: name, among: known)), at: location)
    }

    private func callConstant(_ constant: Builtin, at location: SourceLocation) throws -> Value {
        var invocation = Invocation(arguments: [], argumentTexts: [], literalArguments: [], receiver: .void,
                                    context: BuiltinContext(evaluator: self, location: location))
        return try located(location) { try constant.body(&invocation) }
    }

    private func subscripted(_ base: Value, _ arguments: [Argument], at location: SourceLocation) throws -> Value {
        guard arguments.count == 1, arguments[0].label == nil else {
            throw InterpreterError(.unsupported("subscripts with labels or several indices"), at: location)
        }
        let index = try evaluate(arguments[0].value)
        switch (base, index) {
        case (.array(let elements), .int(let position)):
            guard elements.indices.contains(position) else {
                throw InterpreterError(.indexOutOfRange(position, count: elements.count), at: arguments[0].location)
            }
            return elements[position]
        case (.array(let elements), .range(let range)):
            guard let bounds = range.integerBounds, bounds.lower >= 0, bounds.upperExclusive <= elements.count else {
                throw InterpreterError(.sliceOutOfRange(index.printed, count: elements.count), at: arguments[0].location)
            }
            return .array(Array(elements[bounds.lower..<bounds.upperExclusive]))
        default:
            throw InterpreterError(.notSubscriptable(base.type, index: index.type), at: location)
        }
    }
}

extension Builtin.Receiver {
    /// The receiver kind of a value, if values of its type have members.
    init?(_ value: Value) {
        switch value {
        case .array: self = .array
        case .double: self = .double
        case .int: self = .int
        case .string: self = .string
        case .range: self = .range
        case .function: self = .function
        default: return nil
        }
    }
}
