import LessonsCore

/// Draws a `BasinChart`: a cell per start, coloured by the minimum the run from it reached,
/// the minima marked, and a legend that names them.
struct BasinChartRenderer {
    let chart: BasinChart
    let layout: ChartLayout

    static let unsettledLabel = "did not settle"

    static func hasUnsettled(_ chart: BasinChart) -> Bool {
        chart.cells.joined().contains { $0 == nil }
    }

    static func legendLabels(_ chart: BasinChart) -> [String] {
        chart.minima + (hasUnsettled(chart) ? [unsettledLabel] : [])
    }

    func render() -> [Markup] {
        let x = LinearScale(domain: chart.x, range: layout.plotLeft...layout.plotRight, isFlipped: false)
        let y = LinearScale(domain: chart.y, range: layout.plotTop...layout.plotBottom, isFlipped: true)
        let axes = Axes(x: .linear(x), y: .linear(y), xLabel: "x", yLabel: "y", layout: layout)
        let rows = chart.cells.count, columns = chart.cells.first?.count ?? 0
        let width = (layout.plotRight - layout.plotLeft) / Double(max(columns, 1))
        let height = (layout.plotBottom - layout.plotTop) / Double(max(rows, 1))
        var cells: [Markup] = []
        for (row, line) in chart.cells.enumerated() {
            for (column, minimum) in line.enumerated() {
                cells.append(.tag("rect", [
                    "class": minimum.map { "basin fill-\($0 % 8 + 1)" } ?? "basin basin-none",
                    "x": SVG.number(layout.plotLeft + Double(column) * width),
                    "y": SVG.number(layout.plotBottom - Double(row + 1) * height),
                    "width": SVG.number(width), "height": SVG.number(height),
                ]))
            }
        }
        let marks = chart.minimumPoints.map { point in
            Markup.tag("circle", ["class": "minimum", "cx": SVG.number(x(point.x)), "cy": SVG.number(y(point.y)), "r": "4"])
        }
        var entries = chart.minima.enumerated().map { (label: $1, class: "basin fill-\($0 % 8 + 1)") }
        if Self.hasUnsettled(chart) { entries.append((label: Self.unsettledLabel, class: "basin basin-none")) }
        return [SVG.group(class: "basins", cells), .newline, SVG.group(class: "minima", marks), .newline,
                axes.xAxis, .newline, axes.yAxis, .newline, Legend.markup(entries: entries, swatch: .fill, layout: layout)]
    }
}
