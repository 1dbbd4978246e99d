import Interpreter
import LessonsCore
import Library
import MarkdownParsing
import TestSupport
import Testing

/// What compiling a block before running it must not change: names that are declared later,
/// variables that closures share, and value semantics through nested assignments.
@Suite struct CompilationTests {
    static func value(_ code: String) -> String? {
        ConstructTests.value(code)
    }

    @Test func aFunctionReadsAGlobalDeclaredAfterIt() {
        #expect(Self.value("func scaled(_ x: Double) -> Double { x * factor }\nlet factor = 3.0\nscaled(2)") == "6.0")
        let result = Harness.run("""
        ---
        title: T
        ---
        ```swift experiment
        func total() -> Int { later + 1 }
        ```

        ```swift experiment
        let later = 41
        total()
        ```
        """)
        #expect(result.errors == [])
        #expect(result.values == ["42"])
    }

    @Test func topLevelFunctionsMayCallEachOther() {
        #expect(Self.value("""
        func isEven(_ n: Int) -> Bool { n == 0 ? true : isOdd(n - 1) }
        func isOdd(_ n: Int) -> Bool { n == 0 ? false : isEven(n - 1) }
        [isEven(10), isOdd(7), isEven(3)]
        """) == "[true, true, false]")
    }

    @Test func closuresShareVariablesThroughNestedFunctions() {
        #expect(Self.value("""
        func counter() -> () -> Int {
            var count = 0
            func next() -> Int {
                count += 1
                let read = { count }
                return read()
            }
            return next
        }
        let tick = counter()
        let other = counter()
        [tick(), tick(), other(), tick()]
        """) == "[1, 2, 1, 3]")
        #expect(Self.value("""
        func outer(_ n: Int) -> Int {
            func inner(_ k: Int) -> Int { k <= 0 ? n : inner(k - 1) + 1 }
            return inner(3)
        }
        outer(10)
        """) == "13")
    }

    @Test func nestedAssignmentsChangeOnlyTheVariable() {
        #expect(Self.value("""
        var grid = [[0, 0], [0, 0]]
        let copy = grid
        grid[0][1] = 9
        grid[1][0] += 4
        [grid, copy]
        """) == "[[[0, 9], [4, 0]], [[0, 0], [0, 0]]]")
        #expect(Self.value("var xs = [1, 2, 3]\nxs[2] += xs[0] * 10\nxs") == "[1, 2, 13]")
        #expect(Self.value("var p = (x: 1.0, y: 2.0)\np.x = 5\np.1 *= 3\np") == "(x: 5.0, y: 6.0)")
        #expect(Self.value("var rows: [[Double]] = [[], [1]]\nrows[0] = [2.5]\nrows") == "[[2.5], [1.0]]")
    }

    @Test func aVariableHidesABuiltinOfItsName() {
        #expect(Self.value("let max = 3\nmax + 1") == "4")
        #expect(Self.value("func run() -> Int {\n    let abs = 7\n    return abs * 2\n}\nrun()") == "14")
        #expect(Self.value("let sqrt = { (x: Double) in x / 2 }\nsqrt(9)") == "4.5")
        #expect(Self.value("let Double = { (x: Int) in x * 2 }\nlet i = 4\nDouble(i)") == "8")
    }

    /// `Double(i)` reads a variable argument where it is; every other argument, and every other
    /// kind of value, goes through the builtin as before.
    @Test func doubleOfAVariableDoesWhatTheBuiltinDoes() {
        #expect(Self.value("let g = 3\nvar out: [Double] = []\nfor i in 0..<2 {\n    out += [Double(i), Double(g), Double(i + 1), Double(7)]\n}\nout")
            == "[0.0, 3.0, 1.0, 7.0, 1.0, 3.0, 2.0, 7.0]")
        DiagnosticTests.expectError("func f() -> Double {\n    let s = \"a\"\n    return Double(1️⃣s)\n}\nlet y = f()",
                                    "cannot convert value of type 'String' to expected argument type 'Int' for 'value'")
    }

    @Test func namesInsideFunctionsAreCheckedWhenTheyRun() {
        DiagnosticTests.expectError("func f() {\n    let a = 1\n    1️⃣let a = 2\n}\nf()",
                                    "invalid redeclaration of 'a'; choose another name, or assign with 'var'")
        DiagnosticTests.expectError("let xs = [1, 2]\n1️⃣xs[0] = 5", "cannot assign to value: 'xs' is a 'let' constant; declare it with 'var'")
        DiagnosticTests.expectError("func f() -> Int { 1️⃣missing + 1 }\nf()", "unknown name 'missing'")
        // A parameter after one with a default may be left out; a closure that reads it
        // finds it empty.
        DiagnosticTests.expectError("func f(a: Int = 1, b: Int) -> Int {\n    let read = { 1️⃣b }\n    return read()\n}\nf()",
                                    "variable 'b' used before being initialized")
        // Never called, so never an error, as before.
        #expect(Harness.block("func g() -> Int { missing + 1 }\nlet x = 1").errors == [])
    }

    /// Frames are taken from chunks of slots: a deep recursion needs several chunks, and the
    /// blocks after an error that unwound thousands of frames still run.
    @Test func deepRecursionSpansChunksOfSlots() {
        let code = """
        func depth(_ n: Int) -> Int {
            let a = n
            let b = a
            return n == 0 ? 0 : depth(b - 1) + 1
        }
        depth(3000)
        """
        let result = Harness.block(code, budget: Budget(recursion: 5000))
        #expect(result.errors == [])
        #expect(result.values == ["3000"])
        let unwound = Harness.run("""
        ---
        title: T
        ---
        ```swift experiment
        //| expect: error
        func down(_ n: Int, _ fail: Bool) -> Int {
            let kept = [n, n]
            if n == 0 { return fail ? 1 / n : 0 }
            return down(n - 1, fail) + kept[0]
        }
        down(2500, true)
        ```

        ```swift experiment
        down(4, false)
        ```
        """, budget: Budget(recursion: 5000))
        #expect(unwound.errors == [])
        #expect(unwound.values == ["10"])
    }

    /// `s += f()` evaluates `f()` before it reads `s`, as Swift does, in a global and in a local.
    @Test func compoundAssignmentReadsTheVariableAfterItsOperand() {
        #expect(Self.value("var s = 1.0\nfunc f() -> Double {\n    s = 10\n    return 1\n}\ns += f()\ns") == "11.0")
        #expect(Self.value("func g() -> Int {\n    var n = 1\n    func bump() -> Int {\n        n = 5\n        return 2\n    }\n    n *= bump()\n    return n\n}\ng()")
            == "10")
        #expect(Self.value("var i = 7\ni %= 4\ni <<= 2\nvar x = 1.5\nx /= 2\n[Double(i), x]") == "[12.0, 0.75]")
        DiagnosticTests.expectError("var n = Int.max\nn += 1️⃣1", "arithmetic overflow: the result of '+' does not fit in 'Int'")
    }

    /// Compound assignment works two numbers of one kind out by the operator's step, in a
    /// function's slot and in a global; everything else keeps the general rules and their errors.
    @Test func compoundAssignmentByTheOperatorsStepKeepsSwiftsRules() {
        #expect(Self.value("func f() -> Double {\n    var x = 1.0\n    x += 2\n    x -= 0.5\n    x *= 4\n    x /= 2\n    return x\n}\nf()")
            == "5.0")
        #expect(Self.value("func f() -> Int {\n    var n = 7\n    n %= 4\n    n -= 10\n    n *= 3\n    n /= 2\n    return n\n}\nf()")
            == "-10")
        #expect(Self.value("func f() -> String {\n    var s = \"a\"\n    s += \"b\"\n    var xs = [1]\n    xs += [2]\n"
                           + "    return s + \"\\(xs)\"\n}\nf()") == "\"ab[1, 2]\"")
        DiagnosticTests.expectError("func f() -> Int {\n    var n = Int.max\n    n += 1️⃣1\n    return n\n}\nf()",
                                    "arithmetic overflow: the result of '+' does not fit in 'Int'")
        DiagnosticTests.expectError("func f() -> Int {\n    var n = Int.min\n    n *= 1️⃣-1\n    return n\n}\nf()",
                                    "arithmetic overflow: the result of '*' does not fit in 'Int'")
        DiagnosticTests.expectError("func f() -> Int {\n    var n = 7\n    n /= 1️⃣0\n    return n\n}\nf()", "division by zero")
        DiagnosticTests.expectError("func f() -> Int {\n    var n = 1\n    n += 1️⃣1.5\n    return n\n}\nf()",
                                    "binary operator '+' cannot be applied to operands of type 'Int' and 'Double'")
        DiagnosticTests.expectError("func f() -> Int {\n    var n: Int\n    1️⃣n += 1\n    return n\n}\nf()", "variable 'n' used before being initialized")
        DiagnosticTests.expectError("var g = Int.min\ng -= 1️⃣1", "arithmetic overflow: the result of '-' does not fit in 'Int'")
    }

    /// `[(Double, Double)](repeating:count:)` names its element type as a tuple of types.
    @Test func arraysOfTuplesAreMadeByTheirTypeName() {
        #expect(Self.value("[(Double, Double)](repeating: (1, 2), count: 3)") == "[(1.0, 2.0), (1.0, 2.0), (1.0, 2.0)]")
        #expect(Self.value("var xs = [(Double, Double)]()\nxs.append((1, 2))\nxs") == "[(1.0, 2.0)]")
    }

    /// `xs[i]` with the index in a local variable reads the element where the array is; an
    /// index out of range, of another type, or a value that is not an array takes the general
    /// path and its errors.
    @Test func elementReadsByAVariableIndexDoWhatEveryReadDoes() {
        #expect(Self.value("let xs = [1.0, 2.0, 4.0]\nlet words = [\"a\", \"b\"]\nfunc f() -> [String] {\n    var out: [String] = []\n    for i in 0..<2 { out.append(\"\\(xs[i + 1] * 2) \\(words[i])\") }\n    let k = 1\n    return out + [words[k]]\n}\nf()")
            == "[\"4.0 a\", \"8.0 b\", \"b\"]")
        DiagnosticTests.expectError("let xs = [1, 2, 3]\nfunc g() -> Int {\n    let i = 3\n    return xs[1️⃣i]\n}\nlet y = g()",
                                    "index 3 is out of range for an array of 3 elements")
        DiagnosticTests.expectError("let xs = [1, 2, 3]\nfunc h() -> Int {\n    let i = 1.0\n    return 1️⃣xs[i]\n}\nlet y = h()",
                                    "cannot subscript a value of type '[Int]' with an index of type 'Double'")
    }

    /// `let x = …` into a slot is stored without its binder; a second declaration of the
    /// name in the same scope is still an error, and one in an inner scope hides the outer.
    @Test func declarationsInSlotsKeepTheirRules() {
        #expect(Self.value("func f() -> [Int] {\n    let a = 1\n    var out = [a]\n    for i in 0..<2 {\n        let a = a + 10 * (i + 1)\n        out.append(a)\n    }\n    return out + [a]\n}\nf()")
            == "[1, 11, 21, 1]")
        DiagnosticTests.expectError("func f() -> Int {\n    let a = 1\n    1️⃣let a = 2\n    return a\n}\nlet y = f()",
                                    "invalid redeclaration of 'a'; choose another name, or assign with 'var'")
    }

    /// `xs[i] = x` on a variable replaces the element in place when `x` plainly has its
    /// type; anything else takes the general path, with the index evaluated once.
    @Test func elementAssignmentKeepsValueSemanticsAndTypes() {
        #expect(Self.value("var xs = [1.0, 2.0]\nlet ys = xs\nxs[0] = 5.0\nxs[1] = 3\n[xs, ys]") == "[[5.0, 3.0], [1.0, 2.0]]")
        #expect(Self.value("var calls = 0\nfunc at() -> Int {\n    calls += 1\n    return 1\n}\nvar xs = [1, 2]\nxs[at()] = 7\n[xs[1], calls]")
            == "[7, 1]")
        #expect(Self.value("func f() -> [String] {\n    var words = [\"a\", \"b\"]\n    words[1] = \"c\"\n    return words\n}\nf()") == "[\"a\", \"c\"]")
        DiagnosticTests.expectError("var xs = [1.0, 2.0]\nxs[1️⃣2] = 1.0", "index 2 is out of range for an array of 2 elements")
        DiagnosticTests.expectError("var xs = [1.0, 2.0]\nxs[0] = 1️⃣\"a\"", "cannot convert value of type 'String' to specified type 'Double'")
    }

    /// What builtins such as `map` and `reduce` call per element: closures (a tuple spread
    /// over two parameters), operators, builtins, each as a call from the block would.
    @Test func builtinsCallEveryKindOfFunction() {
        #expect(Self.value("[4.0, 9.0].map(sqrt)") == "[2.0, 3.0]")
        #expect(Self.value("[[1.0, 2.0, 3.0].reduce(0, +), [1.0, 2.0, 3.0].reduce(1, *)]") == "[6.0, 6.0]")
        #expect(Self.value("[3, 1, 2].sorted(by: >)") == "[3, 2, 1]")
        #expect(Self.value("[(1, 2), (3, 4)].map { $0 + $1 }") == "[3, 7]")
        #expect(Self.value("[1.0, 5.0, 2.0].filter { $0 > 1.5 }.map { x in x * 2 }") == "[10.0, 4.0]")
        DiagnosticTests.expectError("let xs = 1️⃣[1, 2].map(+)", "'+' takes 2 arguments but was given 1")
    }

    /// An integer literal returned takes the declared result type, in a `return` and in a
    /// body of one expression, element by element in a tuple.
    @Test func returnedLiteralsTakeTheDeclaredType() {
        #expect(Self.value("""
        func zero() -> Double { return 0 }
        func one() -> Double { 1 }
        func pick(_ b: Bool) -> Double {
            if b { return 2 }
            return 0.5
        }
        func pair() -> (Double, Double) { (1, 2) }
        let p = pair()
        [zero(), one(), pick(true), pick(false), p.0 + p.1]
        """) == "[0.0, 1.0, 2.0, 0.5, 3.0]")
        DiagnosticTests.expectError("let n = 2\nfunc f() -> Double { n }\nlet x = 1️⃣f()", "cannot convert value of type 'Int' to specified type 'Double'")
    }

    /// A call of a global `func` keeps the function once found; a call of a `var` holding a
    /// closure reads it every time, and a call with the wrong labels is still an error.
    @Test func callsOfGlobalFunctionsCallWhatTheNameHolds() {
        #expect(Self.value("var g = { (x: Int) in x + 1 }\nvar out = [g(1)]\ng = { (x: Int) in x * 10 }\nout.append(g(1))\nout")
            == "[2, 10]")
        #expect(Self.value("func f(_ x: Int) -> Int { x }\nfunc h(x: Int) -> Int { x }\nvar s = 0\nfor i in 0..<3 { s += f(i) + h(x: i) }\ns")
            == "6")
        DiagnosticTests.expectError("func h(x: Int) -> Int { x }\nlet a = h(x: 1)\nlet b = 1️⃣h(3)",
                                    "no 'h(_:)' matches these arguments; expected h(x: Int) -> Int")
        let later = Harness.run("""
        ---
        title: T
        ---
        ```swift experiment
        func run() -> Int { twice(2) + twice(3) }
        ```

        ```swift experiment
        func twice(_ x: Int) -> Int { 2 * x }
        run()
        ```
        """)
        #expect(later.errors == [])
        #expect(later.values == ["10"])
    }

    /// A call of one or two parameters that take their arguments as they are skips the
    /// general call's work; anything else takes the general call, with its conversions,
    /// checks and errors, in the same order.
    @Test func plainCallsDoWhatEveryCallDoes() {
        #expect(Self.value("func half(_ x: Double) -> Double { x / 2 }\n[half(3), half(1.0)]") == "[1.5, 0.5]")
        #expect(Self.value("func add(_ a: Double, _ b: Int) -> Double { a + Double(b) }\nadd(1, 2)") == "3.0")
        #expect(Self.value("func id(_ x: Any) -> Any { x }\nid(\"a\")") == "\"a\"")
        #expect(Self.value("let twice = { (x: Int) in 2 * x }\nfunc run() -> Int {\n    let f = twice\n    return f(4)\n}\nrun()") == "8")
        DiagnosticTests.expectError("func f(_ x: Int) -> Int { x }\nlet d = 2.5\nlet y = 1️⃣f(d)",
                                    "cannot convert value of type 'Double' to expected argument type 'Int' for 'x'")
        DiagnosticTests.expectError("func g(_ x: Int) -> Int {\n    if x > 0 { return x }\n}\nlet y = 1️⃣g(-1)",
                                    "missing return in a function expected to return 'Int'")
        DiagnosticTests.expectError("func h(_ a: Int, _ b: Int) -> Double { a > 0 ? \"no\" : \"yes\" }\nlet y = 1️⃣h(1, 2)",
                                    "cannot convert value of type 'String' to specified type 'Double'")
        // An argument such as `n - 1` is worked out in the call's own code, for an Int only.
        #expect(Self.value("func f(_ n: Int) -> Int { n < 2 ? n : f(n - 1) + f(n - 2) }\nfunc g(_ x: Double) -> Double { x > 1 ? g(x - 1) : x * 3 }\nfunc h(_ n: Int) -> Int { n > 100 ? n : h(n * 3) }\n[Double(f(10)), g(2.5), Double(h(1))]")
            == "[55.0, 1.5, 243.0]")
        DiagnosticTests.expectError("func up(_ n: Int) -> Int { n > 0 ? up(1️⃣n + 1) : 0 }\nlet y = up(Int.max)",
                                    "arithmetic overflow: the result of '+' does not fit in 'Int'")
        DiagnosticTests.expectError("func down(_ n: Int) -> Int { 1️⃣down(n + 1) }\nlet y = down(0)",
                                    "calls nested more than 200 deep, so the block was stopped; look for a recursion without a base case")
        DiagnosticTests.expectError("func k(x: Int) -> Int { x }\nfunc run() -> Int {\n    let f = k\n    return 1️⃣f(3)\n}\nrun()",
                                    "no 'k(_:)' matches these arguments; expected k(x: Int) -> Int")
    }

    /// Arithmetic is specialised for its operator when compiled, and for a variable beside
    /// a literal of its type; Swift's rules still hold on every path: overflow and division
    /// by zero are errors, an integer literal beside a `Double` is a `Double`, and `Int` and
    /// `Double` never mix.
    @Test func operatorsChosenWhenCompiledKeepSwiftsRules() {
        #expect(Self.value("func f(_ n: Int, _ x: Double) -> [Double] {\n    [Double(n - 1), Double(n * 3), Double(n / 2), x * 2, x / 4, x - 0.5, x * x]\n}\nf(7, 1.5)")
            == "[6.0, 21.0, 3.0, 3.0, 0.375, 1.0, 2.25]")
        // A literal on the left.
        #expect(Self.value("func l(_ n: Int, _ x: Double) -> [Double] {\n    [Double(1 - n), Double(2 * n), 2 * x, 0.5 * x, 1.0 - x, 3 / x]\n}\nl(7, 1.5)")
            == "[-6.0, 14.0, 3.0, 0.75, -0.5, 2.0]")
        DiagnosticTests.expectError("func m(_ n: Int) -> Int { 1️⃣2 * n }\nlet y = m(Int.max)", "arithmetic overflow: the result of '*' does not fit in 'Int'")
        DiagnosticTests.expectError("func p(_ n: Int) -> Double { 1️⃣1.5 * n }\nlet y = p(2)",
                                    "binary operator '*' cannot be applied to operands of type 'Double' and 'Int'")
        DiagnosticTests.expectError("func g(_ n: Int) -> Int { 1️⃣n / 0 }\nlet y = g(1)", "division by zero")
        DiagnosticTests.expectError("func h(_ n: Int) -> Int { 1️⃣n - 1 }\nlet y = h(Int.min)", "arithmetic overflow: the result of '-' does not fit in 'Int'")
        DiagnosticTests.expectError("func k(_ n: Int, _ m: Int) -> Int { 1️⃣n * m }\nlet y = k(Int.max, 2)", "arithmetic overflow: the result of '*' does not fit in 'Int'")
        DiagnosticTests.expectError("func q(_ n: Int, _ x: Double) -> Double { 1️⃣x + n }\nlet y = q(1, 2)",
                                    "binary operator '+' cannot be applied to operands of type 'Double' and 'Int'")
        // Conditions, each comparison chosen when compiled.
        #expect(Self.value("""
        func tests(_ n: Int, _ x: Double, _ s: String) -> [Bool] {
            [n < 2 ? true : false, n >= 7 ? true : false, x < 2 ? true : false, x == 1.5 ? true : false,
             x != 1.5 ? true : false, n <= n ? true : false, s > "a" ? true : false, Double(n) > x ? true : false]
        }
        tests(7, 1.5, "b")
        """) == "[false, true, true, true, false, true, true, true]")
        DiagnosticTests.expectError("func c(_ n: Int) -> Int { 1️⃣n < 2.5 ? 1 : 0 }\nlet y = c(1)",
                                    "binary operator '<' cannot be applied to operands of type 'Int' and 'Double'")
        // An `if` chain tests each comparison with the branch it guards, in order, and a
        // condition that is not a `Bool` is still an error.
        #expect(Self.value("""
        func sign(_ x: Double, _ name: String) -> String {
            if x < 0 { return "negative" } else if x == 0.0 { return "zero" } else if name == "big" && x > 100 { return "big" }
            return "positive"
        }
        [sign(-2, ""), sign(0, ""), sign(500, "big"), sign(500, ""), sign(3, "big")]
        """) == "[\"negative\", \"zero\", \"big\", \"positive\", \"positive\"]")
        DiagnosticTests.expectError("func d(_ n: Int) -> Int {\n    if 1️⃣n { return 1 }\n    return 0\n}\nlet y = d(1)",
                                    "type 'Int' cannot be used as a condition; a condition must be a 'Bool'")
    }

    /// `xs.append(x)` on a variable is done without the builtin when the element plainly
    /// fits; what it does must be what the builtin does, which every other receiver uses. An
    /// empty array of a declared type takes the element as that type, as in Swift.
    @Test func appendingToAVariableDoesWhatTheBuiltinDoes() {
        #expect(Self.value("var xs: [(Double, Double)] = []\nxs.append((1, 2))\nxs.append((0.5, 3.0))\nxs")
            == "[(1.0, 2.0), (0.5, 3.0)]")
        #expect(Self.value("var xs: [Double] = []\nxs.append(1)\nxs.append(2.5)\nlet ys = xs\nxs.append(4)\n[xs.count, ys.count]")
            == "[3, 2]")
        #expect(Self.value("var words = [\"a\"]\nfor _ in 0..<3 { words.append(\"b\") }\nwords.count") == "4")
        #expect(Self.value("func grown() -> [Int] {\n    var xs = [1]\n    xs.append(2)\n    return xs\n}\ngrown()") == "[1, 2]")
        let full = "this value would take 2 MB, more than the 1 MB a block may hold; "
            + "make it smaller, or raise the budget with '//| memory: N' (megabytes)"
        DiagnosticTests.expectError("//| memory: 1\nvar xs = [Double](repeating: 0, count: 131_072)\n1️⃣xs.append(1.0)", full)
        DiagnosticTests.expectError("//| memory: 1\nvar xs = [[Double](repeating: 0, count: 131_072)]\n1️⃣xs[0].append(1.0)", full)
        DiagnosticTests.expectError("var xs: [Double] = []\nxs.append(1️⃣\"a\")", "cannot add a value of type 'String' to an array of 'Double'")
        DiagnosticTests.expectError("let xs = [1.0]\n1️⃣xs.append(2.0)", "cannot assign to value: 'xs' is a 'let' constant; declare it with 'var'")
    }
}

/// A value that counts how many of its kind are alive, to see that a lesson's values are freed.
private final class Probe: LibraryObject {
    nonisolated(unsafe) static var alive = 0
    var typeName: String { "Probe" }
    init() { Self.alive += 1 }
    deinit { Self.alive -= 1 }
}

@Suite(.serialized) struct LessonMemoryTests {
    /// Closures that hold what holds them (a recursive `func`, global or local, and what it
    /// captured) are cycles that reference counting never frees: the run empties them at its
    /// end, and every value of the lesson is freed.
    @Test func aLessonsValuesAreFreedWhenItEnds() {
        let probe = Builtin("probe", returns: .object("Probe"), topic: "Test", doc: "A probe.", example: "probe()") { _ in
            .object(Probe())
        }
        let library = Library.registry()
        let registry = BuiltinRegistry(library.builtins + [probe], enumerations: library.enumerations, objects: library.objects)
        let lesson = LessonParser.parse(SourceFile(path: "lessons/test.md", text: Harness.lesson("""
        let kept = probe()
        func countdown(_ n: Int) -> Int { n == 0 ? 0 : countdown(n - 1) }
        func outer() -> Int {
            let held = probe()
            func inner(_ n: Int) -> Int {
                let both = [held, kept]
                return n == 0 ? both.count : inner(n - 1)
            }
            return inner(3)
        }
        [countdown(3), outer(), outer()]
        """)), slug: "test").lesson
        let before = Probe.alive
        let run = Harness.onLargeStack { LessonRunner(registry: registry).run(lesson) }
        #expect(run.diagnostics == [])
        #expect(run.blocks.last?.outputs.last.map { "\($0)" }?.contains("[0, 2, 2]") == true)
        #expect(Probe.alive == before)
    }
}
