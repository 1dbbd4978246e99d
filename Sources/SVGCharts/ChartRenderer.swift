import LessonsCore

/// Turns figure data into inline SVG. Colours are CSS classes (`series-1` …) that the
/// page's stylesheet maps to variables, so light and dark mode both work.
public enum ChartRenderer {
    /// The figure as an `<svg>` element. `id` must be unique on the page: the title and
    /// description are referenced by `aria-labelledby`.
    public static func svg(_ figure: Figure, id: String) -> Markup {
        let layout = ChartLayout.standard
        let body: [Markup]
        switch figure.chart {
        case .line(let chart): body = LineChartRenderer(chart: chart, layout: layout).render()
        }
        let header: [Markup] = [
            .tag("title", ["id": "\(id)-title"], text: figure.title), .newline,
            .tag("desc", ["id": "\(id)-desc"], text: figure.summary), .newline,
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
