/// The fixed geometry of a chart, in SVG user units. Charts scale to the page's width
/// through their `viewBox`, so these only set proportions and text size.
struct ChartLayout {
    static let standard = ChartLayout()

    let width = 640.0
    /// Small multiples grow taller with their rows of panels.
    var height = 360.0
    let marginLeft = 64.0
    /// Contour maps widen it for their colour bar, or to keep one scale on both axes.
    var marginRight = 20.0
    /// Room for the legend's rows above the plot.
    var legendRows = 1
    var marginTop: Double { 22 + 18 * Double(legendRows) }
    let marginBottom = 52.0
    let tickCount = 6
    /// The average advance of a character of the chart's 12-unit font, to lay out a legend
    /// without measuring text.
    let characterWidth = 7.0

    var plotLeft: Double { marginLeft }
    var plotRight: Double { width - marginRight }
    var plotTop: Double { marginTop }
    var plotBottom: Double { height - marginBottom }

    /// This layout, with room for a legend of these labels.
    func fitting(legend labels: [String]) -> ChartLayout {
        var layout = self
        layout.legendRows = max(1, Legend.rows(for: labels, layout: self))
        return layout
    }

    /// The id of the plot area's clip path, for a chart whose id is `id`.
    static func clipID(_ id: String) -> String { id + "-plot" }
}
