import LessonsCore
import SVGCharts

/// Draws what a block produced. Each kind of output has its markup here, written once.
struct OutputRenderer {
    /// The page-unique prefix of this block's figure ids.
    let idPrefix: String
    let caption: String?

    func markup(_ outputs: [Output]) -> [Markup] {
        var figureNumber = 0
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
            case .figure(let figure):
                figureNumber += 1
                return self.figure(figure, id: "\(idPrefix)-\(figureNumber)")
            }
        }
    }

    /// A figure: the chart and its caption.
    private func figure(_ figure: Figure, id: String) -> Markup {
        var children: [Markup] = [.newline, ChartRenderer.svg(figure, id: id), .newline]
        if let caption, !caption.isEmpty {
            children += [.tag("figcaption", text: caption), .newline]
        }
        return .tag("figure", ["class": "figure", "id": id], children)
    }

    /// A checked claim, shown as verified (or, in a build that fails, as false).
    static func claim(_ check: Check) -> Markup {
        let state = check.passed ? "verified" : "false"
        return .tag("p", ["class": "claim claim-\(state)"], [
            .tag("span", ["class": "claim-mark", "aria-hidden": "true"], text: check.passed ? "✓" : "✗"),
            .tag("span", ["class": "claim-state"], text: check.passed ? "Verified" : "False"),
            .tag("span", ["class": "claim-text"], text: check.claim),
            .tag("code", ["class": "claim-condition"], text: check.condition),
        ])
    }
}
