/// A fenced block tagged `swift experiment`: code that the build runs.
public struct ExperimentBlock: Sendable, Hashable {
    /// Its position among the lesson's experiment blocks, from 0.
    public let index: Int
    public let options: BlockOptions
    /// The block's code as written, `//|` option lines included (they are Swift comments).
    public let code: String
    /// How many leading lines are `//|` options; the page does not show them.
    public let optionLineCount: Int
    public let sourceMap: BlockSourceMap
    /// The whole fenced block in the Markdown file.
    public let range: SourceRange

    public init(
        index: Int, options: BlockOptions, code: String, optionLineCount: Int,
        sourceMap: BlockSourceMap, range: SourceRange
    ) {
        self.index = index
        self.options = options
        self.code = code
        self.optionLineCount = optionLineCount
        self.sourceMap = sourceMap
        self.range = range
    }

    /// The code the page shows: everything after the option lines.
    public var displayCode: String {
        code.split(separator: "\n", omittingEmptySubsequences: false)
            .dropFirst(optionLineCount)
            .joined(separator: "\n")
    }
}
