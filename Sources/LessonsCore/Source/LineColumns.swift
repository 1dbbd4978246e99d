/// One line's character columns by byte column, worked out once: cmark and swift-syntax
/// count bytes, people and editors count characters. A long line with thousands
/// of Markdown nodes asks for thousands of columns, and walking the line's characters for
/// each was quadratic.
public struct LineColumns: Sendable, Hashable {
    /// The line's length in bytes.
    private let byteCount: Int
    /// For each byte offset, the 0-based index of the character that holds it, and the
    /// character count at the end; empty for an ASCII line, where a byte is a character.
    private let characterIndex: [Int32]

    public init(_ line: String) {
        byteCount = line.utf8.count
        guard !line.utf8.allSatisfy({ $0 < 0x80 }) else {
            characterIndex = []
            return
        }
        var table: [Int32] = []
        table.reserveCapacity(byteCount + 1)
        for (index, character) in line.enumerated() {
            table.append(contentsOf: repeatElement(Int32(index), count: character.utf8.count))
        }
        table.append(Int32(line.count))
        characterIndex = table
    }

    /// The 1-based character column of a 1-based byte column: the column of the character
    /// the byte belongs to, one past the last character beyond the end.
    public func characterColumn(ofByteColumn byteColumn: Int) -> Int {
        let offset = min(max(byteColumn - 1, 0), byteCount)
        return characterIndex.isEmpty ? offset + 1 : Int(characterIndex[offset]) + 1
    }
}
