import Engine
import Interpreter
import LessonsCore

/// Charts of what a network has learned.
enum NetworkChartBuiltins {
    static let topic = ChartBuiltins.topic
    /// Cells per side of the decision map: finer than the eye follows in a 40 rem chart.
    static let resolution = 64

    static var all: [Builtin] { [
        Builtin(
            "decisionBoundary", parameters: [
                Parameter(nil, "network", NetworkBuiltins.network), Parameter("on", "data", NetworkBuiltins.dataset),
                Parameter("title", .string, default: .string("")),
            ], returns: .void, topic: topic,
            doc: "Draws the class a 2-input network picks over the plane around the data, shaded by its confidence, with the data on top.",
            example: "let data = moons(count: 200)\nlet run = train(network([2, 16, 2], activation: .tanh), on: data, loss: .softmaxCrossEntropy, epochs: 100, batchSize: 20, learningRate: 0.1)\ndecisionBoundary(run.network, on: data)"
        ) { call in
            try draw(call, x: nil, y: nil, title: call.string(2))
        },
        Builtin(
            "decisionBoundary", parameters: [
                Parameter(nil, "network", NetworkBuiltins.network), Parameter("on", "data", NetworkBuiltins.dataset),
                Parameter("x", .closedRange(.double)), Parameter("y", .closedRange(.double)),
                Parameter("title", .string, default: .string("")),
            ], returns: .void, topic: topic,
            doc: "Draws the class a 2-input network picks over the given ranges of x₁ and x₂, with the data on top.",
            example: "decisionBoundary(network([2, 8, 2]), on: xor(count: 100), x: -1...1, y: -1...1)"
        ) { call in
            let (x, y) = (call.range(2), call.range(3))
            for (index, range) in [(2, x), (3, y)] where !(range.lowerBound < range.upperBound) {
                throw BuiltinError(.emptyPlotRange("\(range.lowerBound)...\(range.upperBound)"), argument: index)
            }
            return try draw(call, x: x, y: y, title: call.string(4))
        },
    ] }

    private static func draw(_ call: Invocation, x: ClosedRange<Double>?, y: ClosedRange<Double>?, title: String) throws -> Value {
        let (network, data) = (call.network(0), call.dataset(1))
        try NetworkChecks.fits(network, data, networkArgument: 0, dataArgument: 1)
        guard network.widths[0] == 2 else { throw BuiltinError(.planeInputs(network.widths[0]), argument: 0) }
        guard let labels = data.labels else { throw BuiltinError(.boundaryNeedsLabels(), argument: 1) }
        let points = (0..<data.count).map { Point(x: Double(data.inputs[$0, 0]), y: Double(data.inputs[$0, 1])) }
        let (xRange, yRange) = (x ?? padded(points.map(\.x)), y ?? padded(points.map(\.y)))
        try call.context.reserve(elements: resolution * resolution * network.widths.reduce(0, +))
        let centres = { (range: ClosedRange<Double>) in
            (0..<resolution).map { range.lowerBound + (Double($0) + 0.5) / Double(resolution) * (range.upperBound - range.lowerBound) }
        }
        let (xs, ys) = (centres(xRange), centres(yRange))
        let grid = Matrix(rows: resolution * resolution, columns: 2,
                          storage: ys.flatMap { y in xs.flatMap { [Float($0), Float(y)] } })
        let probabilities = network.classProbabilities(grid)
        let rows = (0..<resolution).map { Array(probabilities[$0 * resolution ..< ($0 + 1) * resolution]) }
        let classCount = max(data.classCount ?? 2, probabilities.first?.count ?? 2)
        let chart = DecisionChart(x: xRange, y: yRange, probabilities: rows, classes: (0..<classCount).map { "class \($0)" },
                                  examples: zip(points, labels).map { DecisionChart.Example(point: $0, label: $1) })
        let accuracy = network.accuracy(on: data) ?? 0
        call.context.emit(.figure(Figure(
            title: title.isEmpty ? "Decision regions" : title,
            summary: "The class the network picks over x₁ from \(NumberFormat.significant(xRange.lowerBound)) to \(NumberFormat.significant(xRange.upperBound)) "
                + "and x₂ from \(NumberFormat.significant(yRange.lowerBound)) to \(NumberFormat.significant(yRange.upperBound)), with \(data.count) examples "
                + "of \(classCount) classes on top; it classifies \(NumberFormat.significant(accuracy * 100))% of them correctly.",
            chart: .decision(chart))))
        return .void
    }

    /// The values' range widened by a tenth on each side, so no example sits on the frame.
    private static func padded(_ values: [Double]) -> ClosedRange<Double> {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return -1...1 }
        let margin = max(high - low, 1e-3) * 0.1
        return (low - margin)...(high + margin)
    }
}
