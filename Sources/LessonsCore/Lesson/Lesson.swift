/// One lesson: its file, its front matter, its Markdown, and its experiment blocks.
public struct Lesson: Sendable, Hashable {
    public let source: SourceFile
    /// The page's file name without extension, from the lesson's file name.
    public let slug: String
    public var metadata: LessonMetadata
    public var blocks: [MarkdownBlock]
    /// The experiment blocks in document order; `MarkdownBlock.Kind.experiment` indexes here.
    public var experiments: [ExperimentBlock]

    public init(
        source: SourceFile, slug: String, metadata: LessonMetadata,
        blocks: [MarkdownBlock], experiments: [ExperimentBlock]
    ) {
        self.source = source
        self.slug = slug
        self.metadata = metadata
        self.blocks = blocks
        self.experiments = experiments
    }
}
