import LessonsCore

/// The numbers behind a chart, as a table for readers who cannot see it or want the values:
/// made from the same figure data as the SVG. Long series are thinned to every k-th point
/// (always keeping the last), and the table's caption says so.
public enum ChartData {
    /// Rows a series may have in the table; a curve of 401 samples shows every 10th.
    static let maximumRows = 41

    /// The table, and a sentence that says what it holds.
    public static func table(_ figure: Figure) -> (table: Table, note: String) {
        switch figure.chart {
        case .line(let chart): line(chart)
        case .contour(let chart): contour(chart)
        case .basins(let chart): basins(chart)
        case .histograms(let chart): histograms(chart)
        case .bars(let chart): bars(chart)
        case .decision(let chart): decision(chart)
        }
    }

    private static func number(_ value: Double) -> Table.Cell {
        Table.Cell(NumberFormat.significant(value), isNumber: true)
    }

    private static func text(_ value: String) -> Table.Cell {
        Table.Cell(value, isNumber: false)
    }

    /// How far apart the rows shown of `count` points are: 1, or enough for `maximumRows`.
    static func step(_ count: Int) -> Int {
        count > maximumRows ? (count - 1 + maximumRows - 2) / (maximumRows - 1) : 1
    }

    /// The indices to show of `count`: every k-th and the last.
    static func thinned(_ count: Int) -> [Int] {
        var indices = Array(stride(from: 0, to: count, by: step(count)))
        if count > 0, indices.last != count - 1 { indices.append(count - 1) }
        return indices
    }

    private static func thinningNote(_ shown: Int, of count: Int) -> String {
        shown == count ? "" : " (\(shown) of \(count) points: every \(ordinal(step(count))), and the last)"
    }

    /// 2nd, 3rd, 8th, 11th, 21st.
    static func ordinal(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
        return "\(n)\(suffix)"
    }

    /// Series that share their x values side by side; otherwise each series in turn.
    private static func line(_ chart: LineChart) -> (Table, String) {
        let xs = chart.series.first?.points.map(\.x) ?? []
        if chart.series.allSatisfy({ $0.points.map(\.x) == xs }) {
            let shown = thinned(xs.count)
            let rows = shown.map { i in [number(xs[i])] + chart.series.map { number($0.points[i].y) } }
            return (Table(columns: [chart.xLabel] + chart.series.map(\.label), rows: rows),
                    "\(chart.yLabel) for each \(chart.xLabel)" + thinningNote(shown.count, of: xs.count) + ".")
        }
        var rows: [[Table.Cell]] = []
        for series in chart.series {
            rows += thinned(series.points.count).map { i in [text(series.label), number(series.points[i].x), number(series.points[i].y)] }
        }
        let longest = chart.series.map(\.points.count).max() ?? 0
        return (Table(columns: ["series", chart.xLabel, chart.yLabel], rows: rows),
                "Each series' points" + (longest > maximumRows ? ", thinned to at most \(maximumRows) each" : "") + ".")
    }

    private static func contour(_ chart: ContourChart) -> (Table, String) {
        let values = chart.values.joined().filter(\.isFinite)
        let rows = chart.paths.map { path -> [Table.Cell] in
            let start = path.points.first ?? Point(x: .nan, y: .nan), end = path.points.last ?? start
            return [text(path.label), number(start.x), number(start.y), number(end.x), number(end.y), number(Double(path.points.count - 1))]
        }
        let range = values.isEmpty ? "" : " The function ranges from \(NumberFormat.significant(values.min() ?? 0)) to \(NumberFormat.significant(values.max() ?? 0)) over the plotted region."
        return (Table(columns: ["run", "start x", "start y", "end x", "end y", "steps"], rows: rows),
                "Where each run starts and ends." + range)
    }

    private static func basins(_ chart: BasinChart) -> (Table, String) {
        let cells = chart.cells.joined()
        var rows = chart.minima.indices.map { index -> [Table.Cell] in
            let point = index < chart.minimumPoints.count ? chart.minimumPoints[index] : Point(x: .nan, y: .nan)
            return [text(chart.minima[index]), number(point.x), number(point.y), number(Double(cells.filter { $0 == index }.count))]
        }
        let unsettled = cells.filter { $0 == nil }.count
        if unsettled > 0 { rows.append([text("did not settle"), text(""), text(""), number(Double(unsettled))]) }
        return (Table(columns: ["minimum", "x", "y", "starts that reach it"], rows: rows),
                "How many of the \(cells.count) starts reach each minimum.")
    }

    private static func histograms(_ chart: HistogramChart) -> (Table, String) {
        let bins = chart.panels.first?.counts.count ?? 0
        let width = (chart.range.upperBound - chart.range.lowerBound) / Double(max(bins, 1))
        let rows = (0..<bins).map { bin -> [Table.Cell] in
            let low = chart.range.lowerBound + Double(bin) * width
            return [text(NumberFormat.significant(low) + " to " + NumberFormat.significant(low + width))]
                + chart.panels.map { number(Double($0.counts[bin])) }
        }
        let labels = chart.panels.map { $0.label.isEmpty ? "count" : $0.label }
        return (Table(columns: [chart.xLabel] + labels, rows: rows), "How many values fall in each bin.")
    }

    private static func bars(_ chart: BarChart) -> (Table, String) {
        let rows = chart.categories.indices.map { index in
            [text(chart.categories[index])] + chart.series.map { index < $0.values.count ? number($0.values[index]) : text("") }
        }
        let labels = chart.series.map { $0.label.isEmpty ? chart.yLabel : $0.label }
        return (Table(columns: [chart.xLabel.isEmpty ? "category" : chart.xLabel] + labels, rows: rows), "The height of each bar.")
    }

    private static func decision(_ chart: DecisionChart) -> (Table, String) {
        let rows = chart.classes.indices.map { label -> [Table.Cell] in
            let examples = chart.examples.filter { $0.label == label }
            let correct = examples.filter { example in predicted(at: example.point, in: chart) == label }.count
            return [text(chart.classes[label]), number(Double(examples.count)), number(Double(correct))]
        }
        return (Table(columns: ["class", "examples", "in a region of their class"], rows: rows),
                "For each class, its examples and how many lie in a region the model gives their class.")
    }

    /// The class of the grid cell that holds a point.
    private static func predicted(at point: Point, in chart: DecisionChart) -> Int? {
        let rows = chart.probabilities.count, columns = chart.probabilities.first?.count ?? 0
        guard rows > 0, columns > 0 else { return nil }
        let column = Int((point.x - chart.x.lowerBound) / (chart.x.upperBound - chart.x.lowerBound) * Double(columns))
        let row = Int((point.y - chart.y.lowerBound) / (chart.y.upperBound - chart.y.lowerBound) * Double(rows))
        guard (0..<rows).contains(row), (0..<columns).contains(column) else { return nil }
        return DecisionChartRenderer.decision(chart.probabilities[row][column]).label
    }
}
