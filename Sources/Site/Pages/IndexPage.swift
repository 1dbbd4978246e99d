import LessonsCore

/// The course's front page: its title, and every lesson in order with its summary and objectives.
struct IndexPage {
    let lessons: [Lesson]
    let layout: PageLayout

    func html() -> String {
        layout.document(title: layout.courseTitle, description: nil) { writer in
            writer.write(.tag("main", ["class": "index"], [
                .newline,
                .tag("h1", text: layout.courseTitle), .newline,
                .tag("ol", ["class": "lesson-list"], [.newline] + lessons.flatMap { lesson in
                    [entry(lesson), Markup.newline]
                }), .newline,
            ]))
        }
    }

    private func entry(_ lesson: Lesson) -> Markup {
        var children: [Markup] = [.tag("a", ["href": LessonPage.fileName(of: lesson)], text: lesson.metadata.title)]
        if let summary = lesson.metadata.summary {
            children.append(.tag("p", ["class": "lesson-summary"], text: summary))
        }
        if !lesson.metadata.objectives.isEmpty {
            children.append(.tag("ul", ["class": "lesson-objectives", "aria-label": "Objectives"],
                                 lesson.metadata.objectives.map { .tag("li", text: $0) }))
        }
        return .tag("li", children)
    }
}
