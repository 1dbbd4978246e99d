import Engine
import Interpreter
import LessonsCore

/// Charts. A builtin returns figure data; `SVGCharts` draws it.
enum ChartBuiltins {
    static let topic = "Charts"
    /// Samples per curve: smooth at any width a page gives a chart.
    static let samples = 401
    /// More curves than the palette has colours cannot be told apart.
    static let maximumSeries = 8

    static var all: [Builtin] { [
        Builtin(
            "plot", parameters: [
                Parameter(nil, "function", .function([.double], .double)),
                Parameter("over", .closedRange(.double)),
                Parameter("xLabel", .string, default: .string("x")), Parameter("yLabel", .string, default: .string("f(x)")),
                Parameter("title", .string, default: .string("")),
            ], returns: .void, topic: topic,
            doc: "Draws a line chart of a function over a range of x, its axes named by xLabel and yLabel.",
            example: "plot(sigmoid, over: -6...6, yLabel: \"σ(x)\")"
        ) { call in
            try plot([call.arguments[0]], labels: [], over: call.range(1), axes: (call.string(2), call.string(3)), title: call.string(4), call: call)
        },
        Builtin(
            "plot", parameters: [
                Parameter(nil, "functions", .array(.function([.double], .double))),
                Parameter("over", .closedRange(.double)),
                Parameter("labels", .array(.string), default: .array([])),
                Parameter("xLabel", .string, default: .string("x")), Parameter("yLabel", .string, default: .string("f(x)")),
                Parameter("title", .string, default: .string("")),
            ], returns: .void, topic: topic,
            doc: "Draws several functions on one line chart, with a legend of their labels (their names without).",
            example: "plot([sigmoid, sigmoid.derivative], over: -6...6, labels: [\"σ(x)\", \"σ′(x)\"])"
        ) { call in
            try plot(call.array(0), labels: call.array(2).map(\.printed), over: call.range(1), axes: (call.string(3), call.string(4)),
                     title: call.string(5), call: call)
        },
    ] }

    /// The labels given, one per series, or `name` 1, 2, … when none are; a chart holds
    /// `allowed` many series (as many as the palette has colours, unless a chart says otherwise).
    static func labels(
        _ labels: [String], count: Int, argument: Int, allowed: ClosedRange<Int> = 0...maximumSeries, name: String = "series"
    ) throws -> [String] {
        guard labels.isEmpty || labels.count == count else {
            throw BuiltinError(.labelCountMismatch(labels: labels.count, functions: count), argument: argument)
        }
        guard allowed.contains(count) else {
            throw BuiltinError(.tooManySeries(count, limit: allowed.upperBound), argument: 0)
        }
        return labels.isEmpty ? (0..<count).map { "\(name) \($0 + 1)" } : labels
    }

    private static func plot(
        _ functions: [Value], labels: [String], over range: ClosedRange<Double>, axes: (x: String, y: String), title: String, call: Invocation
    ) throws -> Value {
        guard range.lowerBound < range.upperBound else {
            throw BuiltinError(.emptyPlotRange("\(range.lowerBound)...\(range.upperBound)"), argument: 1)
        }
        guard functions.count <= maximumSeries else {
            throw BuiltinError(.tooManySeries(functions.count, limit: maximumSeries), argument: 0)
        }
        guard labels.isEmpty || labels.count == functions.count else {
            throw BuiltinError(.labelCountMismatch(labels: labels.count, functions: functions.count), argument: 2)
        }
        let xs = Grid.linspace(range.lowerBound, range.upperBound, count: samples)
        var series: [Series] = []
        for (index, function) in functions.enumerated() {
            let label = labels.isEmpty ? (call.context.name(of: function) ?? "f\(index + 1)") : labels[index]
            series.append(Series(label: label, points: try sample(function, at: xs, call: call)))
        }
        let names = series.map(\.label)
        let heading = title.isEmpty ? names.joined(separator: " and ") : title
        let summary = "Line chart of \(names.joined(separator: ", ")) for x from "
            + "\(NumberFormat.significant(range.lowerBound)) to \(NumberFormat.significant(range.upperBound))."
        call.context.emit(.figure(Figure(title: heading, summary: summary, chart: .line(LineChart(series: series, xLabel: axes.x, yLabel: axes.y)))))
        return .void
    }

    /// A builtin activation is sampled by the engine directly, and a closure is recorded
    /// once into a tape that the engine evaluates at every point. A closure that cannot be
    /// recorded (it branches on its argument, say) is called through the interpreter at
    /// each point instead.
    /// The function at the chart's samples over `range`.
    static func sample(_ function: Value, over range: ClosedRange<Double>, call: Invocation) throws -> [Point] {
        try sample(function, at: Grid.linspace(range.lowerBound, range.upperBound, count: samples), call: call)
    }

    private static func sample(_ function: Value, at xs: [Double], call: Invocation) throws -> [Point] {
        if case .function(.builtin(let name)) = function, let native = ActivationBuiltins.function(named: name) {
            return xs.map { Point(x: $0, y: native($0)) }
        }
        if case .success(let tape) = try Tracer.tape(of: function, arity: 1, call: call) {
            return xs.map { Point(x: $0, y: tape.value(at: [$0])) }
        }
        let callable = call.callable(function)
        return try xs.map { x in
            switch try callable(.double(x)) {
            case .double(let y): return Point(x: x, y: y)
            case .int(let y): return Point(x: x, y: Double(y))
            case let other: throw BuiltinError(.functionResultNotNumber(other.type.description), argument: 0)
            }
        }
    }
}
