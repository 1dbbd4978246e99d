import LessonsCore

/// Reads `lessons/course.yml` and puts the lessons in course order.
public enum CourseFileParser {
    static let keys = ["budget", "lessons", "title"]

    public static func parse(_ source: SourceFile) -> (settings: CourseSettings, diagnostics: [Diagnostic]) {
        var fields = YAMLFields(yaml: source.text, what: CourseSettings.fileName, source: source, lineOffset: 0)
        var settings = CourseSettings(title: fields.string("title") ?? CourseSettings.defaultTitle)
        settings.lessons = fields.locatedStrings("lessons")?.map { CourseSettings.Entry(file: $0.text, location: $0.location) }
        var diagnostics: [Diagnostic] = []
        if var budget = fields.nested("budget", what: "course.yml's budget") {
            for key in BudgetSettings.keys {
                guard let value = budget.integer(key) else { continue }
                if !settings.budget.set(key, to: String(value)), let location = budget.location(ofKey: key) {
                    diagnostics.append(Diagnostic(
                        .wrongValueType(key, in: "course.yml's budget", expected: "a whole number above 0"), at: location))
                }
            }
            budget.rejectUnknownKeys(known: BudgetSettings.keys)
            diagnostics += budget.diagnostics
        }
        fields.rejectUnknownKeys(known: keys)
        return (settings, fields.diagnostics + diagnostics)
    }

    /// The lessons in course order. With a lesson list, that order, reporting listed files
    /// that do not exist and files that are not listed; without one, by front-matter `order`
    /// and then by file name.
    public static func arrange(
        _ lessons: [Lesson], fileNames: [String], settings: CourseSettings
    ) -> (lessons: [Lesson], diagnostics: [Diagnostic]) {
        let byName = Dictionary(zip(fileNames, lessons), uniquingKeysWith: { first, _ in first })
        guard let entries = settings.lessons else {
            let sorted = zip(fileNames, lessons).sorted { a, b in
                (a.1.metadata.order ?? Int.max, a.0) < (b.1.metadata.order ?? Int.max, b.0)
            }
            return (sorted.map(\.1), [])
        }
        var diagnostics: [Diagnostic] = []
        var ordered: [Lesson] = []
        var listed: Set<String> = []
        for entry in entries {
            guard listed.insert(entry.file).inserted else {
                diagnostics.append(Diagnostic(.lessonListedTwice(entry.file), at: entry.location))
                continue
            }
            guard let lesson = byName[entry.file] else {
                diagnostics.append(Diagnostic(.lessonNotFound(entry.file), at: entry.location))
                continue
            }
            ordered.append(lesson)
        }
        for (name, lesson) in zip(fileNames, lessons) where !listed.contains(name) {
            diagnostics.append(Diagnostic(.lessonNotListed(name), at: lesson.source.start))
        }
        return (ordered, diagnostics)
    }
}
