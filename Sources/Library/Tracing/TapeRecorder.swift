import Engine

/// The tape a closure is being recorded into, shared by the traced numbers of one trace.
final class TapeRecorder {
    private(set) var tape: ExpressionTape

    init(inputCount: Int) {
        tape = ExpressionTape(inputCount: inputCount)
    }

    func record(_ node: ExpressionTape.Node) -> Int {
        tape.append(node)
    }

    /// Records an engine formula whose inputs are the given nodes.
    func record(_ formula: Formula, inputs: [Int]) -> Int {
        formula.record(into: &tape, inputs: inputs)
    }

    /// The finished tape, with `node` as its value.
    func finish(output node: Int) -> ExpressionTape {
        var finished = tape
        finished.output = node
        return finished
    }
}

/// Thrown while tracing when the closure does something a tape cannot record: compare or
/// branch on its argument, or hand it to a builtin that needs a plain number.
struct TraceFailure: Error {
    let reason: String
}
