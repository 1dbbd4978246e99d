import LessonsCore

/// An argument of a call, compiled, with what overload resolution needs to know of it.
struct CompiledArgument {
    let label: String?
    let code: Code
    let literal: Literalness
    let text: String
    let location: SourceLocation

    /// The argument with its value, as overload resolution takes it.
    func evaluated(_ value: Value) -> EvaluatedArgument {
        EvaluatedArgument(label: label, value: value, literal: literal, text: text, location: location)
    }
}

extension Compiler {
    func call(_ callee: Expr, _ arguments: [Argument], at location: SourceLocation) -> Code {
        let evaluator = self.evaluator
        let compiled = arguments.map { argument in
            CompiledArgument(label: argument.label, code: expression(argument.value), literal: argument.value.literalness,
                             text: argument.text, location: argument.location)
        }
        switch callee.kind {
        case .member(let base, let name):
            let method = methodCall(base, name, compiled, calleeAt: callee.location, at: location)
            guard let (enumeration, global) = enumeration(named: base) else { return method }
            // `Optimizer.noisy(standardDeviation: 0.3)`: a case with its numbers.
            return { frame in
                guard global.variable == nil else { return try method(frame) }
                let value = try evaluator.enumerationCase(name, of: enumeration, at: callee.location)
                return try evaluator.callValue(value, try evaluator.evaluate(compiled, in: frame), at: location)
            }
        case .name(let name) where !registry.functions(named: name).isEmpty:
            guard let global = unresolved(name) else { break }
            return builtinCall(name, compiled, arguments.map(\.value), hiddenBy: global, callee: expression(callee), at: location)
        case .array(let elements) where elements.count == 1 && elements[0].namedType != nil:
            // `[Double]()`, `[Double](repeating: 0, count: n)` and `[[Double]](repeating: row,
            // count: n)` are `Array`'s initializers. The element type is named:
            // `[Double](repeating: 1, count: 2)` holds Doubles, and so does each element of
            // `[(Double, Double)](repeating: (1, 2), count: 3)`: the repeated value takes the
            // element type first, with its integer literals.
            let element = elements[0].namedType ?? .any
            let type = ValueType.array(element)
            let site = BuiltinCall(registry.functions(named: "Array"), written: "Array", arguments: compiled,
                                   context: BuiltinContext(evaluator: evaluator, location: location))
            let literal = arguments.first?.value.literalness ?? .fixed
            let repeated = compiled.first.flatMap { $0.label == "repeating" ? $0.literal : nil }
            return { frame in
                if compiled.isEmpty { return .array([]) }
                var values = try compiled.map { try $0.code(frame) }
                if let repeated, let converted = values[0].converted(to: element, literal: repeated) { values[0] = converted }
                var none = Value.void
                let result = try site.call(Arguments(values), receiver: &none).result
                guard let typed = result.converted(to: type, literal: literal) else {
                    throw InterpreterError(.typeMismatch(result.type, expected: type), at: location)
                }
                return typed
            }
        default:
            break
        }
        let code = valueCall(expression(callee), compiled, at: location)
        if case .name(let name) = callee.kind, let global = GlobalCallee(resolve(name).storage, labels: compiled.map(\.label)) {
            if compiled.count == 1, let call = directCall(global, stepping: arguments[0].value, compiled[0], otherwise: code, at: location) {
                return call
            }
            return directCall(global, compiled, otherwise: code, at: location)
        }
        return code
    }

    /// A direct call whose one argument is `n - 1` or the like, an `Int` variable and an
    /// integer literal, worked out in the call's own code (a recursion's commonest argument);
    /// nil for any other argument. (Each source is named with its type, so that the call's
    /// code is specialised for it: through an existential it would not be.)
    private func directCall(_ callee: GlobalCallee, stepping argument: Expr, _ compiled: CompiledArgument, otherwise: @escaping Code,
                            at location: SourceLocation) -> Code? {
        guard case .binary(let op, let left, let right) = argument.kind, case .name(let name) = left.kind,
              case .value(let slot) = resolve(name).storage, case .literal(.int(let k)) = right.kind else { return nil }
        func call<Step: OperatorStep>(_: Step.Type) -> Code {
            SlotStepSource<Step>(slot: slot, k: k, otherwise: compiled.code)
                .directCall(self, callee, literal: compiled.literal, otherwise: otherwise, at: location)
        }
        return switch op {
        case .add: call(AddStep.self)
        case .subtract: call(SubtractStep.self)
        case .multiply: call(MultiplyStep.self)
        default: nil
        }
    }

