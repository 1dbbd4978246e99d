import Interpreter
import LessonsCore
import TestSupport
import Testing

/// Each diagnostic, at the spot a marker (`1️⃣`) shows in the lesson's Markdown.
@Suite struct DiagnosticTests {
    /// The lesson around `code` with its markers, and the errors it gives.
    static func errors(_ code: String, budget: Budget = Budget()) -> (MarkedLesson, [Diagnostic]) {
        let marked = MarkedLesson(Harness.lesson(code))
        return (marked, Harness.errors(in: marked, budget: budget))
    }

    static func expectError(_ code: String, _ message: String, budget: Budget = Budget(),
                            sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let (marked, errors) = Self.errors(code, budget: budget)
        guard let at = marked["1️⃣"] else {
            Issue.record("the code has no 1️⃣ marker", sourceLocation: sourceLocation)
            return
        }
        #expect(errors == [Diagnostic(.init(message), at: at)], sourceLocation: sourceLocation)
    }

    @Test func syntaxErrorsUseSwiftsOwnMessage() {
        Self.expectError("let x = 1️⃣", "expected expression in variable")
        Self.expectError("let ys = [1, 21️⃣\nprint(ys)", "expected ']' to end array")
    }

    @Test func unknownNamesSuggestTheNearestKnownName() {
        Self.expectError("let rate = 0.1\nprint(1️⃣rte)", "unknown name 'rte'; did you mean 'rate'?")
        Self.expectError("1️⃣sigmod(0)", "unknown name 'sigmod'; did you mean 'sigmoid'?")
        Self.expectError("1️⃣zzzzzz(0)", "unknown name 'zzzzzz'")
        Self.expectError("sigmoid.1️⃣derivatve(0)", "value of type '(Double) -> Double' has no member 'derivatve'; did you mean 'derivative'?")
        Self.expectError("[1, 2].1️⃣mx()", "value of type '[Int]' has no member 'mx'; did you mean 'max'?")
    }

    @Test func failingChecksNameTheClaim() {
        Self.expectError("let xs = [0.3, 0.1]\n1️⃣check(xs.max() <= 0.25, \"σ′ never exceeds 1/4\")",
                         "check failed: \"σ′ never exceeds 1/4\"; the claim is false, so fix the claim or the text that makes it")
    }

    @Test func everyFailingCheckIsReportedNotJustTheFirst() {
        let (marked, errors) = Self.errors("1️⃣check(false, \"a\")\n2️⃣check(1 > 2, \"b\")\ncheck(true, \"c\")")
        #expect(errors.map(\.location) == [marked["1️⃣"], marked["2️⃣"]].compactMap { $0 })
    }

    @Test func wrongArgumentLabelsShowTheSignature() {
        Self.expectError("1️⃣linspace(0, 1, n: 5)",
                         "no 'linspace(_:_:n:)' matches these arguments; expected linspace(_ start: Double, _ end: Double, count: Int) -> [Double]")
    }

    @Test func wrongArgumentTypesNameBothTypes() {
        Self.expectError("let n = 5\nlinspace(0, 1, count: 1️⃣2.5)",
                         "cannot convert value of type 'Double' to expected argument type 'Int' for 'count'")
        Self.expectError("let a = -10\nlinspace(1️⃣a, 10, count: 5)",
                         "cannot convert value of type 'Int' to expected argument type 'Double' for 'start'")
    }

    @Test func operatorsDoNotMixIntAndDouble() {
        Self.expectError("let n = 3\nlet x = 0.5\nlet y = 1️⃣n * x",
                         "binary operator '*' cannot be applied to operands of type 'Int' and 'Double'")
        Self.expectError("let s = 1️⃣-\"text\"", "unary operator '-' cannot be applied to an operand of type 'String'")
    }

