import LessonsCore

/// A row of swatches and labels above the plot, in the order given.
enum Legend {
    enum Swatch {
        /// A short line, for curves and runs.
        case line
        /// A filled square, for areas.
        case fill
    }

    /// Entries for series drawn in palette order: label i gets `series-(i+1)`.
    static func markup(labels: [String], layout: ChartLayout) -> Markup {
        markup(entries: labels.enumerated().map { ($1, "series series-\($0 + 1)") }, swatch: .line, layout: layout)
    }

    /// How many rows the labels take: a label that would run past the plot starts a row.
    static func rows(for labels: [String], layout: ChartLayout) -> Int {
        positions(for: labels, layout: layout).map(\.row).max().map { $0 + 1 } ?? 0
    }

    private static func width(of label: String, layout: ChartLayout) -> Double {
        26 + Double(label.count) * layout.characterWidth + 18
    }

    private static func positions(for labels: [String], layout: ChartLayout) -> [(x: Double, row: Int)] {
        var x = layout.plotLeft
        var row = 0
        return labels.map { label in
            if x > layout.plotLeft, x + width(of: label, layout: layout) - 18 > layout.plotRight {
                x = layout.plotLeft
                row += 1
            }
            defer { x += width(of: label, layout: layout) }
            return (x, row)
        }
    }

    /// - Parameter entries: each label with the class its swatch is drawn with.
    static func markup(entries: [(label: String, class: String)], swatch: Swatch, layout: ChartLayout) -> Markup {
        let places = positions(for: entries.map(\.label), layout: layout)
        let items = zip(entries, places).map { entry, place in
            let (label, markClass) = entry
            let (x, y) = (place.x, 20.0 + 18 * Double(place.row))
            let mark: Markup
            switch swatch {
            case .line:
                mark = SVG.line(x1: x, y1: y, x2: x + 20, y2: y, class: markClass)
            case .fill:
                mark = .tag("rect", ["class": markClass, "x": SVG.number(x + 4), "y": SVG.number(y - 6), "width": "12", "height": "12"])
            }
            let item = Markup.tag("g", ["class": "legend-item"], [
                mark,
                SVG.text(label, x: x + 26, y: y + 4, class: "legend-label", anchor: "start"),
            ])
            return item
        }
        return SVG.group(class: "legend", items)
    }
}
