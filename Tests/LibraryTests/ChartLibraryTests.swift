import LessonsCore
@testable import Library
import TestSupport
import Testing

/// The histogram, bar and decision-boundary builtins: what data their figures carry.
@Suite struct ChartLibraryTests {
    static func figures(_ code: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Figure] {
        let result = Harness.run("---\ntitle: T\nseed: 3\n---\n```swift experiment\n\(code)\n```\n")
        #expect(result.errors == [], "\(result.errors.map(\.message.text))", sourceLocation: sourceLocation)
        return result.outputs.compactMap { if case .figure(let figure) = $0 { figure } else { nil } }
    }

    @Test func aHistogramCountsEveryValueIntoSharedBins() throws {
        let figures = Self.figures("histogram([[0, 1, 2, 3], [3, 3]], labels: [\"a\", \"b\"], bins: 3, xLabel: \"w\")")
        guard case .histograms(let chart) = try #require(figures.first).chart else { Issue.record("not a histogram"); return }
        #expect(chart.range == 0...3)
        #expect(chart.panels == [.init(label: "a", counts: [1, 1, 2]), .init(label: "b", counts: [0, 0, 2])])
        #expect(figures.first?.summary == "Histograms of 6 values in 2 panels (a, b), in 3 bins from 0 to 3.")
    }

    @Test func weightHistogramsOfALayerCountItsWeights() throws {
        let figures = Self.figures("let net = network([3, 5, 2])\nhistogram([weights(net, layer: 1), weights(net, layer: 2)])")
        guard case .histograms(let chart) = try #require(figures.first).chart else { Issue.record("not a histogram"); return }
        #expect(chart.panels.map { $0.counts.reduce(0, +) } == [15, 10])
        #expect(chart.panels.map(\.label) == ["set 1", "set 2"])
    }

    @Test func sequencesAreCountedFromWhereTheySay() throws {
        let figures = Self.figures("plot([[0.5, 0.25]], xLabel: \"step\")\nplot([[0.5, 0.25]], from: 1, xLabel: \"epoch\")")
        guard case .line(let steps) = figures[0].chart, case .line(let epochs) = figures[1].chart else { Issue.record("not lines"); return }
        #expect(steps.series[0].points.map(\.x) == [0, 1])
        #expect(epochs.series[0].points.map(\.x) == [1, 2])
    }

    @Test func barsAreNumberedFromOneUnlessNamed() throws {
        let figures = Self.figures("bars([0.5, 0.25, 0.125], xLabel: \"layer\", yLabel: \"std\")\nbars([[1, 2], [3, 4]], labels: [\"a\", \"b\"], categories: [\"x\", \"y\"], logScale: true)")
        guard case .bars(let first) = figures[0].chart, case .bars(let second) = figures[1].chart else { Issue.record("not bars"); return }
        #expect(first.categories == ["1", "2", "3"])
        #expect(first.series == [.init(label: "", values: [0.5, 0.25, 0.125])])
        #expect(figures[0].title == "std by layer")
        #expect(second.categories == ["x", "y"] && second.yScale == .log)
        #expect(second.series.map(\.label) == ["a", "b"])
    }

    @Test func aDecisionMapAgreesWithTheNetworksAnswers() throws {
        // One sigmoid unit that says class 1 where x₁ > 0: the map's two halves.
        let code = """
        let data = dataset(inputs: [[-1, 0], [1, 0]], labels: [0, 1])
        let net = train(network([2, 1], output: .sigmoid, initializer: .zeros), on: data, loss: .binaryCrossEntropy, epochs: 200, batchSize: 2, learningRate: 1)
        decisionBoundary(net.network, on: data, x: -1...1, y: -1...1)
        """
        guard case .decision(let chart) = try #require(Self.figures(code).first).chart else { Issue.record("not a decision map"); return }
        #expect(chart.probabilities.count == 64 && chart.probabilities.allSatisfy { $0.count == 64 })
        for row in chart.probabilities {
            #expect(row.prefix(32).allSatisfy { $0[0] > 0.5 } && row.suffix(32).allSatisfy { $0[1] > 0.5 })
            #expect(row.allSatisfy { abs($0[0] + $0[1] - 1) < 1e-12 })
        }
        #expect(chart.classes == ["class 0", "class 1"])
        #expect(chart.examples == [.init(point: Point(x: -1, y: 0), label: 0), .init(point: Point(x: 1, y: 0), label: 1)])
    }

    @Test func softmaxOutputsBecomeProbabilitiesOverThePaddedDataRange() throws {
        let figures = Self.figures("let data = blobs(count: 30, classes: 3)\ndecisionBoundary(network([2, 3]), on: data)")
        guard case .decision(let chart) = try #require(figures.first).chart else { Issue.record("not a decision map"); return }
        #expect(chart.probabilities.joined().allSatisfy { $0.count == 3 && abs($0.reduce(0, +) - 1) < 1e-9 })
        let xs = chart.examples.map(\.point.x)
        let span = xs.max()! - xs.min()!
        #expect(abs(chart.x.lowerBound - (xs.min()! - 0.1 * span)) < 1e-9 && abs(chart.x.upperBound - (xs.max()! + 0.1 * span)) < 1e-9)
    }

