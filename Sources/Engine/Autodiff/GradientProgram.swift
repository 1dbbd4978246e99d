/// A tape's value and gradient as one straight-line program over rows of lanes, one lane per
/// point: what descent runs hundreds of thousands of times. Each instruction is one loop over
/// the lanes, and its cost is mostly the row it writes, so the compiler
/// (`GradientProgram+Compiler`) keeps instructions few and makes each do more. It
/// differentiates the tape symbolically in reverse mode, so adjoints of ±1 cost nothing; it
/// computes a row once however often it is needed (x · x in both sweeps); it writes f and each
/// ∂f/∂xᵢ straight into the caller's rows; it turns sums, differences, products and negations
/// into sums of signed products and splices a sum that feeds only the next one into it, so a
/// chain like x⁴ − 3x² + x + y² is one loop that keeps its partial sums in registers; and it
/// reuses a scratch row once its value is dead, so a tile's rows stay in the L1 cache.
///
/// Every value is the one `ExpressionTape.gradient`'s node-by-node sweep computes, bit for
/// bit: only exact rewrites are made (1 · a = a, a + (−b) = a − b, −(a + b) = (−a) + (−b)),
/// and every sum keeps the sweep's order.
public struct GradientProgram: Sendable {
    /// What an instruction computes, lane by lane.
    enum Operation: Hashable, Sendable {
        /// Σ sₖ · (aₖ · bₖ) over the instruction's terms, added left to right, each product
        /// rounded before it is added, as the sweep does.
        case sum
        /// a / b.
        case divide
        /// op(a), op(a, b), op′(a) given b = op(a), and ∂op/∂a or ∂op/∂b given c = op(a, b).
        case unary(UnaryPrimitive)
        case binary(BinaryPrimitive)
        case derivative(UnaryPrimitive)
        case partial(BinaryPrimitive, first: Bool)
    }

    /// ±(a · b), one term of a sum; b is the row of ones for a term that is just ±a.
    struct Term: Hashable, Sendable {
        var negative: Bool
        var a: Int
        var b: Int
    }

    /// One loop: its operation, its operand rows (−1 where it has fewer), the row it writes,
    /// and for a sum, where its terms are in `terms`.
    struct Instruction: Sendable {
        let operation: Operation
        let a: Int, b: Int, c: Int
        let target: Int
        let terms: Range<Int>
    }

    /// Rows are numbered inputs first, then the gradient's rows (one per input), then the
    /// value's row, then the scratch rows; the first are the caller's, the scratch rows ours.
    let inputCount: Int
    let scratchCount: Int
    /// Scratch rows that hold a constant, filled once.
    let constants: [(row: Int, value: Double)]
    /// The row of ones, if anything reads it: a term whose b is this row is ±a alone.
    let ones: Int?
    let instructions: [Instruction]
    /// The sums' terms, one sum's after another's.
    let terms: [Term]
    /// Each term as the sum kernel reads it, and whether it is the product before it in its sum.
    let reads: [(read: Read, repeats: Bool)]

    /// A term as the sum kernel reads it: its shape, its rows and its constant.
    struct Read: Equatable {
        let shape: Lanes.Product.Shape
        let a: Int, b: Int
        let c: Double
    }

    init(inputCount: Int, scratchCount: Int, constants: [(row: Int, value: Double)], ones: Int?,
         instructions: [Instruction], terms: [Term]) {
        self.inputCount = inputCount
        self.scratchCount = scratchCount
        self.constants = constants
        self.ones = ones
        self.instructions = instructions
        self.terms = terms
        let constant = Dictionary(uniqueKeysWithValues: constants.map { ($0.row, $0.value) })
        // Products commute exactly, so a constant factor can be either one.
        let reads = terms.map { term in
            switch (constant[term.a], constant[term.b]) {
            case (let a?, let b?): Read(shape: .constant, a: term.a, b: term.b, c: a * b)
            case (let a?, nil): Read(shape: .scaled, a: term.b, b: term.a, c: a)
            case (nil, let b?): Read(shape: term.b == ones ? .alone : .scaled, a: term.a, b: term.b, c: b)
            case (nil, nil): Read(shape: term.a == term.b ? .square : .product, a: term.a, b: term.b, c: 0)
            }
        }
        var repeats = [Bool](repeating: false, count: terms.count)
        for instruction in instructions where instruction.operation == .sum {
            for j in instruction.terms.dropFirst() { repeats[j] = reads[j] == reads[j - 1] }
        }
        self.reads = Array(zip(reads, repeats))
    }

    var valueRow: Int { 2 * inputCount }
    var firstScratch: Int { 2 * inputCount + 1 }

    /// The number of loops over the lanes one evaluation makes.
    public var instructionCount: Int { instructions.count }
    /// The number of terms its sums add, each a product of two rows.
    public var termCount: Int { terms.count }
    /// The number of rows one lane's evaluation loads: what its time mostly goes to.
    public var rowsReadPerLane: Int {
        let sums = reads.reduce(0) { total, term in total + (term.repeats ? 0 : term.read.shape.rowsRead) }
        return instructions.reduce(sums) { total, i in total + [i.a, i.b, i.c].filter { $0 >= 0 }.count }
    }
    /// The number of scratch rows it needs, constants included.
    public var scratchRowCount: Int { scratchCount }
}

extension GradientProgram {
    /// The program of a tape's value and gradient.
    public init(_ tape: ExpressionTape) {
        var compiler = Compiler(tape)
        compiler.compile()
        self = compiler.program()
    }

    /// Scratch rows for `lanes` lanes, with the constants in place.
    public struct Workspace {
        let lanes: Int
        /// The scratch rows, one after another, aligned for the kernels.
        let storage: AlignedDoubles

