import LessonsCore

/// Every builtin of experiment blocks, grouped by topic, each with its signature, its doc
/// and an example. Made from the registry, so it is never out of date.
struct ReferencePage {
    static let fileName = "reference.html"

    let builtins: [BuiltinDocumentation]
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

    /// Each topic with its anchor, and each builtin of it with its own.
    var sections: [(topic: String, anchor: String, entries: [(builtin: BuiltinDocumentation, id: String)])] {
        // Topics' anchors first, so that a builtin named like its topic gets another.
        var used = Set(topics.map { HeadingAnchors.slug($0.topic) })
        return topics.map { topic, builtins in
            let anchor = HeadingAnchors.slug(topic)
            return (topic, anchor, builtins.map { builtin in (builtin, Self.unique(HeadingAnchors.slug(builtin.name), &used)) })
        }
    }

    func html() -> String {
        let sections = self.sections
        return layout.document(title: "Reference · \(layout.courseTitle)", description: "Every builtin of experiment blocks.") { writer in
            writer.open("div", [Attribute("class", "page")])
            writer.lineFeed()
            writer.write(.tag("nav", ["class": "toc", "aria-label": "Topics"], [
                .tag("p", ["class": "toc-title"], text: "Topics"),
                .tag("ul", sections.map { topic, anchor, _ in .tag("li", [.tag("a", ["href": "#" + anchor], text: topic)]) }),
            ]))
            writer.newline()
            var children: [Markup] = [.newline, .tag("h1", text: "Reference"), .newline,
                                      .tag("p", ["class": "summary"], text: "Every builtin that experiment blocks can use, by topic."), .newline]
            for (topic, anchor, entries) in sections {
                children += [.tag("section", ["class": "reference-topic", "aria-labelledby": anchor], [
                    .newline, .tag("h2", ["id": anchor], text: topic), .newline,
                ] + entries.flatMap { [Self.entry($0.builtin, id: $0.id), Markup.newline] }), .newline]
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
