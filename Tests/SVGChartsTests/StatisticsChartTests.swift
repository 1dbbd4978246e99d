import Engine
import Foundation
import LessonsCore
@testable import SVGCharts
import TestSupport
import Testing

/// Histograms as small multiples, bar charts, and decision maps.
@Suite struct StatisticsChartTests {
    static func svg(_ chart: Chart, id: String = "c") -> String {
        HTMLWriter.render(ChartRenderer.svg(Figure(title: "t", summary: "s", chart: chart), id: id))
    }

    static func lines(_ svg: String, starting prefix: String) -> [Substring] {
        svg.split(separator: "\n").filter { $0.hasPrefix(prefix) }
    }

    @Test func histogramChartMatchesItsGolden() {
        let chart = HistogramChart(panels: [
            .init(label: "layer 1", counts: [1, 3, 6, 3, 1]),
            .init(label: "layer 2", counts: [0, 2, 10, 2, 0]),
            .init(label: "layer 3", counts: [0, 0, 4, 0, 0]),
            .init(label: "layer 4", counts: [5, 0, 0, 0, 5]),
        ], range: -1...1, xLabel: "weight")
        Golden.assertMatches(Self.svg(.histograms(chart), id: "histograms"), named: "histogram-chart.svg")
    }

    @Test func histogramPanelsWrapThreeToARowAndTheChartGrowsWithThem() {
        let panel = HistogramChart.Panel(label: "p", counts: [1, 1])
        let heights = [1, 3, 4, 7].map { count in
            HistogramChartRenderer.layout(for: HistogramChart(panels: Array(repeating: panel, count: count), range: 0...1)).height
        }
        #expect(heights[0] == heights[1], "one row for up to three panels")
        #expect(heights[2] > heights[1] && heights[3] > heights[2])
        #expect(Self.svg(.histograms(HistogramChart(panels: Array(repeating: panel, count: 4), range: 0...1))).contains(#"viewBox="0 0 640 326""#))
    }

    @Test func histogramBarsAreSharesSoPanelsOfDifferentSizesCompare() {
        // 2 of 4 values and 200 of 400 in the same bin draw bars of the same height.
        let chart = HistogramChart(panels: [.init(label: "small", counts: [2, 2]), .init(label: "large", counts: [200, 200])], range: 0...1)
        let bars = Self.lines(Self.svg(.histograms(chart)), starting: "<rect class=\"bar").map { $0.split(separator: "height=").last ?? "" }
        #expect(bars.count == 4)
        #expect(Set(bars).count == 1, "\(bars)")
    }

    @Test func histogramBinsCountEveryValueOnce() {
        let histogram = Histogram([0, 0.25, 0.5, 0.75, 1, 2, .nan, -0.1], bins: 4, range: 0...1)
        // A value on a boundary counts in the upper bin; the upper bound in the last bin.
        #expect(histogram.counts == [1, 1, 1, 2])
        #expect(histogram.outside == 3)
        #expect(Histogram.range(covering: [[3, 1], [2, .infinity]]) == 1...3)
        #expect(Histogram.range(covering: [[2, 2]]) == 1.5...2.5)
        #expect(Histogram.range(covering: [[.nan]]) == nil)
    }

    @Test func barChartMatchesItsGolden() {
        let chart = BarChart(categories: ["1", "2", "3"], series: [
            .init(label: "std", values: [1, 0.5, 0.25]), .init(label: "gradient norm", values: [0.01, 0.1, 1]),
        ], xLabel: "layer", yLabel: "value", yScale: .log)
        Golden.assertMatches(Self.svg(.bars(chart), id: "bars"), named: "bar-chart.svg")
    }

    @Test func barsRiseFromZeroAndNegativeValuesHangBelowIt() {
        let chart = BarChart(categories: ["a", "b"], series: [.init(label: "v", values: [2, -1])], xLabel: "", yLabel: "v")
        let rects = Self.lines(Self.svg(.bars(chart)), starting: "<rect class=\"bar")
        #expect(rects.count == 2)
        // The positive bar ends where the negative one starts: at zero.
        func attribute(_ name: String, _ rect: Substring) -> Double {
            Double(rect.split(separator: "\(name)=\"").last!.prefix { $0 != "\"" })!
        }
        #expect(attribute("y", rects[0]) + attribute("height", rects[0]) == attribute("y", rects[1]))
    }

