import LessonsCore

/// Draws a `LineChart`: grid, axes, one curve per series (or, for a run, its steps), and a
/// legend when there is more than one series.
struct LineChartRenderer {
    let chart: LineChart
    let layout: ChartLayout
    /// The id of the plot area's clip path.
    let clip: String

    func render() -> [Markup] {
        let points = chart.shownPoints
        let domain = chart.xDomain.map { [$0.lowerBound, $0.upperBound] } ?? []
        let x = Scale.make(chart.xScale, values: points.map(\.x) + domain + chart.includedX, range: layout.plotLeft...layout.plotRight,
                           flipped: false, nice: false, tickCount: layout.tickCount)
        let y = Scale.make(chart.yScale, values: points.map(\.y) + chart.includedY, range: layout.plotTop...layout.plotBottom,
                           flipped: true, nice: true, tickCount: layout.tickCount)
        let axes = Axes(x: x, y: y, xLabel: chart.xLabel, yLabel: chart.yLabel, layout: layout)
        let marks = chart.series.enumerated().map { index, series -> Markup in
            let drawn = series.points.map { point in
                x.contains(point.x) && y.contains(point.y) ? (x: x(point.x), y: y(point.y)) : nil
            }
            switch series.style {
            case .curve:
                return .tag("path", ["class": "series series-\(index + 1)", "d": SVG.pathData(drawn)])
            case .path:
                return path(series, series: index + 1, x: x, y: y)
            }
        }
        var parts = [axes.grid, .newline, axes.xAxis, .newline, axes.yAxis, .newline, SVG.group(class: "lines", marks, clip: clip)]
        let curves = chart.series.filter { $0.style == .curve }
        if !curves.isEmpty {
            // What the page's script needs to read values off the curves under the pointer.
            parts += [.newline, .tag("g", [
                "class": "readout", "data-x": x.inverse, "data-y": y.inverse, "data-x-label": chart.xLabel,
                "data-labels": curves.map(\.label).joined(separator: "\n"),
            ])]
        }
        if chart.series.count > 1 {
            parts += [.newline, Legend.markup(labels: chart.series.map(\.label), layout: layout)]
        }
        return parts
    }

    /// A run's steps up to where it leaves the chart, and then the line toward where it went,
    /// which the plot's clip cuts at the edge; such a run has no end mark, since it did not
    /// end in view.
    private func path(_ run: Series, series: Int, x: Scale, y: Scale) -> Markup {
        let inside = run.points.prefix { x.contains($0.x) && y.contains($0.y) }
        var drawn = inside.map { (x: x($0.x), y: y($0.y)) }
        let leaves = inside.count < run.points.count
        if leaves, let last = drawn.last, let exit = run.points.dropFirst(inside.count).first, exit.x.isFinite, exit.y.isFinite {
            drawn.append(toward((x: x(exit.x), y: y(exit.y)), from: last))
        }
        return RunMarks.markup(drawn, series: series, steps: true, arrows: false, endsInView: !leaves)
    }

    /// A point on the line from `start` to `point`, no further than a chart's width beyond
    /// the chart, so that a run that shot off to 10¹⁶ is drawn with ordinary numbers.
    private func toward(_ point: (x: Double, y: Double), from start: (x: Double, y: Double)) -> (x: Double, y: Double) {
        let (dx, dy) = (point.x - start.x, point.y - start.y)
        let length = (dx * dx + dy * dy).squareRoot()
        let reach = 2 * layout.width
        guard length > reach else { return point }
        return (start.x + dx / length * reach, start.y + dy / length * reach)
    }
}
