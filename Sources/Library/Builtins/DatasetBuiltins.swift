import Engine
import Interpreter

/// Seeded toy datasets, data of the block's own, and splitting, standardizing and shuffling.
enum DatasetBuiltins {
    static let topic = "Datasets"
    static let dataset = NetworkBuiltins.dataset
    static var seed: Parameter { Parameter("seed", .int, default: .int(0)) }

    static var all: [Builtin] { generators + [
        Builtin(
            "dataset", parameters: [Parameter("inputs", .array(.array(.double))), Parameter("labels", .array(.int))],
            returns: dataset, topic: topic, doc: "A classification dataset from input rows and a class label (from 0) per row.",
            example: "dataset(inputs: [[0, 0], [0, 1], [1, 0], [1, 1]], labels: [0, 1, 1, 0])"
        ) { call in
            let inputs = try call.matrix(0)
            let labels = call.array(1).map { value -> Int in if case .int(let n) = value { n } else { 0 } }
            guard labels.count == inputs.rows else { throw BuiltinError(.countMismatch(inputs.rows, labels.count), argument: 1) }
            if let negative = labels.first(where: { $0 < 0 }) { throw BuiltinError(.negativeLabel(negative), argument: 1) }
            return .object(DatasetObject(Dataset(inputs: inputs, targets: .classes(labels: labels, count: (labels.max() ?? 0) + 1))))
        },
        Builtin(
            "dataset", parameters: [Parameter("inputs", .array(.array(.double))), Parameter("targets", .array(.array(.double)))],
            returns: dataset, topic: topic, doc: "A regression dataset from input rows and a row of target values per input.",
            example: "dataset(inputs: [[0], [1], [2]], targets: [[1], [3], [5]])"
        ) { call in
            let (inputs, targets) = (try call.matrix(0), try call.matrix(1))
            guard targets.rows == inputs.rows else { throw BuiltinError(.countMismatch(inputs.rows, targets.rows), argument: 1) }
            return .object(DatasetObject(Dataset(inputs: inputs, targets: .values(targets))))
        },
        Builtin(
            "split", parameters: [Parameter(nil, "data", dataset), Parameter("training", .double), seed],
            returns: .tuple([dataset, dataset]), topic: topic,
            doc: "Shuffles the examples from the seed, then returns (training:, test:) with that fraction for training.",
            example: "let (training, test) = split(moons(count: 100), training: 0.8)\ntest.count"
        ) { call in
            let fraction = try call.double(1)
            guard (0...1).contains(fraction) else { throw BuiltinError(.fraction(call.argumentTexts[1]), argument: 1) }
            let (training, test) = call.dataset(0).split(trainingFraction: fraction, seed: call.seed(2))
            return .tuple(Tuple(elements: [.object(DatasetObject(training)), .object(DatasetObject(test))], labels: ["training", "test"]))
        },
        Builtin(
            "standardized", parameters: [Parameter(nil, "data", dataset)], returns: dataset, topic: topic,
            doc: "Each input feature shifted and scaled to mean 0 and standard deviation 1.",
            example: "standardized(linearData(count: 50)).inputs[0]"
        ) { call in
            .object(DatasetObject(call.dataset(0).standardized()))
        },
        Builtin(
            "standardized", parameters: [Parameter(nil, "data", dataset), Parameter("using", "reference", dataset)],
            returns: dataset, topic: topic,
            doc: "Standardized with the reference's means and deviations: the test set with the training set's statistics.",
            example: "let (training, test) = split(moons(count: 100), training: 0.8)\nstandardized(test, using: training).count"
        ) { call in
            let (data, reference) = (call.dataset(0), call.dataset(1))
            try NetworkChecks.sameFeatures(data, as: reference, argument: 1)
            return .object(DatasetObject(data.standardized(using: reference)))
        },
        Builtin(
            "shuffled", parameters: [Parameter(nil, "data", dataset), seed], returns: dataset, topic: topic,
            doc: "The examples in a random order drawn from the seed.",
            example: "shuffled(blobs(count: 6, classes: 2), seed: 3).labels"
        ) { call in
            .object(DatasetObject(call.dataset(0).shuffled(seed: call.seed(1))))
        },
    ] }

