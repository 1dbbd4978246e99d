import LessonsCore
import SVGCharts

/// Draws what a block produced. Each kind of output has its markup here, written once.
struct OutputRenderer {
    let block: ExperimentBlock
    /// The lesson's number in the course, and the number of the block's first figure in it.
    let lessonNumber: Int
    let firstFigure: Int
    /// For a swept block, the variant drawn (from 0) and its label, which its captions name.
    var variant: (index: Int, label: String)? = nil

    func markup(_ outputs: [Output]) -> [Markup] {
        var figureNumber = 0
        let figureCount = outputs.filter { if case .figure = $0 { true } else { false } }.count
        return outputs.map { output in
            switch output {
            case .text(let text):
                return .tag("pre", ["class": "output-text"], text: text)
            case .value(let text):
                return .tag("pre", ["class": "output-value"], text: text)
            case .expectedError(let message):
                return .tag("pre", ["class": "output-error"], [
                    .tag("span", ["class": "output-error-label"], text: "error: "), .text(message),
                ])
            case .check(let check):
                return Self.claim(check)
            case .table(let table):
                return Self.table(table)
            case .figure(let figure):
                figureNumber += 1
                return self.figure(figure, index: figureNumber - 1, of: figureCount)
            }
        }
    }

    /// A figure: the chart, and its number and caption: the block's caption, which the spec
    /// gives all of a block's figures, or else the chart's own title, so that every figure
    /// has one. When a block draws several, each caption starts with its chart's title, so
    /// the reader can tell them apart.
    private func figure(_ figure: Figure, index: Int, of count: Int) -> Markup {
        let id = FigureNumbering.figureID(block: block, figure: index, variant: variant?.index ?? 0)
        var caption = block.options.caption.flatMap { $0.isEmpty ? nil : $0 } ?? figure.title
        if count > 1, caption != figure.title, !figure.title.isEmpty { caption = figure.title + ". " + caption }
        let data = ChartData.table(figure)
        return .tag("figure", ["class": "figure", "id": id], [
            .newline, .tag("div", ["class": "chart-frame"], [ChartRenderer.svg(figure, id: id)]), .newline,
            Self.stepControl(figure, id: id),
            .tag("details", ["class": "figure-data"], [
                .tag("summary", text: "The data"), .tag("p", text: data.note), Self.table(data.table),
            ]), .newline,
            .tag("figcaption", [.tag("span", ["class": "figure-number"], text: "Figure \(lessonNumber).\(firstFigure + index)"),
                                .text((variant.map { " (\($0.label))" } ?? "") + " " + caption)]), .newline,
        ])
    }

    /// For a chart with runs of descent, a slider that replays them step by step; the page's
    /// script reveals it and redraws the runs from the steps already in the SVG.
    private static func stepControl(_ figure: Figure, id: String) -> Markup {
        let runs: [Series]
        switch figure.chart {
        case .line(let chart): runs = chart.series.filter { $0.style == .path }
        case .contour(let chart): runs = chart.paths
        default: runs = []
        }
        let steps = (runs.map(\.points.count).max() ?? 0) - 1
        guard steps >= 1 else { return .fragment([]) }
        let input = "\(id)-step"
        let all = "all \(steps) steps"
        return .fragment([
            .element(name: "div", attributes: [Attribute("class", "step-control"), Attribute("hidden", "")], children: [
                .tag("label", ["for": input], text: "Replay the run\(runs.count == 1 ? "" : "s")"),
                .element(name: "input", attributes: [
                    Attribute("type", "range"), Attribute("id", input), Attribute("min", "0"), Attribute("max", String(steps)),
                    Attribute("step", "1"), Attribute("value", String(steps)), Attribute("aria-valuetext", all),
                ], children: []),
                .tag("output", ["for": input], text: all),
            ]), .newline,
        ])
    }

    /// A table, scrolling sideways on its own when it is wider than the page.
    static func table(_ table: Table) -> Markup {
        let head = Markup.tag("thead", [.tag("tr", table.columns.map { .tag("th", ["scope": "col"], text: $0) })])
        let body = Markup.tag("tbody", table.rows.map { row in
            .tag("tr", row.map { cell in cell.isNumber ? .tag("td", ["class": "number"], text: cell.text) : .tag("td", text: cell.text) })
        })
        return .tag("div", ["class": "output-table"], [.tag("table", [head, body])])
    }

    /// A checked claim, said once: its mark and its words, and on demand the condition the
    /// build proved. A check in a loop that said a different claim per case shows each.
    static func claim(_ check: Check) -> Markup {
        let state = check.passed ? "verified" : "false"
        let verdict = check.passed ? "Verified" : "False"
        let cases: String
        switch (check.passed, check.cases) {
        case (_, 1): cases = ""
        case (true, let count): cases = check.claims.count > 1 ? "" : " (in all \(count) cases)"
        case (false, let count): cases = " (false in \(check.failures) of \(count) cases)"
        }
        let proof = Markup.tag("p", ["class": "claim-proof"], [
            .text(check.cases > 1 ? "Checked in each of \(check.cases) cases: " : "Checked: "),
            .tag("code", text: check.condition),
        ])
        let items: [Markup] = check.claims.map { claim in
            .tag("details", ["class": "claim claim-\(state)"], [
                .tag("summary", [
                    .tag("span", ["class": "claim-mark", "role": "img", "aria-label": verdict], text: check.passed ? "✓" : "✗"),
                    .text(" "), .tag("span", ["class": "claim-text"], text: claim + cases),
                ]),
                proof,
            ])
        }
        return items.count == 1 ? items[0] : .tag("div", ["class": "claim-group"], items)
    }
}
