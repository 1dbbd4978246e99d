import LessonsCore

/// A row of swatches and labels above the plot, one per series, in series order.
enum Legend {
    static func markup(labels: [String], layout: ChartLayout) -> Markup {
        var x = layout.plotLeft
        let y = 20.0
        let items = labels.enumerated().map { index, label in
            let item = Markup.tag("g", ["class": "legend-item"], [
                SVG.line(x1: x, y1: y, x2: x + 20, y2: y, class: "series series-\(index + 1)"),
                SVG.text(label, x: x + 26, y: y + 4, class: "legend-label", anchor: "start"),
            ])
            x += 26 + Double(label.count) * layout.characterWidth + 18
            return item
        }
        return SVG.group(class: "legend", items)
    }
}
