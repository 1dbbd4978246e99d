/// A tape evaluated at many points at once: every node holds one row of values, one per
/// lane (one lane per point), so each operation is one loop over the lanes. The loops work
/// on row pointers, free of index arithmetic the compiler would have to check for overflow,
/// so they compile to SIMD. Inputs are read from the caller's rows and the gradient written
/// into the caller's rows, so a step copies nothing.
public struct BatchTape {
    public let tape: ExpressionTape
    public let lanes: Int
    /// Rows of the nodes that are neither inputs nor the output: storage[node * lanes + lane].
    private var storage: [Double]
    private var adjointStorage: [Double]
    /// For each node's operands, whether its adjoint is the operand's first contribution in
    /// the reverse sweep (assign) or a later one (add). Assigning the first saves zeroing
    /// every row every step.
    private let assigns: [(Bool, Bool)]
    /// Inputs no node reads: their gradient rows are zero.
    private let unusedInputs: [Int]
    /// Whether the output depends on each node. A recorded closure may compute values it
    /// never uses; those nodes are skipped in both sweeps.
    private let live: [Bool]
    /// The live operations in forward order, decoded once: the sweeps run thousands of times.
    private let operations: [Operation]

    private struct Operation {
        let node: Int
        let kind: ExpressionTape.Node
        let assigns: (Bool, Bool)
    }

    public init(_ tape: ExpressionTape, lanes: Int) {
        self.tape = tape
        self.lanes = lanes
        storage = [Double](repeating: 0, count: tape.nodes.count * lanes)
        adjointStorage = storage
        for (index, node) in tape.nodes.enumerated() {
            if case .constant(let c) = node {
                for lane in 0..<lanes { storage[index * lanes + lane] = c }
            }
        }
        var live = [Bool](repeating: false, count: tape.nodes.count)
        live[tape.output] = true
        var written = Set([tape.output])
        var assigns = [(Bool, Bool)](repeating: (false, false), count: tape.nodes.count)
        for index in stride(from: tape.output, through: 0, by: -1) where live[index] {
            switch tape.nodes[index] {
            case .unary(_, let a):
                live[a] = true
                assigns[index].0 = written.insert(a).inserted
            case .binary(_, let a, let b):
                (live[a], live[b]) = (true, true)
                assigns[index].0 = written.insert(a).inserted
                assigns[index].1 = written.insert(b).inserted
            default:
                break
            }
        }
        self.assigns = assigns
        self.live = live
        operations = tape.nodes.indices.compactMap { index in
            switch tape.nodes[index] {
            case .unary, .binary: live[index] ? Operation(node: index, kind: tape.nodes[index], assigns: assigns[index]) : nil
            default: nil
            }
        }
        unusedInputs = (0..<tape.inputCount).filter { !written.contains($0) }
    }

    /// f and ∇f at `points` (points[input * lanes + lane]), written into `value[lane]` and
    /// `gradient[input * lanes + lane]`.
    public mutating func gradient(
        at points: UnsafePointer<Double>, value: UnsafeMutablePointer<Double>, gradient: UnsafeMutablePointer<Double>
    ) {
        self.gradient(at: points, stride: lanes, value: value, gradient: gradient, gradientStride: lanes, count: lanes)
    }

    /// f and ∇f for `count` lanes (at most `lanes`), with input i's row at points + i · stride
    /// and the gradient's row for input i at gradient + i · gradientStride: so descent can
    /// hand over one tile of its record without copying it.
    public mutating func gradient(
        at points: UnsafePointer<Double>, stride: Int, value: UnsafeMutablePointer<Double>,
        gradient: UnsafeMutablePointer<Double>, gradientStride: Int, count: Int
    ) {
        let (lanes, nodes, output, operations) = (self.lanes, tape.nodes, tape.output, self.operations)
        storage.withUnsafeMutableBufferPointer { storage in
            adjointStorage.withUnsafeMutableBufferPointer { adjoints in
                guard let s = storage.baseAddress, let g = adjoints.baseAddress else { return }
                // Where each node's rows start: the caller's for inputs and the output, ours
                // otherwise. The tables live on the stack: this runs once per tile and step.
                withUnsafeTemporaryAllocation(of: UnsafeMutablePointer<Double>.self, capacity: 2 * nodes.count) { table in
                    let (rows, adjointRows) = (table.baseAddress!, table.baseAddress! + nodes.count)
                    for node in nodes.indices {
                        switch nodes[node] {
                        case .input(let i):
                            rows[node] = UnsafeMutablePointer(mutating: points + i * stride)
                            adjointRows[node] = gradient + i * gradientStride
                        default:
                            rows[node] = s + node * lanes
                            adjointRows[node] = g + node * lanes
                        }
                    }
                    switch nodes[output] {
                    case .input: value.update(from: rows[output], count: count)
                    case .constant: value.update(from: rows[output], count: count)
                    default: rows[output] = value
                    }
                    Self.sweep(operations, output: output, rows, adjointRows, count: count)
                }
            }
        }
        for input in unusedInputs { (gradient + input * gradientStride).update(repeating: 0, count: count) }
    }

