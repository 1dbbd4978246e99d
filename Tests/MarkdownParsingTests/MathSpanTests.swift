import LessonsCore
@testable import MarkdownParsing
import TestSupport
import Testing

/// Where the prose has math, by Pandoc's dollar rules, and what cmark then sees.
@Suite struct MathSpanTests {
    static func formulas(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return MathSpans.scan(bytes).map { (String(decoding: bytes[$0.content], as: UTF8.self) + ($0.display ? " (display)" : "")) }
    }

    @Test(arguments: [
        ("the cost $C(w)$ falls", ["C(w)"]),
        ("$a_i b_j$ and $x$", ["a_i b_j", "x"]),
        ("it costs $5 and $10", []),
        ("$20,000 and $30,000", []),
        ("a \\$ sign and $x$", ["x"]),
        ("`$x$` is code, $y$ is not", ["y"]),
        ("$5 and `$x$` in code", []),
        ("$ x$ and $x $", []),
        ("$$\\sum_i x_i$$", ["\\sum_i x_i (display)"]),
        ("$$\na\n+ b\n$$", ["\na\n+ b\n (display)"]),
        ("$x\ny$", []),
        ("$$ $$", []),
        ("$\\$$", ["\\$"]),
    ])
    func dollarsFollowPandocsRules(text: String, expected: [String]) {
        #expect(Self.formulas(text) == expected)
    }

    @Test func formulasSurviveCmarkWithTheirPositions() {
        let marked = MarkedLesson("---\ntitle: T\n---\n\nLoss $1️⃣L = \\frac{1}{n}\\sum_i l_i$ and *emphasis* with $2️⃣a_i b_j$.\n\n$$\n3️⃣\\hat y_{i}\n$$\n")
        let (lesson, diagnostics) = LessonParser.parse(SourceFile(path: MarkedLesson.path, text: marked.text), slug: "test")
        #expect(diagnostics == [])
        guard case .paragraph(let inlines)? = lesson.blocks.first?.kind else { Issue.record("no paragraph"); return }
        let kinds = inlines.map { inline -> String in
            switch inline.kind {
            case .math(let formula): "math(\(formula.tex))"
            case .emphasis: "emphasis"
            case .text(let text): "text(\(text))"
            default: "other"
            }
        }
        #expect(kinds == ["text(Loss )", "math(L = \\frac{1}{n}\\sum_i l_i)", "text( and )", "emphasis", "text( with )", "math(a_i b_j)", "text(.)"])
        // A mistake in a formula is placed where it is in the file.
        let broken = MarkedLesson("---\ntitle: T\n---\n\nSee $x + 1️⃣\\sigmma$ here, and\n$$\n2️⃣\\nope\n$$\n")
        let errors = LessonParser.parse(SourceFile(path: MarkedLesson.path, text: broken.text), slug: "test").diagnostics
        #expect(errors.map(\.location) == [broken["1️⃣"], broken["2️⃣"]])
        #expect(errors.first?.message.text == "unknown TeX command '\\sigmma' in math; did you mean '\\sigma'?")
    }

    @Test func aFormulaAfterAnotherOnItsLineCountsCharactersNotBytes() {
        // The first formula's "σ" and "→" are several bytes each, one column each.
        let marked = MarkedLesson("---\ntitle: T\n---\n\n$σ → τ$ then $x + 1️⃣\\nope$, and\nnext $y$ then $2️⃣\\bad$\n")
        let errors = LessonParser.parse(SourceFile(path: MarkedLesson.path, text: marked.text), slug: "test").diagnostics
        #expect(errors.map(\.location) == [marked["1️⃣"], marked["2️⃣"]])
    }

    @Test func aMathBlockIsDisplayMath() {
        let marked = MarkedLesson("---\ntitle: T\n---\n\n```math\n\\frac{a}{b}\n1️⃣\\bad\n```\n")
        let (lesson, diagnostics) = LessonParser.parse(SourceFile(path: MarkedLesson.path, text: marked.text), slug: "test")
        guard case .math(let formula)? = lesson.blocks.first?.kind else { Issue.record("no math block"); return }
        #expect(formula.display && formula.tex == "\\frac{a}{b}\n\\bad")
        #expect(diagnostics.map(\.location) == [marked["1️⃣"]])
    }
}

/// GitHub's alert syntax: a block quote whose first line is `[!NOTE]`.
@Suite struct CalloutTests {
    static func parse(_ markdown: String) -> (blocks: [MarkdownBlock], diagnostics: [Diagnostic]) {
        let parsed = LessonParser.parse(SourceFile(path: MarkedLesson.path, text: "---\ntitle: T\n---\n\n" + markdown), slug: "test")
        return (parsed.lesson.blocks, parsed.diagnostics)
    }

    @Test(arguments: CalloutKind.allCases)
    func eachKindIsACallout(kind: CalloutKind) {
        let (blocks, diagnostics) = Self.parse("> [!\(kind.rawValue.uppercased())]\n> Mind the *step*.\n>\n> Second paragraph.\n")
        #expect(diagnostics == [])
        guard case .callout(let found, let children)? = blocks.first?.kind else { Issue.record("no callout"); return }
        #expect(found == kind)
        #expect(children.count == 2)
        guard case .paragraph(let inlines)? = children.first?.kind else { Issue.record("no paragraph"); return }
        #expect(MarkdownInline.plainText(inlines) == "Mind the step.")
    }

    @Test func aPlainQuoteStaysAQuote() {
        guard case .blockQuote? = Self.parse("> [a link](x) and text\n").blocks.first?.kind else { Issue.record("not a quote"); return }
        guard case .blockQuote? = Self.parse("> [!not a kind] text\n").blocks.first?.kind else { Issue.record("not a quote"); return }
    }

    @Test func anUnknownKindIsAnErrorAtTheQuote() {
        let marked = MarkedLesson("---\ntitle: T\n---\n\n> 1️⃣[!HINT]\n> text\n")
        let diagnostics = LessonParser.parse(SourceFile(path: MarkedLesson.path, text: marked.text), slug: "test").diagnostics
        #expect(diagnostics.map(\.message.text) == ["unknown callout '[!HINT]'; use one of [!NOTE], [!TIP], [!IMPORTANT], [!WARNING], [!CAUTION], [!EXERCISE]"])
        #expect(diagnostics.first?.location == marked["1️⃣"])
    }

    /// Display math in a quote or a callout spans lines that begin with `> `: cmark must still
    /// see the markers (or the quote would end and the formula vanish), the TeX must not, and
    /// a mistake on a later line is still placed at its column.
    @Test func displayMathInACalloutKeepsTheQuoteAndLosesTheMarkers() {
        let marked = MarkedLesson("---\ntitle: T\n---\n\n> [!NOTE]\n> The loss\n> $$\n> L = \\frac{1}{n}\n>   1️⃣\\nope\n> $$\n> per batch.\n")
        let (lesson, diagnostics) = LessonParser.parse(SourceFile(path: MarkedLesson.path, text: marked.text), slug: "test")
        #expect(diagnostics.map(\.location) == [marked["1️⃣"]])
        guard case .callout(_, let children)? = lesson.blocks.first?.kind, case .paragraph(let inlines)? = children.first?.kind else {
            Issue.record("no callout paragraph")
            return
        }
        let formulas = inlines.compactMap { inline -> String? in
            if case .math(let formula) = inline.kind { return formula.tex }
            return nil
        }
        #expect(formulas == ["\n  L = \\frac{1}{n}\n    \\nope\n  "])
    }
}