    /// The toy datasets, each seeded; seed 0 uses the lesson's seed.
    private static var generators: [Builtin] {
        let count = Parameter("count", .int)
        func noise(_ value: Double) -> Parameter { Parameter("noise", .double, default: .double(value)) }
        return [
            generator("spirals", [count, Parameter("classes", .int, default: .int(2)), noise(0.02), seed],
                      doc: "Interleaved spiral arms, one turn each, a class per arm.", example: "spirals(count: 200).classes") { call in
                guard call.int(1) >= 1 else { throw BuiltinError(.negativeCount("spirals' classes", call.int(1)), argument: 1) }
                return DatasetGenerator.spirals(count: call.int(0), classes: call.int(1), noise: try call.double(2), seed: call.seed(3))
            },
            generator("moons", [count, noise(0.1), seed], doc: "Two interleaving half circles, as scikit-learn's make_moons.",
                      example: "moons(count: 200).count") { call in
                DatasetGenerator.moons(count: call.int(0), noise: try call.double(1), seed: call.seed(2))
            },
            generator("circles", [count, Parameter("factor", .double, default: .double(0.5)), noise(0.05), seed],
                      doc: "Two concentric circles, the inner one factor times the outer's radius.",
                      example: "circles(count: 200).labels.last") { call in
                DatasetGenerator.circles(count: call.int(0), factor: try call.double(1), noise: try call.double(2), seed: call.seed(3))
            },
            generator("xor", [count, noise(0), seed], doc: "Points in [−1, 1]², class 1 where exactly one coordinate is positive.",
                      example: "xor(count: 4, seed: 1).labels") { call in
                DatasetGenerator.xor(count: call.int(0), noise: try call.double(1), seed: call.seed(2))
            },
            generator("blobs", [count, Parameter("classes", .int), Parameter("spread", .double, default: .double(1)), seed],
                      doc: "Gaussian blobs around centres drawn in [−5, 5]², a class per blob.",
                      example: "blobs(count: 90, classes: 3).classes") { call in
                guard call.int(1) >= 1 else { throw BuiltinError(.negativeCount("blobs' classes", call.int(1)), argument: 1) }
                return DatasetGenerator.blobs(count: call.int(0), classes: call.int(1), spread: try call.double(2), seed: call.seed(3))
            },
            generator("linearData", [count, Parameter("slope", .double, default: .double(2)),
                                     Parameter("intercept", .double, default: .double(1)), noise(0.1), seed],
                      doc: "Regression data y = slope·x + intercept + noise, x uniform in [−1, 1].",
                      example: "linearData(count: 50).targets[0]") { call in
                DatasetGenerator.linear(count: call.int(0), slope: try call.double(1), intercept: try call.double(2),
                                        noise: try call.double(3), seed: call.seed(4))
            },
            generator("linearData", [count, Parameter("weights", .array(.double)), Parameter("intercept", .double, default: .double(0)),
                                     noise(0.1), seed],
                      doc: "Regression data y = x·weights + intercept + noise, one input per weight, each drawn from N(0, 1); a weight of 0 makes an input that does not matter.",
                      example: "linearData(count: 100, weights: [3, -2, 0, 0]).features") { call in
                let weights = ArrayBuiltins.numbers(call.arguments[1])
                guard !weights.isEmpty else { throw BuiltinError(.noWeights(), argument: 1) }
                try call.context.reserve(elements: call.int(0) * (weights.count + 1))
                return DatasetGenerator.linear(count: call.int(0), weights: weights, intercept: try call.double(2),
                                               noise: try call.double(3), seed: call.seed(4))
            },
            generator("normalData", [count, Parameter("features", .int), Parameter("outputs", .int, default: .int(1)), seed],
                      doc: "Inputs drawn from N(0, 1) with zero targets: a signal to probe a network with.",
                      example: "normalData(count: 512, features: 64, outputs: 64).features") { call in
                let (features, outputs) = (call.int(1), call.int(2))
                guard features >= 1 else { throw BuiltinError(.negativeCount("normalData's features", features), argument: 1) }
                guard outputs >= 1 else { throw BuiltinError(.negativeCount("normalData's outputs", outputs), argument: 2) }
                try call.context.reserve(elements: call.int(0) * (features + outputs))
                return DatasetGenerator.standardNormal(count: call.int(0), features: features, outputs: outputs, seed: call.seed(3))
            },
            generator("sineData", [count, noise(0.1), seed], doc: "Regression data y = sin x + noise, x uniform in [−π, π].",
                      example: "sineData(count: 50).count") { call in
                DatasetGenerator.sine(count: call.int(0), noise: try call.double(1), seed: call.seed(2))
            },
        ]
    }

    private static func generator(
        _ name: String, _ parameters: [Parameter], doc: String, example: String, _ make: @escaping (Invocation) throws -> Dataset
    ) -> Builtin {
        Builtin(name, parameters: parameters, returns: dataset, topic: topic, doc: doc, example: example) { call in
            guard call.int(0) >= 0 else { throw BuiltinError(.negativeCount(name, call.int(0)), argument: 0) }
            try call.context.reserve(elements: 3 * call.int(0))
            return .object(DatasetObject(try make(call)))
        }
    }
}
