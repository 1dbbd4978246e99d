import LessonsCore

/// Draws a `LineChart`: grid, axes, one path per series, and a legend when there is more
/// than one series.
struct LineChartRenderer {
    let chart: LineChart
    let layout: ChartLayout

    func render() -> [Markup] {
        let points = chart.series.flatMap(\.points)
        let x = LinearScale(
            domain: LinearScale.domain(of: points.map(\.x), nice: false, tickCount: layout.tickCount),
            range: layout.plotLeft...layout.plotRight, isFlipped: false)
        let y = LinearScale(
            domain: LinearScale.domain(of: points.map(\.y), nice: true, tickCount: layout.tickCount),
            range: layout.plotTop...layout.plotBottom, isFlipped: true)
        let axes = Axes(x: x, y: y, xLabel: chart.xLabel, yLabel: chart.yLabel, layout: layout)
        let paths = chart.series.enumerated().map { index, series in
            Markup.tag("path", [
                "class": "series series-\(index + 1)",
                "d": SVG.pathData(series.points.map { point in
                    point.x.isFinite && point.y.isFinite ? (x(point.x), y(point.y)) : nil
                }),
            ])
        }
        var parts = [axes.grid, .newline, axes.xAxis, .newline, axes.yAxis, .newline, SVG.group(class: "lines", paths)]
        if chart.series.count > 1 {
            parts += [.newline, Legend.markup(labels: chart.series.map(\.label), layout: layout)]
        }
        return parts
    }
}