    /// Both sweeps over `count` lanes.
    @inline(__always)
    private static func sweep(
        _ operations: [Operation], output: Int, _ rows: UnsafeMutablePointer<UnsafeMutablePointer<Double>>,
        _ adjointRows: UnsafeMutablePointer<UnsafeMutablePointer<Double>>, count n: Int
    ) {
        for operation in operations {
            let y = rows[operation.node]
            switch operation.kind {
            case .unary(let op, let a): forward(op, rows[a], y, n)
            case .binary(let op, let a, let b): forward(op, rows[a], rows[b], y, n)
            default: break
            }
        }
        adjointRows[output].update(repeating: 1, count: n)
        for operation in operations.reversed() {
            let (y, w) = (rows[operation.node], adjointRows[operation.node])
            switch operation.kind {
            case .unary(let op, let a):
                backward(op, rows[a], y, w, adjointRows[a], assign: operation.assigns.0, n)
            case .binary(let op, let a, let b):
                backward(op, rows[a], rows[b], y, w, adjointRows[a], adjointRows[b], assign: operation.assigns, n)
            default:
                break
            }
        }
    }

    @inline(__always)
    private static func forward(_ op: UnaryPrimitive, _ x: UnsafeMutablePointer<Double>, _ y: UnsafeMutablePointer<Double>, _ n: Int) {
        switch op {
        case .negate: Lanes.map(n, x, x, into: y, { a, _ in -a }, { a, _ in -a })
        default: for k in 0..<n { y[k] = op.value(x[k]) }
        }
    }

    /// The commonest operations run eight lanes at a time; the rest call the primitive per lane.
    @inline(__always)
    private static func forward(
        _ op: BinaryPrimitive, _ a: UnsafeMutablePointer<Double>, _ b: UnsafeMutablePointer<Double>,
        _ y: UnsafeMutablePointer<Double>, _ n: Int
    ) {
        switch op {
        case .add: Lanes.map(n, a, b, into: y, +, +)
        case .subtract: Lanes.map(n, a, b, into: y, -, -)
        case .multiply: Lanes.map(n, a, b, into: y, *, *)
        case .divide: Lanes.map(n, a, b, into: y, /, /)
        default: for k in 0..<n { y[k] = op.value(a[k], b[k]) }
        }
    }

    @inline(__always)
    private static func backward(
        _ op: UnaryPrimitive, _ x: UnsafeMutablePointer<Double>, _ y: UnsafeMutablePointer<Double>,
        _ w: UnsafeMutablePointer<Double>, _ gx: UnsafeMutablePointer<Double>, assign: Bool, _ n: Int
    ) {
        switch op {
        case .negate:
            Lanes.accumulate(n, into: gx, assign: assign, w, w, { w, _ in -w }, { w, _ in -w })
        default:
            for k in 0..<n {
                let term = w[k] * op.derivative(x[k], value: y[k])
                gx[k] = assign ? term : gx[k] + term
            }
        }
    }

    /// ga and gb are the same row when an operand is used twice (x · x): the first pass
    /// assigns and the second adds, so both terms land.
    @inline(__always)
    private static func backward(
        _ op: BinaryPrimitive, _ a: UnsafeMutablePointer<Double>, _ b: UnsafeMutablePointer<Double>,
        _ y: UnsafeMutablePointer<Double>, _ w: UnsafeMutablePointer<Double>,
        _ ga: UnsafeMutablePointer<Double>, _ gb: UnsafeMutablePointer<Double>, assign: (Bool, Bool), _ n: Int
    ) {
        switch op {
        case .add:
            Lanes.accumulate(n, into: ga, assign: assign.0, w, w, { w, _ in w }, { w, _ in w })
            Lanes.accumulate(n, into: gb, assign: assign.1, w, w, { w, _ in w }, { w, _ in w })
        case .subtract:
            Lanes.accumulate(n, into: ga, assign: assign.0, w, w, { w, _ in w }, { w, _ in w })
            Lanes.accumulate(n, into: gb, assign: assign.1, w, w, { w, _ in -w }, { w, _ in -w })
        case .multiply:
            Lanes.accumulate(n, into: ga, assign: assign.0, w, b, *, *)
            Lanes.accumulate(n, into: gb, assign: assign.1, w, a, *, *)
        case .divide:
            Lanes.accumulate(n, into: ga, assign: assign.0, w, b, /, /)
            for k in 0..<n {
                let term = -w[k] * y[k] / b[k]
                gb[k] = assign.1 ? term : gb[k] + term
            }
        default:
            for k in 0..<n {
                let (da, _) = op.partials(a[k], b[k], value: y[k])
                ga[k] = assign.0 ? w[k] * da : ga[k] + w[k] * da
            }
            for k in 0..<n {
                let (_, db) = op.partials(a[k], b[k], value: y[k])
                gb[k] = assign.1 ? w[k] * db : gb[k] + w[k] * db
            }
        }
    }
}
