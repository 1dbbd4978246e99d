import LessonsCore
@testable import MarkdownParsing
@testable import Site
import TestSupport
import Testing

/// TeX → MathML Core, over every construct the lessons may use, against a reviewed golden.
@Suite struct MathMLTests {
    static let location = SourceLocation(path: "lessons/test.md", line: 3, column: 5)

    static func mathML(_ tex: String, display: Bool = false) -> String {
        let parsed = TeXParser.parse(tex, start: location)
        #expect(parsed.diagnostics == [], "\(tex): \(parsed.diagnostics.map(\.message.text))")
        return HTMLWriter.render(MathMLRenderer.markup(MathFormula(tex: tex, display: display, node: parsed.node)))
    }

    /// One formula per construct of the reader issue's list, and the notes' own formulas.
    static let constructs = [
        #"\frac{1}{n}"#, #"\dfrac{a+b}{2}"#, #"\sqrt{x}"#, #"\sqrt[3]{x^2}"#, #"x_i"#, #"x^2"#, #"x_i^2"#, #"w_{ij}^{(l)}"#,
        #"e^{-x}"#, #"f'(x)"#, #"f''"#, #"\alpha \beta \gamma \Delta \Sigma \varepsilon"#,
        #"a \le b \ge c \approx d \ne e \nabla f \partial g"#, #"\sum_{i=1}^{n} x_i"#, #"\prod_{k} a_k"#, #"\int_0^1 f(x)\,dx"#,
        #"\mathbb{R}^n"#, #"\mathbf{W}x"#, #"\mathrm{d}x"#, #"\text{if } x > 0"#, #"\left( \frac{a}{b} \right)"#,
        #"\left\{ x \right."#, #"\begin{pmatrix} a & b \\ c & d \end{pmatrix}"#, #"\begin{bmatrix} 1 \\ 2 \end{bmatrix}"#,
        #"f(x) = \begin{cases} x & x > 0 \\ 0 & \text{otherwise} \end{cases}"#, #"\hat{y} \bar{x} \tilde{w} \vec{v}"#,
        #"a \cdot b"#, #"\operatorname{ReLU}(z) = \max(0, z)"#, #"\lim_{x \to 0} \frac{\sin x}{x} = 1"#,
        #"\sigma(x) = \frac{1}{1 + e^{-x}}"#, #"w \leftarrow w - \eta \nabla C(w)"#, #"\operatorname{Var}(w) = \frac{2}{n_\text{in} + n_\text{out}}"#,
        #"\sigma'(x) = \sigma(x)(1 - \sigma(x)) \le \tfrac{1}{4}"#, #"x \in [-1, 1], \quad y \sim \mathcal{N}(0, 1)"#,
        #"3.14 \times 10^{-3}"#, #"\|w\|_2"#, #"\sigma(x)\,\bigl(1 - \sigma(x)\bigr)"#,
    ]

    @Test func everyConstructMatchesItsGolden() {
        let rendered = Self.constructs.map { "\($0)\n\(Self.mathML($0))\n" }.joined(separator: "\n")
        Golden.assertMatches(rendered, named: "math-constructs.txt")
    }

    /// TeX's `(` and `|` keep their size and take no space; `\left(` stretches; a − after an
    /// opening delimiter or a comma is a sign, not a binary operator.
    @Test func delimitersAndSignsAreSizedAndSpacedAsInTeX() {
        #expect(Self.mathML("(-4, -1)").contains(#"<mo stretchy="false" lspace="0" rspace="0">(</mo><mo form="prefix">−</mo><mn>4</mn><mo>,</mo><mo form="prefix">−</mo><mn>1</mn>"#))
        #expect(Self.mathML("a - b").contains(#"<mi>a</mi><mo>−</mo><mi>b</mi>"#), "between two operands − is binary")
        #expect(Self.mathML("|1 - x|").contains(#"<mo stretchy="false" lspace="0" rspace="0">|</mo><mn>1</mn><mo>−</mo><mi>x</mi><mo stretchy="false" lspace="0" rspace="0">|</mo>"#))
        #expect(Self.mathML("\\left( \\frac{1}{2} \\right)").contains(#"<mo stretchy="true">(</mo>"#), "\\left( stretches")
    }

    @Test func displayMathIsABlock() {
        #expect(Self.mathML("x", display: true).hasPrefix(#"<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">"#))
        #expect(!Self.mathML("x").contains("display="))
    }

    @Test func theTeXTravelsAsAnAnnotation() {
        #expect(Self.mathML("a < b").contains(#"<annotation encoding="application/x-tex">a &lt; b</annotation>"#))
    }

    @Test func fontsUseMathematicalAlphanumerics() {
        #expect(Self.mathML(#"\mathbb{R}"#).contains("<mi>ℝ</mi>"))
        #expect(Self.mathML(#"\mathbf{x}"#).contains("<mi>𝐱</mi>"))
        #expect(Self.mathML(#"\mathcal{L}"#).contains("<mi>ℒ</mi>"))
        #expect(Self.mathML(#"\mathrm{d}"#).contains(#"<mi mathvariant="normal">d</mi>"#))
        #expect(Self.mathML(#"\Gamma"#).contains(#"<mi mathvariant="normal">Γ</mi>"#))
    }
}

/// Problems in TeX are diagnostics at their place in the Markdown file.
@Suite struct TeXDiagnosticTests {
    static func problems(_ tex: String) -> [String] {
        TeXParser.parse(tex, start: SourceLocation(path: "lessons/a.md", line: 7, column: 10)).diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message.text)" }
    }

    @Test func eachProblemIsReportedWhereItIs() {
        #expect(Self.problems(#"x + \fracc{1}{2}"#) == [#"7:14 unknown TeX command '\fracc' in math; did you mean '\frac'?"#])
        #expect(Self.problems(#"\foo"#) == [#"7:10 unknown TeX command '\foo' in math; the reference page lists the commands formulas may use"#])
        #expect(Self.problems("{x") == ["7:10 this '{' is never closed; add a '}'"])
        #expect(Self.problems("x}") == [#"7:11 unexpected '}' in math; check that braces, \left…\right and \begin…\end pair up"#])
        #expect(Self.problems(#"\left( x"#) == [#"7:10 '\left' has no matching '\right'; add one, such as '\right)' or '\right.'"#])
        #expect(Self.problems(#"\frac{1}"#) == [#"7:18 '\frac' needs an argument here, such as {x}"#])
        #expect(Self.problems("x^2^3") == ["7:13 this atom already has a superscript; group it, as {x^a}^b, to give it another"])
        #expect(Self.problems(#"\begin{foo} x \end{foo}"#) == [#"7:10 unknown environment 'foo' in math (environments: Bmatrix, Vmatrix, aligned, array, bmatrix, cases, matrix, pmatrix, vmatrix)"#])
        #expect(Self.problems(#"\begin{pmatrix} x \end{bmatrix}"#) == [#"7:10 '\begin{pmatrix}' is closed by '\end{bmatrix}'; close it with '\end{pmatrix}'"#])
        #expect(Self.problems(#"\left< x \right>"#).first == #"7:15 '<' cannot follow '\left'; use a bracket such as ( [ \{ | \langle, or '.' for none"#)
    }

    @Test func aProblemOnALaterLineOfDisplayMathIsOnThatLine() {
        #expect(Self.problems("a\n+ \\oops") == [#"8:3 unknown TeX command '\oops' in math; the reference page lists the commands formulas may use"#])
    }
}
