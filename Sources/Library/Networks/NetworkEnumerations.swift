import Engine
import Interpreter

/// The enumerations of network builtins: activations, initializers and losses, each case
/// documented with its formula, and their translation into the engine's types.
enum NetworkEnumerations {
    static let activation = Enumeration("Activation", cases: Activation.all.map { activation in
        switch activation {
        case .leakyRelu(let slope): .init("leakyRelu", parameters: [("slope", slope)], doc: activation.formula)
        case .elu(let alpha): .init("elu", parameters: [("alpha", alpha)], doc: activation.formula)
        default: .init(activation.name, doc: activation.formula)
        }
    }, doc: "A layer's activation function.")

    /// Each initializer's case and how the engine's is made from it: the one list of their
    /// names, which the enumeration and the translation both come from.
    private static let initializers: [(case: Enumeration.Case, make: @Sendable (EnumCase) -> Initializer)] = [
        (.init("zeros", doc: "Every weight 0."), { _ in .zeros }),
        (.init("ones", doc: "Every weight 1."), { _ in .ones }),
        (.init("constant", parameters: [("value", nil)], doc: "Every weight the value."), { .constant($0.number("value")) }),
        (.init("randomUniform", parameters: [("min", -0.05), ("max", 0.05)], doc: "U(min, max); variance (max − min)²/12."),
         { .randomUniform(min: $0.number("min"), max: $0.number("max")) }),
        (.init("randomNormal", parameters: [("mean", 0), ("standardDeviation", 0.05)], doc: "N(mean, σ²); variance σ²."),
         { .randomNormal(mean: $0.number("mean"), standardDeviation: $0.number("standardDeviation")) }),
        (.init("truncatedNormal", parameters: [("mean", 0), ("standardDeviation", 0.05)],
               doc: "N(mean, σ²) redrawn beyond 2σ; variance (0.8796 σ)²."),
         { .truncatedNormal(mean: $0.number("mean"), standardDeviation: $0.number("standardDeviation")) }),
        (.init("glorotUniform", doc: "Xavier/Glorot uniform: U(±√(6/(fan_in + fan_out))); variance 2/(fan_in + fan_out)."), { _ in .glorotUniform }),
        (.init("glorotNormal", doc: "Xavier/Glorot normal (truncated): variance 2/(fan_in + fan_out)."), { _ in .glorotNormal }),
        (.init("heUniform", doc: "He/Kaiming uniform: U(±√(6/fan_in)); variance 2/fan_in."), { _ in .heUniform }),
        (.init("heNormal", doc: "He/Kaiming normal (truncated): variance 2/fan_in."), { _ in .heNormal }),
        (.init("lecunUniform", doc: "LeCun uniform: U(±√(3/fan_in)); variance 1/fan_in."), { _ in .lecunUniform }),
        (.init("lecunNormal", doc: "LeCun normal (truncated): variance 1/fan_in."), { _ in .lecunNormal }),
        (.init("orthogonal", parameters: [("gain", 1)], doc: "A random orthogonal matrix times the gain."), { .orthogonal(gain: $0.number("gain")) }),
    ]

    static let initializer = Enumeration("Initializer", cases: initializers.map(\.case),
                                         doc: "How a layer's weights are drawn, exactly as Keras defines each initializer.")

    static let loss = Enumeration("Loss", cases: Loss.allCases.map { loss in
        switch loss {
        case .meanSquaredError: .init("meanSquaredError", doc: "The mean over outputs of (a − y)².")
        case .binaryCrossEntropy: .init("binaryCrossEntropy", doc: "−y log a − (1 − y) log(1 − a), from the logit; the output layer is sigmoid.")
        case .softmaxCrossEntropy: .init("softmaxCrossEntropy", doc: "−log softmax(z)_y; the output layer is linear (logits), one output per class.")
        }
    }, doc: "What training minimises: the cost is the mean over examples of this loss.")

