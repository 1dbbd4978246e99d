#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LessonsCore

/// Draws a `ContourChart`: the function's values as a colour field, banded by its levels and
/// keyed by a colour bar whose ticks are the levels, the level curves over it, and the runs
/// with arrows in their direction of travel. Both axes measure the same kind of quantity, so
/// one unit is as long along x as along y: a 45° line looks like one.
struct ContourChartRenderer {
    let chart: ContourChart
    let layout: ChartLayout
    /// The id of the plot area's clip path.
    let clip: String

    /// Room on the right for the colour bar and its labels.
    static let colourBarRoom = 78.0
    /// The tallest plot area; a range much taller than wide gets a narrower plot instead.
    static let maximumPlotHeight = 430.0

    /// The standard layout with room for the colour bar and the runs' legend, narrowed or
    /// lengthened so that x and y share one scale.
    static func layout(for chart: ContourChart, base: ChartLayout) -> ChartLayout {
        var layout = base
        layout.marginRight = colourBarRoom
        layout = layout.fitting(legend: chart.paths.count > 1 ? chart.paths.map(\.label) : [])
        let (xSpan, ySpan) = (chart.x.upperBound - chart.x.lowerBound, chart.y.upperBound - chart.y.lowerBound)
        guard xSpan > 0, ySpan > 0 else { return layout }
        let width = layout.plotRight - layout.plotLeft
        var height = width * ySpan / xSpan
        if height > maximumPlotHeight {
            height = maximumPlotHeight
            layout.marginRight = layout.width - layout.marginLeft - height * xSpan / ySpan
        }
        layout.height = layout.marginTop + max(height, 120) + layout.marginBottom
        return layout
    }

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
        let curves = levels.map { level -> Markup in
            let lines = MarchingSquares.curves(chart.values, level: level).map { $0.map(place) }
            return .tag("path", ["class": "contour", "d": lines.map { SVG.pathData($0, decimals: 1) }.joined(separator: " ")])
        }
        let runs = chart.paths.enumerated().map { index, path in
            RunMarks.markup(path.points.filter { $0.x.isFinite && $0.y.isFinite }.map { (x: x($0.x), y: y($0.y)) },
                            series: index + 1, steps: false, arrows: true)
        }
        var parts: [Markup] = [SVG.group(class: "field", [field(columns: columns, rows: rows, levels: levels)], clip: clip), .newline,
                               SVG.group(class: "contours", curves, clip: clip), .newline, axes.xAxis, .newline,
                               axes.yAxis, .newline, colourBar(levels: levels), .newline, SVG.group(class: "runs", runs, clip: clip)]
        if chart.paths.count > 1 {
            parts += [.newline, Legend.markup(labels: chart.paths.map(\.label), layout: layout)]
        }
        return parts
    }

    /// Where a value sits on the colour scale, from 0 to 1: band k of the levels' k + 1 bands
    /// covers [k, k + 1] / (bands), and within it the value's place between its two levels
    /// (the samples' extremes bound the outer bands), linearly or, for log-spaced levels, by logarithm.
    func scalePosition(_ value: Double, levels: [Double], bounds: (low: Double, high: Double)) -> Double {
        guard value.isFinite else { return value > 0 ? 1 : 0 }
        let edges = [bounds.low] + levels + [bounds.high]
        let band = min(max(levels.filter { $0 <= value }.count, 0), edges.count - 2)
        let (low, high) = (edges[band], edges[band + 1])
        let logarithmic = Self.isLogarithmic(levels) && low > 0 && value > 0
        let fraction = high > low ? (logarithmic ? log(value / low) / log(high / low) : (value - low) / (high - low)) : 0.5
        return (Double(band) + min(max(fraction, 0), 1)) / Double(edges.count - 1)
    }

    /// The samples as a smooth colour image over the plot area, half a cell beyond its edges
    /// so that each pixel's centre sits on its sample.
    private func field(columns: Double, rows: Double, levels: [Double]) -> Markup {
        let finite = chart.values.flatMap { $0 }.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max(), !chart.values.isEmpty else { return .fragment([]) }
        var pixels: [UInt8] = []
        for row in chart.values.reversed() {
            for value in row {
                let (r, g, b) = SequentialPalette.rgb(scalePosition(value, levels: levels, bounds: (low, high)))
                pixels += [r, g, b]
            }
        }
        let (cellWidth, cellHeight) = ((layout.plotRight - layout.plotLeft) / columns, (layout.plotBottom - layout.plotTop) / rows)
        return .tag("image", [
            "x": SVG.number(layout.plotLeft - cellWidth / 2), "y": SVG.number(layout.plotTop - cellHeight / 2),
            "width": SVG.number(layout.plotRight - layout.plotLeft + cellWidth), "height": SVG.number(layout.plotBottom - layout.plotTop + cellHeight),
            "preserveAspectRatio": "none",
            "href": PNGImage.dataURI(width: chart.values[0].count, height: chart.values.count, pixels: pixels),
        ])
    }

    /// The key: one swatch per band, bottom to top, with each level written at its edge.
    private func colourBar(levels: [Double]) -> Markup {
        let bands = levels.count + 1
        let (left, top, bottom) = (layout.plotRight + 14, layout.plotTop, layout.plotBottom)
        let height = (bottom - top) / Double(bands)
        var marks: [Markup] = (0..<bands).map { band in
            .tag("rect", ["x": SVG.number(left), "y": SVG.number(bottom - Double(band + 1) * height), "width": "12",
                          "height": SVG.number(height), "fill": SequentialPalette.hex((Double(band) + 0.5) / Double(bands))])
        }
        // Every level, or every other one when there are many, so the labels never overlap.
        let every = levels.count > 10 ? 2 : 1
        for (index, level) in levels.enumerated() where index % every == 0 {
            let edge = bottom - Double(index + 1) * height
            marks.append(.tag("text", ["class": "tick-label", "x": SVG.number(left + 16), "y": SVG.number(edge + 4)],
                              text: NumberFormat.significant(level, digits: 2)))
        }
        marks.append(.tag("text", ["class": "axis-label", "x": SVG.number(left), "y": SVG.number(top - 8)], text: "f(x, y)"))
        return SVG.group(class: "colour-bar", marks)
    }

    private static func isLogarithmic(_ levels: [Double]) -> Bool {
        guard levels.count >= 3, levels[0] > 0 else { return false }
        return abs(levels[2] / levels[1] - levels[1] / levels[0]) < 1e-6 * levels[1] / levels[0] && levels[1] / levels[0] > 1.5
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
