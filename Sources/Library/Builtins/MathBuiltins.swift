#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Engine
import Interpreter

/// Elementary functions, constants and number conversions.
enum MathBuiltins {
    static let topic = "Math"

    static var all: [Builtin] { [
        unary("exp", .exp, "e raised to the power x.", example: "exp(1)"),
        unary("log", .log, "The natural logarithm of x (nan below 0, −inf at 0).", example: "log(exp(2))"),
        unary("sqrt", .sqrt, "The square root of x (nan below 0).", example: "sqrt(2)"),
        unary("abs", .abs, "The absolute value of x.", example: "abs(-3.5)"),
        unary("sin", .sin, "The sine of x, in radians.", example: "sin(Double.pi / 2)"),
        unary("cos", .cos, "The cosine of x, in radians.", example: "cos(0)"),
        Builtin(
            "pow", parameters: [Parameter(nil, "base", .double), Parameter(nil, "exponent", .double)],
            returns: .double, topic: topic, doc: "base raised to the power exponent.", example: "pow(2, 10)"
        ) { call in
            try Traced.binary(call.arguments[0], call.arguments[1], .power)
                ?? .double(pow(try call.double(0), try call.double(1)))
        },
        Builtin(
            "Double", parameters: [Parameter(nil, "value", .int)], returns: .double, topic: topic,
            doc: "The integer as a Double.", example: "Double(3) / 2"
        ) { call in .double(Double(call.int(0))) },
        Builtin(
            "Int", parameters: [Parameter(nil, "value", .double)], returns: .int, topic: topic,
            doc: "The Double rounded toward zero, as Swift's Int(_:) does; an error if it is not finite or too large.",
            example: "Int(2.9)"
        ) { call in
            let value = try call.double(0)
            guard let result = Int(exactly: value.rounded(.towardZero)) else {
                throw BuiltinError(.notConvertibleToInt(value.description), argument: 0)
            }
            return .int(result)
        },
        stepwise("floor", "The largest whole number not above x.", example: "floor(-2.5)") { $0.rounded(.down) },
        stepwise("ceil", "The smallest whole number not below x.", example: "ceil(2.1)") { $0.rounded(.up) },
        constant("Int.max", .int(Int.max), doc: "The largest Int, 2⁶³ − 1."),
        constant("Int.min", .int(Int.min), doc: "The smallest Int, −2⁶³."),
    ] + DoubleConstant.allCases.map { constant("Double." + $0.rawValue, .double($0.value), doc: $0.doc) } }

    /// A one-number function: the engine's primitive, recorded when its argument is traced.
    private static func unary(_ name: String, _ primitive: UnaryPrimitive, _ doc: String, example: String) -> Builtin {
        Builtin(name, parameters: [Parameter(nil, "x", .double)], returns: .double, topic: topic, doc: doc,
                example: example) { call in
            try Traced.unary(call.arguments[0], primitive) ?? .double(primitive.value(call.double(0)))
        }
    }

    /// A function that is flat between its jumps, so it has no useful derivative and is not
    /// recorded: a traced argument is an error, as differentiating it would be.
    private static func stepwise(_ name: String, _ doc: String, example: String, _ apply: @escaping (Double) -> Double) -> Builtin {
        Builtin(name, parameters: [Parameter(nil, "x", .double)], returns: .double, topic: topic, doc: doc,
                example: example) { call in .double(apply(try call.double(0))) }
    }

    private static func constant(_ name: String, _ value: Value, doc: String) -> Builtin {
        Builtin(name, kind: .constant, returns: value.type, topic: topic, doc: doc, example: name) { _ in value }
    }
}
