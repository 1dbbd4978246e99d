#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LessonsCore

/// Draws a `ContourChart`: level curves, darker for lower levels, and the runs over them
/// with arrows in their direction of travel.
struct ContourChartRenderer {
    let chart: ContourChart
    let layout: ChartLayout
    /// The id of the plot area's clip path.
    let clip: String

    func render() -> [Markup] {
        let x = LinearScale(domain: chart.x, range: layout.plotLeft...layout.plotRight, isFlipped: false)
        let y = LinearScale(domain: chart.y, range: layout.plotTop...layout.plotBottom, isFlipped: true)
        let axes = Axes(x: .linear(x), y: .linear(y), xLabel: "x", yLabel: "y", layout: layout)
        let columns = Double(max((chart.values.first?.count ?? 2) - 1, 1)), rows = Double(max(chart.values.count - 1, 1))
        // From grid coordinates to the chart's.
        func place(_ point: (x: Double, y: Double)) -> (x: Double, y: Double) {
            (x(chart.x.lowerBound + point.x / columns * (chart.x.upperBound - chart.x.lowerBound)),
             y(chart.y.lowerBound + point.y / rows * (chart.y.upperBound - chart.y.lowerBound)))
        }
        let levels = Self.levels(of: chart.values.flatMap { $0 }, count: chart.levelCount)
        let curves = levels.enumerated().map { index, level -> Markup in
            let lines = MarchingSquares.curves(chart.values, level: level).map { $0.map(place) }
            let opacity = 0.85 - 0.6 * Double(index) / Double(max(levels.count - 1, 1))
            return .tag("path", [
                "class": "contour", "stroke-opacity": NumberFormat.fixed(opacity, decimals: 2),
                "d": lines.map { SVG.pathData($0, decimals: 1) }.joined(separator: " "),
            ])
        }
        let runs = chart.paths.enumerated().map { index, path in
            RunMarks.markup(path.points.filter { $0.x.isFinite && $0.y.isFinite }.map { (x: x($0.x), y: y($0.y)) },
                            series: index + 1, steps: false, arrows: true)
        }
        let frame = Markup.tag("rect", [
            "class": "frame", "x": SVG.number(layout.plotLeft), "y": SVG.number(layout.plotTop),
            "width": SVG.number(layout.plotRight - layout.plotLeft), "height": SVG.number(layout.plotBottom - layout.plotTop),
        ])
        var parts: [Markup] = [frame, .newline, SVG.group(class: "contours", curves, clip: clip), .newline, axes.xAxis, .newline,
                               axes.yAxis, .newline, SVG.group(class: "runs", runs, clip: clip)]
        if chart.paths.count > 1 {
            parts += [.newline, Legend.markup(labels: chart.paths.map(\.label), layout: layout)]
        }
        return parts
    }

    /// Round values between the lowest and highest sample; spaced by powers when the
    /// samples are positive and span more than three decades (Rosenbrock's valley floor
    /// would otherwise get no curve at all).
    static func levels(of values: [Double], count: Int) -> [Double] {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max(), high > low, count > 0 else { return [] }
        let positiveLow = finite.filter { $0 > 0 }.min() ?? 0
        if low >= 0, positiveLow > 0, high / positiveLow > 1000 {
            let (a, b) = (log10(max(positiveLow, high * 1e-8)), log10(high))
            return (1...count).map { pow(10, a + (b - a) * Double($0) / Double(count + 1)) }
        }
        let step = Ticks.step(low, high, count: count)
        return Ticks.values(low, high, step: step).filter { $0 > low && $0 < high }
    }
}
