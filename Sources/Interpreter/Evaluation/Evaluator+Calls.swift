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
    /// Calls a value the block computed: an enumeration case taking its numbers, an object
    /// that can be called, a builtin, a closure, or an operator.
    func callValue(_ value: Value, _ arguments: [EvaluatedArgument], at location: SourceLocation) throws -> Value {
        if case .enumCase(let value) = value, value.arguments.isEmpty {
            return .enumCase(EnumCase(enumeration: value.enumeration, name: value.name,
                                      arguments: arguments.map(\.value), labels: arguments.map(\.label)))
        }
        if case .object(let object) = value {
            if let result = try located(location, { try object.call(arguments.map(\.value)) }) { return result }
        }
        guard case .function(let function) = value else {
            throw InterpreterError(.notCallable(value.type), at: location)
        }
        return try invoke(function, arguments: arguments.map { ($0.value, $0.literal) },
                          labels: arguments.map(\.label), at: location, argumentLocations: arguments.map(\.location))
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
            return try invoke(closure, count: arguments.count, labels: labels, at: location, spreading: { arguments[$0] })
        case .operator(let symbol):
            guard let op = BinaryOperator(symbol: symbol), arguments.count == 2 else {
                throw InterpreterError(.wrongArgumentCount(symbol, expected: 2, actual: arguments.count), at: location)
            }
            return try located(location) { try Operators.binary(op, arguments[0].0, arguments[1].0, budget: budget) }
        }
    }

    /// Calls a function value with arguments a builtin computed: no labels, no literals.
    @inline(__always)
    func call(_ function: Function, count: Int, argument: (Int) -> Value, at location: SourceLocation) throws -> Value {
        switch function {
        case .closure(let closure):
            return try invoke(closure, count: count, labels: nil, at: location, spreading: { (argument($0), .fixed) })
        case .operator(let symbol):
            guard let op = BinaryOperator(symbol: symbol), count == 2 else {
                throw InterpreterError(.wrongArgumentCount(symbol, expected: 2, actual: count), at: location)
            }
            let (a, b) = (argument(0), argument(1))
            if case .double(let x) = a, case .double(let y) = b, let result = Operators.doubles(op, x, y) { return result }
            return try located(location) { try Operators.binary(op, a, b, budget: budget) }
        case .builtin:
            return try invoke(function, arguments: (0..<count).map { (argument($0), .fixed) }, labels: nil, at: location)
        }
    }

    /// Calls a closure with `count` arguments, given by `argument` with their literalness.
    /// One tuple for a closure of several parameters is spread over them, as Swift does for
    /// `zip(a, b).map { $0 + $1 }`.
    @inline(__always)
    func invoke(_ closure: Closure, count: Int, labels: [String?]?, at location: SourceLocation,
                spreading argument: (Int) -> (Value, Literalness)) throws -> Value {
        let required = closure.code.required
        let parameterCount = closure.code.parameters.count
        if count == 1, required > 1, case (.tuple(let tuple), let literal) = argument(0), (required...parameterCount).contains(tuple.count) {
            return try enter(closure, count: tuple.count, labels: labels, at: location, argument: { (tuple[$0], literal.element($0)) })
        }
        guard count >= required, count <= parameterCount else {
            throw InterpreterError(.wrongArgumentCount(closure.name ?? "closure", expected: parameterCount, actual: count), at: location)
        }
        return try enter(closure, count: count, labels: labels, at: location, argument: { argument($0) })
    }

    /// Calls a closure with as many arguments as it has parameters, each computed by
    /// `argument` straight into the closure's new frame.
    @inline(__always)
    func invoke(_ closure: Closure, labels: [String?]?, at location: SourceLocation,
                argument: (Int) throws -> (Value, Literalness)) throws -> Value {
        try enter(closure, count: closure.code.parameters.count, labels: labels, at: location, argument: argument)
    }

    /// Calls a closure with `count` arguments (its required parameters at least, its
    /// parameters at most); the parameters after them take their defaults.
    @inline(__always)
    private func enter(_ closure: Closure, count: Int, labels: [String?]?, at location: SourceLocation,
                       argument: (Int) throws -> (Value, Literalness)) throws -> Value {
        let code = closure.code
        return try code.withFrame(on: self, for: closure) { frame in
            var mismatch: (index: Int, value: Value)?
            for index in 0..<count {
                let (value, literal) = try argument(index)
                // A wrong type is reported after the checks below, as a call's other faults come first.
                if !code.store(value, literal: literal, parameter: index, in: frame), mismatch == nil { mismatch = (index, value) }
            }
            depth += 1
            defer { depth -= 1 }
            guard depth <= budget.recursion else { throw InterpreterError(.recursionLimitExceeded(budget.recursion), at: location) }
            try step(at: location)
            if let labels, closure.isFunction, !code.accepts(labels) {
                let written = (closure.name ?? "") + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
                throw InterpreterError(.noMatchingCall(written, candidates: [closure.signature]), at: location)
            }
            if let mismatch {
                let parameter = code.parameters[mismatch.index]
                throw InterpreterError(.argumentType(mismatch.value.type, expected: parameter.type ?? .any,
                                                     parameter: closure.parameters[mismatch.index].name), at: location)
            }
            for index in count..<code.parameters.count {
                guard let defaultValue = code.parameters[index].defaultValue else { continue }
                let value = try defaultValue.code(frame)
                guard code.store(value, literal: defaultValue.literal, parameter: index, in: frame) else {
                    throw InterpreterError(.argumentType(value.type, expected: code.parameters[index].type ?? .any,
                                                         parameter: closure.parameters[index].name), at: location)
                }
            }
            return try returned(try code.body(frame), by: closure, at: location)
        }
    }

    /// Calls a closure of one plain parameter (`CompiledFunction.plainSlot`) with an argument
    /// its parameter takes as it is: what `invoke` does, without going through an argument
    /// closure, the mismatch, labels and defaults it handles.
    @inline(__always)
    func invoke(_ closure: Closure, plainly argument: Value, in slot: Int, at location: SourceLocation) throws -> Value {
        let code = closure.code
        return try code.withFrame(on: self, for: closure) { frame in
            frame.initialize(slot, to: argument)
            depth += 1
            defer { depth -= 1 }
            guard depth <= budget.recursion else { throw InterpreterError(.recursionLimitExceeded(budget.recursion), at: location) }
            try step(at: location)
            return try returned(try code.body(frame), by: closure, at: location)
        }
    }

    /// `invoke(_:plainly:in:at:)` for a closure of two plain parameters. Written out beside it
    /// on purpose: one function with an optional second argument, or the budget checks shared
    /// through a closure, each made a recursion of one parameter 2–4% slower.
    @inline(__always)
    func invoke(_ closure: Closure, plainly first: Value, in firstSlot: Int, _ second: Value, in secondSlot: Int,
                at location: SourceLocation) throws -> Value {
        let code = closure.code
        return try code.withFrame(on: self, for: closure) { frame in
            frame.initialize(firstSlot, to: first)
            frame.initialize(secondSlot, to: second)
            depth += 1
            defer { depth -= 1 }
            guard depth <= budget.recursion else { throw InterpreterError(.recursionLimitExceeded(budget.recursion), at: location) }
            try step(at: location)
            return try returned(try code.body(frame), by: closure, at: location)
        }
    }

    /// A closure's result, checked against its declared type.
    @inline(__always)
    private func returned(_ result: Value, by closure: Closure, at location: SourceLocation) throws -> Value {
        let code = closure.code
        switch (code.returnKind, result) {
        case (.none, _), (.int, .int), (.double, .double): return result
        default: break
        }
        if case .void = result { throw InterpreterError(.missingReturn(closure.returnType ?? .void), at: location) }
        guard let checked = code.returnCheck.apply(to: result, literal: .fixed) else {
            throw InterpreterError(.typeMismatch(result.type, expected: closure.returnType ?? .void), at: location)
        }
        return checked
    }

    /// Calls the first overload whose labels and types fit the arguments, and returns the
    /// result and the overload chosen. The receiver is moved into the call and back (so a
    /// mutating method can change an array in place) whether the builtin returns or throws.
    func callBuiltin(
        _ candidates: [Builtin], _ arguments: [EvaluatedArgument], receiver: inout Value, written: String,
        at location: SourceLocation
    ) throws -> (result: Value, builtin: Builtin) {
        let overload = try overload(of: candidates, for: arguments, written: written, at: location)
        let result = try run(overload, receiver: &receiver, context: BuiltinContext(evaluator: self, location: location),
                             argumentLocations: arguments.map(\.location))
        return (result, overload.builtin)
    }

    /// The first overload whose labels and types fit the arguments.
    func overload(of candidates: [Builtin], for arguments: [EvaluatedArgument], written: String,
                  at location: SourceLocation) throws -> Overload {
        var mismatches: [(argument: Int, error: InterpreterError)] = []
        for builtin in candidates {
            switch OverloadMatcher.match(arguments, to: builtin.parameters, arities: arities(of:)) {
            case .labels:
                continue
            case .type(let index, let parameter):
                let argument = arguments[index]
                mismatches.append((index, InterpreterError(Self.mismatch(argument.value, parameter), at: argument.location)))
            case .matched(let values, let texts, let literals, let sources):
                return Overload(builtin: builtin, arguments: values, texts: texts, literals: literals, sources: sources)
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

    /// Runs a builtin with `arguments` in parameter order. The receiver is moved into the
    /// call and back, whether the builtin returns or throws; an error that names a parameter
    /// is placed at the argument it came from (`sources`).
    func run(_ builtin: Builtin, _ arguments: consuming Arguments, receiver: inout Value, site: InvocationSite, sources: [Int?],
             argumentLocations: [SourceLocation]) throws -> Value {
        var invocation = Invocation(arguments: arguments, receiver: .void, site: site)
        swap(&invocation.receiver, &receiver)
        defer { swap(&invocation.receiver, &receiver) }
        do {
            return try builtin.body(&invocation)
        } catch let error as BuiltinError {
            let at = error.argument.flatMap { sources.indices.contains($0) ? sources[$0].map { argumentLocations[$0] } : nil }
            throw InterpreterError(error.message, at: at ?? site.context.location)
        }
    }

    /// Runs a chosen overload, with the arguments it arranged.
    func run(_ overload: Overload, receiver: inout Value, context: BuiltinContext, argumentLocations: [SourceLocation]) throws -> Value {
        try run(overload.builtin, Arguments(overload.arguments), receiver: &receiver, site: overload.site(context),
                sources: overload.sources, argumentLocations: argumentLocations)
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
    /// The type a value of this expression has, if it calls an initializer that names it:
    /// `[Double]()`, `[(Double, Double)](repeating: (0, 0), count: 3)`.
    var initializedType: ValueType? {
        guard case .call(let callee, _) = kind, case .array(let elements) = callee.kind, elements.count == 1,
              let element = elements[0].namedType else { return nil }
        return .array(element)
    }

    /// The type the expression spells, if it spells one: `Double`, `[Double]` and
    /// `[[Double]]` as array literals of a type, and `(Double, Double)` as a tuple of types.
    var namedType: ValueType? {
        switch kind {
        case .name(let name):
            return ValueType.named(name)
        case .array(let elements) where elements.count == 1:
            return elements[0].namedType.map(ValueType.array)
        case .tuple(let elements, let labels) where elements.count > 1:
            let types = elements.compactMap(\.namedType)
            guard types.count == elements.count else { return nil }
            return .tuple(types, labels: labels.contains { $0 != nil } ? labels : [])
        default:
            return nil
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
