import LessonsCore

/// Resolves what the prose of a lesson points at, and reports what points nowhere:
/// - `@fig-name` becomes a link reading "Figure 3.2" to the figure whose block has
///   `//| id: fig-name`, on whichever page it is; `@sec-name` the same for the section
///   whose heading's anchor is `name`;
/// - a link whose text is just "Figure" or "Section" to such a target reads its number;
/// - a link to `lesson.md` goes to `lesson.html`;
/// - every link inside the site must reach a page and an id on it. Links with a scheme
///   (`https:`, `mailto:`) leave the site and are never fetched during a build;
/// - `[@key]` and `[@key; @other]` cite works of the bibliography: numbered links, in the
///   order of first citation, to the page's list of references.
struct ReferenceResolver {
    let targets: CourseTargets
    /// The page being resolved, for links to its own anchors.
    let file: String
    let bibliography: Bibliography
    private(set) var diagnostics: [Diagnostic] = []
    /// The keys this page cites, in the order of their first citation.
    private(set) var cited: [String] = []

    init(targets: CourseTargets, file: String, bibliography: Bibliography = Bibliography()) {
        self.targets = targets
        self.file = file
        self.bibliography = bibliography
    }

    /// The anchor of a work in a page's list of references.
    static func anchor(ofWork key: String) -> String { "ref-" + key }

    mutating func resolve(_ blocks: [MarkdownBlock]) -> [MarkdownBlock] {
        blocks.map { block in
            var block = block
            switch block.kind {
            case .paragraph(let inlines): block.kind = .paragraph(resolve(inlines))
            case .heading(let level, let inlines): block.kind = .heading(level: level, resolve(inlines))
            case .blockQuote(let children): block.kind = .blockQuote(resolve(children))
            case .callout(let kind, let children): block.kind = .callout(kind, resolve(children))
            case .exercise(let question, let solution): block.kind = .exercise(question: resolve(question), solution: resolve(solution))
            case .list(var list):
                list.items = list.items.map { resolve($0) }
                block.kind = .list(list)
            case .codeBlock, .htmlBlock, .thematicBreak, .experiment, .math: break
            }
            return block
        }
    }

    private mutating func resolve(_ inlines: [MarkdownInline]) -> [MarkdownInline] {
        Self.joiningText(inlines).flatMap { inline -> [MarkdownInline] in
            switch inline.kind {
            case .text(let text): return citations(in: text, range: inline.range)
            case .emphasis(let children): return [MarkdownInline(.emphasis(resolve(children)), range: inline.range)]
            case .strong(let children): return [MarkdownInline(.strong(resolve(children)), range: inline.range)]
            case .link(let link, let children): return [self.link(link, children, range: inline.range)]
            case .image(let link, let children):
                return [MarkdownInline(.image(checked(link, at: inline.range?.start), children), range: inline.range)]
            default: return [inline]
            }
        }
    }

    /// Adjacent text inlines as one: cmark splits text at brackets, and `[@key]` spans them.
    private static func joiningText(_ inlines: [MarkdownInline]) -> [MarkdownInline] {
        var joined: [MarkdownInline] = []
        // The run of text so far grows in one buffer: joining each piece to a copy of the
        // last was quadratic in a paragraph of thousands of brackets.
        var run: (text: String, range: SourceRange?)?
        func flush() {
            if let pending = run.take() { joined.append(MarkdownInline(.text(pending.text), range: pending.range)) }
        }
        for inline in inlines {
            if case .text(let text) = inline.kind {
                if run == nil { run = ("", inline.range) }
                run?.text += text
            } else {
                flush()
                joined.append(inline)
            }
        }
        flush()
        return joined
    }

    // MARK: [@citations]

    // Compiled once: a regex literal is parsed again each time the expression runs, which
    // was most of the time of resolving a page.
    nonisolated(unsafe) private static let citation = #/\[@[A-Za-z0-9_:-]+(\s*;\s*@[A-Za-z0-9_:-]+)*\]/#
    nonisolated(unsafe) private static let reference = #/@(?<kind>fig|sec)-(?<name>[A-Za-z0-9_-]*[A-Za-z0-9])/#