        public init(for program: GradientProgram, lanes: Int) {
            self.lanes = lanes
            storage = AlignedDoubles(repeating: 0, count: program.scratchCount * lanes)
            for (row, value) in program.constants {
                storage.fill(value, from: (row - program.firstScratch) * lanes, count: lanes)
            }
        }
    }

    /// f and ∇f for `count` lanes (at most the workspace's): input i's row at points + i · stride,
    /// f into value[lane], and ∂f/∂xᵢ into gradient + i · gradientStride.
    public func evaluate(
        at points: UnsafePointer<Double>, stride: Int, value: UnsafeMutablePointer<Double>,
        gradient: UnsafeMutablePointer<Double>, gradientStride: Int, count: Int, workspace: inout Workspace
    ) {
        let (inputCount, rowCount, lanes) = (self.inputCount, firstScratch + scratchCount, workspace.lanes)
        precondition(count <= lanes)
        let storage = workspace.storage.base
        withUnsafeTemporaryAllocation(of: UnsafeMutablePointer<Double>.self, capacity: rowCount) { rows in
            for i in 0..<inputCount {
                rows[i] = UnsafeMutablePointer(mutating: points + i * stride)
                rows[inputCount + i] = gradient + i * gradientStride
            }
            rows[2 * inputCount] = value
            for s in 0..<scratchCount { rows[2 * inputCount + 1 + s] = storage + s * lanes }
            withUnsafeTemporaryAllocation(of: Lanes.Product.self, capacity: terms.count) { products in
                for (index, (read, repeats)) in reads.enumerated() {
                    products[index] = Lanes.Product(shape: read.shape, a: rows[read.a], b: rows[read.b], c: read.c,
                                                    negative: terms[index].negative, repeats: repeats)
                }
                instructions.withUnsafeBufferPointer { instructions in
                    for instruction in instructions { Self.run(instruction, rows.baseAddress!, products.baseAddress!, count) }
                }
            }
        }
    }

    /// f and ∇f at one point, by the same instructions as many points take.
    public func gradient(at x: [Double]) -> (value: Double, gradient: [Double]) {
        var workspace = Workspace(for: self, lanes: 1)
        var value = 0.0
        var gradient = [Double](repeating: 0, count: inputCount)
        x.withUnsafeBufferPointer { x in
            gradient.withUnsafeMutableBufferPointer { g in
                evaluate(at: x.baseAddress!, stride: 1, value: &value, gradient: g.baseAddress!, gradientStride: 1,
                         count: 1, workspace: &workspace)
            }
        }
        return (value, gradient)
    }

    /// One instruction over `n` lanes. Sums and quotients run eight lanes at a time or more;
    /// the primitives' own functions run lane by lane.
    @inline(__always)
    private static func run(
        _ instruction: Instruction, _ rows: UnsafeMutablePointer<UnsafeMutablePointer<Double>>,
        _ products: UnsafePointer<Lanes.Product>, _ n: Int
    ) {
        let y = rows[instruction.target]
        switch instruction.operation {
        case .sum: Lanes.sum(n, products + instruction.terms.lowerBound, count: instruction.terms.count, into: y)
        case .divide: Lanes.map(n, rows[instruction.a], rows[instruction.b], into: y, /, /)
        case .unary(let op):
            let a = rows[instruction.a]
            for k in 0..<n { y[k] = op.value(a[k]) }
        case .binary(let op):
            let (a, b) = (rows[instruction.a], rows[instruction.b])
            for k in 0..<n { y[k] = op.value(a[k], b[k]) }
        case .derivative(let op):
            let (a, b) = (rows[instruction.a], rows[instruction.b])
            for k in 0..<n { y[k] = op.derivative(a[k], value: b[k]) }
        case .partial(let op, let first):
            let (a, b, c) = (rows[instruction.a], rows[instruction.b], rows[instruction.c])
            if first {
                for k in 0..<n { y[k] = op.partials(a[k], b[k], value: c[k]).0 }
            } else {
                for k in 0..<n { y[k] = op.partials(a[k], b[k], value: c[k]).1 }
            }
        }
    }
}

extension GradientProgram: CustomStringConvertible {
    /// One line per instruction, rows named x0…, dx0…, f and r0…: what tests compare.
    public var description: String {
        func name(_ row: Int) -> String {
            if row < inputCount { return "x\(row)" }
            if row < 2 * inputCount { return "dx\(row - inputCount)" }
            if row == valueRow { return "f" }
            if let constant = constants.first(where: { $0.row == row }) { return "\(constant.value)" }
            return "r\(row - firstScratch)"
        }
        func term(_ term: Term, first: Bool) -> String {
            let product = term.b == ones ? name(term.a) : "\(name(term.a)) * \(name(term.b))"
            return first ? (term.negative ? "-" : "") + product : (term.negative ? " - " : " + ") + product
        }
        return instructions.map { i in
            let expression = switch i.operation {
            case .sum: i.terms.map { term(terms[$0], first: $0 == i.terms.lowerBound) }.joined()
            case .divide: "\(name(i.a)) / \(name(i.b))"
            case .unary(let op): "\(op)(\(name(i.a)))"
            case .binary(let op): "\(op)(\(name(i.a)), \(name(i.b)))"
            case .derivative(let op): "\(op)'(\(name(i.a)))"
            case .partial(let op, let first): "\(op)'\(first ? "a" : "b")(\(name(i.a)), \(name(i.b)))"
            }
            return "\(name(i.target)) = \(expression)"
        }.joined(separator: "\n")
    }
}
