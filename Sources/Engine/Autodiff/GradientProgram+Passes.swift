extension GradientProgram.Compiler {
    /// The most terms one sum takes by splicing.
    static let maximumTerms = 16

    /// Merges a sum into the one sum that reads it, where that is exact: a row read once as a
    /// single product ±(a · b) becomes that product's term; a row read once as ±a inside a
    /// product becomes a itself with the sign carried; and a sum read once as the first term
    /// of another is spliced in front of the other's terms, signs carried, since adding the
    /// rest to its total is adding them to its last partial sum. The merged sum's row is then
    /// dead. (A sum in any later place cannot be spliced: that would change the order of
    /// the additions.) A sum grows to `maximumTerms` at most: every row its terms read stays
    /// alive until it runs, and a quadratic form's one long sum would keep thousands.
    mutating func spliceSums() {
        var reads: [Int: Int] = [:]
        for instruction in instructions {
            for row in instruction.reads { reads[row, default: 0] += 1 }
        }
        var program = instructions
        /// The sums that only one instruction reads, by row.
        var once: [Int: Int] = [:]
        for (index, instruction) in program.enumerated()
        where instruction.operation == .sum && isTemporary(instruction.target) && reads[instruction.target] == 1 {
            once[instruction.target] = index
        }
        /// The row r when `row` is ±r, read once.
        func signedRow(_ row: Int) -> GradientProgram.Term? {
            guard let index = once[row], program[index].terms.count == 1, program[index].terms[0].b == ones else { return nil }
            return program[index].terms[0]
        }
        for index in program.indices where program[index].operation == .sum {
            var spliced: [GradientProgram.Term] = []
            for var term in program[index].terms {
                if term.b != ones, let inner = signedRow(term.a) {
                    term = GradientProgram.Term(negative: term.negative != inner.negative, a: inner.a, b: term.b)
                }
                if term.b != ones, let inner = signedRow(term.b) {
                    term = GradientProgram.Term(negative: term.negative != inner.negative, a: term.a, b: inner.a)
                }
                if term.b == ones, let inner = once[term.a].map({ program[$0].terms }), inner.count == 1 || spliced.isEmpty,
                   inner.count + program[index].terms.count - 1 <= Self.maximumTerms {
                    spliced += inner.map { GradientProgram.Term(negative: $0.negative != term.negative, a: $0.a, b: $0.b) }
                } else {
                    spliced.append(term)
                }
            }
            program[index].terms = spliced
        }
        instructions = program
    }

    /// Removes instructions whose results reach no output: a reused product can leave its
    /// first row unread, and a spliced sum its own.
    mutating func dropDeadInstructions() {
        let outputs = 0..<(2 * inputCount + 1)
        var read = Set<Int>()
        var kept: [Draft] = []
        for instruction in instructions.reversed() where outputs.contains(instruction.target) || read.contains(instruction.target) {
            kept.append(instruction)
            read.formUnion(instruction.reads)
        }
        instructions = kept.reversed()
    }

    // MARK: Places

    /// The program, with scratch rows shared: a row is free again after its last reader,
    /// and the instruction that reads it last may write its result there (every instruction
    /// reads a lane before it writes it). Constants nothing reads are left out.
    func program() -> GradientProgram {
        let firstScratch = 2 * inputCount + 1
        let read = Set(instructions.flatMap(\.reads))
        let constants = self.constants.filter { read.contains($0.row) }
        var place: [Int: Int] = [:]
        for (index, constant) in constants.enumerated() { place[constant.row] = firstScratch + index }
        var lastRead: [Int: Int] = [:]
        for (index, instruction) in instructions.enumerated() {
            for row in instruction.reads where isTemporary(row) { lastRead[row] = index }
        }
        var free: [Int] = []
        var count = constants.count
        var placed = instructions
        for (index, instruction) in instructions.enumerated() {
            var seen = Set<Int>()
            for row in instruction.reads where lastRead[row] == index && seen.insert(row).inserted {
                free.append(place[row]!)
            }
            if isTemporary(instruction.target) {
                // The row freed last is reused first: it is the likeliest still in the cache.
                if let row = free.popLast() {
                    place[instruction.target] = row
                } else {
                    place[instruction.target] = firstScratch + count
                    count += 1
                }
            }
            placed[index].rename(place)
        }
        var instructions: [GradientProgram.Instruction] = []
        var terms: [GradientProgram.Term] = []
        for draft in placed {
            instructions.append(GradientProgram.Instruction(operation: draft.operation, a: draft.a, b: draft.b, c: draft.c,
                                            target: draft.target, terms: terms.count..<terms.count + draft.terms.count))
            terms += draft.terms
        }
        return GradientProgram(
            inputCount: inputCount, scratchCount: count,
            constants: constants.map { (place[$0.row]!, $0.value) }, ones: place[ones],
            instructions: instructions, terms: terms)
    }
}

extension GradientProgram.Compiler.Draft {
    /// The rows it reads.
    var reads: [Int] {
        [a, b, c].filter { $0 >= 0 } + terms.flatMap { [$0.a, $0.b] }
    }

    /// Replaces the rows named in `places`.
    mutating func rename(_ places: [Int: Int]) {
        a = places[a] ?? a
        b = places[b] ?? b
        c = places[c] ?? c
        target = places[target] ?? target
        for index in terms.indices {
            terms[index].a = places[terms[index].a] ?? terms[index].a
            terms[index].b = places[terms[index].b] ?? terms[index].b
        }
    }
}