    @Test func typeAnnotationsAreChecked() {
        Self.expectError("let n: Int = 1️⃣2.5", "cannot convert value of type 'Double' to specified type 'Int'")
        Self.expectError("var n = 1\nn = 1️⃣2.5", "cannot convert value of type 'Double' to specified type 'Int'")
        Self.expectError("let n: 1️⃣Integer = 2", "unknown type 'Integer'")
        Self.expectError("let n: 1️⃣Doubel = 2", "unknown type 'Doubel'; did you mean 'Double'?")
    }

    @Test func constantsCannotBeAssignedOrRedeclared() {
        Self.expectError("let x = 1\n1️⃣x = 2", "cannot assign to value: 'x' is a 'let' constant; declare it with 'var'")
        Self.expectError("let x = 1\n1️⃣let x = 2", "invalid redeclaration of 'x'; choose another name, or assign with 'var'")
        Self.expectError("var x: Int\nprint(1️⃣x)", "variable 'x' used before being initialized")
    }

    @Test func conditionsMustBeBool() {
        Self.expectError("if 1️⃣1 { print(1) }", "type 'Int' cannot be used as a condition; a condition must be a 'Bool'")
    }

    @Test func integerArithmeticTrapsAsSwiftDoes() {
        Self.expectError("let big = 9223372036854775807\nlet y = 1️⃣big + 1", "arithmetic overflow: the result of '+' does not fit in 'Int'")
        Self.expectError("let zero = 0\nlet y = 1️⃣7 / zero", "division by zero")
        Self.expectError("let y = 1️⃣99999999999999999999", "integer literal '99999999999999999999' overflows when stored into 'Int'")
    }

    @Test func indexesAreBoundsChecked() {
        Self.expectError("let xs = [1, 2, 3]\nxs[1️⃣3]", "index 3 is out of range for an array of 3 elements")
        Self.expectError("let m = [Double]()\n1️⃣m.max()", "max() of an empty array has no value; check that the array has elements first")
        Self.expectError("let r = 1️⃣5...1", "a range needs lowerBound <= upperBound, but 5 > 1")
    }

    @Test func unsupportedSwiftIsAnErrorAtItsNode() {
        Self.expectError("1️⃣class Model {}", "classes are not supported in experiment blocks")
        Self.expectError("1️⃣struct Point { var x: Double }", "structs are not supported in experiment blocks")
        Self.expectError("import 1️⃣UIKit", "only 'import Foundation' is allowed in experiment blocks, not 'import UIKit'")
        Self.expectError("let x = 1️⃣try compute()", "'try' expressions are not supported in experiment blocks")
        Self.expectError("let x: 1️⃣Int? = 1", "optionals are not supported in experiment blocks")
    }

    @Test func everyUnsupportedConstructInABlockIsReported() {
        let (marked, errors) = Self.errors("1️⃣enum A {}\nlet x = 1\n2️⃣protocol P {}")
        #expect(errors.map(\.location) == [marked["1️⃣"], marked["2️⃣"]].compactMap { $0 })
    }

    @Test func misplacedControlFlow() {
        Self.expectError("1️⃣break", "'break' is only allowed inside a loop")
        Self.expectError("1️⃣return 1", "'return' is only allowed inside a function or closure")
    }

    @Test func aRunawayLoopStopsAtItsLineQuickly() {
        let start = ContinuousClock.now
        Self.expectError("var n = 0\n1️⃣while true {\n    n += 1\n}", "the block ran more than 10000000 steps, so it was stopped; "
            + "if it is not stuck in a loop, raise the budget with '//| steps: N'")
        // A lenient bound for a debug build on a shared machine; the budget is what stops it.
        #expect(ContinuousClock.now - start < TestTime.duration(60))
    }

    @Test func unboundedRecursionStopsWithAnError() {
        Self.expectError("func down(_ n: Int) -> Int { 1️⃣down(n + 1) }\ndown(0)",
                         "calls nested more than 200 deep, so the block was stopped; look for a recursion without a base case")
    }

