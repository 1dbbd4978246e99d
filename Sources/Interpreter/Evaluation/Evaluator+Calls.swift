import LessonsCore

/// An argument after evaluation, with what overload resolution needs to know of it.
struct EvaluatedArgument {
    let label: String?
    let value: Value
    let literal: Literalness
    let text: String
    let location: SourceLocation
}

extension Evaluator {
    func call(_ callee: Expr, _ arguments: [Argument], at location: SourceLocation) throws -> Value {
        switch callee.kind {
        case .member(let base, let name) where enumeration(named: base) != nil:
            // `Optimizer.noisy(standardDeviation: 0.3)`: a case with its numbers.
            let value = try enumerationCase(name, of: enumeration(named: base)!, at: callee.location)
            return try callValue(value, arguments, at: location)
        case .member(let base, let name):
            var receiver = try sequence(try evaluate(base), member: name, at: callee.location)
            if let kind = Builtin.Receiver(receiver) {
                let methods = registry.members(named: name, of: kind).filter { if case .method = $0.kind { true } else { false } }
                if !methods.isEmpty {
                    let evaluated = try evaluateArguments(arguments)
                    if methods.allSatisfy(\.isMutating), case .name(let variable) = base.kind,
                       let slot = scope.lookup(variable), slot.isMutable {
                        receiver = .void  // the slot's reference must be the only one
                        return try mutate(slot, with: methods, evaluated, written: name, at: location)
                    }
                    let (result, builtin) = try callBuiltin(methods, evaluated, receiver: &receiver, written: name, at: location)
                    if builtin.isMutating { try assign(receiver, to: base) }
                    return result
                }
            }
            return try callValue(try member(name, of: receiver, at: callee.location), arguments, at: location)
        case .name(let name) where scope.lookup(name) == nil && !registry.functions(named: name).isEmpty:
            var none = Value.void
            return try callBuiltin(registry.functions(named: name), try evaluateArguments(arguments),
                                   receiver: &none, written: name, at: location).result
        case .array(let elements) where elements.count == 1 && elements[0].namedType != nil:
            // `[Double]()`, `[Double](repeating: 0, count: n)` and `[[Double]](repeating: row,
            // count: n)` are `Array`'s initializers.
            if arguments.isEmpty { return .array([]) }
            var none = Value.void
            let result = try callBuiltin(registry.functions(named: "Array"), try evaluateArguments(arguments),
                                         receiver: &none, written: "Array", at: location).result
            // The element type is named: `[Double](repeating: 1, count: 2)` holds Doubles.
            let type = elements[0].namedType ?? .any
            guard let typed = result.converted(to: .array(type), literal: arguments.first?.value.literalness ?? .fixed) else {
                throw InterpreterError(.typeMismatch(result.type, expected: .array(type)), at: location)
            }
            return typed
        default:
            return try callValue(try evaluate(callee), arguments, at: location)
        }
    }

    private func callValue(_ value: Value, _ arguments: [Argument], at location: SourceLocation) throws -> Value {
        if case .enumCase(let value) = value, value.arguments.isEmpty {
            let evaluated = try evaluateArguments(arguments)
            return .enumCase(EnumCase(enumeration: value.enumeration, name: value.name,
                                      arguments: evaluated.map(\.value), labels: evaluated.map(\.label)))
        }
        if case .object(let object) = value {
            let values = try evaluateArguments(arguments).map(\.value)
            if let result = try located(location, { try object.call(values) }) { return result }
        }
        guard case .function(let function) = value else {
            throw InterpreterError(.notCallable(value.type), at: location)
        }
        let evaluated = try evaluateArguments(arguments)
        return try invoke(function, arguments: evaluated.map { ($0.value, $0.literal) },
                          labels: evaluated.map(\.label), at: location, argumentLocations: evaluated.map(\.location))
    }

    /// An integer range used as the collection it is in Swift (`(0..<n).map { … }`): its
    /// elements as an array, for an array member that ranges lack and that leaves its
    /// receiver unchanged. Any other value is returned as it is.
    func sequence(_ value: Value, member name: String, at location: SourceLocation) throws -> Value {
        guard case .range(let range) = value, case .integers = range,
              registry.members(named: name, of: .range).isEmpty else { return value }
        let members = registry.members(named: name, of: .array)
        guard !members.isEmpty, !members.contains(where: \.isMutating) else { return value }
        try located(location) { try budget.check(bytes: Budget.bytes(elements: range.integerCount)) }
        return .array(range.integers)
    }