    @Test func aLogScaleLeavesOutBarsItCannotDraw() {
        let chart = BarChart(categories: ["a", "b", "c"], series: [.init(label: "v", values: [1, 0, .nan])], xLabel: "", yLabel: "v", yScale: .log)
        #expect(Self.lines(Self.svg(.bars(chart)), starting: "<rect class=\"bar").count == 1)
    }

    @Test func manyCategoriesAreLabelledSparsely() {
        let chart = BarChart(categories: (1...30).map(String.init), series: [.init(label: "v", values: Array(repeating: 1, count: 30))],
                             xLabel: "layer", yLabel: "v")
        let svg = Self.svg(.bars(chart))
        #expect(svg.contains(">1</text>") && svg.contains(">3</text>") && !svg.contains(">2</text>"))
    }

    @Test func decisionChartMatchesItsGolden() {
        // A diagonal boundary x = y, surer away from it.
        let values = Grid.linspace(-1, 1, count: 6)
        let probabilities: [[[Double]]] = values.map { y in
            values.map { x in
                let p = Activation.sigmoid(4 * (x - y))
                return [1 - p, p]
            }
        }
        let chart = DecisionChart(x: -1.2...1.2, y: -1.2...1.2, probabilities: probabilities, classes: ["class 0", "class 1"], examples: [
            .init(point: Point(x: -0.5, y: 0.5), label: 0), .init(point: Point(x: 0.5, y: -0.5), label: 1),
            .init(point: Point(x: 0.6, y: 0.2), label: 0),
        ])
        Golden.assertMatches(Self.svg(.decision(chart), id: "decision"), named: "decision-chart.svg")
    }

    /// The tint is 0.06 where the classes tie and rises with the margin over chance to 0.4.
    @Test func cellsAreTintedByHowSureTheClassIs() {
        func expect(_ p: [Double], _ label: Int, _ opacity: Double, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
            let decision = DecisionChartRenderer.decision(p)
            #expect(decision.label == label && abs(decision.opacity - opacity) < 1e-12, "\(p): \(decision)", sourceLocation: sourceLocation)
        }
        expect([0.5, 0.5], 0, 0.06)
        expect([0.3, 0.7], 1, 0.06 + 0.34 * 0.4)
        expect([0.01, 0.99], 1, 0.06 + 0.34 * 0.98)
        expect([0.1, 0.1, 0.8], 2, 0.06 + 0.34 * 0.7)
        expect([1, 0, 0], 0, 0.4)
    }

    /// Each class is one rectangle of its colour seen through its own mask, a PNG whose
    /// pixels hold the tint of each cell, the top row first.
    @Test func eachClassIsOneMaskedRectangle() throws {
        let sure = [0.0, 1.0], unsure = [0.5, 0.5]
        let chart = DecisionChart(x: 0...1, y: 0...1, probabilities: [[sure, sure, sure, unsure], [sure, sure, sure, sure]],
                                  classes: ["a", "b"], examples: [])
        let svg = Self.svg(.decision(chart))
        #expect(Self.lines(svg, starting: "<rect class=\"region").count == 2)
        let masks = svg.matches(of: #/<mask id="[^"]+" maskUnits="userSpaceOnUse"><image [^>]*href="data:image\/png;base64,(?<png>[^"]+)"/#)
            .map { String($0.output.png) }
        #expect(masks.count == 2)
        // Class b's mask: its IDAT holds one stored block of two rows of 1 + 4 × 3 bytes.
        let png = try #require(Data(base64Encoded: masks[1])).map { $0 }
        let rows = Array(png[48..<(48 + 26)])
        let top = rows[1...].prefix(12).enumerated().filter { $0.offset % 3 == 0 }.map(\.element)
        let bottom = rows[14...].prefix(12).enumerated().filter { $0.offset % 3 == 0 }.map(\.element)
        #expect(top == [102, 102, 102, 102], "the top row of cells is sure of b: a tint of 0.4")
        #expect(bottom == [102, 102, 102, 0], "the bottom row's last cell is a tie, which picks a")
    }
}