    static let batchNormalization = Enumeration("BatchNorm", cases: [
        .init("none", doc: "No normalisation."),
        .init("beforeActivation", doc: "dense → normalise → activation (Ioffe and Szegedy); the dense layer then has no bias, since β takes its place."),
        .init("afterActivation", doc: "dense → activation → normalise."),
    ], doc: "Where a hidden layer normalises its units over the batch (PyTorch's BatchNorm1d: ε = 1e-5, momentum 0.1).")

    static let penalty = Enumeration("Penalty", cases: [
        .init("none", doc: "No penalty."),
        .init("l1", parameters: [("lambda", nil)], doc: "λ Σ|w| added to the cost, followed by its subgradient λ·sign(w): weights hover near 0."),
        .init("l1Proximal", parameters: [("lambda", nil)], doc: "λ Σ|w| by the soft threshold after each step: unneeded weights become exactly 0."),
        .init("l2", parameters: [("lambda", nil)], doc: "λ Σ w² added to the cost, as Keras's l2: its gradient is 2λw."),
    ], doc: "A penalty on the weights (not the biases unless asked), added to what training minimises.")

    static let stoppingRule = Enumeration("StoppingRule", cases: [
        .init("never", doc: "Train every epoch."),
        .init("errorChange", parameters: [("patience", 10), ("minDelta", 0)],
              doc: "Stop after `patience` epochs in which the validation loss did not fall below its best minus minDelta."),
        .init("weightChange", parameters: [("threshold", nil)], doc: "Stop after an epoch in which no weight moved by more than the threshold."),
    ], doc: "When training stops before its last epoch.")

    static let signal = Enumeration("LayerSignal", cases: LayerSignal.allCases.map { signal in
        switch signal {
        case .linear: .init("linear", doc: "x·W + b, before any normalisation.")
        case .preActivation: .init("preActivation", doc: "The activation function's input: after a normalisation placed before it.")
        case .activation: .init("activation", doc: "The activation function's output.")
        case .output: .init("output", doc: "What the layer passes on: after a normalisation placed after the activation, and after dropout.")
        }
    }, doc: "Which of a layer's values to look at.")

    static var all: [Enumeration] { [activation, initializer, loss, batchNormalization, penalty, stoppingRule, signal] }

    static func enginePlacement(_ value: EnumCase) -> BatchNormalization.Placement? {
        BatchNormalization.Placement(rawValue: value.name)
    }

    static func enginePenalty(_ value: EnumCase) -> Regularization.Penalty {
        switch value.name {
        case "l1": .l1(value.number("lambda"))
        case "l1Proximal": .l1Proximal(value.number("lambda"))
        case "l2": .l2(value.number("lambda"))
        default: .none
        }
    }

    static func engineStoppingRule(_ value: EnumCase) -> StoppingRule? {
        switch value.name {
        case "errorChange": .errorChange(patience: Int(value.number("patience")), minDelta: value.number("minDelta"))
        case "weightChange": .weightChange(threshold: value.number("threshold"))
        default: nil
        }
    }

    static func engineSignal(_ value: EnumCase) -> LayerSignal {
        LayerSignal(rawValue: value.name) ?? .output
    }

    static func engineActivation(_ value: EnumCase) -> Activation {
        switch value.name {
        case "leakyRelu": .leakyRelu(slope: value.number("slope"))
        case "elu": .elu(alpha: value.number("alpha"))
        default: Activation.all.first { $0.name == value.name } ?? .linear
        }
    }

    /// The engine's initializer for a case of `Initializer`. The interpreter only makes
    /// cases the enumeration declares, and each comes with its maker, so none is missing.
    static func engineInitializer(_ value: EnumCase) throws -> Initializer {
        guard let entry = initializers.first(where: { $0.case.name == value.name }) else {
            throw BuiltinError(.internalError("no initializer named \(value.name)"))
        }
        return entry.make(value)
    }

    static func engineLoss(_ value: EnumCase) -> Loss {
        Loss(rawValue: value.name) ?? .meanSquaredError
    }

    /// The default of a parameter of one of these enumerations.
    static func value(_ enumeration: Enumeration, _ name: String) -> Value {
        .enumCase(EnumCase(enumeration: enumeration, name: name))
    }
}
