import Engine
import Interpreter
import LessonsCore

/// Softmax and cross-entropy on one example's logits: what a classifier's last layer and
/// its loss compute, for lessons to take apart.
enum ProbabilityBuiltins {
    static let topic = NetworkBuiltins.topic

    static var all: [Builtin] { [
        Builtin(
            "format", parameters: [Parameter(nil, "value", .double), Parameter("digits", .int, default: .int(4))], returns: .string,
            topic: "Text",
            doc: "The number rounded to `digits` significant digits for a reader, as tables show numbers: 0.001930893 is 0.001931, 1.0 is 1.",
            example: "format(0.006648056670790155)"
        ) { call in
            let digits = call.int(1)
            guard (1...17).contains(digits) else { throw BuiltinError(.tableDigits(digits), argument: 1) }
            return .string(NumberFormat.significant(try call.double(0), digits: digits))
        },
        Builtin(
            "softmax", parameters: [Parameter(nil, "logits", .array(.double))], returns: .array(.double), topic: topic,
            doc: "pₖ = e^{zₖ} / Σⱼ e^{zⱼ}, computed with the largest logit subtracted first: probabilities that sum to 1.",
            example: "softmax([2, 1, 0.1])"
        ) { call in
            let logits = ArrayBuiltins.numbers(call.arguments[0])
            guard !logits.isEmpty else { throw BuiltinError(.emptyArray("softmax"), argument: 0) }
            return .array(Softmax.probabilities(logits).map(Value.double))
        },
        Builtin(
            "crossEntropy", parameters: [Parameter(nil, "logits", .array(.double)), Parameter("label", .int)], returns: .double, topic: topic,
            doc: "−log softmax(z)ᵧ = log Σⱼ e^{zⱼ} − z_y, the loss of one example whose class is label (from 0), never log 0.",
            example: "crossEntropy([2, 1, 0.1], label: 0)"
        ) { call in
            let logits = ArrayBuiltins.numbers(call.arguments[0])
            let label = call.int(1)
            guard logits.indices.contains(label) else { throw BuiltinError(.classIndex(label, logits.count), argument: 1) }
            return .double(Softmax.crossEntropy(logits: logits, label: label))
        },
    ] }
}
