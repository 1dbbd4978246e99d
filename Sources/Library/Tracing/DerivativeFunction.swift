import Engine
import Interpreter

/// The first or second derivative of a recorded one-argument function, as a function value:
/// calling the first runs one forward and one reverse sweep of the tape; the second, one
/// forward-over-reverse sweep.
final class DerivativeFunction: LibraryObject {
    let tape: ExpressionTape
    /// 1 for f′, 2 for f″.
    let order: Int

    init(tape: ExpressionTape, order: Int = 1) {
        self.tape = tape
        self.order = order
    }

    /// `f.derivative.derivative` is f″; the tape has no third derivatives.
    func member(_ name: String) throws -> Value? {
        guard name == "derivative" else { return nil }
        guard order == 1 else { throw BuiltinError(.derivativeOrder()) }
        return .object(DerivativeFunction(tape: tape, order: 2))
    }

    private func value(at x: Double) -> Double {
        order == 1 ? tape.gradient(at: [x]).gradient[0] : tape.hessian(at: [x])[0][0]
    }

    var typeName: String { "(Double) -> Double" }
    var printed: String { "(Function)" }

    func call(_ arguments: [Value]) throws -> Value? {
        guard arguments.count == 1 else { throw BuiltinError(.derivativeArity(arguments.count)) }
        switch arguments[0] {
        case .double(let x): return .double(value(at: x))
        case .int(let n): return .double(value(at: Double(n)))
        case .object: throw TraceFailure(reason: "it takes the derivative of a derivative")
        default: throw BuiltinError(.derivativeArity(arguments.count))
        }
    }
}