    @Test func activationsOfALayerComeExampleByExample() {
        let code = "let net = network([1, 2], activation: .relu, output: .relu, initializer: .ones)\nactivations(net, on: dataset(inputs: [[1], [-1], [3]], targets: [[0, 0], [0, 0], [0, 0]]), layer: 1)"
        let result = Harness.run("---\ntitle: T\n---\n```swift experiment\n\(code)\n```\n")
        #expect(result.values == ["[1.0, 1.0, 0.0, 0.0, 3.0, 3.0]"])
    }
}

/// Datasets loaded from CSV files, and the parser under them.
@Suite struct DataFileTests {
    static func values(_ code: String, files: [String: String]) -> [String] {
        let result = Harness.run("---\ntitle: T\n---\n```swift experiment\n\(code)\n```\n", files: InMemoryLessonFiles(files))
        #expect(result.errors == [], "\(result.errors.map(\.message.text))")
        return result.values
    }

    @Test func theShippedXORTableLoads() {
        #expect(Self.values("let d = csv(\"data/xor.csv\", label: \"xor\")\n[d.inputs, [d.labels]]", files: Harness.files.files)
            == ["[[[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]], [[0, 1, 1, 0]]]"])
    }

    @Test func namedClassesAreNumberedInSortedOrder() {
        let file = "a,kind,b\n1,zebra,2\n3,ant,4\n5,moth,6\n"
        #expect(Self.values("let d = csv(\"t.csv\", label: \"kind\")\n[d.labels, [d.classes]]", files: ["t.csv": file]) == ["[[2, 0, 1], [3]]"])
        #expect(Self.values("csv(\"t.csv\", label: \"kind\", features: [\"b\"]).inputs", files: ["t.csv": file]) == ["[[2.0], [4.0], [6.0]]"])
    }

    @Test func targetsMakeARegressionSet() {
        let file = "x, y ,z\r\n1, 2,3\r\n4,5 ,6\r\n"
        #expect(Self.values("let d = csv(\"r.csv\", targets: [\"z\", \"x\"])\n[d.inputs, d.targets]", files: ["r.csv": file])
            == ["[[[2.0], [5.0]], [[3.0, 1.0], [6.0, 4.0]]]"])
    }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let table = try CSVTable.parse("name,note\n\"a, b\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\n\nlast,\"\"")
        #expect(table.header == ["name", "note"])
        #expect(table.rows == [["a, b", "say \"hi\""], ["two\nlines", "x"], ["last", ""]])
        #expect(table.lines == [2, 3, 6])
    }

    @Test func malformedFilesNameTheirLine() {
        #expect(throws: CSVTable.Problem(kind: .fieldCount(fields: 1, columns: 2), line: 3)) { try CSVTable.parse("a,b\n1,2\n3\n") }
        #expect(throws: CSVTable.Problem(kind: .unterminatedQuote, line: 2)) { try CSVTable.parse("a\n\"open\n") }
        #expect(throws: CSVTable.Problem(kind: .quoteInField, line: 2)) { try CSVTable.parse("a\nx\"y\n") }
        #expect(throws: CSVTable.Problem(kind: .empty, line: 1)) { try CSVTable.parse("") }
    }

    /// Each file problem's message, placed at the path argument of the call.
    @Test(arguments: [
        ("a,b\n1,2\n3\n", "bad.csv:3: this row has 1 field but the header names 2 columns; give every row one field per column"),
        ("a,b\n\"1,2\n", "bad.csv:2: a quoted field is never closed; end it with \""),
        ("a,b\n1\"2,3\n", "bad.csv:2: a quote inside a field that is not quoted; quote the whole field and double the quote, as \"a \"\"b\"\"\""),
        ("", "bad.csv:1: the file is empty; its first line must name the columns"),
        ("a,b\n1,2\nx,3\n", "bad.csv:3: 'x' in column 'a' is not a number; inputs and targets must be numbers"),
        ("a,b\n1,-2\n", "bad.csv:2: class labels count from 0, so -2 cannot be one"),
    ])
    func malformedFilesAreErrorsAtTheCall(file: String, message: String) {
        let marked = MarkedLesson("---\ntitle: T\n---\n```swift experiment\nlet d = csv(1️⃣\"bad.csv\", label: 2️⃣\"b\")\n```\n")
        let errors = Harness.run(marked.text, files: InMemoryLessonFiles(["bad.csv": file])).errors
        // A label is wrong at the label argument; anything else at the file's path.
        let at = marked[message.contains("class labels") ? "2️⃣" : "1️⃣"]
        #expect(errors.map(\.message.text) == [message])
        #expect(errors.first?.location == at)
    }
}
