import LessonsCore

/// Draws a `DecisionChart`: cells shaded by the class the model picks, darker where it is
/// surer; the boundaries where the top two classes tie; the examples on top, coloured by
/// their true class, so a misclassified point stands out against its cell.
struct DecisionChartRenderer {
    let chart: DecisionChart
    let layout: ChartLayout
    /// The id of the plot area's clip path.
    let clip: String

    /// Confidence is drawn in this many shades: a few steps read better than a gradient and
    /// let neighbouring cells of one shade merge into one rectangle.
    static let shades = 4

    func render() -> [Markup] {
        let x = LinearScale(domain: chart.x, range: layout.plotLeft...layout.plotRight, isFlipped: false)
        let y = LinearScale(domain: chart.y, range: layout.plotTop...layout.plotBottom, isFlipped: true)
        let axes = Axes(x: .linear(x), y: .linear(y), xLabel: "x₁", yLabel: "x₂", layout: layout)
        let examples = chart.examples.filter { $0.point.x.isFinite && $0.point.y.isFinite }.map { example in
            Markup.tag("circle", ["class": "example fill-\(example.label % 8 + 1)",
                                  "cx": SVG.number(x(example.point.x)), "cy": SVG.number(y(example.point.y)), "r": "3"])
        }
        let entries = chart.classes.enumerated().map { (label: $1, class: "example fill-\($0 % 8 + 1)") }
        return [SVG.group(class: "regions", regions()), .newline, SVG.group(class: "boundaries", [boundaries(x: x, y: y)], clip: clip),
                .newline, axes.xAxis, .newline, axes.yAxis, .newline, SVG.group(class: "examples", examples, clip: clip), .newline,
                Legend.markup(entries: entries, swatch: .fill, layout: layout)]
    }

    /// The class a cell's probabilities pick, and its shade: 0 where the classes are nearly
    /// tied, up to `shades − 1` where the model is sure.
    static func decision(_ probabilities: [Double]) -> (label: Int, shade: Int) {
        guard let best = probabilities.indices.max(by: { probabilities[$0] < probabilities[$1] }) else { return (0, 0) }
        let chance = 1 / Double(probabilities.count)
        let confidence = probabilities.count > 1 ? (probabilities[best] - chance) / (1 - chance) : 1
        return (best, min(shades - 1, max(0, Int(confidence * Double(shades)))))
    }

    /// A rectangle per run of equal cells along a row.
    private func regions() -> [Markup] {
        let rows = chart.probabilities.count, columns = chart.probabilities.first?.count ?? 0
        let width = (layout.plotRight - layout.plotLeft) / Double(max(columns, 1))
        let height = (layout.plotBottom - layout.plotTop) / Double(max(rows, 1))
        var cells: [Markup] = []
        for (row, line) in chart.probabilities.enumerated() {
            let decisions = line.map(Self.decision)
            var start = 0
            for column in 1...decisions.count where column == decisions.count || decisions[column] != decisions[start] {
                let (label, shade) = decisions[start]
                cells.append(.tag("rect", [
                    "class": "region fill-\(label % 8 + 1) shade-\(shade)",
                    "x": SVG.number(layout.plotLeft + Double(start) * width), "y": SVG.number(layout.plotBottom - Double(row + 1) * height),
                    "width": SVG.number(Double(column - start) * width), "height": SVG.number(height),
                ]))
                start = column
            }
        }
        return cells
    }

    /// Where each class's probability equals the best of the others. With two classes both
    /// sides give the same curve, so it is drawn once.
    private func boundaries(x: LinearScale, y: LinearScale) -> Markup {
        let rows = chart.probabilities.count, columns = chart.probabilities.first?.count ?? 0
        let (cellWidth, cellHeight) = ((chart.x.upperBound - chart.x.lowerBound) / Double(max(columns, 1)),
                                       (chart.y.upperBound - chart.y.lowerBound) / Double(max(rows, 1)))
        // Grid points are cell centres.
        func place(_ point: (x: Double, y: Double)) -> (x: Double, y: Double) {
            (x(chart.x.lowerBound + (point.x + 0.5) * cellWidth), y(chart.y.lowerBound + (point.y + 0.5) * cellHeight))
        }
        let classes = chart.classes.count == 2 ? [0] : Array(chart.classes.indices)
        let curves = classes.flatMap { label in
            let margins = chart.probabilities.map { row in
                row.map { p in label < p.count ? p[label] - (p.indices.filter { $0 != label }.map { p[$0] }.max() ?? 0) : 0 }
            }
            return MarchingSquares.curves(margins, level: 0).map { $0.map(place) }
        }
        return .tag("path", ["class": "boundary", "d": curves.map { SVG.pathData($0, decimals: 1) }.joined(separator: " ")])
    }
}
