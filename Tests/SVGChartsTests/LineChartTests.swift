import Engine
import LessonsCore
import SVGCharts
import TestSupport
import Testing

@Suite struct LineChartTests {
    static func sigmoidFigure() -> Figure {
        let xs = Grid.linspace(-6, 6, count: 25)
        return Figure(
            title: "σ and σ′", summary: "Line chart of sigmoid and sigmoid.derivative for x from -6.0 to 6.0.",
            chart: .line(LineChart(series: [
                Series(label: "sigmoid", points: xs.map { Point(x: $0, y: Activation.sigmoid($0)) }),
                Series(label: "sigmoid.derivative", points: xs.map { Point(x: $0, y: Activation.sigmoid.derivative($0)) }),
            ])))
    }

    @Test func sigmoidChartMatchesItsGolden() {
        let svg = HTMLWriter.render(ChartRenderer.svg(Self.sigmoidFigure(), id: "figure-1-1"))
        Golden.assertMatches(svg, named: "sigmoid-chart.svg")
    }

    @Test func aGapInTheDataLiftsThePen() {
        let figure = Figure(title: "gap", summary: "gap", chart: .line(LineChart(series: [
            Series(label: "f", points: [Point(x: 0, y: 0), Point(x: 1, y: 1), Point(x: 2, y: .nan), Point(x: 3, y: 1), Point(x: 4, y: 0)]),
        ])))
        let svg = HTMLWriter.render(ChartRenderer.svg(figure, id: "g"))
        let path = svg.split(separator: "\n").first { $0.hasPrefix("<path") } ?? ""
        #expect(path.components(separatedBy: "M").count - 1 == 2, "two pen-down segments in \(path)")
        #expect(!svg.contains("NaN") && !svg.contains("nan"))
    }

    @Test func oneSeriesNeedsNoLegend() {
        let figure = Figure(title: "t", summary: "s", chart: .line(LineChart(series: [
            Series(label: "only", points: [Point(x: 0, y: 0), Point(x: 1, y: 1)]),
        ])))
        let svg = HTMLWriter.render(ChartRenderer.svg(figure, id: "one"))
        #expect(!svg.contains("class=\"legend\""))
        #expect(svg.contains(#"<title id="one-title">t</title>"#))
        #expect(svg.contains(#"aria-labelledby="one-title one-desc""#))
    }

    @Test func labelsAreEscaped() {
        let figure = Figure(title: "<b>&", summary: "\"q\"", chart: .line(LineChart(series: [
            Series(label: "a<b", points: [Point(x: 0, y: 0), Point(x: 1, y: 1)]),
            Series(label: "c&d", points: [Point(x: 0, y: 1), Point(x: 1, y: 0)]),
        ])))
        let svg = HTMLWriter.render(ChartRenderer.svg(figure, id: "e"))
        #expect(svg.contains(">&lt;b&gt;&amp;</title>"))
        #expect(svg.contains(">a&lt;b</text>"))
        #expect(svg.contains(">c&amp;d</text>"))
    }

    @Test func aLogXAxisHasDecadesAndLeavesOutXOfZero() {
        let figure = Figure(title: "t", summary: "s", chart: .line(LineChart(series: [
            Series(label: "f", points: [Point(x: 0, y: 5), Point(x: 1, y: 1), Point(x: 10, y: 2), Point(x: 100, y: 3)]),
        ], xScale: .log)))
        let svg = HTMLWriter.render(ChartRenderer.svg(figure, id: "x"))
        let xAxis = svg.components(separatedBy: "<g class=\"axis x-axis\">").last?.components(separatedBy: "</g>").first ?? ""
        #expect(xAxis.contains(">1</text>") && xAxis.contains(">10</text>") && xAxis.contains(">100</text>"))
        let path = svg.split(separator: "\n").first { $0.hasPrefix("<path class=\"series") } ?? ""
        // x = 0 has no place on a log axis: the curve starts at x = 1, and the axis ends a
        // twentieth of the data's two decades beyond it: 64 + 0.1/2.2 of the 556-unit plot.
        #expect(path.hasPrefix("<path class=\"series series-1\" d=\"M89.27 "), "\(path)")
        #expect(path.components(separatedBy: "L").count == 3)
    }
}
