import Engine
import Interpreter

/// What scalar builtins do with traced arguments: record a primitive instead of computing.
enum Traced {
    /// The recorded `primitive(argument)`, or nil when the argument is a plain number.
    static func unary(_ argument: Value, _ primitive: UnaryPrimitive) -> Value? {
        guard case .object(let traced as TracedNumber) = argument else { return nil }
        return traced.record(.unary(primitive, traced.node))
    }

    /// The recorded `primitive(a, b)`, or nil when neither argument is traced.
    static func binary(_ a: Value, _ b: Value, _ primitive: BinaryPrimitive) throws -> Value? {
        guard let traced = [a, b].lazy.compactMap({ value -> TracedNumber? in
            if case .object(let traced as TracedNumber) = value { traced } else { nil }
        }).first else { return nil }
        return traced.record(.binary(primitive, try traced.node(of: a), try traced.node(of: b)))
    }

    /// The recorded activation of a traced argument, or nil when the argument is a number.
    static func activation(_ argument: Value, _ activation: Activation) -> Value? {
        switch activation {
        case .sigmoid: unary(argument, .sigmoid)
        case .tanh: unary(argument, .tanh)
        case .relu: unary(argument, .relu)
        case .linear: if case .object = argument { argument } else { nil }
        }
    }

    /// An engine formula applied to `arguments`, recorded if any of them is traced.
    static func formula(_ formula: Formula, _ arguments: [Value]) throws -> Value? {
        guard let traced = arguments.lazy.compactMap({ value -> TracedNumber? in
            if case .object(let traced as TracedNumber) = value { traced } else { nil }
        }).first else { return nil }
        let inputs = try arguments.map { try traced.node(of: $0) }
        return .object(TracedNumber(recorder: traced.recorder, node: traced.recorder.record(formula, inputs: inputs)))
    }

    /// The recorded derivative of an activation at a traced argument, composed from
    /// primitives: σ′ = σ(1 − σ), tanh′ = 1 − tanh². ReLU′ is a step, which no tape records.
    static func derivative(_ argument: Value, of activation: Activation) throws -> Value? {
        guard case .object(let traced as TracedNumber) = argument else { return nil }
        let one = traced.recorder.record(.constant(1))
        switch activation {
        case .sigmoid:
            let s = traced.recorder.record(.unary(.sigmoid, traced.node))
            let complement = traced.recorder.record(.binary(.subtract, one, s))
            return traced.record(.binary(.multiply, s, complement))
        case .tanh:
            let t = traced.recorder.record(.unary(.tanh, traced.node))
            let square = traced.recorder.record(.binary(.multiply, t, t))
            return traced.record(.binary(.subtract, one, square))
        case .linear:
            return .double(1)
        case .relu:
            throw TraceFailure(reason: "relu.derivative is a step, which cannot be differentiated")
        }
    }
}
