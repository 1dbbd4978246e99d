import Engine
import Interpreter

/// The data techniques: orderings for shuffling and curricula, augmentation, covariate
/// shift, collinear inputs, their condition number, and whitening.
enum DataTechniqueBuiltins {
    static let topic = DatasetBuiltins.topic
    static let dataset = DatasetBuiltins.dataset
    static var seed: Parameter { DatasetBuiltins.seed }

    static var all: [Builtin] { [
        Builtin(
            "sortedByClass", parameters: [Parameter(nil, "data", dataset)], returns: dataset, topic: topic,
            doc: "The examples ordered by class label, as data arrives when nobody shuffles it.",
            example: "sortedByClass(shuffled(moons(count: 6))).labels"
        ) { call in
            guard call.dataset(0).labels != nil else { throw BuiltinError(.noLabels(), argument: 0) }
            return .object(DatasetObject(call.dataset(0).sortedByClass()))
        },
        Builtin(
            "ordered", parameters: [Parameter(nil, "data", dataset), Parameter("by", "scores", .array(.double))], returns: dataset, topic: topic,
            doc: "The examples ordered by ascending score: a curriculum, easiest first, when the score is a difficulty.",
            example: "let d = moons(count: 50)\nordered(d, by: margins(d).map { -$0 }).count"
        ) { call in
            let (data, scores) = (call.dataset(0), ArrayBuiltins.numbers(call.arguments[1]))
            guard scores.count == data.count else { throw BuiltinError(.countMismatch(data.count, scores.count), argument: 1) }
            return .object(DatasetObject(data.ordered(by: scores)))
        },
        Builtin(
            "margins", parameters: [Parameter(nil, "data", dataset)], returns: .array(.double), topic: topic,
            doc: "Per example, the distance to the nearest example of another class: small near the boundary, where the hard examples are.",
            example: "margins(xor(count: 20)).min()"
        ) { call in
            let data = call.dataset(0)
            guard data.labels != nil else { throw BuiltinError(.noLabels(), argument: 0) }
            try call.context.reserve(elements: data.count)
            return .array(data.margins().map(Value.double))
        },
        Builtin(
            "augmented", parameters: [
                Parameter(nil, "data", dataset), Parameter("copies", .int), Parameter("jitter", .double, default: .double(0)),
                Parameter("rotation", .double, default: .double(0)), Parameter("reflection", .bool, default: .bool(false)), seed,
            ], returns: dataset, topic: topic,
            doc: "The examples plus `copies` transformed copies of each: rotated about the origin by up to ±rotation radians, reflected across the x axis half the time, jittered by Gaussian noise of σ jitter; labels unchanged.",
            example: "augmented(circles(count: 40), copies: 4, jitter: 0.02, rotation: 3.14159).count"
        ) { call in
            let (data, copies) = (call.dataset(0), call.int(1))
            guard copies >= 0 else { throw BuiltinError(.negativeCount("augmented's copies", copies), argument: 1) }
            let (jitter, rotation, reflection) = (try call.double(2), try call.double(3), call.bool(4))
            guard jitter >= 0 else { throw BuiltinError(.negativeStrength("jitter", call.argumentTexts[2]), argument: 2) }
            if data.features != 2 && (rotation != 0 || reflection) {
                throw BuiltinError(.rotationNeedsPlane(data.features), argument: rotation != 0 ? 3 : 4)
            }
            try call.context.reserve(elements: (copies + 1) * data.count * (data.features + 1))
            return .object(DatasetObject(data.augmented(copies: copies, jitter: jitter, rotation: rotation, reflection: reflection, seed: call.seed(5))))
        },
        Builtin(
            "shifted", parameters: [
                Parameter(nil, "data", dataset), Parameter("toward", "direction", .array(.double)), Parameter("strength", .double),
                Parameter("count", .int), seed,
            ], returns: dataset, topic: topic,
            doc: "count examples drawn without replacement with probability ∝ exp(strength · x·d), d the unit direction: the same labels for the same inputs, a shifted distribution of inputs (covariate shift).",
            example: "shifted(moons(count: 400), toward: [1, 0], strength: 3, count: 100).count"
        ) { call in
            let (data, direction, count) = (call.dataset(0), ArrayBuiltins.numbers(call.arguments[1]), call.int(3))
            guard direction.count == data.features else { throw BuiltinError(.directionLength(direction.count, data.features), argument: 1) }
            guard (0...data.count).contains(count) else { throw BuiltinError(.sampleSize(count, data.count), argument: 3) }
            return .object(DatasetObject(data.shifted(toward: direction, strength: try call.double(2), count: count, seed: call.seed(4))))
        },
        Builtin(
            "collinear", parameters: [
                Parameter(nil, "data", dataset), Parameter("feature", .int), Parameter("copies", .int, default: .int(1)),
                Parameter("correlation", .double), seed,
            ], returns: dataset, topic: topic,
            doc: "The dataset with copies of an input feature (counted from 0) appended, each correlated with it by ρ: ρ·z + √(1 − ρ²)·noise, z the feature standardized.",
            example: "conditionNumber(collinear(linearData(count: 200, weights: [1, 2]), feature: 0, correlation: 0.99))"
        ) { call in
            let (data, feature, copies, rho) = (call.dataset(0), call.int(1), call.int(2), try call.double(3))
            guard (0..<data.features).contains(feature) else { throw BuiltinError(.featureIndex(feature, data.features), argument: 1) }
            guard copies >= 0 else { throw BuiltinError(.negativeCount("collinear's copies", copies), argument: 2) }
            guard (-1...1).contains(rho) else { throw BuiltinError(.correlation(call.argumentTexts[3]), argument: 3) }
            try call.context.reserve(elements: data.count * (data.features + copies))
            return .object(DatasetObject(data.withCollinearCopies(of: feature, copies: copies, correlation: rho, seed: call.seed(4))))
        },
        Builtin(
            "conditionNumber", parameters: [Parameter(nil, "data", dataset)], returns: .double, topic: topic,
            doc: "The largest over the smallest eigenvalue of the centred inputs' XᵀX/n; gradient descent on a squared error slows as it grows.",
            example: "conditionNumber(linearData(count: 100, weights: [1, 1]))"
        ) { call in
            let data = call.dataset(0)
            guard data.features <= 64 else { throw BuiltinError(.tooManyFeatures(data.features), argument: 0) }
            return .double(data.conditionNumber())
        },
        Builtin(
            "whitened", parameters: [Parameter(nil, "data", dataset)], returns: dataset, topic: topic,
            doc: "PCA whitening: the inputs centred, rotated onto their principal axes and scaled to unit variance, so their covariance is the identity.",
            example: "conditionNumber(whitened(collinear(linearData(count: 200, weights: [1, 2]), feature: 0, correlation: 0.99)))"
        ) { call in
            let data = call.dataset(0)
            guard data.features <= 64 else { throw BuiltinError(.tooManyFeatures(data.features), argument: 0) }
            return .object(DatasetObject(data.whitened()))
        },
        Builtin(
            "whitened", parameters: [Parameter(nil, "data", dataset), Parameter("using", "reference", dataset)], returns: dataset, topic: topic,
            doc: "Whitened with the reference's means and principal axes: the test set with the training set's statistics.",
            example: "let (a, b) = split(linearData(count: 100, weights: [1, 2]), training: 0.8)\nwhitened(b, using: a).count"
        ) { call in
            let (data, reference) = (call.dataset(0), call.dataset(1))
            try NetworkChecks.sameFeatures(data, as: reference, argument: 1)
            guard data.features <= 64 else { throw BuiltinError(.tooManyFeatures(data.features), argument: 0) }
            return .object(DatasetObject(data.whitened(using: reference)))
        },
    ] }
}
