import LessonsCore

/// Gives every heading of a lesson a unique anchor, GitHub-style (`## Saddle points` →
/// `saddle-points`, then `saddle-points-1` for a second one), and lists the sections for
/// the table of contents.
struct HeadingAnchors {
    struct Section: Equatable {
        let level: Int
        let title: String
        let anchor: String
    }

    /// Anchors in document order, one per heading at any depth.
    private(set) var anchors: [String] = []
    /// The top-level `##` and `###` headings, for the table of contents.
    private(set) var sections: [Section] = []

    /// - Parameter reserved: ids the page already uses (experiments' `id` options), which a
    ///   heading's anchor must not repeat.
    init(blocks: [MarkdownBlock], reserved: Set<String> = []) {
        var used = reserved
        walk(blocks, topLevel: true) { title in Self.unique(Self.slug(title), used: &used) }
    }

    /// The same anchors for the same headings after their references were resolved: an
    /// anchor comes from the heading as written (`## Loss in @fig-loss`), and stays the one
    /// the links were resolved against, while the table of contents shows the resolved title.
    func retitled(_ resolved: [MarkdownBlock]) -> HeadingAnchors {
        var copy = HeadingAnchors()
        var written = anchors.makeIterator()
        copy.walk(resolved, topLevel: true) { title in written.next() ?? Self.slug(title) }
        return copy
    }

    private init() {}

    private mutating func walk(_ blocks: [MarkdownBlock], topLevel: Bool, anchor: (String) -> String) {
        for block in blocks {
            switch block.kind {
            case .heading(let level, let inlines):
                let title = MarkdownInline.plainText(inlines)
                let anchor = anchor(title)
                anchors.append(anchor)
                if topLevel, (2...3).contains(level) { sections.append(Section(level: level, title: title, anchor: anchor)) }
            case .blockQuote(let children), .callout(_, let children):
                walk(children, topLevel: false, anchor: anchor)
            case .exercise(let question, let solution):
                walk(question + solution, topLevel: false, anchor: anchor)
            case .list(let list):
                list.items.forEach { walk($0, topLevel: false, anchor: anchor) }
            default:
                break
            }
        }
    }

    /// Lowercase letters and digits, words joined by `-`.
    static func slug(_ title: String) -> String {
        var slug = ""
        for character in title.lowercased() {
            if character.isLetter || character.isNumber {
                slug.append(character)
            } else if (character == " " || character == "-" || character == "_"), !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug.isEmpty ? "section" : slug
    }

    private static func unique(_ slug: String, used: inout Set<String>) -> String {
        var candidate = slug
        var number = 1
        while used.contains(candidate) {
            candidate = "\(slug)-\(number)"
            number += 1
        }
        used.insert(candidate)
        return candidate
    }
}
