import LessonsCore

/// Every message the site reports, declared once: what the prose points at and cannot reach.
extension DiagnosticMessage {
    static func unresolvedReference(_ written: String, suggestion: String?) -> Self {
        .init("'\(written)' refers to nothing in the course\(suggestion.map { "; did you mean '\($0)'?" } ?? ""); a figure is named by its block's '//| id: fig-…', a section by its heading's anchor")
    }

    static func unknownCitation(_ key: String, suggestion: String?) -> Self {
        .init("'@\(key)' is not in references.yml\(suggestion.map { "; did you mean '@\($0)'?" } ?? ""); add it there, with authors, title, venue and year")
    }

    static func ambiguousReference(_ written: String, pages: [String]) -> Self {
        .init("'\(written)' could be the section on \(pages.joined(separator: " or ")); link to it with [Section](page.html#anchor)")
    }

    static func brokenLink(_ destination: String, reason: String, suggestion: String?) -> Self {
        .init("broken link '\(destination)': \(reason)\(suggestion.map { "; did you mean '\($0)'?" } ?? "")")
    }

    static func duplicateBlockID(_ id: String, first: SourceLocation) -> Self {
        .init("the id '\(id)' is already used by the block at \(first); give each block its own id")
    }
}

extension DiagnosticMessage {
    static func templateSyntax(_ problem: String) -> Self {
        .init("the page template cannot be read: \(problem)")
    }

    static func templateWithoutMain() -> Self {
        .init("the page template never places the page itself; put {{{main}}} where the lesson goes (and {{{head}}}, {{{header}}} and {{{footer}}} where you want them)")
    }
}
