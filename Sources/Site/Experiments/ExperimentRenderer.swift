import LessonsCore

/// Draws an experiment block: its highlighted code (shown, folded or hidden, as its options
/// say) and then its outputs in order.
struct ExperimentRenderer {
    /// The lesson's number in the course, and the number of the block's first figure in it.
    let lessonNumber: Int
    let firstFigure: Int

    func markup(_ block: ExperimentBlock, run: BlockRun?) -> Markup {
        var children: [Markup] = [.newline]
        if block.options.echo, let run {
            let code = Self.code(run.code)
            children.append(block.options.fold
                ? .tag("details", ["class": "code-fold"], [.tag("summary", text: "Show the code"), code])
                : code)
            children.append(.newline)
        }
        if let run, !run.variants.isEmpty {
            children += [sweep(block, run.variants), .newline]
        }
        let figures = OutputRenderer(block: block, lessonNumber: lessonNumber, firstFigure: firstFigure)
        let outputs = figures.markup(run?.outputs ?? [])
        if !outputs.isEmpty {
            children.append(.tag("div", ["class": "outputs"], [.newline] + outputs.flatMap { [$0, .newline] }))
            children.append(.newline)
        }
        // The block's id names its first figure when it draws one (see FigureNumbering).
        var attributes = [Attribute("class", "experiment")]
        let drawsFigure = ((run?.outputs ?? []) + (run?.variants.first?.outputs ?? [])).contains { if case .figure = $0 { true } else { false } }
        if let id = block.options.id, !drawsFigure { attributes.append(Attribute("id", id)) }
        return .element(name: "section", attributes: attributes, children: children)
    }

    /// A swept block's variants, each with its values named, and a slider per swept name
    /// that the page's script reveals: with it, one variant shows at a time; without it,
    /// every variant shows in turn.
    private func sweep(_ block: ExperimentBlock, _ variants: [BlockVariant]) -> Markup {
        let names = variants[0].values.map(\.name)
        let controls = names.indices.map { position -> Markup in
            // Each name's values, in the order the sweep lists them.
            let values = variants.map { $0.values[position].value }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            let id = "sweep-\(block.index + 1)-\(position + 1)"
            let name = names[position]
            return .tag("div", ["class": "sweep-control"], [
                .tag("label", ["for": id], text: name),
                .element(name: "input", attributes: [
                    Attribute("type", "range"), Attribute("id", id), Attribute("min", "0"), Attribute("max", String(values.count - 1)),
                    Attribute("step", "1"), Attribute("value", "0"), Attribute("data-name", name),
                    Attribute("data-values", JSONText.array(values)), Attribute("aria-valuetext", "\(name) = \(values[0])"),
                ], children: []),
                .tag("output", ["for": id], text: "\(name) = \(values[0])"),
            ])
        }
        let outputs = SharedScales.apply(to: variants)
        let panels = variants.enumerated().map { index, variant -> Markup in
            let renderer = OutputRenderer(block: block, lessonNumber: lessonNumber, firstFigure: firstFigure, variant: (index, variant.label))
            let drawn = renderer.markup(outputs[index])
            return .tag("div", ["class": "variant", "data-variant": String(index)], [
                .newline, .tag("p", ["class": "variant-label"], text: variant.label), .newline,
                .tag("div", ["class": "outputs"], [.newline] + drawn.flatMap { [$0, .newline] }), .newline,
            ])
        }
        return .tag("div", ["class": "sweep", "aria-label": "Results for each value of " + names.joined(separator: " and ")], [
            .newline, .element(name: "div", attributes: [Attribute("class", "sweep-controls"), Attribute("hidden", "")],
                               children: controls.flatMap { [$0, Markup.newline] }), .newline,
        ] + panels.flatMap { [$0, Markup.newline] })
    }

    /// Code as classified tokens; plain text needs no span.
    static func code(_ tokens: [CodeToken]) -> Markup {
        let spans = tokens.map { token in
            token.kind == .plain ? Markup.text(token.text) : .tag("span", ["class": "tok-" + token.kind.rawValue], text: token.text)
        }
        return .tag("pre", ["class": "code"], [.tag("code", ["class": "language-swift"], spans)])
    }
}