    /// A call of a global `func` by name, the commonest call of a recursive function: once
    /// the function is found, its arguments go straight into its frame. One or two arguments
    /// are worked out before the call begins (as they would be in it), so that the code that
    /// hands them over captures only their values: capturing their code retained it per call.
    private func directCall(_ callee: GlobalCallee, _ arguments: [CompiledArgument], otherwise: @escaping Code,
                            at location: SourceLocation) -> Code {
        let evaluator = self.evaluator
        if arguments.count == 1 {
            return CodeSource(code: arguments[0].code).directCall(self, callee, literal: arguments[0].literal, otherwise: otherwise, at: location)
        }
        if arguments.count == 2 {
            let (first, second) = (arguments[0].code, arguments[1].code)
            let (firstLiteral, secondLiteral) = (arguments[0].literal, arguments[1].literal)
            return { frame in
                guard let closure = callee.resolved() else { return try otherwise(frame) }
                let a = try first(frame)
                let b = try second(frame)
                return try closure._withUnsafeGuaranteedRef { closure in
                    if let (first, second) = closure.code.plainSlots(for: a, b) {
                        return try evaluator.invoke(closure, plainly: a, in: first, b, in: second, at: location)
                    }
                    return try evaluator.invoke(closure, labels: nil, at: location) { $0 == 0 ? (a, firstLiteral) : (b, secondLiteral) }
                }
            }
        }
        return { frame in
            guard let closure = callee.resolved() else { return try otherwise(frame) }
            return try closure._withUnsafeGuaranteedRef { closure in
                try evaluator.invoke(closure, labels: nil, at: location) { index in
                    (try arguments[index].code(frame), arguments[index].literal)
                }
            }
        }
    }

    /// A call of whatever the callee evaluates to: most often a `func` or closure of the block,
    /// whose arguments then go straight into its new frame.
    private func valueCall(_ callee: @escaping Code, _ arguments: [CompiledArgument], at location: SourceLocation) -> Code {
        let evaluator = self.evaluator
        let labels = arguments.map(\.label)
        if arguments.count == 1 {
            // One argument, the commonest call: its code is held here, not fetched from an array.
            let (argument, literal) = (arguments[0].code, arguments[0].literal)
            return { frame in
                let value = try callee(frame)
                if case .function(.closure(let closure)) = value, closure.code.parameters.count == 1 {
                    let argument = try argument(frame)
                    if let slot = closure.code.plainSlot(for: argument), !closure.isFunction || closure.code.accepts(labels) {
                        return try evaluator.invoke(closure, plainly: argument, in: slot, at: location)
                    }
                    return try evaluator.invoke(closure, labels: labels, at: location) { _ in (argument, literal) }
                }
                return try evaluator.callValue(value, try evaluator.evaluate(arguments, in: frame), at: location)
            }
        }
        return { frame in
            let value = try callee(frame)
            if case .function(.closure(let closure)) = value, arguments.count == closure.code.parameters.count {
                return try evaluator.invoke(closure, labels: labels, at: location) { index in
                    (try arguments[index].code(frame), arguments[index].literal)
                }
            }
            return try evaluator.callValue(value, try evaluator.evaluate(arguments, in: frame), at: location)
        }
    }

    /// Code that evaluates a call's arguments in order. One or two codes are held by the
    /// closure: reading a code out of an array retains it, on every call.
    private func argumentValues(_ arguments: [CompiledArgument]) -> (Frame) throws -> Arguments {
        switch arguments.count {
        case 0:
            return { _ in Arguments() }
        case 1:
            let first = arguments[0].code
            return { frame in Arguments(try first(frame)) }
        case 2:
            let (first, second) = (arguments[0].code, arguments[1].code)
            return { frame in
                let value = try first(frame)
                return Arguments(value, try second(frame))
            }
        default:
            return { frame in Arguments(try arguments.map { try $0.code(frame) }) }
        }
    }