    @Test func runawayGrowthStopsBeforeMemoryRunsOut() {
        Self.expectError("var s = \"ab\"\nfor _ in 1...40 {\n    s = 1️⃣s + s\n}",
                         "this value would take 512 MB, more than the 256 MB a block may hold; "
                            + "make it smaller, or raise the budget with '//| memory: N' (megabytes)")
    }

    @Test func anExpectedErrorBecomesTheBlocksOutput() {
        let result = Harness.run("---\ntitle: T\n---\n```swift experiment\n//| expect: error\nlet y = 1 / 0\n```\n")
        #expect(result.errors == [])
        #expect(result.outputs == [.expectedError("division by zero")])
    }

    @Test func anExpectedErrorThatDoesNotHappenIsAnError() {
        let marked = MarkedLesson("---\ntitle: T\n---\n1️⃣```swift experiment\n//| expect: error\nlet y = 1\n```\n")
        #expect(Harness.errors(in: marked) == [Diagnostic(.init(
            "the block is marked 'expect: error' but ran without an error; remove the option or make the block fail as the text says"),
            at: marked["1️⃣"]!)])
    }

    @Test func aFailedBlockDoesNotStopTheNextOne() {
        let marked = MarkedLesson("""
        ---
        title: T
        ---
        ```swift experiment
        let a = 1️⃣b
        ```

        ```swift experiment
        2️⃣check(false, "second")
        ```
        """)
        #expect(Harness.errors(in: marked).map(\.location) == [marked["1️⃣"], marked["2️⃣"]].compactMap { $0 })
    }
}

/// Budgets, raised by a block option or a course setting, and the messages of the rest of
/// the language.
@Suite struct BudgetAndLibraryDiagnosticTests {
    static func expectError(_ code: String, _ message: String, budget: Budget = Budget(),
                            sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        DiagnosticTests.expectError(code, message, budget: budget, sourceLocation: sourceLocation)
    }

    @Test func aHugeAllocationFailsAtOnceAtItsLine() {
        let start = ContinuousClock.now
        Self.expectError("let big = 1️⃣Array(repeating: 0, count: 1 << 40)",
                         "this value would take 8388608 MB, more than the 256 MB a block may hold; "
                            + "make it smaller, or raise the budget with '//| memory: N' (megabytes)")
        #expect(ContinuousClock.now - start < TestTime.duration(5))
    }

