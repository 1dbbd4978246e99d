import LessonsCore

/// A lesson's YAML front matter: the lines between a first line `---` and the next `---`.
struct FrontMatter {
    static let keys = ["objectives", "order", "seed", "summary", "title"]

    /// The YAML text, which starts on file line 2.
    let yaml: String
    /// The number of file lines it takes, fences included.
    let lineCount: Int

    /// The front matter of `source`, if it has one; a first `---` with no closing line is
    /// reported and read as Markdown.
    static func find(in source: SourceFile) -> (FrontMatter?, [Diagnostic]) {
        guard source.lines.first?.trimmingTrailingSpaces == "---" else { return (nil, []) }
        guard let closing = source.lines.dropFirst().firstIndex(where: { ["---", "..."].contains($0.trimmingTrailingSpaces) })
        else {
            return (nil, [Diagnostic(.unclosedFrontMatter(), at: source.start)])
        }
        let yaml = source.lines[1..<closing].joined(separator: "\n")
        return (FrontMatter(yaml: yaml, lineCount: closing + 1), [])
    }

    /// The lesson's metadata, with diagnostics for wrong keys and types. The title is nil
    /// when the front matter gives none.
    func metadata(source: SourceFile) -> (title: String?, metadata: LessonMetadata, diagnostics: [Diagnostic]) {
        var fields = YAMLFields(yaml: yaml, what: "front matter", source: source, lineOffset: 1)
        let title = fields.string("title")
        var metadata = LessonMetadata(
            title: title ?? "",
            summary: fields.string("summary"),
            objectives: fields.strings("objectives") ?? [],
            order: fields.integer("order")
        )
        var diagnostics: [Diagnostic] = []
        if let seed = fields.integer("seed") {
            if seed >= 0 {
                metadata.seed = UInt64(seed)
            } else if let location = fields.location(ofKey: "seed") {
                diagnostics.append(Diagnostic(
                    .wrongValueType("seed", in: "front matter", expected: "a whole number from 0"), at: location))
            }
        }
        fields.rejectUnknownKeys(known: Self.keys)
        return (title, metadata, fields.diagnostics + diagnostics)
    }
}

extension String {
    var trimmingTrailingSpaces: Substring {
        var text = self[...]
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return text
    }
}
