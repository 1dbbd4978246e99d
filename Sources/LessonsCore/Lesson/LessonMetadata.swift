/// A lesson's front matter, with defaults filled in.
public struct LessonMetadata: Sendable, Hashable {
    /// The seed used when the front matter gives none.
    public static let defaultSeed: UInt64 = 1

    public var title: String
    public var summary: String?
    public var objectives: [String]
    /// Where the lesson sorts when the course has no `course.yml`.
    public var order: Int?
    /// The seed of every random draw in the lesson that is not given its own.
    public var seed: UInt64

    public init(
        title: String, summary: String? = nil, objectives: [String] = [],
        order: Int? = nil, seed: UInt64 = LessonMetadata.defaultSeed
    ) {
        self.title = title
        self.summary = summary
        self.objectives = objectives
        self.order = order
        self.seed = seed
    }
}