    func evaluateArguments(_ arguments: [Argument]) throws -> [EvaluatedArgument] {
        try arguments.map { argument in
            EvaluatedArgument(label: argument.label, value: try evaluate(argument.value),
                              literal: argument.value.literalness, text: argument.text,
                              location: argument.location)
        }
    }

    /// Calls a function value. `labels` is nil when a builtin calls it: then no labels are checked.
    func invoke(
        _ function: Function, arguments: [(Value, Literalness)], labels: [String?]?, at location: SourceLocation,
        argumentLocations: [SourceLocation]? = nil
    ) throws -> Value {
        switch function {
        case .builtin(let name):
            let evaluated = arguments.enumerated().map { index, argument in
                EvaluatedArgument(label: labels?[index] ?? nil, value: argument.0, literal: argument.1, text: "",
                                  location: argumentLocations?[index] ?? location)
            }
            var none = Value.void
            return try callBuiltin(registry.functions(named: name), evaluated, receiver: &none, written: name, at: location).result
        case .closure(let closure):
            return try invoke(closure, arguments: arguments, labels: labels, at: location)
        case .operator(let symbol):
            guard let op = BinaryOperator(rawValue: symbol), arguments.count == 2 else {
                throw InterpreterError(.wrongArgumentCount(symbol, expected: 2, actual: arguments.count), at: location)
            }
            return try located(location) { try Operators.binary(op, arguments[0].0, arguments[1].0, budget: budget) }
        }
    }

    private func invoke(_ closure: Closure, arguments: [(Value, Literalness)], labels: [String?]?, at location: SourceLocation) throws -> Value {
        depth += 1
        defer { depth -= 1 }
        guard depth <= budget.recursion else { throw InterpreterError(.recursionLimitExceeded(budget.recursion), at: location) }
        try step(at: location)
        let parameters = closure.parameters
        let required = parameters.prefix { $0.defaultValue == nil }.count
        // One tuple for a closure of several parameters is spread over them, as Swift does
        // for `zip(a, b).map { $0 + $1 }`.
        var arguments = arguments
        if arguments.count == 1, required > 1, case .tuple(let tuple) = arguments[0].0,
           (required...parameters.count).contains(tuple.elements.count) {
            arguments = tuple.elements.enumerated().map { ($1, arguments[0].1.element($0)) }
        }
        guard arguments.count >= required, arguments.count <= parameters.count else {
            throw InterpreterError(.wrongArgumentCount(closure.name ?? "closure", expected: parameters.count,
                                                       actual: arguments.count), at: location)
        }
        if let labels, closure.isFunction {
            let expected = parameters.prefix(labels.count).map(\.label)
            guard expected == labels else {
                let written = (closure.name ?? "") + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
                throw InterpreterError(.noMatchingCall(written, candidates: [closure.signature]), at: location)
            }
        }
        return try withScope(parent: closure.scope) {
            for (index, parameter) in parameters.enumerated() {
                var value: Value
                var literal = Literalness.fixed
                if index < arguments.count {
                    (value, literal) = arguments[index]
                } else if let defaultValue = parameter.defaultValue {
                    value = try evaluate(defaultValue)
                    literal = defaultValue.literalness
                } else {
                    continue
                }
                if let type = parameter.type {
                    guard let converted = value.converted(to: type, literal: literal) else {
                        throw InterpreterError(.argumentType(value.type, expected: type, parameter: parameter.name), at: location)
                    }
                    value = converted
                }
                _ = scope.declare(parameter.name, Scope.Slot(value: value, isMutable: false, type: parameter.type))
            }
            return try run(closure, at: location)
        }
    }

    private func run(_ closure: Closure, at location: SourceLocation) throws -> Value {
        let (result, literal): (Value, Literalness)
        switch closure.body {
        case .expression(let expression):
            (result, literal) = (try evaluate(expression), expression.literalness)
        case .statements(let statements):
            switch try execute(statements) {
            case .returned(let value, let literalness): (result, literal) = (value, literalness)
            default: (result, literal) = (.void, .fixed)
            }
        }
        guard let type = closure.returnType, type != .void else { return result }
        if case .void = result { throw InterpreterError(.missingReturn(type), at: location) }
        guard let converted = result.converted(to: type, literal: literal) else {
            throw InterpreterError(.typeMismatch(result.type, expected: type), at: location)
        }
        return converted
    }

