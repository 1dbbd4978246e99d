import LessonsCore

/// Every builtin of experiment blocks, grouped by topic, each with its signature, its doc
/// and an example; after a topic's builtins, the enumerations they take (every case) and the
/// results they return (every property). Made from the registry, so it is never out of date.
struct ReferencePage {
    static let fileName = "reference.html"

    let builtins: [BuiltinDocumentation]
    var types: [TypeDocumentation] = []
    let layout: PageLayout

    /// Topics in the order the registry first names them.
    private var topics: [(topic: String, builtins: [BuiltinDocumentation])] {
        var order: [String] = []
        var groups: [String: [BuiltinDocumentation]] = [:]
        for builtin in builtins {
            if groups[builtin.topic] == nil { order.append(builtin.topic) }
            groups[builtin.topic, default: []].append(builtin)
        }
        return order.map { ($0, groups[$0] ?? []) }
    }

    /// Each topic with its anchor, each builtin of it with its own, and its types, each
    /// anchored as `descent-type`. Types whose topic has no builtin come last, under theirs.
    var sections: [(topic: String, anchor: String, entries: [(builtin: BuiltinDocumentation, id: String)],
                    types: [(type: TypeDocumentation, id: String)])] {
        let typeTopics = types.map(\.topic).filter { topic in !topics.contains { $0.topic == topic } }
        let all = topics + typeTopics.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.map { ($0, []) }
        // Topics' anchors first, so that a builtin named like its topic gets another.
        var used = Set(all.map { HeadingAnchors.slug($0.topic) })
        return all.map { topic, builtins in
            let anchor = HeadingAnchors.slug(topic)
            let entries = builtins.map { builtin in (builtin, Self.unique(HeadingAnchors.slug(builtin.name), &used)) }
            let types = types.filter { $0.topic == topic }.map { type in (type, Self.unique(HeadingAnchors.slug(type.name + " type"), &used)) }
            return (topic, anchor, entries, types)
        }
    }

    func html() -> String {
        let sections = self.sections
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