    /// A call of a builtin function by name, unless a global of that name hides it when the
    /// call runs. `Double(i)`, the commonest call in loops, is worked out here.
    private func builtinCall(_ name: String, _ arguments: [CompiledArgument], _ expressions: [Expr], hiddenBy global: GlobalName,
                             callee: @escaping Code, at location: SourceLocation) -> Code {
        let evaluator = self.evaluator
        let site = BuiltinCall(registry.functions(named: name), written: name, arguments: arguments,
                               context: BuiltinContext(evaluator: evaluator, location: location))
        let hidden = valueCall(callee, arguments, at: location)
        if name == "Double", arguments.count == 1, arguments[0].label == nil {
            // The argument read where it is when it is a variable (`Double(i)`), not called.
            let argument: Operand = switch expressions[0].kind {
            case .name, .literal: operand(expressions[0])
            default: .code(arguments[0].code)
            }
            return { frame in
                guard global.variable == nil else { return try hidden(frame) }
                let value = try Self.value(of: argument, in: frame)
                if case .int(let n) = value { return .double(Double(n)) }
                var none = Value.void
                return try site.call(Arguments(value), receiver: &none).result
            }
        }
        let evaluateArguments = argumentValues(arguments)
        return { frame in
            guard global.variable == nil else { return try hidden(frame) }
            var none = Value.void
            return try site.call(try evaluateArguments(frame), receiver: &none).result
        }
    }

    /// `base.name(arguments)`: a builtin method of the receiver's type, or a function the
    /// receiver holds (a tuple's element, an object's property). A mutating method on a
    /// variable changes the variable in place.
    private func methodCall(_ base: Expr, _ name: String, _ arguments: [CompiledArgument], calleeAt: SourceLocation,
                            at location: SourceLocation) -> Code {
        let evaluator = self.evaluator
        let receiverCode = expression(base)
        let context = BuiltinContext(evaluator: evaluator, location: calleeAt)
        // One call site per kind of receiver that has the method, by the kind's position.
        var sites = [BuiltinCall?](repeating: nil, count: Builtin.Receiver.allCases.count)
        for kind in Builtin.Receiver.allCases {
            let methods = registry.members(named: name, of: kind).filter { if case .method = $0.kind { true } else { false } }
            guard !methods.isEmpty else { continue }
            sites[kind.position] = BuiltinCall(methods, written: name, arguments: arguments,
                                               context: BuiltinContext(evaluator: evaluator, location: location))
        }
        // Reached without retaining a site per call; `sites`, which `general` captures, holds them.
        let unretained = sites.map { $0.map(Unmanaged.passUnretained) }
        let evaluateArguments = argumentValues(arguments)
        let anyInPlace = sites.contains { $0?.allMutating == true }
        let inPlace = mutableVariable(base)
        let isVariable = if case .name = base.kind { true } else { false }
        // A mutating method on anything but a plain variable (`grid[i].append(x)`) stores the
        // changed receiver back where it came from.
        let anyMutating = sites.contains { $0?.candidates.contains(where: \.isMutating) == true }
        let storeBack: Store = anyMutating ? assigner(to: base) : { _, _, _, _ in }
        let isAppend = name == "append" && arguments.count == 1 && arguments[0].label == nil
        // Taken out of the array here: reading them from it on every call copied a location's path.
        let (appendLiteral, appendAt) = (arguments.first?.literal ?? .fixed, arguments.first?.location ?? location)
        let baseAt = base.location
        /// Calls the method on a variable's value in place; `append` is done here when it plainly can be.
        func callInPlace(_ site: BuiltinCall, _ values: Arguments, _ receiver: inout Value, declared: ValueType?) throws -> Value {
            if isAppend, try Self.appended(values[0], literal: appendLiteral, declared: declared, to: &receiver,
                                           evaluator: evaluator, at: location, argumentAt: appendAt) {
                return .void
            }
            return try site.call(values, receiver: &receiver).result
        }
        /// Calls the method on a receiver that is not changed where it is, and stores it back
        /// if the method changed it.
        func callAndStoreBack(_ site: BuiltinCall, _ values: Arguments, _ receiver: inout Value, _ frame: Frame) throws -> Value {
            let (result, isMutating) = try site.call(values, receiver: &receiver)
            if isMutating { try storeBack(frame, receiver, .fixed, baseAt) }
            return result
        }
        let general: Code = { frame in
            var receiver = try evaluator.sequence(try receiverCode(frame), member: name, at: calleeAt)
            if let kind = Builtin.Receiver(receiver), let site = sites[kind.position] {
                let values = try evaluateArguments(frame)
                if site.allMutating, isVariable {
                    receiver = .void  // the variable's reference must be the only one
                    if let result = try inPlace(frame, { try callInPlace(site, values, &$0, declared: $1) }) { return result }
                    receiver = try evaluator.sequence(try receiverCode(frame), member: name, at: calleeAt)
                }
                return try callAndStoreBack(site, values, &receiver, frame)
            }
            let function = try evaluator.member(name, of: receiver, context: context)
            return try evaluator.callValue(function, try evaluator.evaluate(arguments, in: frame), at: location)
        }
        // `xs.append(x)` on a variable, the commonest call of a loop that builds an array:
        // the receiver's kind is read where it is, so the array is never copied, not even
        // for a moment (which would cost a retain and a release per call).
        guard anyInPlace, case .name(let variable) = base.kind, let place = place(of: variable) else { return general }
        return { frame in
            let kind = Self.lend(place, in: frame) { Builtin.Receiver($0) }
            guard let kind, let site = unretained[kind.position] else { return try general(frame) }
            return try site._withUnsafeGuaranteedRef { site in
                guard site.allMutating else { return try general(frame) }
                let values = try evaluateArguments(frame)
                if let result = try inPlace(frame, { try callInPlace(site, values, &$0, declared: $1) }) { return result }
                var receiver = try receiverCode(frame)
                return try callAndStoreBack(site, values, &receiver, frame)
            }
        }
    }
}