    /// A mutating method on a variable (`xs.append(x)`): the value leaves its slot while the
    /// builtin works, so an array is uniquely referenced and grows in place as Swift's does,
    /// and whatever the builtin leaves is put back, even when it throws.
    private func mutate(
        _ slot: Scope.Slot, with methods: [Builtin], _ arguments: [EvaluatedArgument], written: String,
        at location: SourceLocation
    ) throws -> Value {
        var receiver = slot.value ?? .void
        slot.value = nil
        defer { slot.value = receiver }
        return try callBuiltin(methods, arguments, receiver: &receiver, written: written, at: location).result
    }

    /// Calls the first overload whose labels and types fit the arguments, and returns the
    /// result and the overload chosen. The receiver is moved into the call and back (so a
    /// mutating method can change an array in place) whether the builtin returns or throws.
    func callBuiltin(
        _ candidates: [Builtin], _ arguments: [EvaluatedArgument], receiver: inout Value, written: String,
        at location: SourceLocation
    ) throws -> (result: Value, builtin: Builtin) {
        var mismatches: [(argument: Int, error: InterpreterError)] = []
        for builtin in candidates {
            switch OverloadMatcher.match(arguments, to: builtin.parameters, arities: arities(of:)) {
            case .labels:
                continue
            case .type(let index, let parameter):
                let argument = arguments[index]
                mismatches.append((index, InterpreterError(Self.mismatch(argument.value, parameter), at: argument.location)))
            case .matched(let values, let texts, let literals, let sources):
                var invocation = Invocation(arguments: values, argumentTexts: texts, literalArguments: literals,
                                            receiver: .void, context: BuiltinContext(evaluator: self, location: location))
                swap(&invocation.receiver, &receiver)
                defer { swap(&invocation.receiver, &receiver) }
                do {
                    return (try builtin.body(&invocation), builtin)
                } catch let error as BuiltinError {
                    // The builtin names a parameter; point at the argument written for it.
                    let at = error.argument.flatMap { sources.indices.contains($0) ? sources[$0].map { arguments[$0].location } : nil }
                    throw InterpreterError(error.message, at: at ?? location)
                }
            }
        }
        // The overload that got furthest before a wrong type, if one did, is the one meant:
        // name its argument at fault, as compilers do with the closest candidate.
        let furthest = mismatches.map(\.argument).max()
        let closest = mismatches.filter { $0.argument == furthest }
        if closest.count == 1 { throw closest[0].error }
        let selector = written + "(" + arguments.map { ($0.label ?? "_") + ":" }.joined() + ")"
        throw InterpreterError(.noMatchingCall(selector, candidates: candidates.map(\.signature)), at: location)
    }
}

extension Evaluator {
    /// The argument counts a builtin function's overloads take.
    func arities(of name: String) -> Set<Int> {
        Set(registry.functions(named: name).map { builtin in builtin.parameters.filter { $0.defaultValue == nil }.count })
    }

    /// Why an argument does not fit a parameter: an unknown case of an enumeration names the
    /// cases; anything else names both types.
    static func mismatch(_ value: Value, _ parameter: Parameter) -> DiagnosticMessage {
        if case .enumeration(let enumeration) = parameter.type, case .enumCase(let given) = value {
            guard let declared = enumeration.case(named: given.name) else {
                return .unknownMember(given.name, of: enumeration.name,
                                      suggestion: NameSuggestion.nearest(to: given.name, among: enumeration.cases.map(\.name)))
            }
            return .caseArguments(enumeration.name, declared.declaration)
        }
        return .argumentType(value.type, expected: parameter.type, parameter: parameter.name)
    }
}

extension Expr {
    /// The type the expression spells, if it spells one: `Double`, or `[Double]` and
    /// `[[Double]]` as array literals of a type.
    var namedType: ValueType? {
        switch kind {
        case .name(let name): ValueType.named(name)
        case .array(let elements) where elements.count == 1: elements[0].namedType.map(ValueType.array)
        default: nil
        }
    }
}

extension Closure {
    /// The closure as a `func` declaration would spell it, for messages.
    var signature: String {
        let parameters = self.parameters.map { parameter in
            let head = parameter.label == parameter.name ? parameter.name : "\(parameter.label ?? "_") \(parameter.name)"
            return head + (parameter.type.map { ": \($0)" } ?? "")
        }
        return (name ?? "closure") + "(" + parameters.joined(separator: ", ") + ")"
            + (returnType.map { " -> \($0)" } ?? "")
    }
}
