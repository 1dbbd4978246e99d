import LessonsCore

/// Turns figure data into inline SVG. Colours are CSS classes (`series-1` …) that the
/// page's stylesheet maps to variables, so light and dark mode both work.
public enum ChartRenderer {
    /// The figure as an `<svg>` element. `id` must be unique on the page: the title and
    /// description are referenced by `aria-labelledby`.
    public static func svg(_ figure: Figure, id: String) -> Markup {
        let standard = ChartLayout.standard
        let layout: ChartLayout
        let body: [Markup]
        let clip = ChartLayout.clipID(id)
        switch figure.chart {
        case .line(let chart):
            layout = standard.fitting(legend: chart.series.count > 1 ? chart.series.map(\.label) : [])
            body = LineChartRenderer(chart: chart, layout: layout, clip: clip).render()
        case .contour(let chart):
            layout = ContourChartRenderer.layout(for: chart, base: standard)
            body = ContourChartRenderer(chart: chart, layout: layout, clip: clip).render()
        case .basins(let chart):
            layout = standard.fitting(legend: BasinChartRenderer.legendLabels(chart))
            body = BasinChartRenderer(chart: chart, layout: layout).render()
        case .histograms(let chart):
            layout = HistogramChartRenderer.layout(for: chart)
            body = HistogramChartRenderer(chart: chart, layout: layout).render()
        case .bars(let chart):
            layout = standard.fitting(legend: BarChartRenderer.legendLabels(chart))
            body = BarChartRenderer(chart: chart, layout: layout).render()
        case .decision(let chart):
            layout = standard.fitting(legend: chart.classes)
            body = DecisionChartRenderer(chart: chart, layout: layout, clip: clip).render()
        }
        let header: [Markup] = [
            .tag("title", ["id": "\(id)-title"], text: figure.title), .newline,
            .tag("desc", ["id": "\(id)-desc"], text: figure.summary), .newline,
            // Marks that leave the plotted region (a run that escapes) stop at its edge.
            .tag("clipPath", ["id": clip], [.tag("rect", [
                "x": SVG.number(layout.plotLeft), "y": SVG.number(layout.plotTop),
                "width": SVG.number(layout.plotRight - layout.plotLeft), "height": SVG.number(layout.plotBottom - layout.plotTop),
            ])]), .newline,
        ]
        return .tag("svg", [
            "xmlns": "http://www.w3.org/2000/svg",
            "class": "chart",
            "viewBox": "0 0 \(SVG.number(layout.width)) \(SVG.number(layout.height))",
            "role": "img",
            "aria-labelledby": "\(id)-title \(id)-desc",
        ], [.newline] + header + body + [.newline])
    }
}
