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
            for found in scan(bytes) {
                let containers = containerMarkers(in: bytes, found.content)
                // Markers become spaces in the TeX, which ignores them, so columns stay true.
                let tex = found.content.map { containers.contains($0) ? UInt8(ascii: " ") : bytes[$0] }
                spans.append(Span(tex: String(decoding: tex, as: UTF8.self), display: found.display,
                                  start: location(of: found.content.lowerBound, in: bytes, firstLine: range.lowerBound + 1, path: path)))
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
            case dollar where i + 1 < b.count && !isSpace(b[i + 1]):
                var j = i + 1
                var end: Int?
                // A backtick ends the search: "$5 and `$x$`" is money and code, not math.
                while j < b.count, b[j] != newline, b[j] != backtick {
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

    /// The file position of byte `offset` of a block's text whose first line is `firstLine`.
    private static func location(of offset: Int, in bytes: [UInt8], firstLine: Int, path: String) -> SourceLocation {
        let before = bytes[..<offset]
        let line = firstLine + before.filter { $0 == UInt8(ascii: "\n") }.count
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return SourceLocation(path: path, line: line, column: column)
    }
}
