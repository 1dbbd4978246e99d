import LessonsCore
import TestSupport
import Testing

/// One test per construct of the language, with exact values.
@Suite struct ConstructTests {
    /// The value a block shows for its last expression.
    static func value(_ code: String) -> String? {
        let result = Harness.block(code)
        #expect(result.errors == [], "\(code)")
        return result.values.last
    }

    @Test(arguments: [
        ("2 + 3 * 4", "14"),
        ("(2 + 3) * 4", "20"),
        ("10 / 4", "2"),
        ("10.0 / 4", "2.5"),
        ("7 % 3", "1"),
        ("-7 % 3", "-1"),
        ("2 - 3 - 4", "-5"),
        ("1 << 40", "1099511627776"),
        ("2 + 3 * 4 == 14 && !false", "true"),
        ("1 < 2 || 1 / 0 == 0", "true"),
        ("0.1 + 0.2", "0.30000000000000004"),
        ("1e-4 * 1e-6", "1e-10"),
        ("-0.5 * 4", "-2.0"),
        ("3 > 2 ? \"yes\" : \"no\"", "\"yes\""),
        ("\"ab\" + \"cd\"", "\"abcd\""),
        ("\"b\" > \"a\"", "true"),
        ("[1, 2] + [3]", "[1, 2, 3]"),
        ("[1, 2] == [1, 2]", "true"),
    ])
    func operatorsFollowSwiftsPrecedenceAndRules(code: String, expected: String) {
        #expect(Self.value(code) == expected)
    }

    @Test func integerLiteralsTakeTheirTypeFromContext() {
        #expect(Self.value("let x: Double = 3\nx") == "3.0")
        #expect(Self.value("0.5 * 2") == "1.0")
        #expect(Self.value("[1, 2.5]") == "[1.0, 2.5]")
        #expect(Self.value("let r: ClosedRange<Double> = -6...6\nr") == "-6.0...6.0")
        #expect(Self.value("var total = 0.0\ntotal += 1\ntotal") == "1.0")
    }

    /// `.nan`, `.pi`, `.infinity` are Double's constants where the context expects a Double,
    /// as in Swift; beside other numbers in an array literal they take the array's type.
    @Test func doublesConstantsAreImplicitMembersWhereADoubleIsExpected() {
        #expect(Self.value("[1.0, .nan, .infinity][1].isNaN") == "true")
        #expect(Self.value("[.infinity, 2.5].count") == "2")
        #expect(Self.value("let x: Double = .pi\nx") == "3.141592653589793")
        #expect(Self.value("let z: [Double] = [.nan, 2]\nz[1]") == "2.0")
        #expect(Self.value("1.0 + .pi") == "4.141592653589793")
        #expect(Self.value("sqrt(.infinity)") == "inf")
        #expect(Self.value("Double.greatestFiniteMagnitude > 1e308") == "true")
    }

    @Test func bindingsAndAssignment() {
        #expect(Self.value("var x = 1\nx = x + 41\nx") == "42")
        #expect(Self.value("var xs = [1, 2, 3]\nxs[1] = 20\nxs") == "[1, 20, 3]")
        #expect(Self.value("var grid = [[1, 2], [3, 4]]\ngrid[1][0] *= 10\ngrid") == "[[1, 2], [30, 4]]")
        #expect(Self.value("let (a, b) = (1, 2.5)\nb") == "2.5")
        #expect(Self.value("_ = 5\n7") == "7")
    }

    @Test func stringInterpolationPrintsAsSwiftDoes() {
        #expect(Self.value(#""σ(0) = \(sigmoid(0)), n = \(3), ok = \(true)""#) == #""σ(0) = 0.5, n = 3, ok = true""#)
        #expect(Self.value(#""\([1.0, 2.5]) \("in")""#) == #""[1.0, 2.5] in""#)
        #expect(Self.value(#""line\n\t\"quoted\"""#) == #""line\n\t\"quoted\"""#)
    }

    @Test func printWritesLikeSwiftsPrint() {
        let result = Harness.block("""
        print("a", 1, 2.5, [1, 2], "b")
        print("x", "y", separator: "-", terminator: "!")
        print()
        """)
        #expect(result.errors == [])
        #expect(result.printed == "a 1 2.5 [1, 2] b\nx-y!\n")
        #expect(result.values == [])
    }

