import Engine
import Interpreter

/// Records a function value of the block into an engine tape, once, by calling it with
/// traced numbers. The engine then evaluates and differentiates the tape without going
/// back through the interpreter.
enum Tracer {
    /// The tape of a function of one number, or the reason it cannot be recorded.
    static func tape(of function: Value, arity: Int, call: Invocation) throws -> Result<ExpressionTape, TraceFailure> {
        try tape(of: function, shape: arity == 1 ? .scalar : arity == 2 ? .pair : .vector(arity), call: call)
    }

    /// The tape of a function taking its numbers as `shape` says, or why it cannot be recorded.
    static func tape(of function: Value, shape: FunctionShape, call: Invocation) throws -> Result<ExpressionTape, TraceFailure> {
        let recorder = TapeRecorder(inputCount: shape.dimension)
        let inputs = (0..<shape.dimension).map { Value.object(TracedNumber(recorder: recorder, node: $0)) }
        let result: Value
        do {
            result = try call.call(function, shape.arguments(inputs))
        } catch let failure as TraceFailure {
            return .failure(failure)
        } catch is NotANumber {
            return .failure(TraceFailure(reason: "it passes its argument to a builtin that needs a plain number"))
        }
        switch result {
        case .object(let traced as TracedNumber) where traced.recorder === recorder:
            return .success(recorder.finish(output: traced.node))
        case .double(let value):
            return .success(recorder.finish(output: recorder.record(.constant(value))))
        case .int(let value):
            return .success(recorder.finish(output: recorder.record(.constant(Double(value)))))
        default:
            return .failure(TraceFailure(reason: "it returns a \(result.type), not a number"))
        }
    }
}

extension Tracer {
    /// The tape, or the error that says why the function cannot be differentiated.
    static func differentiable(_ function: Value, shape: FunctionShape, call: Invocation) throws -> ExpressionTape {
        switch try tape(of: function, shape: shape, call: call) {
        case .success(let tape): return tape
        case .failure(let failure): throw BuiltinError(.notDifferentiable(failure.reason), argument: 0)
        }
    }
}
