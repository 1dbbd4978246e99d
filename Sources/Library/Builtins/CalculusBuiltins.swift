import Engine
import Interpreter

/// Derivatives of the block's own functions, by reverse-mode automatic differentiation of
/// their recorded tape.
enum CalculusBuiltins {
    static let topic = "Calculus"

    static var all: [Builtin] { [
        Builtin(
            "derivative", kind: .property(on: .function), returns: .function([.double], .double), topic: topic,
            doc: "The derivative of a function of one number, by automatic differentiation of its recorded expression.",
            example: "let f = { (x: Double) in x * x * x - 2 * x }\nf.derivative(2)"
        ) { call in
            switch try Tracer.tape(of: call.receiver, arity: 1, call: call) {
            case .success(let tape): return .object(DerivativeFunction(tape: tape))
            case .failure(let failure): throw BuiltinError(.notDifferentiable(failure.reason))
            }
        },
    ] }
}