extension Compiler {
    /// `xs.append(x)` on a variable, done here when `x` plainly has the array's element type
    /// (the same kind of number, a Boolean, a string or a point as its first element) or the
    /// array is empty: what the `append` builtin then does, without making its invocation,
    /// which was most of the time of a loop that builds an array. An empty array of a declared
    /// type takes `x` as that type, as in Swift (`var xs: [Double] = []; xs.append(1)` holds
    /// `1.0`). False, changing nothing, where the builtin decides (a conversion, an error).
    @inline(__always)
    static func appended(_ element: Value, literal: Literalness, declared: ValueType?, to receiver: inout Value,
                         evaluator: Evaluator, at location: SourceLocation, argumentAt: SourceLocation) throws -> Bool {
        guard case .array(let elements) = receiver else { return false }
        var element = element
        if elements.isEmpty {
            if case .array(let type)? = declared, type != .any {
                guard let converted = element.converted(to: type, literal: literal) else {
                    throw InterpreterError(.wrongElementType(element.type.description, type.description), at: argumentAt)
                }
                element = converted
            }
        } else if !element.hasSameSimpleType(as: elements[0]) {
            return false
        }
        guard var elements = receiver.takeArray() else { return false }
        defer { receiver = .array(elements) }
        do {
            try evaluator.budget.check(bytes: Budget.bytes(elements: elements.count + 1))
        } catch {
            throw InterpreterError(error.message, at: location)
        }
        elements.append(element)
        return true
    }
}

extension Evaluator {
    /// The arguments of a call, evaluated in order.
    func evaluate(_ arguments: [CompiledArgument], in frame: Frame) throws -> [EvaluatedArgument] {
        try arguments.map { $0.evaluated(try $0.code(frame)) }
    }
}
