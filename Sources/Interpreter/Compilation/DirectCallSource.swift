/// Where the one argument of a direct call comes from; the call's code is specialised for it.
protocol DirectCallSource {
    func value(in frame: Frame) throws -> Value
}

extension DirectCallSource {
    /// A call of the global function `callee` with this one argument.
    func directCall(_ compiler: Compiler, _ callee: GlobalCallee, literal: Literalness, otherwise: @escaping Code,
                    at location: SourceLocation) -> Code {
        let evaluator = compiler.evaluator
        return { frame in
            guard let closure = callee.resolved() else { return try otherwise(frame) }
            let value = try self.value(in: frame)
            return try closure._withUnsafeGuaranteedRef { closure in
                if let slot = closure.code.plainSlot(for: value) {
                    return try evaluator.invoke(closure, plainly: value, in: slot, at: location)
                }
                return try evaluator.invoke(closure, labels: nil, at: location) { _ in (value, literal) }
            }
        }
    }
}

/// An argument's compiled code.
struct CodeSource: DirectCallSource {
    let code: Code
    @inline(__always) func value(in frame: Frame) throws -> Value { try code(frame) }
}

/// `slot op k` for an `Int` variable and literal; anything else by the argument's code.
struct SlotStepSource<Step: OperatorStep>: DirectCallSource {
    let slot: Int
    let k: Int
    let otherwise: Code

    @inline(__always) func value(in frame: Frame) throws -> Value {
        if case .int(let x)? = frame[slot], let result = Step.ints(x, k) { return result }
        return try otherwise(frame)
    }
}
