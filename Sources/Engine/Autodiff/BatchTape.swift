/// A tape evaluated at many points at once: every node holds one value per lane (one lane
/// per point), so each operation is one loop over the lanes, which the compiler turns into
/// SIMD. Descent from a grid of starts runs on this.
public struct BatchTape {
    public let tape: ExpressionTape
    public let lanes: Int
    /// values[node * lanes + lane]
    private var values: [Double]
    private var adjoints: [Double]

    public init(_ tape: ExpressionTape, lanes: Int) {
        self.tape = tape
        self.lanes = lanes
        values = [Double](repeating: 0, count: tape.nodes.count * lanes)
        adjoints = values
        // Constants never change: written once.
        for (index, node) in tape.nodes.enumerated() {
            if case .constant(let c) = node {
                for lane in 0..<lanes { values[index * lanes + lane] = c }
            }
        }
    }

    /// f and ∇f at `points` (points[input * lanes + lane]), written into `value[lane]` and
    /// `gradient[input * lanes + lane]`.
    public mutating func gradient(
        at points: UnsafeBufferPointer<Double>, value: UnsafeMutableBufferPointer<Double>,
        gradient: UnsafeMutableBufferPointer<Double>
    ) {
        let lanes = self.lanes
        let nodes = tape.nodes
        let output = tape.output
        values.withUnsafeMutableBufferPointer { v in
            adjoints.withUnsafeMutableBufferPointer { g in
                for index in 0...output {
                    let y = index * lanes
                    switch nodes[index] {
                    case .input(let i):
                        for lane in 0..<lanes { v[y + lane] = points[i * lanes + lane] }
                    case .constant:
                        break
                    case .unary(let op, let a):
                        let x = a * lanes
                        Self.forward(op, v, from: x, to: y, lanes: lanes)
                    case .binary(let op, let a, let b):
                        Self.forward(op, v, a * lanes, b * lanes, to: y, lanes: lanes)
                    }
                }
                for lane in 0..<(output + 1) * lanes { g[lane] = 0 }
                for lane in 0..<lanes { g[output * lanes + lane] = 1 }
                for index in stride(from: output, through: 0, by: -1) {
                    let y = index * lanes
                    switch nodes[index] {
                    case .input, .constant:
                        break
                    case .unary(let op, let a):
                        let x = a * lanes
                        for lane in 0..<lanes {
                            g[x + lane] += g[y + lane] * op.derivative(v[x + lane], value: v[y + lane])
                        }
                    case .binary(let op, let a, let b):
                        Self.backward(op, v, g, a * lanes, b * lanes, from: y, lanes: lanes)
                    }
                }
                for lane in 0..<lanes { value[lane] = v[output * lanes + lane] }
                for input in 0..<tape.inputCount {
                    for lane in 0..<lanes { gradient[input * lanes + lane] = g[input * lanes + lane] }
                }
            }
        }
    }

    @inline(__always)
    private static func forward(_ op: UnaryPrimitive, _ v: UnsafeMutableBufferPointer<Double>, from x: Int, to y: Int, lanes: Int) {
        switch op {
        case .negate: for lane in 0..<lanes { v[y + lane] = -v[x + lane] }
        default: for lane in 0..<lanes { v[y + lane] = op.value(v[x + lane]) }
        }
    }

    /// The commonest operations get loops of their own, free of any switch, so they vectorise.
    @inline(__always)
    private static func forward(
        _ op: BinaryPrimitive, _ v: UnsafeMutableBufferPointer<Double>, _ a: Int, _ b: Int, to y: Int, lanes: Int
    ) {
        switch op {
        case .add: for lane in 0..<lanes { v[y + lane] = v[a + lane] + v[b + lane] }
        case .subtract: for lane in 0..<lanes { v[y + lane] = v[a + lane] - v[b + lane] }
        case .multiply: for lane in 0..<lanes { v[y + lane] = v[a + lane] * v[b + lane] }
        case .divide: for lane in 0..<lanes { v[y + lane] = v[a + lane] / v[b + lane] }
        default: for lane in 0..<lanes { v[y + lane] = op.value(v[a + lane], v[b + lane]) }
        }
    }

    @inline(__always)
    private static func backward(
        _ op: BinaryPrimitive, _ v: UnsafeMutableBufferPointer<Double>, _ g: UnsafeMutableBufferPointer<Double>,
        _ a: Int, _ b: Int, from y: Int, lanes: Int
    ) {
        switch op {
        case .add:
            for lane in 0..<lanes { g[a + lane] += g[y + lane]; g[b + lane] += g[y + lane] }
        case .subtract:
            for lane in 0..<lanes { g[a + lane] += g[y + lane]; g[b + lane] -= g[y + lane] }
        case .multiply:
            for lane in 0..<lanes {
                let w = g[y + lane]
                g[a + lane] += w * v[b + lane]
                g[b + lane] += w * v[a + lane]
            }
        default:
            for lane in 0..<lanes {
                let w = g[y + lane]
                let (da, db) = op.partials(v[a + lane], v[b + lane], value: v[y + lane])
                g[a + lane] += w * da
                g[b + lane] += w * db
            }
        }
    }
}
