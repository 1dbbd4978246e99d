/// What running a lesson's experiment blocks produced.
public struct LessonRun: Sendable, Hashable, Codable {
    /// One entry per experiment block, in order.
    public var blocks: [BlockRun]
    public var diagnostics: [Diagnostic]

    public init(blocks: [BlockRun], diagnostics: [Diagnostic]) {
        self.blocks = blocks
        self.diagnostics = diagnostics
    }
}

/// What one experiment block produced, and its code classified for highlighting.
public struct BlockRun: Sendable, Hashable, Codable {
    public var code: [CodeToken]
    public var outputs: [Output]
    /// The interpreter's steps the block took: what it cost, the same on every machine and
    /// every run, unlike its time.
    public var steps: Int

    public init(code: [CodeToken], outputs: [Output], steps: Int = 0) {
        self.code = code
        self.outputs = outputs
        self.steps = steps
    }
}
