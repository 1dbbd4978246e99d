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
    public var displayCode: String { String(decoding: code.utf8.dropFirst(displayOffset), as: UTF8.self) }

    /// Where the shown code begins in `code`, in UTF-8 bytes: just after the last option line.
    public var displayOffset: Int {
        guard optionLineCount > 0 else { return 0 }
        var newlines = 0
        for (offset, byte) in code.utf8.enumerated() where byte == UInt8(ascii: "\n") {
            newlines += 1
            if newlines == optionLineCount { return offset + 1 }
        }
        return code.utf8.count
    }
}
