import LessonsCore

/// A lesson as its page, the search index and `build.json` show it: its references
/// resolved, its place in the course, its heading anchors and its figure numbers.
struct ResolvedLesson {
    /// The lesson with every `@fig-`, `@sec-` and `[@key]` resolved.
    let lesson: Lesson
    let run: LessonRun
    /// Its place in the course, from 1.
    let number: Int
    /// Anchors from the headings as written; titles as resolved.
    let anchors: HeadingAnchors
    let figures: FigureNumbering
    /// The works it cites, numbered in this order.
    let citations: [Bibliography.Work]

    var fileName: String { LessonPage.fileName(of: lesson) }
}

/// The resolve step: every lesson's heading anchors, figure numbers and link targets,
/// worked out once, then every reference resolved against them. The pages, the search
/// index and the links all read the result, so a heading has one anchor everywhere.
struct CourseResolution {
    let lessons: [ResolvedLesson]
    /// The front page's introduction, its references resolved.
    let introduction: [MarkdownBlock]
    /// Duplicate ids, and references and links that lead nowhere.
    let diagnostics: [Diagnostic]

    init(lessons: [(lesson: Lesson, run: LessonRun)], introduction: [MarkdownBlock], referenceIDs: Set<String>,
         otherFiles: [String], bibliography: Bibliography) {
        let written = lessons.map { entry in
            (lesson: entry.lesson, anchors: HeadingAnchors(blocks: entry.lesson.blocks, reserved: LessonPage.reservedIDs(entry.lesson)),
             figures: FigureNumbering(lesson: entry.lesson, run: entry.run))
        }
        let targets = CourseTargets(lessons: written, referenceIDs: referenceIDs, otherFiles: otherFiles)
        var diagnostics = targets.duplicates.map { Diagnostic(.duplicateBlockID($0.id, first: $0.first), at: $0.second) }
        self.lessons = zip(lessons, written).enumerated().map { index, pair in
            let (entry, written) = pair
            var resolver = ReferenceResolver(targets: targets, file: LessonPage.fileName(of: entry.lesson), bibliography: bibliography)
            var lesson = entry.lesson
            lesson.blocks = resolver.resolve(lesson.blocks)
            diagnostics += resolver.diagnostics
            return ResolvedLesson(lesson: lesson, run: entry.run, number: index + 1, anchors: written.anchors.retitled(lesson.blocks),
                                  figures: written.figures, citations: resolver.cited.compactMap { bibliography.works[$0] })
        }
        var resolver = ReferenceResolver(targets: targets, file: "index.html", bibliography: bibliography)
        self.introduction = resolver.resolve(introduction)
        self.diagnostics = diagnostics + resolver.diagnostics
    }
}
