import LessonsCore
@testable import SVGCharts
import Testing

/// The table beneath each chart, made from the same data.
@Suite struct ChartDataTests {
    static func cells(_ table: Table) -> [[String]] { table.rows.map { $0.map(\.text) } }

    @Test func seriesThatShareTheirXsSitSideBySide() {
        let chart = LineChart(series: [
            Series(label: "f", points: [Point(x: 0, y: 1), Point(x: 1, y: 0.5)]),
            Series(label: "g", points: [Point(x: 0, y: 2), Point(x: 1, y: -0.25)]),
        ], xLabel: "x", yLabel: "value")
        let (table, note) = ChartData.table(Figure(title: "t", summary: "s", chart: .line(chart)))
        #expect(table.columns == ["x", "f", "g"])
        #expect(Self.cells(table) == [["0", "1", "2"], ["1", "0.5", "−0.25"]])
        #expect(note == "value for each x.")
    }

    @Test func longSeriesAreThinnedAndKeepTheirLastPoint() {
        let points = (0...400).map { Point(x: Double($0), y: Double($0)) }
        let (table, note) = ChartData.table(Figure(title: "t", summary: "s", chart: .line(LineChart(series: [Series(label: "f", points: points)]))))
        #expect(table.rows.count == 41)
        #expect(table.rows.first?.first?.text == "0" && table.rows.last?.first?.text == "400")
        #expect(note == "y for each x (41 of 401 points: every 10th, and the last).")
        #expect(ChartData.thinned(5) == [0, 1, 2, 3, 4] && ChartData.thinned(0) == [])
        #expect([1, 2, 3, 4, 11, 12, 21, 22, 113].map(ChartData.ordinal) == ["1st", "2nd", "3rd", "4th", "11th", "12th", "21st", "22nd", "113th"])
    }

    @Test func seriesOnTheirOwnXsAreListedInTurn() {
        let chart = LineChart(series: [
            Series(label: "f", points: [Point(x: 0, y: 1)]), Series(label: "run 1", points: [Point(x: 0.5, y: 2), Point(x: 0.25, y: 1)], style: .path),
        ], xLabel: "x", yLabel: "f(x)")
        let (table, _) = ChartData.table(Figure(title: "t", summary: "s", chart: .line(chart)))
        #expect(table.columns == ["series", "x", "f(x)"])
        #expect(Self.cells(table) == [["f", "0", "1"], ["run 1", "0.5", "2"], ["run 1", "0.25", "1"]])
    }

    @Test func histogramsBarsBasinsAndDecisionsHaveTheirOwnTables() {
        let histogram = HistogramChart(panels: [.init(label: "layer 1", counts: [1, 3]), .init(label: "layer 2", counts: [2, 0])], range: 0...1, xLabel: "w")
        #expect(Self.cells(ChartData.table(Figure(title: "t", summary: "s", chart: .histograms(histogram))).table) == [["0 to 0.5", "1", "2"], ["0.5 to 1", "3", "0"]])
        let bars = BarChart(categories: ["1", "2"], series: [.init(label: "", values: [0.125, 1e-7])], xLabel: "layer", yLabel: "std")
        let barTable = ChartData.table(Figure(title: "t", summary: "s", chart: .bars(bars))).table
        #expect(barTable.columns == ["layer", "std"] && Self.cells(barTable) == [["1", "0.125"], ["2", "1e−7"]])
        let basins = BasinChart(x: 0...1, y: 0...1, cells: [[0, 1], [nil, 1]], minima: ["left", "right"], minimumPoints: [Point(x: 0, y: 0), Point(x: 1, y: 0)])
        #expect(Self.cells(ChartData.table(Figure(title: "t", summary: "s", chart: .basins(basins))).table)
            == [["left", "0", "0", "1"], ["right", "1", "0", "2"], ["did not settle", "", "", "1"]])
        let decision = DecisionChart(x: 0...2, y: 0...1, probabilities: [[[0.9, 0.1], [0.2, 0.8]]], classes: ["class 0", "class 1"],
                                     examples: [.init(point: Point(x: 0.5, y: 0.5), label: 0), .init(point: Point(x: 0.7, y: 0.5), label: 1), .init(point: Point(x: 1.5, y: 0.5), label: 1)])
        #expect(Self.cells(ChartData.table(Figure(title: "t", summary: "s", chart: .decision(decision))).table) == [["class 0", "1", "1"], ["class 1", "2", "1"]])
    }

    @Test func significantDigitsReadWell() {
        #expect([0.25, 1234.567, 0.000123456, 1.5e-7, -2.5e9, 999999.6, 0, 3].map { NumberFormat.significant($0) }
            == ["0.25", "1235", "0.0001235", "1.5e−7", "−2.5e9", "1000000", "0", "3"])
    }
}
