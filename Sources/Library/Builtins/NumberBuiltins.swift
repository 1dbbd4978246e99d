#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Interpreter
import LessonsCore

/// Number members and number sequences: `stride`, `min`/`max` of two numbers, rounding,
/// and formatting numbers into text.
enum NumberBuiltins {
    static let topic = MathBuiltins.topic

    static var all: [Builtin] {
        strides + extremes + members + [
            Builtin(
                "String", parameters: [Parameter(nil, "value", .any)], returns: .string, topic: "Text",
                doc: "A value as text, as Swift's print writes it.", example: "String(0.25) + \"!\""
            ) { call in .string(call.arguments[0].printed) },
            Builtin(
                "String", parameters: [Parameter("format", .string), Parameter(nil, "arguments", .any, isVariadic: true)],
                returns: .string, topic: "Text",
                doc: "Numbers formatted by a C format such as %.3f, %e, %g or %5d, as Foundation's String(format:) does.",
                example: #"String(format: "%.3f and %e", 2.0 / 3, 1e-10)"#
            ) { call in .string(try PrintfFormat(call.string(0)).format(call.array(1))) },
        ]
    }

    private static var strides: [Builtin] {
        let ends: [(label: String, inclusive: Bool)] = [("to", false), ("through", true)]
        return ends.flatMap { label, inclusive in
            [ValueType.int, .double].map { type in
                Builtin(
                    "stride", parameters: [Parameter("from", "start", type), Parameter(label, "end", type), Parameter("by", "stride", type)],
                    returns: .array(type), topic: ArrayBuiltins.topic,
                    doc: "The numbers from start in steps of stride, up to end\(inclusive ? " included" : " left out").",
                    example: "stride(from: 0, \(label): 1, by: 0.25)"
                ) { call in
                    let (start, end, step) = (try call.double(0), try call.double(1), try call.double(2))
                    guard step != 0 else { throw BuiltinError(.zeroStride(), argument: 2) }
                    // Each value is start + i × stride, as Swift computes floating-point strides,
                    // so no rounding error accumulates.
                    let span = (end - start) / step
                    let count = span < 0 || !span.isFinite ? 0 : Int(span.rounded(.down)) + 1
                    try call.context.reserve(elements: count)
                    let values = (0..<count).map { start + Double($0) * step }.filter { value in
                        inclusive ? (step > 0 ? value <= end : value >= end) : (step > 0 ? value < end : value > end)
                    }
                    return .array(type == .int ? values.map { .int(Int($0)) } : values.map(Value.double))
                }
            }
        }
    }

    private static var extremes: [Builtin] {
        let kinds: [(name: String, word: String, larger: Bool)] = [("min", "smaller", false), ("max", "larger", true)]
        return kinds.flatMap { name, word, larger in
            [ValueType.int, .double].map { type in
                let isInt = type == .int
                return Builtin(
                    name, parameters: [Parameter(nil, "x", type), Parameter(nil, "y", type)], returns: type, topic: topic,
                    doc: "The \(word) of two numbers.", example: "\(name)(0.25, 1)"
                ) { call in
                    if isInt { return .int(larger ? Swift.max(call.int(0), call.int(1)) : Swift.min(call.int(0), call.int(1))) }
                    if let traced = try Traced.binary(call.arguments[0], call.arguments[1], larger ? .maximum : .minimum) {
                        return traced
                    }
                    return .double(larger ? Swift.max(try call.double(0), try call.double(1)) : Swift.min(try call.double(0), try call.double(1)))
                }
            }
        }
    }

    private static var members: [Builtin] { [
        method("rounded", doc: "The number rounded to the nearest whole number, halves away from zero.", example: "2.5.rounded()") { $0.rounded() },
        method("squareRoot", doc: "The square root.", example: "2.0.squareRoot()") { $0.squareRoot() },
        property("isNaN", .bool, doc: "Whether the number is not a number (nan).", example: "(0.0 / 0.0).isNaN") { .bool($0.isNaN) },
        property("isFinite", .bool, doc: "Whether the number is neither infinite nor nan.", example: "(1 / 0.0).isFinite") { .bool($0.isFinite) },
        property("magnitude", .double, doc: "The absolute value.", example: "(-3.5).magnitude") { .double($0.magnitude) },
    ] }

    private static func method(_ name: String, doc: String, example: String, _ body: @escaping (Double) -> Double) -> Builtin {
        Builtin(name, kind: .method(on: .double, isMutating: false), returns: .double, topic: topic, doc: doc, example: example) { call in
            guard case .double(let x) = call.receiver else { return call.receiver }
            return .double(body(x))
        }
    }

    private static func property(_ name: String, _ type: ValueType, doc: String, example: String, _ body: @escaping (Double) -> Value) -> Builtin {
        Builtin(name, kind: .property(on: .double), returns: type, topic: topic, doc: doc, example: example) { call in
            guard case .double(let x) = call.receiver else { return call.receiver }
            return body(x)
        }
    }
}
