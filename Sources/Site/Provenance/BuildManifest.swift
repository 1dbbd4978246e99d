import LessonsCore

/// `build.json`: what made each page, for machines. The tool's version, and per lesson its
/// source, seed and blocks, each with the line it starts on, what it produced and the
/// steps it took. Steps, not seconds: a time would differ on every build, and the output
/// must be byte-identical; steps are the same everywhere and still show what is costly.
struct BuildManifest {
    static let fileName = "build.json"

    let version: String
    let lessons: [(lesson: Lesson, run: LessonRun)]

    var json: String {
        let entries = lessons.map { lesson, run in
            let blocks = lesson.experiments.map { block -> String in
                let outputs = run.blocks.indices.contains(block.index) ? run.blocks[block.index] : BlockRun(code: [], outputs: [])
                func count(_ kind: (Output) -> Bool) -> Int { outputs.outputs.filter(kind).count }
                let figures = count { if case .figure = $0 { true } else { false } }
                let tables = count { if case .table = $0 { true } else { false } }
                let checks = count { if case .check = $0 { true } else { false } }
                return "        {\"line\": \(block.range.start.line), \"steps\": \(outputs.steps), \"figures\": \(figures), \"tables\": \(tables), \"checks\": \(checks)}"
            }
            return """
                {
                  "source": \(JSONText.string(lesson.source.path)),
                  "page": \(JSONText.string(LessonPage.fileName(of: lesson))),
                  "seed": \(lesson.metadata.seed),
                  "blocks": [
            \(blocks.joined(separator: ",\n"))
                  ]
                }
            """
        }
        return """
        {
          "tool": \(JSONText.string("lessons " + version)),
          "lessons": [
        \(entries.joined(separator: ",\n"))
          ]
        }

        """
    }
}
