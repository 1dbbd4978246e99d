import Engine
import Interpreter
import LessonsCore

/// Charts of collected numbers: histograms as small multiples, and bars per category.
enum StatisticsChartBuiltins {
    static let topic = ChartBuiltins.topic
    /// Panels beyond four rows of three stop being small multiples.
    static let maximumPanels = 12
    static let maximumBins = 200

    static var all: [Builtin] { [
        Builtin(
            "histogram", parameters: [
                Parameter(nil, "values", .array(.double)), Parameter("bins", .int, default: .int(30)),
                Parameter("xLabel", .string, default: .string("value")), Parameter("title", .string, default: .string("")),
            ], returns: .void, topic: topic,
            doc: "Draws how values are distributed: the fraction of them in each of equal-width bins.",
            example: "histogram(draw(.glorotUniform, fanIn: 64, fanOut: 64), bins: 20)"
        ) { call in
            try histogram([ArrayBuiltins.numbers(call.arguments[0])], labels: [""], bins: call.int(1), binsArgument: 1, xLabel: call.string(2),
                          title: call.string(3), call: call)
        },
        Builtin(
            "histogram", parameters: [
                Parameter(nil, "sets", .array(.array(.double))), Parameter("labels", .array(.string), default: .array([])),
                Parameter("bins", .int, default: .int(30)), Parameter("xLabel", .string, default: .string("value")),
                Parameter("title", .string, default: .string("")),
            ], returns: .void, topic: topic,
            doc: "Draws a histogram per set of values as small multiples over one shared range, such as the weights of each layer.",
            example: "let net = network([2, 32, 32, 1], initializer: .heNormal)\nhistogram([weights(net, layer: 1), weights(net, layer: 2)], labels: [\"layer 1\", \"layer 2\"])"
        ) { call in
            let sets = call.array(0).map(ArrayBuiltins.numbers)
            let labels = try ChartBuiltins.labels(call.array(1).map(\.printed), count: sets.count, argument: 1,
                                                  allowed: 1...maximumPanels, name: "set")
            return try histogram(sets, labels: labels, bins: call.int(2), binsArgument: 2, xLabel: call.string(3), title: call.string(4), call: call)
        },
        Builtin(
            "bars", parameters: [
                Parameter(nil, "values", .array(.double)), Parameter("categories", .array(.string), default: .array([])),
                Parameter("logScale", .bool, default: .bool(false)), Parameter("xLabel", .string, default: .string("")),
                Parameter("yLabel", .string, default: .string("value")), Parameter("title", .string, default: .string("")),
            ], returns: .void, topic: topic,
            doc: "Draws a bar per value, over categories named 1, 2, … unless given; logScale draws heights by decades.",
            example: "bars(probe(network([2, 8, 8, 8, 1], activation: .sigmoid), on: xor(count: 100)).map { $0.gradientNorm }, xLabel: \"layer\")"
        ) { call in
            try bars([ArrayBuiltins.numbers(call.arguments[0])], labels: [""], categories: call.array(1).map(\.printed),
                     logScale: call.bool(2), xLabel: call.string(3), yLabel: call.string(4), title: call.string(5), call: call)
        },
        Builtin(
            "bars", parameters: [
                Parameter(nil, "series", .array(.array(.double))), Parameter("labels", .array(.string)),
                Parameter("categories", .array(.string), default: .array([])), Parameter("logScale", .bool, default: .bool(false)),
                Parameter("xLabel", .string, default: .string("")), Parameter("yLabel", .string, default: .string("value")),
                Parameter("title", .string, default: .string("")),
            ], returns: .void, topic: topic,
            doc: "Draws several series of values as bars side by side in each category, with a legend.",
            example: "bars([[1, 2, 3], [2, 3, 1]], labels: [\"a\", \"b\"], categories: [\"x\", \"y\", \"z\"])"
        ) { call in
            let series = call.array(0).map(ArrayBuiltins.numbers)
            let labels = call.array(1).map(\.printed)
            // Several series need their names: the legend is how they are told apart.
            guard labels.count == series.count else {
                throw BuiltinError(.labelCountMismatch(labels: labels.count, functions: series.count), argument: 1)
            }
            return try bars(series, labels: labels, categories: call.array(2).map(\.printed), logScale: call.bool(3), xLabel: call.string(4),
                     yLabel: call.string(5), title: call.string(6), call: call)
        },
    ] }

    private static func histogram(
        _ sets: [[Double]], labels: [String], bins: Int, binsArgument: Int, xLabel: String, title: String, call: Invocation
    ) throws -> Value {
        guard (1...maximumBins).contains(bins) else { throw BuiltinError(.binCount(bins, limit: maximumBins), argument: binsArgument) }
        guard let range = Histogram.range(covering: sets) else { throw BuiltinError(.noFiniteValues(), argument: 0) }
        let panels = zip(sets, labels).map { values, label in
            HistogramChart.Panel(label: label, counts: Histogram(values, bins: bins, range: range).counts)
        }
        let counted = sets.map { $0.filter(\.isFinite).count }.reduce(0, +)
        let summary = "Histogram\(sets.count == 1 ? "" : "s") of \(counted) values"
            + (sets.count == 1 ? "" : " in \(sets.count) panels (\(labels.joined(separator: ", ")))")
            + ", in \(bins) bins from \(NumberFormat.significant(range.lowerBound)) to \(NumberFormat.significant(range.upperBound))."
        call.context.emit(.figure(Figure(title: title.isEmpty ? "Distribution of \(xLabel)" : title, summary: summary,
                                         chart: .histograms(HistogramChart(panels: panels, range: range, xLabel: xLabel)))))
        return .void
    }

    private static func bars(
        _ series: [[Double]], labels: [String], categories given: [String], logScale: Bool, xLabel: String, yLabel: String,
        title: String, call: Invocation
    ) throws -> Value {
        guard series.count <= ChartBuiltins.maximumSeries else {
            throw BuiltinError(.tooManySeries(series.count, limit: ChartBuiltins.maximumSeries), argument: 0)
        }
        let count = series.map(\.count).max() ?? 0
        let categories = given.isEmpty ? (1...max(count, 1)).map(String.init) : given
        if let uneven = series.firstIndex(where: { $0.count != categories.count }) {
            throw BuiltinError(.categoryCountMismatch(values: series[uneven].count, categories: categories.count), argument: 0)
        }
        let names = labels.filter { !$0.isEmpty }
        let summary = "Bar chart of \(yLabel)" + (names.isEmpty ? "" : " for \(names.joined(separator: ", "))")
            + " over \(categories.count) \(xLabel.isEmpty ? "categories" : xLabel + "s")" + (logScale ? ", on a logarithmic scale." : ".")
        let chart = BarChart(categories: categories, series: zip(labels, series).map { BarChart.Bars(label: $0, values: $1) },
                             xLabel: xLabel, yLabel: yLabel, yScale: logScale ? .log : .linear)
        call.context.emit(.figure(Figure(title: title.isEmpty ? "\(yLabel) by \(xLabel.isEmpty ? "category" : xLabel)" : title,
                                         summary: summary, chart: .bars(chart))))
        return .void
    }
}
