import LessonsCore
import Testing

@Suite struct SourceMappingTests {
    @Test func characterColumnsCountCharactersNotBytes() {
        let line = "let σ = 1"
        // 'σ' is two bytes: byte column 5 is 'σ', byte column 7 is the space after it.
        let columns = LineColumns(line)
        #expect(columns.characterColumn(ofByteColumn: 5) == 5)
        #expect(columns.characterColumn(ofByteColumn: 7) == 6)
        #expect(columns.characterColumn(ofByteColumn: 1) == 1)
        #expect(columns.characterColumn(ofByteColumn: 100) == 10)
    }

    @Test func aByteInsideACharacterIsThatCharactersColumn() {
        // "e" + a combining acute is one character of three bytes; "→" is three bytes.
        let columns = LineColumns("ae\u{301}→b")
        #expect((0...9).map { columns.characterColumn(ofByteColumn: $0) } == [1, 1, 2, 2, 2, 3, 3, 3, 4, 5])
        #expect(columns.characterColumn(ofByteColumn: 42) == 5)
        let ascii = LineColumns("abc")
        #expect((0...5).map { ascii.characterColumn(ofByteColumn: $0) } == [1, 1, 2, 3, 4, 4])
    }

    @Test func blockPositionsMapThroughContainerPrefixes() {
        let file = ["# Title", "", "> ```swift experiment", "> let x = 1", ">   x + 1", "> ```"]
        let map = BlockSourceMap(path: "l.md", code: "let x = 1\n  x + 1\n", firstLine: 4, fileLines: file)
        #expect(map.location(ofUTF8Offset: 0) == SourceLocation(path: "l.md", line: 4, column: 3))
        #expect(map.location(ofUTF8Offset: 4) == SourceLocation(path: "l.md", line: 4, column: 7))
        // Offset 12 is "x" on the second code line, after two spaces of code indentation.
        #expect(map.location(ofUTF8Offset: 12) == SourceLocation(path: "l.md", line: 5, column: 5))
        #expect(map.location(line: 2, column: 3) == SourceLocation(path: "l.md", line: 5, column: 5))
    }

    /// An ASCII line maps byte columns straight through; a line with 'σ' counts characters,
    /// and the lines around it are not affected.
    @Test func blockPositionsCountCharactersOnlyOnLinesThatNeedIt() {
        let code = "let a = 1\nlet σ = a\nlet b = σ\n"
        let map = BlockSourceMap(path: "l.md", code: code, firstLine: 2, fileLines: ["```swift experiment"] + code.split(separator: "\n").map(String.init))
        #expect(map.location(ofUTF8Offset: 8) == SourceLocation(path: "l.md", line: 2, column: 9))
        // Line 2 starts at byte 10; 'a' is its byte 10, character 9.
        #expect(map.location(ofUTF8Offset: 19) == SourceLocation(path: "l.md", line: 3, column: 9))
        #expect(map.location(ofUTF8Offset: 29) == SourceLocation(path: "l.md", line: 4, column: 9))
        // The end of the code, after its last newline, stays just past the last line's end.
        #expect(map.location(ofUTF8Offset: 32) == SourceLocation(path: "l.md", line: 4, column: 10))
        let ascii = BlockSourceMap(path: "l.md", code: "let a = 1\n", firstLine: 2, fileLines: [])
        #expect(ascii.location(ofUTF8Offset: 10) == SourceLocation(path: "l.md", line: 2, column: 10))
    }

    /// A node's text is read from the code between two offsets, multi-byte characters whole,
    /// and offsets past either end are clamped rather than trapping.
    @Test func textBetweenOffsetsIsTheSource() {
        let map = BlockSourceMap(path: "l.md", code: "check(σ < 0.25)\n", firstLine: 1, fileLines: [])
        #expect(map.text(fromUTF8Offset: 6, to: 15) == "σ < 0.25")
        #expect(map.text(fromUTF8Offset: -3, to: 5) == "check")
        #expect(map.text(fromUTF8Offset: 16, to: 99) == "\n")
        #expect(map.text(fromUTF8Offset: 9, to: 4) == "")
    }

    @Test func formatterDrawsTheLineAndACaret() {
        let source = SourceFile(path: "l.md", text: "a\n\tlet y = zz\n")
        let diagnostic = Diagnostic(.init("unknown name 'zz'"), at: SourceLocation(path: "l.md", line: 2, column: 10))
        let text = DiagnosticFormatter(sources: [source]).format(diagnostic)
        #expect(text == "l.md:2:10: error: unknown name 'zz'\n    \tlet y = zz\n    \t        ^")
    }

    @Test func aLongLineIsQuotedAroundTheColumn() {
        let line = (0..<30).map { "word\($0) " }.joined() + "σ bad " + String(repeating: "tail ", count: 40)
        let source = SourceFile(path: "l.md", text: line + "\n")
        let column = line.distance(from: line.startIndex, to: line.firstRange(of: "bad")!.lowerBound) + 1
        let formatter = DiagnosticFormatter(sources: [source])
        let text = formatter.format(Diagnostic(.init("bad"), at: SourceLocation(path: "l.md", line: 1, column: column)))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // 100 characters of the line, cut at both ends, and the caret still under "bad".
        #expect(lines[1] == "    …" + line.dropFirst(column - 51).prefix(100) + "…")
        #expect(lines[2] == "    " + String(repeating: " ", count: 51) + "^")
        // The start of the line is not cut at its head, nor a short line at all.
        let first = formatter.format(Diagnostic(.init("first"), at: SourceLocation(path: "l.md", line: 1, column: 3)))
        #expect(first.split(separator: "\n")[1] == "    " + line.prefix(100) + "…")
        #expect(first.split(separator: "\n")[2] == "      ^")
    }
}