    /// Text with each `[@key; @other]` replaced by numbered links to the references, and
    /// the rest passed on to `references(in:)`.
    private mutating func citations(in text: String, range: SourceRange?) -> [MarkdownInline] {
        guard text.contains("[@") else { return references(in: text, range: range) }
        let matches = text.matches(of: Self.citation)
        guard !matches.isEmpty else { return references(in: text, range: range) }
        var result: [MarkdownInline] = []
        var rest = text[...]
        var columns = ColumnCounter(text)
        for match in matches {
            let offset = columns.offset(of: rest.startIndex)
            if rest.startIndex < match.range.lowerBound {
                result += references(in: String(text[rest.startIndex..<match.range.lowerBound]), range: range.map { Self.shifted($0, by: offset) })
            }
            let keys = text[match.range].dropFirst().dropLast().split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).dropFirst() }
            var links: [MarkdownInline] = [MarkdownInline(.text("["))]
            let matchOffset = columns.offset(of: match.range.lowerBound)
            for (index, key) in keys.map(String.init).enumerated() {
                let location = range.map { Self.shifted($0, by: matchOffset).start }
                guard let work = bibliography.works[key] else {
                    report(.unknownCitation(key, suggestion: NameSuggestion.nearest(to: key, among: bibliography.works.keys)), at: location)
                    continue
                }
                if !cited.contains(key) { cited.append(key) }
                let number = (cited.firstIndex(of: key) ?? 0) + 1
                if index > 0 { links.append(MarkdownInline(.text(", "))) }
                links.append(MarkdownInline(.link(MarkdownLink(destination: "#" + Self.anchor(ofWork: key), title: "\(work.shortAuthors) (\(work.year)). \(work.title)"),
                                                  [MarkdownInline(.text(String(number)))])))
            }
            links.append(MarkdownInline(.text("]")))
            result += links
            rest = text[match.range.upperBound...]
        }
        if !rest.isEmpty {
            let offset = columns.offset(of: rest.startIndex)
            result += references(in: String(rest), range: range.map { Self.shifted($0, by: offset) })
        }
        return result
    }

    /// The column offsets of positions in a text, taken in increasing order, each counted
    /// on from the last: linear in the text however many references it has.
    private struct ColumnCounter {
        let text: String
        var position: String.Index
        var offset = 0

        init(_ text: String) {
            self.text = text
            position = text.startIndex
        }

        mutating func offset(of index: String.Index) -> Int {
            offset += text.distance(from: position, to: index)
            position = index
            return offset
        }
    }

    /// A text's range moved `offset` characters along its first line.
    private static func shifted(_ range: SourceRange, by offset: Int) -> SourceRange {
        SourceRange(start: SourceLocation(path: range.start.path, line: range.start.line, column: range.start.column + offset), end: range.end)
    }

    // MARK: @references

    /// Text with each `@fig-…` and `@sec-…` replaced by a link.
    private mutating func references(in text: String, range: SourceRange?) -> [MarkdownInline] {
        // Not after a letter, digit or dot: `me@fig-shop.com` is an address, not a reference.
        guard text.contains("@") else { return [MarkdownInline(.text(text), range: range)] }
        let matches = text.matches(of: Self.reference).filter { match in
            guard match.range.lowerBound > text.startIndex else { return true }
            let before = text[text.index(before: match.range.lowerBound)]
            return !(before.isLetter || before.isNumber || before == "." || before == "_")
        }
        guard !matches.isEmpty else { return [MarkdownInline(.text(text), range: range)] }
        var result: [MarkdownInline] = []
        var rest = text[...]
        var columns = ColumnCounter(text)
        for match in matches {
            let before = text[rest.startIndex..<match.range.lowerBound]
            if !before.isEmpty { result.append(MarkdownInline(.text(String(before)))) }
            let offset = columns.offset(of: match.range.lowerBound)
            let location = range.map { Self.shifted($0, by: offset).start }
            let written = String(text[match.range])
            if let target = target(kind: String(match.output.kind), name: String(match.output.name), written: written, at: location) {
                result.append(MarkdownInline(.link(MarkdownLink(destination: href(target), title: ""), [MarkdownInline(.text(target.label))])))
            } else {
                result.append(MarkdownInline(.text(written)))
            }
            rest = text[match.range.upperBound...]
        }
        if !rest.isEmpty { result.append(MarkdownInline(.text(String(rest)))) }
        return result
    }

    private mutating func target(kind: String, name: String, written: String, at location: SourceLocation?) -> CourseTargets.Target? {
        if kind == "fig" {
            if let figure = targets.figures["fig-" + name] { return figure }
            report(.unresolvedReference(written, suggestion: NameSuggestion.nearest(to: "fig-" + name, among: targets.figures.keys).map { "@" + $0 }), at: location)
            return nil
        }
        let candidates = targets.sections[name] ?? []
        // A section on this page wins; elsewhere, the name must be unambiguous.
        if let here = candidates.first(where: { $0.file == file }) { return here }
        if candidates.count == 1 { return candidates[0] }
        if candidates.isEmpty {
            report(.unresolvedReference(written, suggestion: NameSuggestion.nearest(to: name, among: targets.sections.keys).map { "@sec-" + $0 }), at: location)
        } else {
            report(.ambiguousReference(written, pages: candidates.map(\.file)), at: location)
        }
        return nil
    }

    private func href(_ target: CourseTargets.Target) -> String {
        (target.file == file ? "" : target.file) + "#" + target.anchor
    }

    // MARK: Links

    private mutating func link(_ link: MarkdownLink, _ children: [MarkdownInline], range: SourceRange?) -> MarkdownInline {
        let checkedLink = checked(link, at: range?.start)
        var children = resolve(children)
        let text = MarkdownInline.plainText(children).trimming(UInt8(ascii: " "))
        if let label = numberedLabel(text: text, destination: checkedLink.destination) {
            children = [MarkdownInline(.text(label))]
        }
        return MarkdownInline(.link(checkedLink, children), range: range)
    }

    /// `[Figure](#fig-x)` and `[Section](page.html#anchor)` read their target's number, and
    /// so does a link with no text; any other text is the author's.
    private func numberedLabel(text: String, destination: String) -> String? {
        guard ["Figure", "Section", ""].contains(text), let hash = destination.firstIndex(of: "#") else { return nil }
        let page = hash == destination.startIndex ? file : String(destination[..<hash])
        let anchor = String(destination[destination.index(after: hash)...])
        let figure = targets.figures[anchor].flatMap { $0.file == page ? $0 : nil }
        let section = targets.sections[anchor]?.first { $0.file == page }
        switch text {
        case "Figure": return figure?.label
        case "Section": return section?.label
        default: return (figure ?? section)?.label
        }
    }

    /// The link, with `.md` pages turned into their `.html`, after checking that a link
    /// inside the site reaches a page and an id on it.
    private mutating func checked(_ link: MarkdownLink, at location: SourceLocation?) -> MarkdownLink {
        let destination = link.destination
        // A scheme (`https:`, `mailto:`) or a protocol-relative URL leaves the site.
        if destination.hasPrefix("//") || destination.prefix(while: { $0 != "/" && $0 != "#" }).contains(":") { return link }
        var parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        var page = parts[0].split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
        if page.hasSuffix(".md") {
            page = String(page.dropLast(3)) + ".html"
            parts[0] = page
        }
        let anchor = parts.count > 1 ? parts[1] : nil
        let target = page.isEmpty ? file : page
        guard let ids = targets.pages[target] else {
            report(.brokenLink(destination, reason: "there is no page '\(target)' in the course",
                               suggestion: NameSuggestion.nearest(to: target, among: targets.pages.keys)), at: location)
            return link
        }
        if let anchor, !anchor.isEmpty, !ids.contains(anchor) {
            report(.brokenLink(destination, reason: "'\(target)' has no '#\(anchor)'",
                               suggestion: NameSuggestion.nearest(to: anchor, among: ids).map { (page.isEmpty ? "" : target) + "#" + $0 }), at: location)
        }
        return MarkdownLink(destination: parts.joined(separator: "#"), title: link.title)
    }

    private mutating func report(_ message: DiagnosticMessage, at location: SourceLocation?) {
        diagnostics.append(Diagnostic(message, at: location ?? SourceLocation(path: file, line: 1, column: 1)))
    }
}