    @Test func aBlockOptionRaisesItsOwnBudgetOnly() {
        let result = Harness.run("""
        ---
        title: T
        ---
        ```swift experiment
        //| steps: 50
        var n = 0
        while n < 100 { n += 1 }
        ```

        ```swift experiment
        var m = 0
        while m < 100 { m += 1 }
        m
        ```
        """, budget: Budget(steps: 1_000))
        #expect(result.errors.map(\.message.text) == [
            "the block ran more than 50 steps, so it was stopped; if it is not stuck in a loop, raise the budget with '//| steps: N'",
        ])
        #expect(result.values == ["100"])
    }

    @Test func recursionAndMemoryOptionsApply() {
        Self.expectError("//| recursion: 5\nfunc f(_ n: Int) -> Int { n == 0 ? 0 : 1️⃣f(n - 1) }\nf(10)",
                         "calls nested more than 5 deep, so the block was stopped; look for a recursion without a base case")
        Self.expectError("//| memory: 1\nlet xs = 1️⃣linspace(0, 1, count: 200_000)",
                         "this value would take 2 MB, more than the 1 MB a block may hold; "
                            + "make it smaller, or raise the budget with '//| memory: N' (megabytes)")
    }

    @Test func libraryMessages() {
        Self.expectError("let s = stride(from: 0, to: 1, by: 1️⃣0)", "a stride of 0 never reaches its end; use a step other than 0")
        Self.expectError("let s = String(format: 1️⃣\"%q\", 1)",
                         "'%q' is not a format String(format:) understands; use %d, %i, %x, %f, %e, %g or %s, with flags, width and precision")
        Self.expectError("let s = 1️⃣String(format: \"%d and %d\", 1)", "the format has 2 conversions but 1 value was given")
        Self.expectError("let s = 1️⃣String(format: \"%d\", 1.5)", "%d cannot format a value of type 'Double'")
        Self.expectError("let xs = [0.5].filter 1️⃣{ $0 }", "the closure given to filter must return a 'Bool', not a 'Double'")
        Self.expectError("var xs = [\"a\"]\nxs.append(1️⃣1)", "cannot add a value of type 'Int' to an array of 'String'")
        Self.expectError("let xs = linspace(0, 1, count: 1️⃣-1)", "linspace needs a count of 0 or more, not -1")
        Self.expectError("let a = 1 1️⃣< 2 < 3", "adjacent operators are in non-associative precedence group 'ComparisonPrecedence'")
        Self.expectError("let q: Double = 1️⃣.tau", "cannot convert value of type '.tau' to specified type 'Double'")
        Self.expectError("let n = Int(1️⃣Double.nan)", "nan cannot be converted to 'Int'; it is not finite or does not fit")
        Self.expectError("let m = 1️⃣[sigmoid, tanh].max()", "max() needs numbers or strings, not elements of type '(Double) -> Double'")
        Self.expectError("let s = 1️⃣[\"a\"].sum()", "sum() needs numbers, not elements of type 'String'")
        Self.expectError("let s = 1️⃣[9223372036854775807, 1].sum()", "arithmetic overflow: the sum does not fit in 'Int'")
    }

    @Test func calculusDescentAndTableMessages() {
        Self.expectError("let f = { (x: Double) in x * x }\nlet d = 1️⃣f.derivative(1, 2)", "a derivative takes 1 number, not 2 arguments")
        Self.expectError("let f = { (x: Double) in x * x }\nlet d = f.derivative.derivative.1️⃣derivative",
                         "derivatives go up to the second, f.derivative.derivative; a third derivative is not supported")
        Self.expectError("let r = descend(saddle, from: (1, 0), learningRate: 0.1, steps: 1️⃣2_000_000)",
                         "2000000 steps is outside 0...1000000; descent runs at most 1000000 steps")
        Self.expectError("let f = { (v: [Double]) in v[0] * v[1] }\nlet r = descend(f, fromEach: 1️⃣[[1, 2], [1]], learningRate: 0.1, steps: 1)",
                         "a point of 1 coordinate cannot be used here; every start needs as many coordinates as the first, 2")
        Self.expectError("let f = { (v: [Double]) in 1.0 }\nlet r = descend(f, from: 1️⃣[], learningRate: 0.1, steps: 1)",
                         "a point of 0 coordinates cannot be used here; a start needs at least one")
        Self.expectError("let e = eigenvalues(1️⃣[[1, 2]])", "the matrix is not square; give as many rows as columns")
        Self.expectError("contour(saddle, x: -1...1, y: -1...1, levels: 1️⃣0)", "a contour map draws 1 to 40 levels, not 0")
        Self.expectError("let b = basins(saddle, x: -1...1, y: -1...1, resolution: 1️⃣1, learningRate: 0.1, steps: 1)",
                         "a basin map's resolution is 2 to 201 starts a side, not 1")
        Self.expectError("table(1️⃣[(1, 2), (3, 4, 5)], columns: [\"a\", \"b\"])",
                         "row 2 of the table has 3 cells but there are 2 columns; give every row one value per column")
        Self.expectError("table(1️⃣[1, 2], columns: [\"a\", \"b\"])",
                         "row 1 of the table has 1 cell but there are 2 columns; give every row one value per column")
        Self.expectError("table([(1, 2)], columns: 1️⃣[])", "a table needs at least one column; name them in columns:")
        Self.expectError("let d = [1, 2].dropFirst(1️⃣-1)", "dropFirst needs a count of 0 or more, not -1")
        Self.expectError("let kind: 1️⃣CritcalPoint = classify(saddle, at: (0, 0))", "unknown type 'CritcalPoint'; did you mean 'CriticalPoint'?")
    }

    @Test func regularizationMessages() {
        let fit = "loss: .softmaxCrossEntropy, epochs: 5, batchSize: 4, learningRate: 0.1"
        Self.expectError("let n = network([2, 8, 2], dropout: 1️⃣1.0)", "a dropout rate is the fraction of units dropped, in 0..<1, not 1.0; 0 drops none")
        Self.expectError("let n = network([2, 8, 2], dropConnect: 1️⃣-0.1)", "a DropConnect rate is the fraction of units dropped, in 0..<1, not -0.1; 0 drops none")
        Self.expectError("let r = train(network([2, 2]), on: xor(count: 8), \(fit), penalty: 1️⃣.l2(lambda: -0.01))",
                         "the penalty's lambda must be 0 or more, not .l2(lambda: -0.01); 0 turns it off")
        Self.expectError("let r = train(network([2, 2]), on: xor(count: 8), \(fit), weightDecay: 1️⃣-1)", "weightDecay must be 0 or more, not -1; 0 turns it off")
        Self.expectError("let (a, b) = split(xor(count: 20), training: 0.5)\nlet r = train(network([2, 2]), on: a, validation: b, \(fit), earlyStopping: 1️⃣.errorChange(patience: 0))",
                         "a patience of 0 epochs would stop before any epoch could improve; use a whole number of 1 or more, such as .errorChange(patience: 10)")
        Self.expectError("let r = train(network([2, 2]), on: xor(count: 8), \(fit), earlyStopping: 1️⃣.errorChange(patience: 5))",
                         "the error-change rule watches the validation loss; train with validation: a held-out set, or stop by .weightChange")
        Self.expectError("let r = train(network([2, 4, 2], batchNorm: .beforeActivation), on: xor(count: 8), loss: .softmaxCrossEntropy, epochs: 1, batchSize: 1️⃣1, learningRate: 0.1)",
                         "batch normalization needs 2 or more examples per batch in training, since one example has no variance; use a batchSize of 2 or more")
        Self.expectError("let r = train(network([2, 4, 2], batchNorm: .afterActivation), on: xor(count: 9), loss: .softmaxCrossEntropy, epochs: 1, batchSize: 1️⃣4, learningRate: 0.1)",
                         "with 9 examples in batches of 4, the last batch of each epoch holds 1 example, which batch normalization cannot normalise; choose another batchSize")
        Self.expectError("let d = labelNoise(moons(count: 10), fraction: 1️⃣1.5)", "the fraction of labels to change is outside 0...1: 1.5")
        Self.expectError("let r = ridge(1️⃣moons(count: 10), lambda: 0.1)", "this needs regression data with one target per example, such as linearData(count:weights:)")
        Self.expectError("let r = ridge(linearData(count: 10, weights: [1, 2]), lambda: 1️⃣-1.0)", "lambda must be 0 or more, not -1.0; 0 turns it off")
        Self.expectError("let r = train(network([2, 2]), on: xor(count: 8), \(fit))\nlet e = stoppingEpoch(r, rule: 1️⃣.weightChange(threshold: 0))",
                         ".weightChange(threshold: 0) never fires on this run, so it has no stopping epoch; train longer, or loosen the rule")
        Self.expectError("let d = collinear(linearData(count: 10, weights: [1]), feature: 0, correlation: 1️⃣1.5)", "a correlation is in −1...1, not 1.5")
        Self.expectError("let d = collinear(linearData(count: 10, weights: [1]), feature: 1️⃣1, correlation: 0.5)", "the examples have features 0..<1, not 1")
        Self.expectError("let d = augmented(linearData(count: 10, weights: [1, 2, 3]), copies: 2, rotation: 1️⃣0.5)",
                         "rotation and reflection turn points of the plane, but these examples have 3 features; augment them with jitter only")
        Self.expectError("let d = shifted(moons(count: 10), toward: 1️⃣[1], strength: 1, count: 5)",
                         "the direction has 1 component but the examples have 2 features; give one per feature")
        Self.expectError("let d = shifted(moons(count: 10), toward: [1, 0], strength: 1, count: 1️⃣11)", "cannot draw 11 examples from 10 without replacement; ask for 0...10")
        Self.expectError("let i = 1️⃣[1, 2].firstIndex(of: 3)", "firstIndex(of:) found no such element, and blocks have no optionals; check with contains first")
        Self.expectError("let s = normalization(network([2, 3, 1]), layer: 1️⃣1)",
                         "layer 1 has no batch normalization; build the network with batchNorm: .beforeActivation or .afterActivation")
        Self.expectError("let r = train(network([2, 2]), on: xor(count: 8), \(fit))\nlet e = r.1️⃣stoppedAt",
                         "the run trained every epoch, so it has no stoppedAt; check run.stopped first")
    }

    @Test func networkAndDatasetMessages() {
        Self.expectError("let n = network(1️⃣[2])", "a network needs an input width and an output width, each 1 or more, not [2]; write network([2, 16, 1])")
        Self.expectError("let r = train(1️⃣network([3, 2]), on: moons(count: 10), loss: .softmaxCrossEntropy, epochs: 1, batchSize: 1, learningRate: 0.1)",
                         "the data has 2 features per example but the network takes 3 inputs; make the first width 2")
        Self.expectError("let r = train(1️⃣network([2, 3]), on: moons(count: 10), loss: .softmaxCrossEntropy, epochs: 1, batchSize: 1, learningRate: 0.1)",
                         "a network with 3 outputs cannot learn 2 classes; give it 2 outputs (or 1 with a sigmoid output)")
        Self.expectError("let c = cost(1️⃣network([1, 2]), on: linearData(count: 5), loss: .meanSquaredError)",
                         "a network with 2 outputs cannot learn targets of 1 values; make the last width 1")
        Self.expectError("let r = train(network([2, 1]), on: xor(count: 8), loss: 1️⃣.binaryCrossEntropy, epochs: 1, batchSize: 4, learningRate: 0.1)",
                         "binaryCrossEntropy is computed from the output layer's pre-activation; build the network with output: .sigmoid")
        Self.expectError("let r = train(network([2, 2]), on: xor(count: 8), loss: .softmaxCrossEntropy, epochs: 1, batchSize: 1️⃣0, learningRate: 0.1)",
                         "a batch holds 1 or more examples, not 0")
        Self.expectError("let r = train(network([2, 4096, 4096, 2]), on: xor(count: 1000), loss: .softmaxCrossEntropy, epochs: 1️⃣1000, batchSize: 10, learningRate: 0.1)",
                         "this training would take 50405382000000 multiply-adds, more than the 50000000000 a block may spend; use fewer epochs, examples or units")
        Self.expectError("let d = dataset(inputs: 1️⃣[[1, 2], [3]], labels: [0, 1])",
                         "row 1 has 1 value but row 0 has 2; give every example the same number of values")
        Self.expectError("let d = dataset(inputs: [[1], [2]], labels: 1️⃣[0])", "2 inputs but 1 targets; give one target per input")
        Self.expectError("let d = dataset(inputs: [[1], [2]], labels: 1️⃣[0, -1])", "class labels count from 0, so -1 cannot be one")
        Self.expectError("let s = split(moons(count: 10), training: 1️⃣1.5)", "the training fraction 1.5 is outside 0...1")
        Self.expectError("let s = standardized(moons(count: 10), using: 1️⃣linearData(count: 5))",
                         "the data has 2 features per example but the reference has 1; standardize with a set of the same features")
        Self.expectError("let a = accuracy(network([1, 1]), on: 1️⃣linearData(count: 5))",
                         "accuracy needs class labels, and this dataset has target values; use cost(_:on:loss:) instead")
        Self.expectError("let w = weights(network([1, 1]), layer: 1️⃣2)", "the network has layers 1...1, not 2")
        Self.expectError("let c = cost(network([2, 2]), on: 1️⃣moons(count: 0), loss: .softmaxCrossEntropy)",
                         "the dataset has no examples; give it at least one")
        Self.expectError("let r = train(network([2, 2]), on: xor(count: 8), loss: .softmaxCrossEntropy, epochs: 1, batchSize: 1, learningRate: 0.1).1️⃣los",
                         "value of type 'Training' has no member 'los'; did you mean 'loss'?")
    }

    @Test func statisticsChartMessages() {
        Self.expectError("histogram([1, 2], bins: 1️⃣0)", "a histogram has 1...200 bins, not 0")
        Self.expectError("histogram(1️⃣[Double.nan, Double.infinity])", "there is no finite value to draw; check the values for NaN or infinity first")
        Self.expectError("histogram([[1.0], [2.0]], labels: 1️⃣[\"a\"])", "1 labels for 2 functions; give one label per function or none")
        Self.expectError("bars(1️⃣[1, 2], categories: [\"a\"])", "a series has 2 values but there is 1 category; give one value per category")
        Self.expectError("decisionBoundary(1️⃣network([1, 2]), on: dataset(inputs: [[0], [1]], labels: [0, 1]))",
                         "a decision boundary is drawn over the plane, so the network needs 2 inputs, not 1")
        Self.expectError("decisionBoundary(network([2, 1]), on: 1️⃣dataset(inputs: [[0, 1]], targets: [[1]]))",
                         "a decision boundary shows classes, and this dataset has target values; use a dataset with class labels")
        Self.expectError("decisionBoundary(network([2, 2]), on: xor(count: 4), x: 1️⃣1...1, y: 0...1)", "the range 1.0...1.0 is empty; plot over a range with lowerBound < upperBound")
        Self.expectError("let a = activations(network([2, 2]), on: xor(count: 4), layer: 1️⃣3)", "the network has layers 1...1, not 3")
    }

    @Test func pairedPlotMessages() {
        Self.expectError("plot([[1.0, 2.0]], against: 1️⃣[[1.0], [2.0]])", "2 sequences of x values for 1 series; give one sequence of x values per series")
        Self.expectError("plot([[1.0], [1.0, 2.0]], against: 1️⃣[[1.0], [2.0]])", "series 2 has 2 values but 1 x value; give one x per value")
    }

    @Test func dataFileMessages() {
        Self.expectError("let d = csv(1️⃣\"../secret.csv\", label: \"y\")",
                         "'../secret.csv' is outside the lessons folder; name a file inside it, relative to it, such as \"data/points.csv\"")
        Self.expectError("let d = csv(1️⃣\"data/missing.csv\", label: \"y\")",
                         "there is no file 'data/missing.csv' in the lessons folder; paths are relative to the lessons folder")
        Self.expectError("let d = csv(\"data/xor.csv\", label: 1️⃣\"class\")", "'data/xor.csv' has no column 'class'; its columns are 'x1', 'x2', 'xor'")
        Self.expectError("let d = csv(\"data/xor.csv\", targets: [\"xor\"], features: 1️⃣[\"x3\"])", "'data/xor.csv' has no column 'x3'; its columns are 'x1', 'x2', 'xor'")
    }

    @Test func plotMessages() {
        Self.expectError("plot(1️⃣[sigmoid, tanh, relu, sigmoid, tanh, relu, sigmoid, tanh, relu], over: 0...1)",
                         "a chart shows at most 8 functions, not 9; split it into several charts")
        Self.expectError("plot([sigmoid, tanh], over: 0...1, labels: 1️⃣[\"σ\"])",
                         "1 labels for 2 functions; give one label per function or none")
        Self.expectError("plot(1️⃣{ x in \"text\" }, over: 0...1)", "a plotted function must return a 'Double', not a 'String'")
    }

    @Test func languageMessages() {
        Self.expectError("1️⃣5 = 4", "cannot assign to this expression; assign to a variable, an element or a member")
        Self.expectError("let (a, b) = 1️⃣(1, 2, 3)", "cannot bind a value of type '(Int, Int, Int)' to a pattern of 2 names")
        Self.expectError("let n = 3\n1️⃣n(2)", "cannot call value of non-function type 'Int'")
        Self.expectError("let f = { (x: Double) in x }\n1️⃣f(1, 2)", "'f' takes 1 argument but was given 2")
        Self.expectError("func f() -> Int {\n    if false { return 1 }\n}\nlet y = 1️⃣f()", "missing return in a function expected to return 'Int'")
        Self.expectError("for x in 1️⃣0.0...1.0 { print(x) }",
                         "a 'for' loop cannot go through a value of type 'ClosedRange<Double>'; loop over an array, an integer range, or stride(from:to:by:)")
        Self.expectError("let xs = [1, 2]\nlet ys = xs[1️⃣1...3]", "the range 1...3 is out of bounds for an array of 2 elements")
        Self.expectError("let n = 1️⃣5[0]", "cannot subscript a value of type 'Int' with an index of type 'Int'")
    }
}

