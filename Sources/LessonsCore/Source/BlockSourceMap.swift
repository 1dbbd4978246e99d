/// Maps a position inside an experiment block's code to the Markdown file.
///
/// This is the one place that knows how a fenced block sits in its file: the fence's line,
/// and the container prefix (indentation, `> `) in front of each code line. Everything else
/// asks it, so no `+ 1` arithmetic is scattered elsewhere.
public struct BlockSourceMap: Sendable, Hashable {
    public let path: String
    /// The file line of the block's first code line (the line after the opening fence).
    public let firstLine: Int
    /// For each code line, how many characters precede it on its file line.
    private let prefixWidths: [Int]
    /// For each code line, the UTF-8 offset in the code at which it starts.
    private let lineStarts: [Int]
    /// For each code line, its character columns.
    private let columns: [LineColumns]
    /// The block's code, for the text of a range of it.
    private let code: [UInt8]

    /// - Parameters:
    ///   - code: the block's content as cmark gives it.
    ///   - fileLines: the file's lines, to find each code line's container prefix.
    public init(path: String, code: String, firstLine: Int, fileLines: [String]) {
        self.path = path
        self.firstLine = firstLine
        var lines = code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        columns = lines.map(LineColumns.init)
        self.code = Array(code.utf8)
        var starts: [Int] = []
        var offset = 0
        for line in lines {
            starts.append(offset)
            offset += line.utf8.count + 1
        }
        lineStarts = starts
        prefixWidths = lines.enumerated().map { index, line in
            let fileIndex = firstLine - 1 + index
            guard fileLines.indices.contains(fileIndex) else { return 0 }
            let fileLine = fileLines[fileIndex]
            // cmark strips the container prefix; the code line is what remains at the end.
            return fileLine.hasSuffix(line) ? fileLine.count - line.count : 0
        }
    }

    /// The file location of a UTF-8 offset into the block's code.
    public func location(ofUTF8Offset offset: Int) -> SourceLocation {
        guard !lineStarts.isEmpty else {
            return SourceLocation(path: path, line: firstLine, column: 1)
        }
        let index = lineIndex(containing: offset)
        let column = columns[index].characterColumn(ofByteColumn: offset - lineStarts[index] + 1)
        return SourceLocation(path: path, line: firstLine + index, column: prefixWidths[index] + column)
    }

    /// The code between two UTF-8 offsets: a node's text without its trivia, read from the
    /// source rather than rebuilt from the tree (swift-syntax's `trimmedDescription` makes a
    /// trimmed copy of the node first).
    public func text(fromUTF8Offset start: Int, to end: Int) -> String {
        let (start, end) = (min(max(start, 0), code.count), min(max(end, 0), code.count))
        return String(decoding: code[start..<max(start, end)], as: UTF8.self)
    }

    /// The file location of a 1-based line and 1-based character column of the code.
    public func location(line: Int, column: Int) -> SourceLocation {
        let index = min(max(line - 1, 0), max(prefixWidths.count - 1, 0))
        let prefix = prefixWidths.isEmpty ? 0 : prefixWidths[index]
        return SourceLocation(path: path, line: firstLine + line - 1, column: prefix + column)
    }

    private func lineIndex(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
