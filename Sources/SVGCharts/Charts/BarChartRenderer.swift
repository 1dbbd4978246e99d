import LessonsCore

/// Draws a `BarChart`: a band per category along x, the series' bars side by side in it,
/// rising from zero (or from the axis's lowest decade on a log scale), and a legend when
/// there is more than one series.
struct BarChartRenderer {
    let chart: BarChart
    let layout: ChartLayout

    /// Category labels are thinned to about this many, so thirty layers stay legible.
    static let maximumCategoryLabels = 16

    static func legendLabels(_ chart: BarChart) -> [String] {
        chart.series.count > 1 ? chart.series.map(\.label) : []
    }

    func render() -> [Markup] {
        var values = chart.series.flatMap(\.values)
        switch chart.yScale {
        case .linear: values.append(0)
        // A bar of exactly a power of ten would sit on the axis's lowest decade and vanish;
        // half a decade below the smallest keeps every bar visible.
        case .log: values += values.filter { $0 > 0 && $0.isFinite }.min().map { [$0 / 10.0.squareRoot()] } ?? []
        }
        let y = Scale.make(chart.yScale, values: values,
                           range: layout.plotTop...layout.plotBottom, flipped: true, nice: true, tickCount: layout.tickCount)
        let x = Scale.linear(LinearScale(domain: 0...1, range: layout.plotLeft...layout.plotRight, isFlipped: false))
        let axes = Axes(x: x, y: y, xLabel: chart.xLabel, yLabel: chart.yLabel, layout: layout)
        let base = chart.yScale == .linear ? min(max(y(0), layout.plotTop), layout.plotBottom) : layout.plotBottom
        let band = (layout.plotRight - layout.plotLeft) / Double(max(chart.categories.count, 1))
        let group = band * (chart.series.count == 1 ? 0.6 : 0.8)
        let barWidth = group / Double(max(chart.series.count, 1))
        var bars: [Markup] = []
        for (index, series) in chart.series.enumerated() {
            for (category, value) in series.values.enumerated() where category < chart.categories.count && y.contains(value) {
                let left = layout.plotLeft + Double(category) * band + (band - group) / 2 + Double(index) * barWidth
                let top = min(y(value), base), height = abs(y(value) - base)
                bars.append(.tag("rect", ["class": "bar fill-\(index % 8 + 1)", "x": SVG.number(left), "y": SVG.number(top),
                                          "width": SVG.number(barWidth), "height": SVG.number(height)]))
            }
        }
        var parts: [Markup] = [axes.grid, .newline, SVG.group(class: "bars", bars), .newline, categoryAxis(band: band, base: base),
                               .newline, axes.yAxis]
        let legend = Self.legendLabels(chart)
        if !legend.isEmpty {
            let entries = legend.enumerated().map { (label: $1, class: "bar fill-\($0 % 8 + 1)") }
            parts += [.newline, Legend.markup(entries: entries, swatch: .fill, layout: layout)]
        }
        return parts
    }

    /// The baseline, and the category names under their bands.
    private func categoryAxis(band: Double, base: Double) -> Markup {
        let every = (chart.categories.count + Self.maximumCategoryLabels - 1) / Self.maximumCategoryLabels
        let labels = chart.categories.enumerated().filter { $0.offset % max(every, 1) == 0 }.map { index, name in
            SVG.text(name, x: layout.plotLeft + (Double(index) + 0.5) * band, y: layout.plotBottom + 19, class: "tick-label", anchor: "middle")
        }
        let label = SVG.text(chart.xLabel, x: (layout.plotLeft + layout.plotRight) / 2, y: layout.height - 10,
                             class: "axis-label", anchor: "middle")
        let baseline = SVG.line(x1: layout.plotLeft, y1: base, x2: layout.plotRight, y2: base, class: "domain")
        return SVG.group(class: "axis x-axis", [baseline] + labels + [label])
    }
}
