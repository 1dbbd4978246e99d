/// A formula written in Swift, for the engine's own functions: arithmetic on `Formula`
/// values builds a tree that compiles into a tape, or is recorded into another tape.
public indirect enum Formula: Sendable {
    case input(Int)
    case constant(Double)
    case unary(UnaryPrimitive, Formula)
    case binary(BinaryPrimitive, Formula, Formula)

    public static func + (a: Formula, b: Formula) -> Formula { .binary(.add, a, b) }
    public static func - (a: Formula, b: Formula) -> Formula { .binary(.subtract, a, b) }
    public static func * (a: Formula, b: Formula) -> Formula { .binary(.multiply, a, b) }
    public static func / (a: Formula, b: Formula) -> Formula { .binary(.divide, a, b) }
    public static prefix func - (a: Formula) -> Formula { .unary(.negate, a) }
    public static func + (a: Formula, b: Double) -> Formula { a + .constant(b) }
    public static func + (a: Double, b: Formula) -> Formula { .constant(a) + b }
    public static func - (a: Formula, b: Double) -> Formula { a - .constant(b) }
    public static func - (a: Double, b: Formula) -> Formula { .constant(a) - b }
    public static func * (a: Double, b: Formula) -> Formula { .constant(a) * b }

    /// a², as a product, exact and cheap.
    public var squared: Formula { self * self }

    /// The formula as a tape over `inputCount` inputs.
    public func compile(inputCount: Int) -> ExpressionTape {
        var tape = ExpressionTape(inputCount: inputCount)
        tape.output = record(into: &tape, inputs: Array(0..<inputCount))
        return tape
    }

    /// Appends the formula's nodes to `tape`, with input i read from node `inputs[i]`, and
    /// returns the node of its value.
    public func record(into tape: inout ExpressionTape, inputs: [Int]) -> Int {
        switch self {
        case .input(let i): return inputs[i]
        case .constant(let c): return tape.append(.constant(c))
        case .unary(let op, let a): return tape.append(.unary(op, a.record(into: &tape, inputs: inputs)))
        case .binary(let op, let a, let b):
            let left = a.record(into: &tape, inputs: inputs)
            return tape.append(.binary(op, left, b.record(into: &tape, inputs: inputs)))
        }
    }
}

public func cos(_ a: Formula) -> Formula { .unary(.cos, a) }
