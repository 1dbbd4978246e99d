import Interpreter
import LessonsCore

/// Printing and checking claims.
enum CoreBuiltins {
    static let topic = "Output and claims"

    static var all: [Builtin] { [
        Builtin(
            "print", parameters: [
                Parameter(nil, "items", .any, isVariadic: true),
                Parameter("separator", .string, default: .string(" ")),
                Parameter("terminator", .string, default: .string("\n")),
            ], returns: .void, topic: topic,
            doc: "Prints values below the block, as Swift's print does.",
            example: #"print("σ′(0) =", sigmoid.derivative(0))"#
        ) { call in
            let items = call.array(0).map(\.printed)
            call.context.emit(.text(items.joined(separator: call.string(1)) + call.string(2)))
            return .void
        },
        Builtin(
            "check", parameters: [Parameter(nil, "condition", .bool), Parameter(nil, "claim", .string)],
            returns: .void, topic: topic,
            doc: "States a claim the lesson makes; the build proves it, or fails and names it.",
            example: #"check(sigmoid.derivative(0) == 0.25, "σ′(0) = 1/4")"#
        ) { call in
            call.context.record(Check(
                claim: call.string(1), condition: call.argumentTexts[0], passed: call.bool(0),
                location: call.context.location))
            return .void
        },
    ] }
}
