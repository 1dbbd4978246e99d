import LessonsCore

/// Draws a `HistogramChart` as small multiples: a grid of panels, three to a row, that share
/// the x range and the y scale. Bars show the fraction of each panel's values in a bin, so
/// a layer of 128 weights and one of 4 096 compare directly.
struct HistogramChartRenderer {
    let chart: HistogramChart
    let layout: ChartLayout

    static let columnsPerRow = 3
    static let panelHeight = 96.0
    /// Room above a panel for its label and below it for its tick labels.
    static let panelHeader = 20.0, panelFooter = 28.0, gap = 24.0

    static func rowCount(_ chart: HistogramChart) -> Int {
        (chart.panels.count + columnsPerRow - 1) / columnsPerRow
    }

    /// The standard layout, as tall as the rows of panels need.
    static func layout(for chart: HistogramChart) -> ChartLayout {
        var layout = ChartLayout.standard
        layout.legendRows = 0
        layout.height = 16 + Double(max(rowCount(chart), 1)) * (panelHeader + panelHeight + panelFooter) + 22
        return layout
    }

    func render() -> [Markup] {
        let shares = chart.panels.map { panel in
            let total = Double(max(panel.counts.reduce(0, +), 1))
            return panel.counts.map { Double($0) / total }
        }
        let y = LinearScale.domain(of: [0] + shares.flatMap { $0 }, nice: true, tickCount: 3)
        let columns = min(chart.panels.count, Self.columnsPerRow)
        let panelWidth = (layout.plotRight - layout.plotLeft - Double(columns - 1) * Self.gap) / Double(max(columns, 1))
        var parts: [Markup] = []
        for (index, panel) in chart.panels.enumerated() {
            let (row, column) = index.quotientAndRemainder(dividingBy: Self.columnsPerRow)
            let left = layout.plotLeft + Double(column) * (panelWidth + Self.gap)
            let top = 16 + Double(row) * (Self.panelHeader + Self.panelHeight + Self.panelFooter) + Self.panelHeader
            let frame = (left: left, top: top, right: left + panelWidth, bottom: top + Self.panelHeight)
            parts += [self.panel(panel.label, shares: shares[index], yDomain: y, frame: frame, yTicks: column == 0), .newline]
        }
        let middle = (layout.plotLeft + layout.plotRight) / 2
        parts.append(SVG.text(chart.xLabel, x: middle, y: layout.height - 10, class: "axis-label", anchor: "middle"))
        parts.append(contentsOf: [.newline, .tag("text", [
            "class": "axis-label", "x": SVG.number(-layout.height / 2), "y": "16", "transform": "rotate(-90)", "text-anchor": "middle",
        ], text: "fraction of values")])
        return parts
    }

    private func panel(
        _ label: String, shares: [Double], yDomain: ClosedRange<Double>,
        frame: (left: Double, top: Double, right: Double, bottom: Double), yTicks: Bool
    ) -> Markup {
        let x = LinearScale(domain: chart.range, range: frame.left...frame.right, isFlipped: false)
        let y = LinearScale(domain: yDomain, range: frame.top...frame.bottom, isFlipped: true)
        let width = (chart.range.upperBound - chart.range.lowerBound) / Double(max(shares.count, 1))
        var marks: [Markup] = [SVG.text(label, x: frame.left, y: frame.top - 8, class: "panel-label", anchor: "start")]
        let (yValues, yStep) = y.ticks(count: 3)
        marks += yValues.map { SVG.line(x1: frame.left, y1: y($0), x2: frame.right, y2: y($0), class: "grid-line") }
        for (bin, share) in shares.enumerated() where share > 0 {
            let (low, high) = (x(chart.range.lowerBound + Double(bin) * width), x(chart.range.lowerBound + Double(bin + 1) * width))
            marks.append(.tag("rect", ["class": "bar fill-1", "x": SVG.number(low), "y": SVG.number(y(share)),
                                       "width": SVG.number(high - low), "height": SVG.number(frame.bottom - y(share))]))
        }
        marks.append(SVG.line(x1: frame.left, y1: frame.bottom, x2: frame.right, y2: frame.bottom, class: "domain"))
        let (xValues, xStep) = x.ticks(count: 4)
        for value in xValues {
            marks.append(SVG.line(x1: x(value), y1: frame.bottom, x2: x(value), y2: frame.bottom + 4, class: "tick"))
            marks.append(SVG.text(NumberFormat.tick(value, step: xStep), x: x(value), y: frame.bottom + 17, class: "tick-label", anchor: "middle"))
        }
        if yTicks {
            marks += yValues.map { value in
                SVG.text(NumberFormat.tick(value, step: yStep), x: frame.left - 6, y: y(value) + 4, class: "tick-label", anchor: "end")
            }
        }
        return SVG.group(class: "panel", marks)
    }
}
