import LessonsCore

/// Finds `$…$` and `$$…$$` in a lesson's prose and hides them from cmark, which would read
/// the `_` of `a_i b_j` as emphasis. Each formula becomes a code span of exactly the same
/// bytes and lines (its dollars backticks, its TeX bytes U+0001, its line breaks kept), so
/// every position in the file stays where it was; the converter turns those code spans back
/// into formulas, in order. The rules are Pandoc's: an opening `$` is followed by a
/// non-space, a closing `$` follows a non-space and is not followed by a digit (so "$5 and
/// $10" stays text), `\$` is a dollar, and inline math stays on one line; unlike Pandoc,
/// inline math holds no backtick, so a dollar never swallows a code span.
enum MathSpans {
    struct Span: Equatable {
        var tex: String
        var display: Bool
        /// Where the TeX's first character is in the file.
        var start: SourceLocation
    }

    /// The byte that fills a hidden formula; a code span starting with it is a formula.
    static let marker: UInt8 = 0x01

    /// Hides the formulas of the prose on `lines` (0-based line ranges of paragraphs and
    /// headings, in document order) and returns them in order.
    static func protect(_ lines: inout [String], in ranges: [ClosedRange<Int>], path: String) -> [Span] {
        var spans: [Span] = []
        for range in ranges where range.lowerBound >= 0 && range.upperBound < lines.count {
            var bytes = Array(lines[range].joined(separator: "\n").utf8)
            guard bytes.contains(UInt8(ascii: "$")) else { continue }
            var cursor = Cursor(bytes: bytes, firstLine: range.lowerBound + 1, path: path)
            for found in scan(bytes) {
                let containers = containerMarkers(in: bytes, found.content)
                // Markers become spaces in the TeX, which ignores them, so columns stay true.
                let tex = found.content.map { containers.contains($0) ? UInt8(ascii: " ") : bytes[$0] }
                spans.append(Span(tex: String(decoding: tex, as: UTF8.self), display: found.display,
                                  start: cursor.location(of: found.content.lowerBound)))
                let delimiter = found.display ? 2 : 1
                for k in (found.content.lowerBound - delimiter)..<found.content.lowerBound { bytes[k] = UInt8(ascii: "`") }
                for k in found.content.upperBound..<(found.content.upperBound + delimiter) { bytes[k] = UInt8(ascii: "`") }
                for k in found.content where bytes[k] != UInt8(ascii: "\n") && !containers.contains(k) { bytes[k] = marker }
            }
            let rewritten = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            lines.replaceSubrange(range, with: rewritten.map(String.init))
        }
        return spans
    }

    /// The offsets, within a formula that spans lines, of the block-quote markers and the
    /// indentation that begin its later lines (`> ` in a quote or a callout): they belong to
    /// the Markdown around the formula, so cmark must still see them, and the TeX must not.
    private static func containerMarkers(in bytes: [UInt8], _ content: Range<Int>) -> Set<Int> {
        var markers = Set<Int>()
        var k = content.lowerBound
        while k < content.upperBound {
            if bytes[k] == UInt8(ascii: "\n") {
                k += 1
                while k < content.upperBound, bytes[k] == UInt8(ascii: " ") || bytes[k] == UInt8(ascii: "\t") || bytes[k] == UInt8(ascii: ">") {
                    markers.insert(k)
                    k += 1
                }
            } else {
                k += 1
            }
        }
        return markers
    }

    /// The formulas in one block's text: the byte range of each one's TeX.
    static func scan(_ b: [UInt8]) -> [(content: Range<Int>, display: Bool)] {
        let (dollar, backslash, backtick, newline) = (UInt8(ascii: "$"), UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "\n"))
        func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == newline }
        func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        var found: [(content: Range<Int>, display: Bool)] = []
        // Bytes a search for a closing `$` has passed.
        var searched = [Bool](repeating: false, count: b.count)
        var i = 0
        while i < b.count {
            switch b[i] {
            case backslash:
                i += 2
            case backtick:
                // A code span is skipped whole: its dollars are code.
                let run = b[i...].prefix { $0 == backtick }.count
                var j = i + run
                var closed = false
                while j < b.count {
                    let length = b[j...].prefix { $0 == backtick }.count
                    if length == run { closed = true; j += length; break }
                    j += max(length, 1)
                }
                i = closed ? j : i + run
            case dollar where i + 1 < b.count && b[i + 1] == dollar:
                // Display math: up to the next unescaped `$$`, across lines.
                var j = i + 2
                while j + 1 < b.count, !(b[j] == dollar && b[j + 1] == dollar) { j += b[j] == backslash ? 2 : 1 }
                if j + 1 < b.count, b[(i + 2)..<j].contains(where: { !isSpace($0) }) {
                    found.append((content: (i + 2)..<j, display: true))
                    i = j + 2
                } else {
                    i += 2
                }
            case dollar where i + 1 < b.count && !isSpace(b[i + 1]) && !searched[i]:
                // The search for the closing `$` marks the bytes it passes. A later opener on
                // a failed search's path would search the same bytes and fail the same way, so
                // meeting a mark ends a search ("$a $a $a …" was quadratic); a found formula's
                // marks lie behind the scan, which goes on after its closing `$`.
                var j = i + 1
                var end: Int?
                // A backtick ends the search: "$5 and `$x$`" is money and code, not math.
                while j < b.count, b[j] != newline, b[j] != backtick, !searched[j] {
                    searched[j] = true
                    if b[j] == backslash { j += 2; continue }
                    if b[j] == dollar, !isSpace(b[j - 1]), !(j + 1 < b.count && isDigit(b[j + 1])) { end = j; break }
                    j += 1
                }
                if let end {
                    found.append((content: (i + 1)..<end, display: false))
                    i = end + 1
                } else {
                    i += 1
                }
            default:
                i += 1
            }
        }
        return found
    }

    /// File positions of bytes of a paragraph's text whose first line is `firstLine`, asked
    /// for in increasing order: each is counted on from the last, so a paragraph of thousands
    /// of formulas is placed in one pass (counting from its start for each was quadratic).
    private struct Cursor {
        let bytes: [UInt8]
        let path: String
        private var offset = 0
        private var line: Int
        private var column = 1

        init(bytes: [UInt8], firstLine: Int, path: String) {
            self.bytes = bytes
            self.path = path
            line = firstLine
        }

        /// The position of byte `target` (at or after the last one asked for). Formulas start
        /// after an ASCII `$`, so no character is split between two counts.
        mutating func location(of target: Int) -> SourceLocation {
            var segmentStart = offset
            for k in offset..<target where bytes[k] == UInt8(ascii: "\n") {
                line += 1
                column = 1
                segmentStart = k + 1
            }
            column += String(decoding: bytes[segmentStart..<target], as: UTF8.self).count
            offset = target
            return SourceLocation(path: path, line: line, column: column)
        }
    }
}
