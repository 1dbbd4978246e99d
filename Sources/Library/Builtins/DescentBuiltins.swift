import Engine
import Interpreter
import LessonsCore

/// Gradient descent and its variants on a block's function, from one start or many.
enum DescentBuiltins {
    static let topic = "Descent"
    /// More steps than any lesson needs, few enough to keep a run's record in memory.
    static let maximumSteps = 1_000_000

    static var all: [Builtin] {
        [FunctionShape.scalar, .pair, .vector(0)].flatMap { shape in
            [false, true].map { many in builtin(shape: shape, many: many) }
        }
    }

    private static func builtin(shape: FunctionShape, many: Bool) -> Builtin {
        let start = many ? Parameter("fromEach", "starts", .array(shape.pointType)) : Parameter("from", "start", shape.pointType)
        let examples: [FunctionShape: String] = [
            .scalar: "let f = { (x: Double) in x * x }\ndescend(f, from: 1, learningRate: 0.1, steps: 50).final.value",
            .pair: "descend(rosenbrock, from: (-1, 1), learningRate: 1e-3, steps: 2000, optimizer: .adam).final",
            .vector(0): "let f = { (v: [Double]) in v[0] * v[0] + 2 * v[1] * v[1] }\ndescend(f, from: [1, 1], learningRate: 0.1, steps: 100).steps",
        ]
        let manyExample = "let f = { (x: Double) in x * x * x * x - 3 * x * x + x }\n"
            + "descend(f, fromEach: [-2, 0.5, 2], learningRate: 0.02, steps: 200).map { $0.final.x }"
        return Builtin(
            "descend", parameters: [
                Parameter(nil, "function", shape.functionType), start,
                Parameter("learningRate", .double), Parameter("steps", .int),
                Parameter("optimizer", .enumeration(LibraryEnumerations.optimizer),
                          default: .enumCase(EnumCase(enumeration: LibraryEnumerations.optimizer, name: "gradientDescent"))),
                Parameter("tolerance", .double, default: .double(0)),
                Parameter("bound", .double, default: .double(1e6)),
                Parameter("seed", .int, default: .int(0)),
            ],
            returns: many ? .array(.object(DescentRun.typeName)) : .object(DescentRun.typeName), topic: topic,
            doc: many
                ? "Descends from each start at once; the starts run together in the engine."
                : "Descends the function from a start; stops at the step count, or when f changes by less than tolerance (if above 0), or on divergence past bound.",
            example: many ? manyExample : examples[shape] ?? ""
        ) { call in
            try descend(shape: shape, many: many, call: call)
        }
    }

    private static func descend(shape declared: FunctionShape, many: Bool, call: Invocation) throws -> Value {
        let starts = many ? call.array(1) : [call.arguments[1]]
        let shape = FunctionShape.of(point: starts.first ?? .array([]), declared: declared)
        var packed: [Double] = []
        packed.reserveCapacity(starts.count * shape.dimension)
        for start in starts {
            let count = shape.append(start, to: &packed)
            guard count == shape.dimension, count > 0 else {
                let expected = count == 0
                    ? "a start needs at least one" : "every start needs as many coordinates as the first, \(shape.dimension)"
                throw BuiltinError(.wrongDimension(count, expected), argument: 1)
            }
        }
        let steps = call.int(3)
        guard (0...maximumSteps).contains(steps) else { throw BuiltinError(.tooManySteps(steps, limit: maximumSteps), argument: 3) }
        // The record: each step's point, value and gradient norm, for every run.
        try call.context.reserve(elements: starts.count * (steps + 1) * (shape.dimension + 2))
        let tape = try Tracer.differentiable(call.arguments[0], shape: shape, call: call)
        guard case .enumCase(let optimizer) = call.arguments[4] else { return .void }
        let tolerance = try call.double(5)
        let seed = call.int(7)
        let settings = DescentSettings(
            learningRate: try call.double(2), steps: steps, tolerance: tolerance > 0 ? tolerance : nil,
            bound: try call.double(6), seed: seed > 0 ? UInt64(seed) : call.context.seed)
        let runs = Engine.Descent.run(tape, fromPacked: packed,
                                      optimizer: LibraryEnumerations.engineOptimizer(optimizer), settings: settings)
            .map { Value.object(DescentRun(trajectory: $0, shape: shape)) }
        return many ? .array(runs) : runs[0]
    }
}

