import Engine
import Interpreter

/// Initializers on their own: draws from them, and the variance each promises.
enum InitializerBuiltins {
    static let topic = "Initializers"
    static let initializer = ValueType.enumeration(NetworkEnumerations.initializer)

    static var all: [Builtin] { [
        Builtin(
            "draw", parameters: [Parameter(nil, "initializer", initializer), Parameter("fanIn", .int), Parameter("fanOut", .int),
                                 Parameter("seed", .int, default: .int(0))],
            returns: .array(.double), topic: topic, doc: "The fanIn × fanOut weights an initializer draws for a layer, row by row.",
            example: "draw(.heNormal, fanIn: 256, fanOut: 256).count"
        ) { call in
            let (fanIn, fanOut) = (call.int(1), call.int(2))
            guard fanIn >= 1 else { throw BuiltinError(.negativeCount("draw's fanIn", fanIn), argument: 1) }
            guard fanOut >= 1 else { throw BuiltinError(.negativeCount("draw's fanOut", fanOut), argument: 2) }
            let count = fanIn.multipliedReportingOverflow(by: fanOut)
            try call.context.reserve(elements: count.overflow ? Int.max : count.partialValue)
            guard let value = call.enumCase(0) else { return .void }
            var random = RandomSource(seed: call.seed(3))
            let weights = try NetworkEnumerations.engineInitializer(value).matrix(fanIn: fanIn, fanOut: fanOut, random: &random)
            return DatasetObject.numbers(weights.storage)
        },
        Builtin(
            "variance", parameters: [Parameter("of", "initializer", initializer), Parameter("fanIn", .int), Parameter("fanOut", .int)],
            returns: .double, topic: topic, doc: "The variance of each weight the initializer draws, by its formula.",
            example: "variance(of: .glorotUniform, fanIn: 256, fanOut: 256)"
        ) { call in
            guard let value = call.enumCase(0) else { return .void }
            return .double(try NetworkEnumerations.engineInitializer(value).variance(fanIn: max(call.int(1), 1), fanOut: max(call.int(2), 1)))
        },
    ] }
}
