/// A scalar function of n variables, recorded once as a list of primitive operations that
/// the engine evaluates and differentiates (reverse mode) without going back to whatever
/// recorded it. Nodes refer only to earlier nodes, so the list is already in order.
public struct ExpressionTape: Sendable, Hashable {
    public enum Node: Sendable, Hashable {
        case input(Int)
        case constant(Double)
        case unary(UnaryPrimitive, Int)
        case binary(BinaryPrimitive, Int, Int)
    }

    public private(set) var nodes: [Node] = []
    public let inputCount: Int
    /// The node whose value is the function's value.
    public var output: Int = 0

    public init(inputCount: Int) {
        self.inputCount = inputCount
        nodes = (0..<inputCount).map(Node.input)
    }

    /// Records a node and returns its index.
    @discardableResult
    public mutating func append(_ node: Node) -> Int {
        nodes.append(node)
        return nodes.count - 1
    }

    /// The value of every node at `x` (one value per input).
    public func forward(_ x: [Double]) -> [Double] {
        var values = [Double](repeating: 0, count: nodes.count)
        for (index, node) in nodes.enumerated() {
            switch node {
            case .input(let i): values[index] = x[i]
            case .constant(let c): values[index] = c
            case .unary(let op, let a): values[index] = op.value(values[a])
            case .binary(let op, let a, let b): values[index] = op.value(values[a], values[b])
            }
        }
        return values
    }

    /// f(x).
    public func value(at x: [Double]) -> Double {
        forward(x)[output]
    }

    /// f(x) and ∇f(x), by one forward and one reverse sweep.
    public func gradient(at x: [Double]) -> (value: Double, gradient: [Double]) {
        let values = forward(x)
        var adjoints = [Double](repeating: 0, count: nodes.count)
        adjoints[output] = 1
        for index in stride(from: output, through: 0, by: -1) {
            let adjoint = adjoints[index]
            if adjoint == 0 { continue }
            switch nodes[index] {
            case .input, .constant:
                break
            case .unary(let op, let a):
                adjoints[a] += adjoint * op.derivative(values[a], value: values[index])
            case .binary(let op, let a, let b):
                let (da, db) = op.partials(values[a], values[b], value: values[index])
                adjoints[a] += adjoint * da
                adjoints[b] += adjoint * db
            }
        }
        return (values[output], Array(adjoints[0..<inputCount]))
    }
}
