import Engine
import LessonsCore
@testable import SVGCharts
import TestSupport
import Testing

/// Level curves, their levels, and the contour and basin charts drawn from them.
@Suite struct SurfaceChartTests {
    /// f(x, y) sampled on a grid over [-2, 2]², values[row][column], as `contour` samples it.
    static func sampled(_ f: (Double, Double) -> Double, count: Int = 41) -> [[Double]] {
        let xs = Grid.linspace(-2, 2, count: count)
        return xs.map { y in xs.map { x in f(x, y) } }
    }

    @Test func aCellIsCrossedWhereTheLevelInterpolates() {
        // 0 on the left, 2 on the right: the level 1 crosses halfway, top to bottom.
        let curves = MarchingSquares.curves([[0, 2], [0, 2]], level: 1)
        #expect(curves.count == 1)
        #expect(curves.first?.map(\.x) == [0.5, 0.5])
        #expect(Set(curves.first?.map(\.y) ?? []) == [0, 1])
        #expect(MarchingSquares.curves([[0, 4], [0, 4]], level: 1).first?.map(\.x) == [0.25, 0.25])
    }

    @Test func aSaddleCellIsResolvedByItsCentre() {
        // Opposite corners above the level: the centre (0.5) is above 0.4, so the curve
        // cuts off the two low corners, and below 0.6, so it cuts off the two high ones.
        for (level, lowCornersCutOff) in [(0.4, true), (0.6, false)] {
            let curves = MarchingSquares.curves([[1, 0], [0, 1]], level: level)
            #expect(curves.count == 2)
            let cutOff = curves.map { curve in curve.contains { $0.x == 1 && $0.y > 0 && $0.y < 1 } && curve.contains { $0.y == 0 } }
            // The low corner (1, 0) is cut off by a piece joining the bottom and right edges.
            #expect(cutOff.contains(true) == lowCornersCutOff, "level \(level)")
        }
    }

    @Test func aCircleIsOneClosedCurveOnTheCircle() {
        let values = Self.sampled { x, y in x * x + y * y }
        let curves = MarchingSquares.curves(values, level: 1)
        #expect(curves.count == 1)
        guard let circle = curves.first, let first = circle.first, let last = circle.last else { return }
        #expect(first == last, "the curve closes")
        // Grid coordinates back to the plane: 40 cells over a width of 4.
        let radii = circle.map { point in ((point.x / 10 - 2) * (point.x / 10 - 2) + (point.y / 10 - 2) * (point.y / 10 - 2)).squareRoot() }
        #expect(radii.allSatisfy { abs($0 - 1) < 0.01 }, "linear interpolation stays within 1% of the circle")
    }

    @Test func nonFiniteCellsAreSkipped() {
        #expect(MarchingSquares.curves([[0, .nan], [0, 2]], level: 1).isEmpty)
        #expect(MarchingSquares.curves([[0]], level: 1).isEmpty)
    }

    @Test func levelsAreRoundOrLogSpaced() {
        #expect(ContourChartRenderer.levels(of: [0, 10], count: 5) == [2, 4, 6, 8])
        let logSpaced = ContourChartRenderer.levels(of: [1e-3, 1e3], count: 5)
        #expect(logSpaced.count == 5)
        let ratios = zip(logSpaced, logSpaced.dropFirst()).map { $1 / $0 }
        #expect(ratios.allSatisfy { abs($0 - ratios[0]) < 1e-9 * ratios[0] }, "equal ratios: \(ratios)")
        #expect(logSpaced.first! > 1e-3 && logSpaced.last! < 1e3)
        #expect(ContourChartRenderer.levels(of: [1, 1], count: 5) == [])
        #expect(ContourChartRenderer.levels(of: [.nan, 0, 4, .infinity], count: 4) == [1, 2, 3])
    }

    @Test func contourChartMatchesItsGolden() {
        let run = Series(label: "run", points: [Point(x: 1, y: 0.1), Point(x: 0.6, y: 0.2), Point(x: 0.3, y: 0.9), Point(x: 0.1, y: 2.5)])
        let figure = Figure(title: "x² − y²", summary: "Contours of x² − y² with one run.", chart: .contour(ContourChart(
            x: -2...2, y: -2...2, values: Self.sampled({ x, y in x * x - y * y }, count: 9), levelCount: 6, paths: [run])))
        Golden.assertMatches(HTMLWriter.render(ChartRenderer.svg(figure, id: "contour")), named: "contour-chart.svg")
    }

    @Test func basinChartMatchesItsGolden() {
        let figure = Figure(title: "basins", summary: "Two basins and an unsettled start.", chart: .basins(BasinChart(
            x: -1...1, y: -1...1, cells: [[0, 0, 1], [0, nil, 1], [0, 1, 1]], minima: ["(−1, 0)", "(1, 0)"],
            minimumPoints: [Point(x: -1, y: 0), Point(x: 1, y: 0)])))
        Golden.assertMatches(HTMLWriter.render(ChartRenderer.svg(figure, id: "basins")), named: "basin-chart.svg")
    }
}
