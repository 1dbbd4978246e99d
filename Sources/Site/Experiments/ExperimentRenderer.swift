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
        let figures = OutputRenderer(block: block, lessonNumber: lessonNumber, firstFigure: firstFigure)
        let outputs = figures.markup(run?.outputs ?? [])
        if !outputs.isEmpty {
            children.append(.tag("div", ["class": "outputs"], [.newline] + outputs.flatMap { [$0, .newline] }))
            children.append(.newline)
        }
        // The block's id names its first figure when it draws one (see FigureNumbering).
        var attributes = [Attribute("class", "experiment")]
        let drawsFigure = run?.outputs.contains { if case .figure = $0 { true } else { false } } ?? false
        if let id = block.options.id, !drawsFigure { attributes.append(Attribute("id", id)) }
        return .element(name: "section", attributes: attributes, children: children)
    }

    /// Code as classified tokens; plain text needs no span.
    static func code(_ tokens: [CodeToken]) -> Markup {
        let spans = tokens.map { token in
            token.kind == .plain ? Markup.text(token.text) : .tag("span", ["class": "tok-" + token.kind.rawValue], text: token.text)
        }
        return .tag("pre", ["class": "code"], [.tag("code", ["class": "language-swift"], spans)])
    }
}
