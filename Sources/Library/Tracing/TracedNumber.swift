import Engine
import Interpreter

/// A number standing for a node of a tape being recorded: arithmetic on it records
/// operations instead of computing them.
final class TracedNumber: LibraryObject {
    let recorder: TapeRecorder
    let node: Int

    init(recorder: TapeRecorder, node: Int) {
        self.recorder = recorder
        self.node = node
    }

    var typeName: String { "Double" }
    var standsForDouble: Bool { true }
    var printed: String { "<traced Double>" }

    func binary(_ op: String, _ other: Value, selfOnLeft: Bool) throws -> Value? {
        let primitives: [String: BinaryPrimitive] = ["+": .add, "-": .subtract, "*": .multiply, "/": .divide]
        guard let primitive = primitives[op] else { throw TraceFailure(reason: "it applies '\(op)' to its argument") }
        let otherNode = try node(of: other)
        return record(.binary(primitive, selfOnLeft ? node : otherNode, selfOnLeft ? otherNode : node))
    }

    func prefix(_ op: String) throws -> Value? {
        switch op {
        case "-": record(.unary(.negate, node))
        case "+": .object(self)
        default: throw TraceFailure(reason: "it applies '\(op)' to its argument")
        }
    }

    /// A new traced number for `node`, recorded on the same tape.
    func record(_ node: ExpressionTape.Node) -> Value {
        .object(TracedNumber(recorder: recorder, node: recorder.record(node)))
    }

    /// The tape node of an operand: this trace's number, or a constant.
    func node(of value: Value) throws -> Int {
        switch value {
        case .double(let x): return recorder.record(.constant(x))
        case .int(let n): return recorder.record(.constant(Double(n)))
        case .object(let other as TracedNumber) where other.recorder === recorder: return other.node
        default: throw TraceFailure(reason: "it combines its argument with a \(value.type)")
        }
    }
}
