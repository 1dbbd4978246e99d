/// Random Markdown documents for differential testing: every kind of block and inline,
/// nested in quotes and lists, with characters that need escaping. Seeded, so a failure
/// reproduces.
struct MarkdownGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func document() -> String {
        (0..<int(1...8)).map { _ in block(depth: 0) }.joined(separator: pick(["\n", "\n\n", "\n\n\n"]))
    }

    private mutating func block(depth: Int) -> String {
        let kinds = depth < 2 ? 11 : 8
        switch int(0...(kinds - 1)) {
        case 0, 1: return paragraph()
        case 2: return String(repeating: "#", count: int(1...6)) + " " + inlines(count: int(1...4))
        case 3: return inlines(count: int(1...3)) + "\n" + pick(["===", "---", "- - -"])
        case 4: return "```" + pick(["", "swift", "python extra", "a&b"]) + "\n" + pick(["x < y", "let s = \"&\"", "  indented", ""]) + "\n```"
        case 5: return "    code <&>\n    more"
        case 6: return pick(["<div>\n*raw* html\n</div>", "<!-- comment -->", "<p class=\"x\">para</p>", "<script>x</script>"])
        case 7: return pick(["***", "---", "___", "[ref]: /url \"title\""])
        case 8: return prefix("> ", block(depth: depth + 1))
        case 9: return list(depth: depth, ordered: false)
        default: return list(depth: depth, ordered: true)
        }
    }

    private mutating func list(depth: Int, ordered: Bool) -> String {
        let loose = bool()
        let start = int(0...3)
        return (0..<int(1...4)).map { index in
            let marker = ordered ? "\(start + index)\(pick([".", ")"])) " : pick(["- ", "* ", "+ "])
            let content = int(0...3) == 0 ? block(depth: depth + 1) : paragraph()
            let indent = String(repeating: " ", count: marker.count)
            let lines = content.split(separator: "\n", omittingEmptySubsequences: false)
            return marker + lines.enumerated().map { $0.offset == 0 ? String($0.element) : indent + $0.element }
                .joined(separator: "\n")
        }.joined(separator: loose ? "\n\n" : "\n")
    }

    private mutating func paragraph() -> String {
        (0..<int(1...3)).map { _ in inlines(count: int(1...6)) }.joined(separator: pick(["\n", "  \n", "\\\n"]))
    }

    private mutating func inlines(count: Int) -> String {
        (0..<count).map { _ in inline() }.joined(separator: " ")
    }

    private mutating func inline() -> String {
        let word = pick(["word", "σ′(x)", "a<b", "x&y", "\"q\"", "'s'", "über", "1/4", "e^x", "~tilde~", "_x_y_"])
        switch int(0...13) {
        case 0: return "*\(word)*"
        case 1: return "**\(word)**"
        case 2: return "`\(word)`"
        case 3: return "[\(word)](\(pick(["http://a.b/c d", "x.html#y", "/p?q=1&r=2", "javascript:x()", ""])) \"t&\")"
        case 4: return "![\(word) *e*](\(pick(["i.png", "data:image/png;x", "data:text/html;x"])))"
        case 5: return pick(["<span>", "</span>", "<b>x</b>", "<!-- c -->"])
        case 6: return pick(["&amp;", "&copy;", "&#x22;", "&nope;"])
        case 7: return pick(["\\*", "\\_", "\\`", "\\\\"])
        case 8: return pick(["<http://auto.link/x>", "<a@b.co>"])
        case 9: return "[ref]"
        default: return word
        }
    }

    private func prefix(_ marker: String, _ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { marker + $0 }.joined(separator: "\n")
    }

    private mutating func pick(_ options: [String]) -> String {
        options[int(0...(options.count - 1))]
    }

    private mutating func bool() -> Bool { int(0...1) == 1 }

    /// SplitMix64: small, fast, and good enough to vary test input.
    private mutating func int(_ range: ClosedRange<Int>) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return range.lowerBound + Int(z % UInt64(range.count))
    }
}
