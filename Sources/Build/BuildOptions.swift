import Foundation

/// What to build, and where.
public struct BuildOptions: Sendable, Hashable {
    /// The folder of lesson files, as the user named it (paths in messages start with it).
    public var lessons: String
    /// The folder the site is written to. It is replaced as a whole, and only if the build succeeds.
    public var output: String
    /// Pass authors' raw HTML through (the default), or omit it.
    public var allowRawHTML: Bool
    /// The folder that keeps lessons' runs between builds, or nil to run every lesson.
    public var cache: String?
    /// How many lessons may run at once: by default, one per core.
    public var jobs: Int

    public init(lessons: String = "lessons", output: String = "output", allowRawHTML: Bool = true, cache: String? = nil,
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.lessons = lessons
        self.output = output
        self.allowRawHTML = allowRawHTML
        self.cache = cache
        self.jobs = jobs
    }
}
