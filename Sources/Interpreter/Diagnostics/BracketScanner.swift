/// Finds how deep square brackets nest in Swift code, counting only brackets the parser
/// sees as code: not in comments or string text, but yes inside `\( … )` interpolations.
/// It knows just enough of Swift's lexing for that: line comments, nested block comments,
/// and single-line, multi-line and raw (`#"…"#`) strings.
struct BracketScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ code: String) {
        bytes = Array(code.utf8)
    }

    /// The UTF-8 offset of the first `[` nested deeper than `limit`, if any.
    static func firstBracket(in code: String, deeperThan limit: Int) -> Int? {
        var scanner = BracketScanner(code)
        var depth = 0
        return scanner.scanCode(until: nil, depth: &depth, limit: limit)
    }

    private func byte(_ offset: Int = 0) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    private func matches(_ text: String, at offset: Int = 0) -> Bool {
        text.utf8.enumerated().allSatisfy { byte(offset + $0.offset) == $0.element }
    }

    /// Code, until an unmatched `)` when inside an interpolation.
    private mutating func scanCode(until closing: UInt8?, depth: inout Int, limit: Int) -> Int? {
        var parentheses = 0
        while let current = byte() {
            if matches("//") {
                while let b = byte(), b != UInt8(ascii: "\n") { index += 1 }
                continue
            }
            if matches("/*") {
                skipBlockComment()
                continue
            }
            switch current {
            case UInt8(ascii: "["):
                depth += 1
                if depth > limit { return index }
            case UInt8(ascii: "]"):
                depth = max(0, depth - 1)
            case UInt8(ascii: "("):
                parentheses += 1
            case UInt8(ascii: ")"):
                if closing != nil, parentheses == 0 { index += 1; return nil }
                parentheses -= 1
            case UInt8(ascii: "#"), UInt8(ascii: "\""):
                var pounds = 0
                while byte(pounds) == UInt8(ascii: "#") { pounds += 1 }
                if byte(pounds) == UInt8(ascii: "\"") {
                    index += pounds
                    if let found = scanString(pounds: pounds, depth: &depth, limit: limit) { return found }
                    continue
                }
            default:
                break
            }
            index += 1
        }
        return nil
    }

    /// A string literal from its opening quote, with `pounds` #s around it.
    private mutating func scanString(pounds: Int, depth: inout Int, limit: Int) -> Int? {
        let multiline = matches("\"\"\"")
        index += multiline ? 3 : 1
        let close = (multiline ? "\"\"\"" : "\"") + String(repeating: "#", count: pounds)
        let escape = "\\" + String(repeating: "#", count: pounds)
        while let current = byte() {
            if matches(close) { index += close.utf8.count; return nil }
            if current == UInt8(ascii: "\n"), !multiline { return nil }  // unterminated: the parser reports it
            if matches(escape) {
                index += escape.utf8.count
                if byte() == UInt8(ascii: "(") {
                    index += 1
                    if let found = scanCode(until: UInt8(ascii: ")"), depth: &depth, limit: limit) { return found }
                } else {
                    index += 1
                }
                continue
            }
            index += 1
        }
        return nil
    }

    /// `/* … */`, which nests in Swift.
    private mutating func skipBlockComment() {
        var level = 0
        while byte() != nil {
            if matches("/*") { level += 1; index += 2; continue }
            if matches("*/") {
                level -= 1
                index += 2
                if level == 0 { return }
                continue
            }
            index += 1
        }
    }
}