    @Test func forInLoopsOverArraysAndRanges() {
        #expect(Self.value("var s = 0\nfor i in 1...4 { s += i }\ns") == "10")
        #expect(Self.value("var s = 0\nfor i in 0..<4 { s += i }\ns") == "6")
        #expect(Self.value("var s = 0.0\nfor x in [0.5, 1.5] { s += x }\ns") == "2.0")
        #expect(Self.value("var n = 0\nfor (a, b) in [(1, 2), (3, 4)] { n += a * b }\nn") == "14")
        #expect(Self.value("var n = 0\nfor _ in 1...3 { n += 1 }\nn") == "3")
    }

    @Test func callsWithLabelsAndBuiltins() {
        #expect(Self.value("linspace(0, 1, count: 3)") == "[0.0, 0.5, 1.0]")
        #expect(Self.value("sigmoid(0)") == "0.5")
        #expect(Self.value("sigmoid.derivative(0)") == "0.25")
        #expect(Self.value("tanh.derivative(0)") == "1.0")
        #expect(Self.value("relu(-2)") == "0.0")
        #expect(Self.value("relu(2.5)") == "2.5")
        #expect(Self.value("relu.derivative(3)") == "1.0")
        #expect(Self.value("pow(2, 10)") == "1024.0")
        #expect(Self.value("Double.pi") == "3.141592653589793")
        #expect(Self.value("Int(2.9)") == "2")
        #expect(Self.value("Double(3) / 2") == "1.5")
    }

    @Test func arrayMethods() {
        #expect(Self.value("[0.2, 0.25, 0.1].max()") == "0.25")
        #expect(Self.value("[3, 1, 2].min()") == "1")
        #expect(Self.value("[1, 2, 3].map { $0 * 2 }") == "[2, 4, 6]")
        #expect(Self.value("[1.0, 4.0].map { x in x / 2 }") == "[0.5, 2.0]")
        #expect(Self.value("[1.5, 2.5].sum()") == "4.0")
        #expect(Self.value("[1, 2, 3].sum()") == "6")
        #expect(Self.value("[7, 8, 9].count") == "3")
        #expect(Self.value("[7, 8, 9][2]") == "9")
        #expect(Self.value("[7, 8, 9][1...2]") == "[8, 9]")
    }

    @Test func closuresCaptureTheirScope() {
        #expect(Self.value("let f = { (x: Double) in x * x }\nf(3)") == "9.0")
        #expect(Self.value("var k = 2.0\nlet scale = { (x: Double) -> Double in k * x }\nk = 10\nscale(3)") == "30.0")
        #expect(Self.value("let add = { (a: Int, b: Int) in a + b }\nadd(2, 3)") == "5")
        #expect(Self.value("[1, 2, 3].map { x in\n    let y = x * x\n    return y + 1\n}") == "[2, 5, 10]")
    }

