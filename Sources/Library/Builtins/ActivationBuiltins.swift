import Engine
import Interpreter

/// Activation functions, each with its derivative as `name.derivative`.
enum ActivationBuiltins {
    static let topic = "Activations"

    /// The activations that blocks can call by name, with their default parameters.
    static let named: [Activation] = Activation.all.filter { $0 != .linear }

    static var all: [Builtin] { named.flatMap { activation in
        [
            Builtin(
                activation.name, parameters: [Parameter(nil, "x", .double)], returns: .double, topic: topic,
                doc: "The activation \(activation.formula).", example: "\(activation.name)(0.5)"
            ) { call in
                try Traced.activation(call.arguments[0], activation) ?? .double(activation(call.double(0)))
            },
            Builtin(
                activation.name + ".derivative", parameters: [Parameter(nil, "x", .double)], returns: .double,
                topic: topic, doc: "Its derivative, \(activation.derivativeFormula).",
                example: "\(activation.name).derivative(0)"
            ) { call in
                try Traced.derivative(call.arguments[0], of: activation) ?? .double(activation.derivative(try call.double(0)))
            },
        ]
    } }

    /// The engine's activation for a builtin's name, so charts can sample it without the
    /// interpreter: `sigmoid` and `sigmoid.derivative`.
    static func function(named name: String) -> ((Double) -> Double)? {
        let parts = name.split(separator: ".")
        guard let activation = named.first(where: { $0.name == parts[0] }) else { return nil }
        switch parts.dropFirst().first {
        case nil: return { activation($0) }
        case "derivative": return { activation.derivative($0) }
        default: return nil
        }
    }
}
