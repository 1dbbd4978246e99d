import Engine
import Interpreter

/// Seeded random numbers: the same numbers on every run and every machine.
enum RandomBuiltins {
    static let topic = "Random numbers"

    static var all: [Builtin] { [
        Builtin(
            "randomNormal", parameters: [
                Parameter("count", .int), Parameter("mean", .double, default: .double(0)),
                Parameter("standardDeviation", .double, default: .double(1)), Parameter("seed", .int, default: .int(0)),
            ], returns: .array(.double), topic: topic,
            doc: "count draws from a normal distribution, from the engine's seeded generator; seed 0 uses the lesson's seed.",
            example: "randomNormal(count: 3, seed: 7)"
        ) { call in
            let count = call.int(0)
            guard count >= 0 else { throw BuiltinError(.negativeCount("randomNormal", count), argument: 0) }
            try call.context.reserve(elements: count)
            var random = RandomSource(seed: seed(call.int(3), call))
            let (mean, deviation) = (try call.double(1), try call.double(2))
            return .array((0..<count).map { _ in .double(mean + deviation * random.normal()) })
        },
        Builtin(
            "randomUniform", parameters: [
                Parameter("count", .int), Parameter("in", "range", .closedRange(.double), default: .range(.reals(lower: 0, upper: 1, isClosed: true))),
                Parameter("seed", .int, default: .int(0)),
            ], returns: .array(.double), topic: topic,
            doc: "count draws spread evenly over a range, from the engine's seeded generator; seed 0 uses the lesson's seed.",
            example: "randomUniform(count: 3, in: -1...1, seed: 7)"
        ) { call in
            let count = call.int(0)
            guard count >= 0 else { throw BuiltinError(.negativeCount("randomUniform", count), argument: 0) }
            try call.context.reserve(elements: count)
            var random = RandomSource(seed: seed(call.int(2), call))
            let range = call.range(1)
            return .array((0..<count).map { _ in .double(range.lowerBound + (range.upperBound - range.lowerBound) * random.uniform()) })
        },
    ] }

    /// A seed argument: its own value, or the lesson's seed for 0.
    private static func seed(_ value: Int, _ call: Invocation) -> UInt64 {
        value > 0 ? UInt64(value) : call.context.seed
    }
}
