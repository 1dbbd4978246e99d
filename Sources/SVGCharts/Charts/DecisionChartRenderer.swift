import LessonsCore

/// Draws a `DecisionChart`: the plane tinted by the class the model picks, stronger where it is
/// surer; the boundaries where the top two classes tie; the examples on top, coloured by
/// their true class, so a misclassified point stands out against its cell.
struct DecisionChartRenderer {
    let chart: DecisionChart
    let layout: ChartLayout
    /// The id of the plot area's clip path.
    let clip: String

    func render() -> [Markup] {
        let x = LinearScale(domain: chart.x, range: layout.plotLeft...layout.plotRight, isFlipped: false)
        let y = LinearScale(domain: chart.y, range: layout.plotTop...layout.plotBottom, isFlipped: true)
        let axes = Axes(x: .linear(x), y: .linear(y), xLabel: "x₁", yLabel: "x₂", layout: layout)
        let examples = chart.examples.filter { $0.point.x.isFinite && $0.point.y.isFinite }.map { example in
            Markup.tag("circle", ["class": "example fill-\(example.label % 8 + 1)",
                                  "cx": SVG.number(x(example.point.x)), "cy": SVG.number(y(example.point.y)), "r": "4.5"])
        }
        let entries = chart.classes.enumerated().map { (label: $1, class: "example fill-\($0 % 8 + 1)") }
        return [SVG.group(class: "regions", regions()), .newline, SVG.group(class: "boundaries", [boundaries(x: x, y: y)], clip: clip),
                .newline, axes.xAxis, .newline, axes.yAxis, .newline, SVG.group(class: "examples", examples, clip: clip), .newline,
                Legend.markup(entries: entries, swatch: .fill, layout: layout)]
    }

    /// How strongly a cell is tinted with the class the model picks there: faint where the
    /// classes are nearly tied, stronger where the model is sure.
    static func decision(_ probabilities: [Double]) -> (label: Int, opacity: Double) {
        guard let best = probabilities.indices.max(by: { probabilities[$0] < probabilities[$1] }) else { return (0, 0) }
        let chance = 1 / Double(probabilities.count)
        let confidence = probabilities.count > 1 ? (probabilities[best] - chance) / (1 - chance) : 1
        return (best, 0.06 + 0.34 * min(max(confidence, 0), 1))
    }

    /// Each class's region as a rectangle of its colour seen through a mask: a small image
    /// whose brightness is that tint where the class is picked and 0 elsewhere. The browser
    /// scales the mask smoothly, so the regions have no stair-steps, and the colour stays a
    /// CSS class, so it follows the theme.
    private func regions() -> [Markup] {
        let rows = chart.probabilities.count, columns = chart.probabilities.first?.count ?? 0
        guard rows > 0, columns > 0 else { return [] }
        let decisions = chart.probabilities.reversed().map { $0.map(Self.decision) }
        let frame = [Attribute("x", SVG.number(layout.plotLeft)), Attribute("y", SVG.number(layout.plotTop)),
                     Attribute("width", SVG.number(layout.plotRight - layout.plotLeft)),
                     Attribute("height", SVG.number(layout.plotBottom - layout.plotTop))]
        return chart.classes.indices.flatMap { label -> [Markup] in
            let pixels = decisions.flatMap { row in
                row.flatMap { decision -> [UInt8] in
                    let level = decision.label == label ? UInt8((255 * decision.opacity).rounded()) : 0
                    return [level, level, level]
                }
            }
            let id = "\(clip)-class-\(label + 1)"
            let image = Markup.element(name: "image", attributes: frame + [
                Attribute("preserveAspectRatio", "none"), Attribute("href", PNGImage.dataURI(width: columns, height: rows, pixels: pixels)),
            ], children: [])
            return [.tag("mask", ["id": id, "maskUnits": "userSpaceOnUse"], [image]),
                    .element(name: "rect", attributes: [Attribute("class", "region fill-\(label % 8 + 1)")] + frame
                        + [Attribute("mask", "url(#\(id))")], children: [])]
        }
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
