import Engine
import Testing

private let x = Formula.input(0), y = Formula.input(1), z = Formula.input(2)

@Suite struct GradientProgramTests {
    /// The benchmark's surface: the reverse sweep's ±1 adjoints cost nothing, x · x is
    /// computed once for both sweeps, f and ∂f/∂x are each one chain of products added in
    /// registers, a product already in a row (x · x², x · 3) is read from it rather than
    /// multiplied again, x² is dead once x³ is made so x³ takes its row, and both partials
    /// and f land in the caller's rows: six loops, where a sweep node by node makes
    /// twenty-eight.
    @Test func theDoubleWellCompilesToSixLoops() {
        let program = GradientProgram((x * x * x * x - 3 * x * x + x + y * y).compile(inputCount: 2))
        #expect(program.description == """
            r2 = x0 * x0
            r2 = x0 * r2
            r3 = x0 * 3.0
            f = x0 * r2 - x0 * r3 + x0 + x1 * x1
            dx1 = x1 + x1
            dx0 = 1.0 - r3 - r3 + r2 + r2 + r2 + r2
            """)
        #expect(program.instructionCount == 6 && program.termCount == 16 && program.scratchRowCount == 4)
        // A square reads its row once, a constant is broadcast, and x³ + x³ + x³ + x³ reads
        // x³ once: 13 rows read per lane where the terms name 22.
        #expect(program.rowsReadPerLane == 13)
    }

    /// Formulas over every primitive, shared operands, negation, constants and an input
    /// the function ignores; each with points inside its domain.
    static let cases: [(String, Formula, [[Double]])] = {
        let points: [[Double]] = [[0.3, -1.2, 2], [1.7, 0.4, -0.5], [-2.2, 2.5, 0.25]]
        let positive = points.map { $0.map { abs($0) + 0.1 } }
        var cases: [(String, Formula, [[Double]])] = UnaryPrimitive.allCases.map { op in
            let inner = op == .log || op == .sqrt ? x * x + y * y + 0.5 : x * y - 0.5 * x
            return ("\(op)", .unary(op, inner) * x - .unary(op, inner) / (y * y + 1) + -z, points)
        }
        cases += BinaryPrimitive.allCases.map { op in
            ("\(op)", .binary(op, x, y) * .binary(op, x, x) + .binary(op, y, 2.5 * x), op == .power ? positive : points)
        }
        cases.append(("input", x, points))
        cases.append(("a primitive alone, no sums", .unary(.exp, y), points))
        cases.append(("constant", .constant(4), points))
        cases.append(("negated sum", -(x + y) * -(x - y), points))
        cases.append(("quotients", x / y / (z * z + 1) + .constant(1) / x, points))
        return cases
    }()

    @Test(arguments: cases.indices)
    func theProgramComputesTheTapesGradientBitForBit(index: Int) {
        let (name, formula, points) = Self.cases[index]
        let tape = formula.compile(inputCount: 3)
        let program = GradientProgram(tape)
        for point in points {
            let (value, gradient) = tape.gradient(at: point)
            let compiled = program.gradient(at: point)
            #expect(compiled.value.bitPattern == value.bitPattern, "\(name) at \(point)")
            #expect(compiled.gradient.map(\.bitPattern) == gradient.map(\.bitPattern), "\(name) at \(point): \(compiled.gradient) vs \(gradient)")
        }
    }

    /// 150 lanes, read from a strided record: two blocks of 64, two vectors of eight and a
    /// tail of six, so every term shape goes through each of the sum's three loops.
    @Test(arguments: cases.indices)
    func manyLanesAtOnceGiveEachLanesOwnResult(index: Int) {
        let (name, formula, points) = Self.cases[index]
        let tape = formula.compile(inputCount: 3)
        let program = GradientProgram(tape)
        let lanes = 150, stride = 152, width = 160
        // Each case's points, scaled a little per lane: positive points stay positive.
        let many = (0..<lanes).map { lane in points[lane % points.count].map { $0 * (1 + Double(lane) / 1000) } }
        var record = [Double](repeating: .nan, count: 3 * stride)
        for (lane, point) in many.enumerated() {
            for i in 0..<3 { record[i * stride + lane] = point[i] }
        }
        var values = [Double](repeating: .nan, count: lanes)
        var gradients = [Double](repeating: .nan, count: 3 * width)
        var workspace = GradientProgram.Workspace(for: program, lanes: width)
        record.withUnsafeBufferPointer { record in
            values.withUnsafeMutableBufferPointer { values in
                gradients.withUnsafeMutableBufferPointer { gradients in
                    program.evaluate(at: record.baseAddress!, stride: stride, value: values.baseAddress!,
                                     gradient: gradients.baseAddress!, gradientStride: width, count: lanes, workspace: &workspace)
                }
            }
        }
        for (lane, point) in many.enumerated() {
            let (value, gradient) = tape.gradient(at: point)
            #expect(values[lane].bitPattern == value.bitPattern, "\(name), lane \(lane)")
            #expect((0..<3).map { gradients[$0 * width + lane].bitPattern } == gradient.map(\.bitPattern), "\(name), lane \(lane)")
        }
    }

    /// A quadratic form over 40 variables, written as one long sum of 1 600 products: the
    /// program splits its sums at 16 terms, so the rows they read are freed as it goes, and
    /// needs a small fraction of the tape's nodes as scratch rows, with the same bits.
    @Test func aLongSumIsSplitAndItsRowsReused() {
        let n = 40
        var tape = ExpressionTape(inputCount: n)
        var total = tape.append(.constant(0))
        for i in 0..<n {
            for j in 0..<n {
                let c = tape.append(.constant(Double((i * 7 + j * 3) % 11) - 5))
                let product = tape.append(.binary(.multiply, c, tape.append(.binary(.multiply, i, j))))
                total = tape.append(.binary(.add, total, product))
            }
        }
        tape.output = total
        let program = GradientProgram(tape)
        #expect(program.description.split(separator: "\n").allSatisfy { $0.split(separator: " ").filter { $0 == "+" || $0 == "-" }.count < 16 })
        #expect(program.scratchRowCount * 10 < tape.nodes.count, "\(program.scratchRowCount) scratch rows for \(tape.nodes.count) nodes")
        let point = (0..<n).map { Double($0) / 7 - 2 }
        let (value, gradient) = tape.gradient(at: point)
        let compiled = program.gradient(at: point)
        #expect(compiled.value.bitPattern == value.bitPattern && compiled.gradient.map(\.bitPattern) == gradient.map(\.bitPattern))
    }
}
