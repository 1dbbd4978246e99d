import LessonsCore

/// Draws a `LineChart`: grid, axes, one curve per series (or, for a run, its steps), and a
/// legend when there is more than one series.
struct LineChartRenderer {
    let chart: LineChart
    let layout: ChartLayout
    /// The id of the plot area's clip path.
    let clip: String

    func render() -> [Markup] {
        let points = chart.series.flatMap(\.points)
        let x = Scale.make(chart.xScale, values: points.map(\.x), range: layout.plotLeft...layout.plotRight,
                           flipped: false, nice: false, tickCount: layout.tickCount)
        let y = Scale.make(chart.yScale, values: points.map(\.y), range: layout.plotTop...layout.plotBottom,
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
                return RunMarks.markup(drawn.compactMap { $0 }, series: index + 1, steps: true, arrows: false)
            }
        }
        var parts = [axes.grid, .newline, axes.xAxis, .newline, axes.yAxis, .newline, SVG.group(class: "lines", marks, clip: clip)]
        if chart.series.count > 1 {
            parts += [.newline, Legend.markup(labels: chart.series.map(\.label), layout: layout)]
        }
        return parts
    }
}
