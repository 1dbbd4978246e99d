/// Where the one argument of a direct call comes from; the call's code is specialised for it.
protocol DirectCallSource {
    func value(in frame: Frame) throws -> Value
}

extension DirectCallSource {
    /// A call of the global function `callee` with this one argument.
    func directCall(_ compiler: Compiler, _ callee: GlobalCallee, literal: Literalness, otherwise: @escaping Code,
                    at location: SourceLocation) -> Code {
        let call = DirectCall(source: self, callee: callee, literal: literal, otherwise: otherwise, location: location,
                              evaluator: compiler.evaluator)
        return { frame in try call.run(frame) }
    }
}

/// A direct call's parts, behind one reference: the closure that runs it captures only that,
/// where capturing the parts themselves copied them (the location, the source, the fallback)
/// out to the closure on every call, an eighth of a recursive function's time.
final class DirectCall<Source: DirectCallSource> {
    let source: Source
    let callee: GlobalCallee
    let literal: Literalness
    let otherwise: Code
    let location: SourceLocation
    let evaluator: Evaluator

    init(source: Source, callee: GlobalCallee, literal: Literalness, otherwise: @escaping Code, location: SourceLocation,
         evaluator: Evaluator) {
        (self.source, self.callee, self.literal, self.otherwise) = (source, callee, literal, otherwise)
        (self.location, self.evaluator) = (location, evaluator)
    }

    @inline(__always) func run(_ frame: Frame) throws -> Value {
        guard let closure = callee.resolved() else { return try otherwise(frame) }
        let value = try source.value(in: frame)
        return try closure._withUnsafeGuaranteedRef { closure in
            if let slot = closure.code.plainSlot(for: value) {
                return try evaluator.invoke(closure, plainly: value, in: slot, at: location)
            }
            return try evaluator.invoke(closure, labels: nil, at: location) { [literal] _ in (value, literal) }
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