/// Inputs the fuzzer found, each once a crash: now each is a located error.
@Suite struct FuzzFindingsTests {
    @Test func aStrayCharacterBesideEqualsIsAnErrorNotATrap() {
        // U+FFFD is what invalid UTF-8 in a lesson becomes; swift-syntax 603.0.1 traps on it here.
        DiagnosticTests.expectError("let f \u{FFFD}1️⃣= 1",
            "a character that is not Swift stands next to this '='; delete it, and put spaces on both sides of '='")
        DiagnosticTests.expectError("x \u{FFFD}\u{FFFD}1️⃣= 1",
            "a character that is not Swift stands next to this '='; delete it, and put spaces on both sides of '='")
    }
}

extension FuzzFindingsTests {
    @Test func deeplyNestedSquareBracketsAreRefusedAtOnce() {
        let start = ContinuousClock.now
        let deep = String(repeating: "[", count: 8) + "1️⃣[" + String(repeating: "[", count: 120) + " 240)"
        DiagnosticTests.expectError("let y = (x: 1.0, y:" + deep,
            "square brackets nested more than 8 deep are not supported in experiment blocks; build the value in steps")
        #expect(ContinuousClock.now - start < TestTime.duration(5))
    }

    /// A block too deep to parse is still shown, plain, without its option lines.
    @Test func aBlockTooDeepToParseIsShownPlain() {
        let code = "let z = " + String(repeating: "[", count: 12) + "1"
        let result = Harness.block("//| caption: Deep.\n" + code)
        #expect(result.errors.count == 1)
        #expect(result.run.blocks.map(\.code) == [[CodeToken(.plain, code + "\n")]])
    }

    @Test func bracketsInStringsAndCommentsDoNotCount() {
        let result = Harness.block("""
        let s = "[[[[[[[[[[[[ \\(1) ]]]" // [[[[[[[[[[[[
        /* [[[[ /* [[[[[[[[[[[ */ [[[[ */ let m = [[[1]]]
        let r = #"[[[[[[[[[[ \\(x) "# + \"\"\"
        [[[[[[[[[[
        \"\"\"
        m
        """)
        #expect(result.errors == [])
        #expect(result.values == ["[[[1]]]"])
    }

    @Test func bracketsInInterpolationsCount() {
        let deep = String(repeating: "[", count: 8) + "1️⃣[" + String(repeating: "[", count: 20)
        DiagnosticTests.expectError("let t = \"a \\([1].map { $0 } + " + deep + "\n",
            "square brackets nested more than 8 deep are not supported in experiment blocks; build the value in steps")
        // A closing bracket inside a string does not hide brackets that nest in code.
        let hidden = String(repeating: "[\"]\", ", count: 8) + "1️⃣[1"
        DiagnosticTests.expectError("let u = " + hidden,
            "square brackets nested more than 8 deep are not supported in experiment blocks; build the value in steps")
    }
}
