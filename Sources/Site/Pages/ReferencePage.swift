import LessonsCore

/// Every builtin of experiment blocks, grouped by topic, each with its signature, its doc
/// and an example; after a topic's builtins, the enumerations they take (every case) and the
/// results they return (every property). Made from the registry, so it is never out of date.
struct ReferencePage {
    static let fileName = "reference.html"

    /// What the page lists, and the anchor of each entry: known before any page is
    /// rendered, since lessons may link to them.
    struct Contents: Sendable {
        let builtins: [BuiltinDocumentation]
        let types: [TypeDocumentation]
        let sections: [Section]

        init(builtins: [BuiltinDocumentation], types: [TypeDocumentation]) {
            self.builtins = builtins
            self.types = types
            sections = ReferencePage.sections(builtins: builtins, types: types)
        }

        var isEmpty: Bool { builtins.isEmpty }

        /// Every anchor on the page.
        var ids: Set<String> {
            Set(sections.flatMap { [$0.anchor] + $0.entries.map(\.id) + $0.types.map(\.id) })
        }
    }

    /// A topic with its anchor, each builtin of it with its own, and its types.
    struct Section: Sendable {
        let topic: String
        let anchor: String
        let entries: [(builtin: BuiltinDocumentation, id: String)]
        let types: [(type: TypeDocumentation, id: String)]
    }

    let contents: Contents
    let layout: PageLayout


    func html() -> String {
        let sections = contents.sections
        return layout.document(title: "Reference · \(layout.courseTitle)", description: "Every builtin of experiment blocks.") { writer in
            writer.open("div", [Attribute("class", "page")])
            writer.lineFeed()
            writer.write(.tag("nav", ["class": "toc", "aria-label": "Topics"], [
                .tag("p", ["class": "toc-title"], text: "Topics"),
                .tag("ul", sections.map { section in .tag("li", [.tag("a", ["href": "#" + section.anchor], text: section.topic)]) }),
            ]))
            writer.newline()
            var children: [Markup] = [.newline, .tag("h1", text: "Reference"), .newline,
                                      .tag("p", ["class": "summary"], text: "Every builtin that experiment blocks can use, by topic, "
                                          + "with the cases of every enumeration they take and the properties of every result they return."),
                                      .newline]
            for section in sections {
                children += [.tag("section", ["class": "reference-topic", "aria-labelledby": section.anchor], [
                    .newline, .tag("h2", ["id": section.anchor], text: section.topic), .newline,
                ] + section.entries.flatMap { [Self.entry($0.builtin, id: $0.id), Markup.newline] }
                  + section.types.flatMap { [Self.entry($0.type, id: $0.id), Markup.newline] }), .newline]
            }
            writer.write(.tag("main", ["class": "reference", "id": "content"], children))
            writer.newline()
            writer.close("div")
            writer.lineFeed()
        }
    }

    private static func entry(_ builtin: BuiltinDocumentation, id: String) -> Markup {
        .tag("div", ["class": "builtin", "id": id], [
            .tag("h3", [.tag("code", ["class": "signature"], text: builtin.signature)]),
            .tag("p", text: builtin.doc),
            ExperimentRenderer.code(builtin.example),
        ])
    }

    /// Topics in the order the registry first names them, each with its anchor, each
    /// builtin of it with its own, and its types, anchored as `descent-type`. Types whose
    /// topic has no builtin come last, under theirs.
    private static func sections(builtins: [BuiltinDocumentation], types: [TypeDocumentation]) -> [Section] {
        var order: [String] = []
        var groups: [String: [BuiltinDocumentation]] = [:]
        for builtin in builtins {
            if groups[builtin.topic] == nil { order.append(builtin.topic) }
            groups[builtin.topic, default: []].append(builtin)
        }
        for type in types where groups[type.topic] == nil && !order.contains(type.topic) { order.append(type.topic) }
        // Topics' anchors first, so that a builtin named like its topic gets another.
        var used = Set(order.map(HeadingAnchors.slug))
        return order.map { topic in
            let entries = (groups[topic] ?? []).map { builtin in (builtin, unique(HeadingAnchors.slug(builtin.name), &used)) }
            let types = types.filter { $0.topic == topic }.map { type in (type, unique(HeadingAnchors.slug(type.name + " type"), &used)) }
            return Section(topic: topic, anchor: HeadingAnchors.slug(topic), entries: entries, types: types)
        }
    }

    /// An enumeration with its cases, or a result with its properties and their types.
    private static func entry(_ type: TypeDocumentation, id: String) -> Markup {
        let what = type.kind == .enumeration ? "enumeration" : "result"
        return .tag("div", ["class": "type", "id": id], [
            .tag("h3", [.tag("code", ["class": "signature"], text: type.name), .text(" "), .tag("span", ["class": "type-kind"], text: what)]),
            .tag("p", text: type.doc),
            .tag("dl", ["class": "members"], type.members.flatMap { member -> [Markup] in
                let head: [Markup] = [.tag("code", text: member.declaration)]
                    + (member.type.isEmpty ? [] : [.text(": "), .tag("code", ["class": "member-type"], text: member.type)])
                return [.tag("dt", head), .tag("dd", text: member.doc)]
            }),
        ])
    }

    private static func unique(_ slug: String, _ used: inout Set<String>) -> String {
        var candidate = slug
        var number = 2
        while !used.insert(candidate).inserted {
            candidate = "\(slug)-\(number)"
            number += 1
        }
        return candidate
    }
}
