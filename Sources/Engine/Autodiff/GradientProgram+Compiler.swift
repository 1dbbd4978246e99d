extension GradientProgram {
    /// Turns a tape into a program: the forward sweep, then the reverse sweep done on symbols,
    /// then the outputs placed; then (`GradientProgram+Passes`) sums spliced, dead rows
    /// dropped and scratch rows shared. Rows are virtual and written once until the last step
    /// gives them places.
    struct Compiler {
        /// An adjoint, or one contribution to one, not yet computed: ±1, ±a row, or ±(a · b).
        /// Sweeps over ±1 and the products that feed a sum cost nothing this way.
        enum Symbol {
            case one(negative: Bool)
            case row(Int, negative: Bool)
            case product(Int, Int, negative: Bool)
        }

        /// An adjoint as a multiplier: ±1 (row nil) or ±a row.
        struct Factor {
            let row: Int?
            let negative: Bool

            var symbol: Symbol { row.map { .row($0, negative: negative) } ?? .one(negative: negative) }
            var negated: Symbol { Factor(row: row, negative: !negative).symbol }
            /// This factor times a row.
            func times(_ other: Int) -> Symbol { row.map { .product($0, other, negative: negative) } ?? .row(other, negative: negative) }
        }

        /// An instruction while the program is being made: its terms its own, rows virtual.
        struct Draft {
            var operation: Operation
            var a = -1, b = -1, c = -1
            var terms: [Term] = []
            var target: Int
        }

        private struct Key: Hashable {
            let operation: Operation
            let a: Int, b: Int, c: Int
            let terms: [Term]
        }

        let tape: ExpressionTape
        let inputCount: Int
        var instructions: [Draft] = []
        private var nextRow: Int
        /// Each instruction's key, to reuse a row already computed.
        private var numbered: [Key: Int] = [:]
        /// The row of each constant, by its bits, and the set of those rows.
        var constantRows: [UInt64: Int] = [:]
        var isConstant: Set<Int> = []
        var constants: [(row: Int, value: Double)] = []
        private var rowOf: [Int]
        private var adjoints: [Symbol?]
        private let live: [Bool]
        /// The row of ones.
        let ones: Int

        init(_ tape: ExpressionTape) {
            self.tape = tape
            inputCount = tape.inputCount
            nextRow = 2 * tape.inputCount + 1
            // The row of ones comes first: every term that is a row alone multiplies it.
            ones = nextRow
            constantRows[Double(1).bitPattern] = ones
            isConstant = [ones]
            constants = [(ones, 1)]
            nextRow += 1
            rowOf = [Int](repeating: -1, count: tape.nodes.count)
            adjoints = [Symbol?](repeating: nil, count: tape.nodes.count)
            live = Self.liveNodes(tape)
        }

        /// Whether the output depends on each node: a recorded closure may compute values it
        /// never uses.
        private static func liveNodes(_ tape: ExpressionTape) -> [Bool] {
            var live = [Bool](repeating: false, count: tape.nodes.count)
            live[tape.output] = true
            for index in stride(from: tape.output, through: 0, by: -1) where live[index] {
                switch tape.nodes[index] {
                case .unary(_, let a): live[a] = true
                case .binary(_, let a, let b): (live[a], live[b]) = (true, true)
                case .input, .constant: break
                }
            }
            return live
        }

        mutating func compile() {
            forward()
            backward()
            let valueRow = 2 * inputCount
            var claimed: [Int: Int] = [:]
            settle(.row(rowOf[tape.output], negative: false), into: valueRow, claimed: &claimed)
            for input in 0..<inputCount {
                settle(adjoints[input], into: inputCount + input, claimed: &claimed)
            }
            for index in instructions.indices { instructions[index].rename(claimed) }
            spliceSums()
            dropDeadInstructions()
        }

        // MARK: The sweeps

        private mutating func forward() {
            for node in 0...tape.output where live[node] {
                switch tape.nodes[node] {
                case .input(let i): rowOf[node] = i
                case .constant(let c): rowOf[node] = constant(c)
                case .unary(.negate, let a): rowOf[node] = sum([Term(negative: true, a: rowOf[a], b: ones)])
                case .unary(let op, let a): rowOf[node] = emit(.unary(op), rowOf[a])
                case .binary(let op, let a, let b): rowOf[node] = forward(op, rowOf[a], rowOf[b])
                }
            }
        }

        private mutating func forward(_ op: BinaryPrimitive, _ a: Int, _ b: Int) -> Int {
            switch op {
            case .add: sum([Term(negative: false, a: a, b: ones), Term(negative: false, a: b, b: ones)])
            case .subtract: sum([Term(negative: false, a: a, b: ones), Term(negative: true, a: b, b: ones)])
            case .multiply: sum([Term(negative: false, a: a, b: b)])
            case .divide: emit(.divide, a, b)
            case .power, .maximum, .minimum: emit(.binary(op), a, b)
            }
        }

        /// The reverse sweep, node by node from the output, as `ExpressionTape.gradient` does
        /// it, with each adjoint's contributions summed in the same order.
        private mutating func backward() {
            adjoints[tape.output] = .one(negative: false)
            for node in stride(from: tape.output, through: 0, by: -1) where live[node] {
                guard let adjoint = adjoints[node] else { continue }
                switch tape.nodes[node] {
                case .input, .constant:
                    continue
                case .unary(.negate, let a):
                    contribute(factor(adjoint).negated, to: a)
                case .unary(let op, let a):
                    let w = factor(adjoint)
                    contribute(w.times(emit(.derivative(op), rowOf[a], rowOf[node])), to: a)
                case .binary(let op, let a, let b):
                    backward(op, a, b, node: node, w: factor(adjoint))
                }
            }
        }

        private mutating func backward(_ op: BinaryPrimitive, _ a: Int, _ b: Int, node: Int, w: Factor) {
            let (ra, rb, y) = (rowOf[a], rowOf[b], rowOf[node])
            switch op {
            case .add:
                contribute(w.symbol, to: a)
                contribute(w.symbol, to: b)
            case .subtract:
                contribute(w.symbol, to: a)
                contribute(w.negated, to: b)
            case .multiply:
                contribute(w.times(rb), to: a)
                contribute(w.times(ra), to: b)
            case .divide:
                // ∂/∂a = 1/b and ∂/∂b = −y/b = −(y/b), each times w, as `partials` has them.
                contribute(w.times(emit(.divide, ones, rb)), to: a)
                contribute(Factor(row: w.row, negative: !w.negative).times(emit(.divide, y, rb)), to: b)
            case .power, .maximum, .minimum:
                contribute(w.times(emit(.partial(op, first: true), ra, rb, y)), to: a)
                contribute(w.times(emit(.partial(op, first: false), ra, rb, y)), to: b)
            }
        }

        /// Adds a contribution to a node's adjoint: the first is kept as it is; each later one
        /// is a sum of the adjoint so far and the contribution, with the sign carried outside
        /// so that −r + s is computed as −(r − s), which is exact.
        private mutating func contribute(_ term: Symbol, to node: Int) {
            if case .constant = tape.nodes[node] { return }
            guard let existing = adjoints[node] else {
                adjoints[node] = term
                return
            }
            let (r, negative) = row(existing)
            let next = switch term {
            case .one(let n): Term(negative: n != negative, a: ones, b: ones)
            case .row(let q, let n): Term(negative: n != negative, a: q, b: ones)
            case .product(let p, let q, let n): Term(negative: n != negative, a: p, b: q)
            }
            adjoints[node] = .row(sum([Term(negative: false, a: r, b: ones), next]), negative: negative)
        }

        private mutating func factor(_ term: Symbol) -> Factor {
            switch term {
            case .one(let negative): Factor(row: nil, negative: negative)
            case .row(let r, let negative): Factor(row: r, negative: negative)
            case .product(let p, let q, let negative): Factor(row: sum([Term(negative: false, a: p, b: q)]), negative: negative)
            }
        }

        private mutating func row(_ term: Symbol) -> (Int, negative: Bool) {
            let f = factor(term)
            return (f.row ?? ones, f.negative)
        }

        // MARK: Rows and instructions

        /// The row of an instruction's result: one already computed the same way if there is
        /// one, else a new one.
        private mutating func emit(_ operation: Operation, _ a: Int, _ b: Int = -1, _ c: Int = -1) -> Int {
            numbered(Key(operation: operation, a: a, b: b, c: c, terms: [])) {
                Draft(operation: operation, a: a, b: b, c: c, target: $0)
            }
        }

        /// The row of a sum. Products commute, exactly, so each is put in one order (a row alone
        /// times the ones) for equal products to be found equal, and a product already in a row
        /// is read from it: the row holds the same rounded product, and costs one load instead
        /// of two and a multiplication. The terms keep their order: a running sum stays first,
        /// where the next sum can splice it. (A sum of one product is found by its own key.)
        private mutating func sum(_ terms: [Term]) -> Int {
            let terms = terms.map { term in
                let term = term.a == ones || (term.b != ones && term.b < term.a) ? Term(negative: term.negative, a: term.b, b: term.a) : term
                guard term.b != ones, terms.count > 1,
                      let row = numbered[Key(operation: .sum, a: -1, b: -1, c: -1, terms: [Term(negative: false, a: term.a, b: term.b)])]
                else { return term }
                return Term(negative: term.negative, a: row, b: ones)
            }
            return numbered(Key(operation: .sum, a: -1, b: -1, c: -1, terms: terms)) {
                Draft(operation: .sum, terms: terms, target: $0)
            }
        }

        private mutating func numbered(_ key: Key, _ make: (Int) -> Draft) -> Int {
            if let row = numbered[key] { return row }
            let row = fresh(make)
            numbered[key] = row
            return row
        }

        private mutating func fresh(_ make: (Int) -> Draft) -> Int {
            defer { nextRow += 1 }
            instructions.append(make(nextRow))
            return nextRow
        }

        private mutating func constant(_ value: Double) -> Int {
            if let row = constantRows[value.bitPattern] { return row }
            defer { nextRow += 1 }
            constantRows[value.bitPattern] = nextRow
            isConstant.insert(nextRow)
            constants.append((nextRow, value))
            return nextRow
        }

        func isTemporary(_ row: Int) -> Bool {
            row >= 2 * inputCount + 1 && !isConstant.contains(row)
        }

        /// Puts a result into its output row: a row computed here for nothing else is renamed to
        /// it; anything else is copied (or negated) into it.
        private mutating func settle(_ term: Symbol?, into output: Int, claimed: inout [Int: Int]) {
            let (r, negative) = term.map { row($0) } ?? (constant(0), false)
            if !negative, isTemporary(r), claimed[r] == nil {
                claimed[r] = output
            } else {
                let copy = [Term(negative: negative, a: r, b: ones)]
                claimed[fresh { Draft(operation: .sum, terms: copy, target: $0) }] = output
            }
        }
    }
}
