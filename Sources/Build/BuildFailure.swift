/// A build that could not start or finish for a reason outside the lessons' text: a wrong
/// folder, or a file that cannot be read or written. (Problems in lessons are diagnostics.)
public struct BuildFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The command was given folders it must not use: exit status 2.
        case usage
        /// Reading or writing failed: exit status 1.
        case io
    }

    public let kind: Kind
    public let message: String

    public var description: String { message }

    static func noLessonsFolder(_ path: String) -> Self {
        .init(kind: .usage, message: "the lessons folder '\(path)' does not exist; pass --lessons with a folder of .md files")
    }

    static func noLessons(_ path: String) -> Self {
        .init(kind: .usage, message: "the lessons folder '\(path)' has no .md files; add a lesson, or pass another --lessons folder")
    }

    static func outputOverlapsLessons(output: String, lessons: String) -> Self {
        .init(kind: .usage, message: "the output folder '\(output)' and the lessons folder '\(lessons)' overlap; "
            + "the build never writes into the lessons, so choose an output folder outside them")
    }

    static func cacheOverlaps(cache: String, lessons: String, output: String) -> Self {
        .init(kind: .usage, message: "the cache folder '\(cache)' overlaps the lessons folder '\(lessons)' or the output folder '\(output)'; "
            + "choose a cache folder outside both, or build with --no-cache")
    }

    static func outputNotOurs(_ path: String) -> Self {
        .init(kind: .usage, message: "'\(path)' exists and was not made by lessons build, so it is left alone; "
            + "remove it or choose another --output folder")
    }

    static func unreadable(_ path: String, _ reason: String) -> Self {
        .init(kind: .io, message: "cannot read '\(path)': \(reason)")
    }

    static func unwritable(_ path: String, _ reason: String) -> Self {
        .init(kind: .io, message: "cannot write '\(path)': \(reason); the previous site is unchanged")
    }

    static func untitledLesson(_ title: String) -> Self {
        .init(kind: .usage, message: "the title '\(title)' has no letter or digit to name a file by; pass --file with a name such as intro.md")
    }

    static func badLessonFileName(_ name: String) -> Self {
        .init(kind: .usage, message: "'\(name)' cannot name a lesson: give a file name ending in .md, without folders, "
            + "not starting with a dot, and not index.md (the front page)")
    }

    static func lessonExists(_ path: String) -> Self {
        .init(kind: .usage, message: "'\(path)' already exists and is left alone; choose another title, or pass --file with another name")
    }

    static func unwritableLesson(_ path: String, _ reason: String) -> Self {
        .init(kind: .io, message: "cannot write '\(path)': \(reason)")
    }
}
