import Engine
import Interpreter

/// What the regularization lesson compares against: the closed-form ridge solution, where
/// a stopping rule would end a run, and noise in the data.
enum RegularizationBuiltins {
    static let topic = NetworkBuiltins.topic
    static let dataset = NetworkBuiltins.dataset

    static var all: [Builtin] { [
        Builtin(
            "ridge", parameters: [Parameter(nil, "data", dataset), Parameter("lambda", .double)],
            returns: .tuple([.array(.double), .double]), topic: topic,
            doc: "The (weights:, bias:) minimising (1/n)Σ(x·w + b − y)² + λ‖w‖² in closed form, the cost a linear network trained with .meanSquaredError and .l2(lambda:) minimises; λ = 0 is ordinary least squares.",
            example: "ridge(linearData(count: 100, weights: [2, 0, -1]), lambda: 0.1).weights"
        ) { call in
            let (data, lambda) = (call.dataset(0), try call.double(1))
            guard lambda >= 0 else { throw BuiltinError(.negativeStrength("lambda", call.argumentTexts[1]), argument: 1) }
            guard case .values(let targets) = data.targets, targets.columns == 1 else { throw BuiltinError(.needsOneTarget(), argument: 0) }
            guard let (weights, bias) = RidgeRegression.solve(data, lambda: lambda) else { throw BuiltinError(.singularLeastSquares(), argument: 1) }
            return .tuple(Tuple(elements: [.array(weights.map(Value.double)), .double(bias)], labels: ["weights", "bias"]))
        },
        Builtin(
            "stoppingEpoch", parameters: [Parameter(nil, "run", .object(TrainingObject.typeName)),
                                          Parameter("rule", .enumeration(NetworkEnumerations.stoppingRule))],
            returns: .int, topic: topic,
            doc: "The epoch after which a stopping rule would have ended this run, replayed on its recorded validation losses and weight changes.",
            example: "let (training, test) = split(moons(count: 200, noise: 0.4), training: 0.2)\nlet run = train(network([2, 32, 32, 2]), on: training, validation: test, loss: .softmaxCrossEntropy, epochs: 300, batchSize: 8, learningRate: 0.05)\nstoppingEpoch(run, rule: .errorChange(patience: 5))"
        ) { call in
            guard case .object(let run as TrainingObject) = call.arguments[0], let value = call.enumCase(1),
                  let rule = NetworkEnumerations.engineStoppingRule(value) else { return .void }
            if case .errorChange = rule, run.history.validationLoss.isEmpty { throw BuiltinError(.stoppingNeedsValidation(), argument: 1) }
            guard let epoch = run.history.stoppingEpoch(rule) else { throw BuiltinError(.neverStops(call.argumentTexts[1]), argument: 1) }
            return .int(epoch)
        },
        Builtin(
            "labelNoise", parameters: [Parameter(nil, "data", dataset), Parameter("fraction", .double), DatasetBuiltins.seed],
            returns: dataset, topic: DatasetBuiltins.topic,
            doc: "The dataset with exactly round(fraction · count) class labels changed to another class, chosen from the seed.",
            example: "labelNoise(moons(count: 100), fraction: 0.1).labels"
        ) { call in
            let (data, fraction) = (call.dataset(0), try call.double(1))
            guard (0...1).contains(fraction) else { throw BuiltinError(.noiseFraction(call.argumentTexts[1]), argument: 1) }
            guard data.labels != nil else { throw BuiltinError(.noLabels(), argument: 0) }
            return .object(DatasetObject(data.withLabelNoise(fraction: fraction, seed: call.seed(2))))
        },
        Builtin(
            "targetNoise", parameters: [Parameter(nil, "data", dataset), Parameter("standardDeviation", .double), DatasetBuiltins.seed],
            returns: dataset, topic: DatasetBuiltins.topic,
            doc: "The regression dataset with Gaussian noise of that standard deviation added to every target, from the seed.",
            example: "targetNoise(linearData(count: 50), standardDeviation: 0.5).targets[0]"
        ) { call in
            let (data, deviation) = (call.dataset(0), try call.double(1))
            guard deviation >= 0 else { throw BuiltinError(.negativeStrength("standardDeviation", call.argumentTexts[1]), argument: 1) }
            guard case .values = data.targets else { throw BuiltinError(.needsOneTarget(), argument: 0) }
            return .object(DatasetObject(data.withTargetNoise(standardDeviation: deviation, seed: call.seed(2))))
        },
    ] }
}
