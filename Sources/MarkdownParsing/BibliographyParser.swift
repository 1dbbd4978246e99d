import LessonsCore

/// Reads `lessons/references.yml`: a mapping from citation key to a work's fields.
public enum BibliographyParser {
    static let keys = ["arxiv", "authors", "doi", "title", "url", "venue", "year"]

    public static func parse(_ source: SourceFile) -> (bibliography: Bibliography, diagnostics: [Diagnostic]) {
        var file = YAMLFields(yaml: source.text, what: Bibliography.fileName, source: source, lineOffset: 0)
        var bibliography = Bibliography()
        var diagnostics: [Diagnostic] = []
        for key in file.keys {
            let at = file.location(ofKey: key) ?? source.start
            guard key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" }), !key.isEmpty else {
                diagnostics.append(Diagnostic(.invalidCitationKey(key), at: at))
                continue
            }
            guard var fields = file.nested(key, what: "the reference '\(key)'") else { continue }
            let authors = fields.strings("authors") ?? []
            let (title, venue, year) = (fields.string("title"), fields.string("venue"), fields.integer("year"))
            let work = Bibliography.Work(key: key, authors: authors, title: title ?? "", venue: venue ?? "", year: year ?? 0,
                                         doi: fields.string("doi"), arxiv: fields.string("arxiv"), url: fields.string("url"))
            let missing = [("authors", authors.isEmpty), ("title", title == nil), ("venue", venue == nil), ("year", year == nil)]
                .filter(\.1).map(\.0)
            if !missing.isEmpty { diagnostics.append(Diagnostic(.incompleteReference(key, missing: missing), at: at)) }
            fields.rejectUnknownKeys(known: keys)
            diagnostics += fields.diagnostics
            bibliography.works[key] = work
        }
        return (bibliography, file.diagnostics + diagnostics)
    }
}
