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

    /// The recorded activation of a traced argument, composed from the tape's primitives,
    /// or nil when the argument is a number.
    static func activation(_ argument: Value, _ activation: Activation) throws -> Value? {
        guard case .object(let traced as TracedNumber) = argument else { return nil }
        let x = traced.node, recorder = traced.recorder
        switch activation {
        case .linear: return argument
        case .sigmoid: return traced.record(.unary(.sigmoid, x))
        case .tanh: return traced.record(.unary(.tanh, x))
        case .relu: return traced.record(.unary(.relu, x))
        case .leakyRelu(let slope) where slope <= 1:
            // For a slope of at most 1, max(x, slope·x) is the leaky ReLU.
            let scaled = recorder.record(.binary(.multiply, recorder.record(.constant(slope)), x))
            return traced.record(.binary(.maximum, x, scaled))
        case .swish:
            return traced.record(.binary(.multiply, x, recorder.record(.unary(.sigmoid, x))))
        case .softplus:
            // max(x, 0) + log(1 + e^−|x|), which never overflows.
            let tail = recorder.record(.unary(.exp, recorder.record(.unary(.negate, recorder.record(.unary(.abs, x))))))
            let log = recorder.record(.unary(.log, recorder.record(.binary(.add, recorder.record(.constant(1)), tail))))
            return traced.record(.binary(.add, recorder.record(.unary(.relu, x)), log))
        case .leakyRelu, .elu, .selu, .gelu:
            throw TraceFailure(reason: "\(activation.name) is not composed from the tape's primitives")
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
    /// primitives: σ′ = σ(1 − σ), tanh′ = 1 − tanh², softplus′ = σ, swish′ = σ + x·σ(1 − σ).
    /// The others have a kink or need erf, which no tape records.
    static func derivative(_ argument: Value, of activation: Activation) throws -> Value? {
        guard case .object(let traced as TracedNumber) = argument else { return nil }
        let recorder = traced.recorder
        let one = recorder.record(.constant(1))
        func sigmoidSlope() -> (sigmoid: Int, slope: Int) {
            let s = recorder.record(.unary(.sigmoid, traced.node))
            return (s, recorder.record(.binary(.multiply, s, recorder.record(.binary(.subtract, one, s)))))
        }
        switch activation {
        case .sigmoid:
            return .object(TracedNumber(recorder: recorder, node: sigmoidSlope().slope))
        case .softplus:
            return traced.record(.unary(.sigmoid, traced.node))
        case .swish:
            let (s, slope) = sigmoidSlope()
            return traced.record(.binary(.add, s, recorder.record(.binary(.multiply, traced.node, slope))))
        case .tanh:
            let t = recorder.record(.unary(.tanh, traced.node))
            let square = recorder.record(.binary(.multiply, t, t))
            return traced.record(.binary(.subtract, one, square))
        case .linear:
            return .double(1)
        case .relu, .leakyRelu, .elu, .selu, .gelu:
            throw TraceFailure(reason: "\(activation.name).derivative is not composed from the tape's primitives")
        }
    }
}