    /// Each iteration binds its own names, as in Swift: a closure made in one iteration keeps
    /// that iteration's values, though iterations that kept nothing share their scope.
    @Test func eachIterationHasItsOwnBindings() {
        #expect(Self.value("""
        var scaled: [(Double) -> Double] = []
        for k in 1...4 {
            let m = Double(k * 10)
            if k % 2 == 0 { scaled.append({ (x: Double) in m * x }) }
        }
        scaled.map { $0(0.5) }
        """) == "[10.0, 20.0]")
        #expect(Self.value("""
        var kept: [() -> Int] = []
        var i = 0
        while i < 4 {
            let j = i * i
            if i != 2 { kept.append({ j }) }
            i += 1
        }
        kept.map { $0() }
        """) == "[0, 1, 9]")
    }

    @Test func functionsWithLabelsDefaultsAndRecursion() {
        #expect(Self.value("""
        func factorial(_ n: Int) -> Int { n <= 1 ? 1 : n * factorial(n - 1) }
        factorial(10)
        """) == "3628800")
        #expect(Self.value("""
        func step(from x: Double, rate: Double = 0.1) -> Double {
            return x - rate * 2 * x
        }
        step(from: 1) + step(from: 1, rate: 0.25)
        """) == "1.3")
    }

    @Test func conditionalsAndWhileLoops() {
        #expect(Self.value("""
        var n = 27
        var steps = 0
        while n != 1 {
            if n % 2 == 0 { n /= 2 } else if n > 0 { n = 3 * n + 1 } else { break }
            steps += 1
        }
        steps
        """) == "111")
        #expect(Self.value("var s = 0\nfor i in 1...10 {\n if i % 2 == 0 { continue }\n if i > 7 { break }\n s += i\n}\ns") == "16")
    }

    @Test func blocksOfALessonShareOneScope() {
        let result = Harness.run("""
        ---
        title: T
        ---
        ```swift experiment
        let rate = 1e-4
        ```

        Prose between the blocks.

        ```swift experiment
        rate * 1e-6
        ```
        """)
        #expect(result.errors == [])
        #expect(result.values == ["1e-10"])
    }

    @Test func onlyAValuedLastExpressionIsShown() {
        #expect(Harness.block("let x = 1").values == [])
        #expect(Harness.block("print(1)").values == [])
        #expect(Harness.block("1\n2").values == ["2"])
        #expect(Harness.block("import Foundation\n\"ok\"").values == ["\"ok\""])
    }

    @Test func checksAreRecordedInOrderWithTheirCondition() {
        let result = Harness.block("print(\"before\")\ncheck(1 < 2, \"one is less than two\")\nprint(\"after\")")
        #expect(result.errors == [])
        #expect(result.outputs == [
            .text("before\n"),
            .check(Check(claim: "one is less than two", condition: "1 < 2", passed: true,
                         location: SourceLocation(path: "lessons/test.md", line: 6, column: 1))),
            .text("after\n"),
        ])
    }
}

/// The rest of the array and number API, with exact values.
@Suite struct LibraryConstructTests {
    static func value(_ code: String) -> String? { ConstructTests.value(code) }

    @Test(arguments: [
        ("stride(from: 0, to: 1, by: 0.25)", "[0.0, 0.25, 0.5, 0.75]"),
        ("stride(from: 0, through: 1, by: 0.25)", "[0.0, 0.25, 0.5, 0.75, 1.0]"),
        ("stride(from: 10, to: 0, by: -3)", "[10, 7, 4, 1]"),
        ("stride(from: 0, to: 1, by: 0.1).count", "10"),
        ("stride(from: 1, to: 0, by: 1)", "[]"),
        ("[0.1, 0.3, 0.2].filter { $0 > 0.15 }", "[0.3, 0.2]"),
        ("[1.0, 2.0, 3.5].reduce(0, +)", "6.5"),
        ("[1, 2, 3].reduce(1) { $0 * $1 }", "6"),
        ("[3, 1, 2].sorted()", "[1, 2, 3]"),
        ("[\"b\", \"a\"].sorted()", "[\"a\", \"b\"]"),
        ("[0.5, -2.0, 1.0].sorted(by: { abs($0) < abs($1) })", "[0.5, 1.0, -2.0]"),
        ("[(1, \"b\"), (0, \"a\"), (1, \"a\")].sorted(by: { $0.0 < $1.0 })", "[(0, \"a\"), (1, \"b\"), (1, \"a\")]"),
        ("[1, 2, 3].reversed()", "[3, 2, 1]"),
        ("[1, 2, 3].contains(2)", "true"),
        ("[0.5, 0.25].enumerated().map { $0.offset }", "[0, 1]"),
        ("zip([1, 2, 3], [0.5, 0.25])", "[(1, 0.5), (2, 0.25)]"),
        ("Array(repeating: 0.0, count: 3)", "[0.0, 0.0, 0.0]"),
        ("[Double](repeating: 1, count: 2)", "[1.0, 1.0]"),
        ("[Int]().isEmpty", "true"),
        ("[[Double]](repeating: [Double](repeating: 0, count: 2), count: 2)", "[[0.0, 0.0], [0.0, 0.0]]"),
        ("[[Int]]().count", "0"),
        ("2.5.rounded()", "3.0"),
        ("(-2.5).rounded()", "-3.0"),
        ("2.0.squareRoot()", "1.4142135623730951"),
        ("(0.0 / 0.0).isNaN", "true"),
        ("(1 / 0.0).isFinite", "false"),
        ("(-3.5).magnitude", "3.5"),
        ("min(0.25, 1)", "0.25"),
        ("max(3, 7)", "7"),
        ("String(0.25) + \"!\"", "\"0.25!\""),
        (#"String(format: "%.3f|%e|%g|%5d|%-4s|%x|%%", 2.0 / 3, 1e-10, 0.0001, 42, "ab", 255)"#,
         #""0.667|1.000000e-10|0.0001|   42|ab  |ff|%""#),
        (#"String(format: "%.2f", 2)"#, #""2.00""#),
        ("[1, 2, 3].dropFirst()", "[2, 3]"),
        ("[1, 2, 3].dropFirst(5)", "[]"),
        ("[1, 2, 3].dropLast(2)", "[1]"),
        ("Array(2...4)", "[2, 3, 4]"),
        ("Array(0..<0)", "[]"),
        ("floor(-2.5)", "-3.0"),
        ("ceil(2.1)", "3.0"),
        ("[1.0, 2.0].allSatisfy { $0 > 0 }", "true"),
        ("[1.0, -2.0].contains(where: { $0 < 0 })", "true"),
        (#"["a", "b"].joined(separator: ", ")"#, #""a, b""#),
    ])
    func valuesAreExact(code: String, expected: String) {
        #expect(Self.value(code) == expected)
    }

    @Test func appendChangesAVarArray() {
        #expect(Self.value("var xs = [1.0]\nxs.append(0.5)\nxs.append(2)\nxs") == "[1.0, 0.5, 2.0]")
        #expect(Self.value("var grid = [[1], [2]]\ngrid[1].append(3)\ngrid") == "[[1], [2, 3]]")
    }

    @Test func loopsOverStridesAndEnumerations() {
        #expect(Self.value("var s = 0.0\nfor x in stride(from: 0, through: 1, by: 0.5) { s += x }\ns") == "1.5")
        #expect(Self.value("var s = 0\nfor (i, x) in [10, 20].enumerated() { s += i * x }\ns") == "20")
    }
}

@Suite struct CheckMergingTests {
    @Test func aCheckInALoopIsOneClaimOverAllItsCases() {
        let result = Harness.block("for i in 1...5 {\n    check(i > 0, \"positive\")\n}")
        #expect(result.errors == [])
        guard case .check(let check)? = result.outputs.first else {
            Issue.record("expected a check")
            return
        }
        #expect(result.outputs.count == 1)
        #expect((check.cases, check.failures, check.passed) == (5, 0, true))
    }

    @Test func aFalseCaseFailsTheClaimAndIsReportedOnce() {
        let marked = MarkedLesson(Harness.lesson("for i in 1...5 {\n    1️⃣check(i < 4, \"small\")\n}"))
        let result = Harness.run(marked.text)
        #expect(result.errors == [Diagnostic(.init("check failed: \"small\"; the claim is false, so fix the claim or the text that makes it"),
                                             at: marked["1️⃣"]!)])
        guard case .check(let check)? = result.outputs.first else { return }
        #expect((check.cases, check.failures, check.passed) == (5, 2, false))
    }
}

/// Swift's typing of literals by their context, part by part.
@Suite struct LiteralTypingTests {
    static func value(_ code: String) -> String? { ConstructTests.value(code) }

    @Test func integerLiteralsInsideTuplesAndArraysTakeTheirType() {
        #expect(Self.value("let y = 0.5\nlet p: (Double, Double) = (1, y)\np") == "(1.0, 0.5)")
        #expect(Self.value("[(3, 2), (0.5, 1)]") == "[(3.0, 2), (0.5, 1)]")
        #expect(Self.value("[(3, 2), (0.5, 1.5)]") == "[(3.0, 2.0), (0.5, 1.5)]")
        #expect(Self.value("[0.5, 1.5] == [0, 1]") == "false")
        #expect(Self.value("[0.0, 1.0] == [0, 1]") == "true")
        #expect(Self.value("let x: Double = true ? 1 : 2\nx") == "1.0")
        #expect(Self.value("func f(_ p: (Double, Double)) -> Double { p.0 + p.1 }\nlet y = 0.5\nf((1, y))") == "1.5")
    }

    @Test func aTupleTakesTheLabelsOfItsDeclaredType() {
        #expect(Self.value("func f() -> (run: Int, cost: Double) {\n    return (3, 1)\n}\nf().cost") == "1.0")
        #expect(Self.value("let p: (x: Double, y: Double) = (1, 2)\np.y") == "2.0")
        #expect(Self.value("let p: (x: Int, y: Int) = (x: 1, 2)\np") == "(x: 1, y: 2)")
        let result = Harness.block("let p: (x: Int, y: Int) = (a: 1, b: 2)")
        #expect(result.errors.map(\.message.text) == ["cannot convert value of type '(a: Int, b: Int)' to specified type '(x: Int, y: Int)'"])
    }

    /// A tuple of two unlabelled numbers is kept inline; every construct still sees a tuple,
    /// and one that gains labels or other elements leaves that form.
    @Test(arguments: [
        ("var p = (1.0, 2.0)\np.0 = 5\np", "(5.0, 2.0)"),
        ("var p = (1.0, 2.0)\np.1 += 0.5\np.1", "2.5"),
        ("let p = (1.0, 2.0)\nlet (a, b) = p\nb - a", "1.0"),
        ("let p = (1.0, 2.0)\nlet q: (x: Double, y: Double) = p\nq", "(x: 1.0, y: 2.0)"),
        ("(1.0, 2.0) == (1.0, 2.0)", "true"),
        ("[(1.0, 2.0), (3.0, 4.0)].map { $0.1 }", "[2.0, 4.0]"),
        ("[(1.0, 2.0), (3.0, 4.0)].map { x, y in x * y }", "[2.0, 12.0]"),
        ("var q = (x: 1.0, y: 2.0)\nq.x = 3\nq", "(x: 3.0, y: 2.0)"),
        ("grid(x: 0...1, y: 0...1, columns: 2, rows: 1)", "[(0.0, 0.0), (1.0, 0.0)]"),
    ])
    func aPointIsATupleInEveryConstruct(code: String, expected: String) {
        #expect(Self.value(code) == expected)
    }

    @Test func aPointHasNoThirdElement() {
        let result = Harness.block("let p = (1.0, 2.0)\np.2")
        #expect(result.errors.map(\.message.text) == ["value of type '(Double, Double)' has no member '2'"])
    }

    @Test func anIntVariableInsideATupleDoesNotConvert() {
        let result = Harness.block("let n = 1\nlet p: (Double, Double) = (n, 0.5)")
        #expect(result.errors.map(\.message.text) == ["cannot convert value of type '(Int, Double)' to specified type '(Double, Double)'"])
    }
}

/// Integer ranges are collections, and tuples spread over a closure's parameters, as in Swift.
@Suite struct SequenceTests {
    static func value(_ code: String) -> String? { ConstructTests.value(code) }

    @Test(arguments: [
        ("(0..<4).map { $0 * 2 }", "[0, 2, 4, 6]"),
        ("(1...4).filter { $0 % 2 == 0 }", "[2, 4]"),
        ("(1...4).reduce(0, +)", "10"),
        ("(0..<5).count", "5"),
        ("(3...3).isEmpty", "false"),
        ("(0..<3).map { i in (0..<2).map { j in i * 10 + j } }", "[[0, 1], [10, 11], [20, 21]]"),
        ("zip([1, 2], [3, 4]).map { $0 * $1 }", "[3, 8]"),
        ("zip([1, 5], [3, 4]).filter { $0 < $1 }.count", "1"),
        ("[(1, 2), (3, 4)].map { a, b in a + b }", "[3, 7]"),
    ])
    func rangesAndTuplesWorkAsInSwift(code: String, expected: String) {
        #expect(Self.value(code) == expected)
    }

    @Test func aHugeRangeIsRefusedBeforeItIsMadeAnArray() {
        let result = Harness.block("(0..<(1 << 40)).map { $0 }")
        #expect(result.errors.map(\.message.text)
            == ["this value would take 8388608 MB, more than the 256 MB a block may hold; make it smaller, or raise the budget with '//| memory: N' (megabytes)"])
    }
}

/// Library types in annotations, and derivatives of derivatives.
@Suite struct LibraryTypeTests {
    static func value(_ code: String) -> String? { ConstructTests.value(code) }

    @Test func annotationsNameTheLibrarysTypes() {
        #expect(Self.value("let kind: CriticalPoint = classify(saddle, at: (0, 0))\nkind") == "saddle")
        #expect(Self.value("func steps(_ run: Descent) -> Int { run.steps }\nsteps(descend(saddle, from: (1, 0), learningRate: 0.1, steps: 7))") == "7")
        #expect(Self.value("let pairs: [(Int, CriticalPoint)] = [(1, .minimum)]\npairs[0].1 == .minimum") == "true")
    }

    @Test func aSecondDerivativeIsExact() {
        #expect(Self.value("let f = { (x: Double) in x * x * x }\nf.derivative.derivative(2)") == "12.0")
        #expect(Self.value("let f = { (x: Double) in exp(x) }\nf.derivative.derivative(0)") == "1.0")
    }
}

/// What a block cost, in steps: the same on every run, and nothing for a block that did not compile.
@Suite struct BlockCostTests {
    @Test func stepsAreCountedPerBlockAndRepeatable() {
        let lesson = "---\ntitle: T\n---\n```swift experiment\nvar s = 0\nfor i in 1...100 { s += i }\n```\n\n```swift experiment\nlet x = 1\n```\n\n```swift experiment\n//| expect: error\nlet = \n```\n"
        let first = Harness.run(lesson).run.blocks.map(\.steps)
        #expect(first == Harness.run(lesson).run.blocks.map(\.steps))
        #expect(first.count == 3)
        #expect(first[0] > 200 && first[1] > 0 && first[1] < first[0])
        #expect(first[2] == 0, "a block that does not compile takes no step")
    }
}
