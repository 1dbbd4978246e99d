import LessonsCore
import Site
import TestSupport
import Testing

@Suite struct LessonPageTests {
    static let fixture = """
    ---
    title: A page with everything
    summary: Prose, code, a chart, checks, printed text and a value.
    objectives:
      - Read a page
      - Trust its claims
    ---

    Intro with *emphasis* and `code`, and math: $\\sigma'(0) = \\frac{1}{4}$.

    > [!TIP]
    > Every claim on this page is checked.

    ## A chart

    ```swift experiment
    //| caption: The sigmoid and its slope.
    //| id: sigmoid-chart
    plot([sigmoid, sigmoid.derivative], over: -4...4)
    ```

    ## Checks and text

    ```swift experiment
    let slope = sigmoid.derivative(0)
    check(slope == 0.25, "σ′(0) = 1/4")
    print("slope <at> 0:", slope)
    slope * 4
    ```

    ### Folded, hidden and failing on purpose

    ```swift experiment
    //| fold: true
    let folded = "shown folded"
    folded
    ```

    ```swift experiment
    //| echo: false
    print("only the result")
    ```

    ```swift experiment
    //| expect: error
    let n = 1 / 0
    ```
    """

    static func page(_ markdown: String, named slug: String = "test") -> (page: String, errors: [Diagnostic]) {
        let result = Harness.run(markdown)
        let files = SiteRenderer.render(course: CourseSettings(title: "Course"), lessons: [(result.lesson, result.run)]).files
        return (files.first { $0.path == "\(slug).html" }?.contents ?? "", result.errors)
    }

    /// The region that matters: `<main>`, not the head or the footer.
    static func main(of page: String) -> String {
        guard let start = page.range(of: "<main"), let end = page.range(of: "</main>") else { return "" }
        return String(page[start.lowerBound..<end.upperBound])
    }

    @Test func pageMatchesItsGolden() {
        let (page, errors) = Self.page(Self.fixture)
        #expect(errors == [])
        Golden.assertMatches(Self.main(of: page) + "\n", named: "lesson-page.html")
    }

    @Test func optionsShapeTheBlock() {
        let main = Self.main(of: Self.page(Self.fixture).page)
        // The block's id names its figure, which is numbered: the first figure of lesson 1.
        #expect(main.contains(#"<figure class="figure" id="sigmoid-chart">"#))
        #expect(main.contains(#"<figcaption><span class="figure-number">Figure 1.1</span> The sigmoid and its slope.</figcaption>"#))
        #expect(main.contains(#"<details class="code-fold"><summary>Show the code</summary><pre class="code">"#))
        #expect(!main.contains("print</span>(<span class=\"tok-string\">&quot;only the result"), "echo: false hides the code")
        #expect(main.contains(#"<pre class="output-text">only the result"#))
        #expect(main.contains(#"<pre class="output-error"><span class="output-error-label">error: </span>division by zero</pre>"#))
        #expect(!main.contains("//|"), "option lines are not shown")
    }

    @Test func printedTextIsEscapedNeverMarkup() {
        let (page, _) = Self.page("---\ntitle: T\n---\n```swift experiment\nprint(\"<script>alert(1)</script> & co\")\n```\n")
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"))
        #expect(!page.contains("<script>"))
    }

    @Test func pagesLinkOnlyToFilesBesideThem() {
        let (page, _) = Self.page(Self.fixture)
        #expect(page.contains(#"<link rel="stylesheet" href="style.css" />"#))
        // No attribute loads anything from a network; the SVG namespace is a name, not a request.
        let loads = page.matches(of: #/(src|href|action|poster)="(?<url>[^"]*)"/#).map { String($0.output.url) }
        #expect(!loads.isEmpty)
        #expect(loads.filter { $0.contains("//") } == [], "no page makes a network request")
        // `url(#…)` names an element of the same page (a chart's clip path), never a file.
        #expect(!page.contains("@import") && page.matches(of: #/url\((?!#)/#).isEmpty)
    }

    @Test func aTableHasHeadingsAndRightAlignedNumbers() {
        let code = #"table([("σ", 0.25, "1e-03"), ("tanh", 1.0, "<b>")], columns: ["f", "slope", "text"])"#
        let (page, errors) = Self.page("---\ntitle: T\n---\n```swift experiment\n\(code)\n```\n")
        #expect(errors == [])
        #expect(page.contains(
            #"<div class="output-table"><table><thead><tr><th scope="col">f</th><th scope="col">slope</th><th scope="col">text</th></tr></thead>"#
            + #"<tbody><tr><td>σ</td><td class="number">0.25</td><td class="number">1e-03</td></tr>"#
            + #"<tr><td>tanh</td><td class="number">1</td><td>&lt;b&gt;</td></tr></tbody></table></div>"#), "Doubles rounded for a reader: 1.0 reads 1")
    }

    /// A check in a loop says its claim once for all cases, or each case's own claim when the
    /// loop interpolates it, each with the condition on demand.
    @Test func aCheckInALoopShowsEachCasesClaim() {
        let same = Self.page("---\ntitle: T\n---\n```swift experiment\nfor x in [1, 2, 3] { check(x > 0, \"positive\") }\n```\n").page
        #expect(same.contains(#"<span class="claim-text">positive (in all 3 cases)</span></summary><p class="claim-proof">Checked in each of 3 cases: <code>x &gt; 0</code></p>"#))
        let own = Self.page("---\ntitle: T\n---\n```swift experiment\nfor x in [1, 2] { check(x > 0, \"\\(x) is positive\") }\n```\n").page
        #expect(own.contains(#"<div class="claim-group"><details class="claim claim-verified"><summary><span class="claim-mark" role="img" aria-label="Verified">✓</span> <span class="claim-text">1 is positive</span></summary>"#))
        #expect(own.contains(#"<span class="claim-text">2 is positive</span>"#))
    }
}
