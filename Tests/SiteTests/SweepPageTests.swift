import LessonsCore
@testable import Site
import TestSupport
import Testing

/// A swept block's page: a slider per swept name (revealed by the script), every variant in
/// turn with its values named, figures numbered once with the variant in the caption, and
/// the same figure on the same axes in every variant.
@Suite struct SweepPageTests {
    static let markdown = """
        ```swift experiment
        //| sweep: rate in [0.5, 1.5]
        //| caption: Steps on a bowl.
        let run = descend({ (x: Double) in x * x }, from: 1, learningRate: rate, steps: 3)
        print(run.final.x)
        check(run.steps == 3, "every run takes three steps")
        plot([run.values], xLabel: "step", yLabel: "f")
        ```
        """

    static var article: String {
        let result = Harness.run("---\ntitle: A\n---\n" + markdown + "\n")
        let site = SiteRenderer.render(course: CourseSettings(title: "C"), lessons: [(result.lesson, result.run)])
        let page = site.files.first { $0.path == "test.html" }?.contents ?? ""
        guard let start = page.range(of: "<div class=\"lesson-body\">"), let end = page.range(of: "</article>") else { return page }
        return String(page[start.lowerBound..<end.upperBound])
    }

    @Test func aSweptBlockMatchesItsGolden() {
        Golden.assertMatches(Self.article, named: "sweep.html")
    }

    @Test func variantsShareTheirAxesAndNumberTheirFiguresOnce() {
        let article = Self.article
        #expect(article.contains(#"<figure class="figure" id="figure-1-1">"#))
        #expect(article.contains(#"<figure class="figure" id="figure-1-1-v2">"#))
        #expect(article.contains(#"<span class="figure-number">Figure 1.1</span> (rate = 0.5) Steps on a bowl."#))
        #expect(article.contains(#"<span class="figure-number">Figure 1.1</span> (rate = 1.5) Steps on a bowl."#))
        // rate 0.5 reaches 0 at once and rate 1.5 diverges (f = 64 at step 3): both span 0…64.
        let axes = article.matches(of: #/<g class="axis y-axis">.*?</g>/#.dotMatchesNewlines()).map { String($0.output) }
        #expect(axes.count == 2 && axes[0] == axes[1])
        #expect(article.contains(#"data-values="[&quot;0.5&quot;,&quot;1.5&quot;]""#))
    }
}
