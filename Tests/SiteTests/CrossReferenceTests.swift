import LessonsCore
import MarkdownParsing
@testable import Site
import TestSupport
import Testing

/// Numbered figures and sections, references to them, and links checked at build time.
@Suite struct CrossReferenceTests {
    static let chart = Output.figure(Figure(title: "A chart", summary: "s", chart: .line(LineChart(series: [
        Series(label: "f", points: [Point(x: 0, y: 0), Point(x: 1, y: 1)]),
    ]))))

    /// A lesson whose every experiment block drew `figures[i]` charts.
    static func lesson(_ slug: String, _ markdown: String, figures: [Int]) -> (lesson: Lesson, run: LessonRun) {
        let lesson = LessonParser.parse(SourceFile(path: "lessons/\(slug).md", text: "---\ntitle: \(slug.uppercased())\n---\n" + markdown), slug: slug).lesson
        return (lesson, LessonRun(blocks: figures.map { BlockRun(code: [], outputs: Array(repeating: chart, count: $0)) }, diagnostics: []))
    }

    static let course = [
        lesson("a", "## Part one\n\n```swift experiment\n//| id: fig-first\n//| caption: The first.\nx\n```\n\n```swift experiment\n//| id: fig-second\ny\n```\n", figures: [2, 1]),
        lesson("b", "See @fig-second, [Figure](a.html#fig-first), @sec-part-one and [the part](a.md#part-one).\n\n## Own part\n\nBack to @sec-own-part and [Section](#own-part).\n", figures: []),
    ]

    static func render(_ lessons: [(lesson: Lesson, run: LessonRun)]) -> RenderedSite {
        SiteRenderer.render(course: CourseSettings(title: "C"), lessons: lessons)
    }

    static func page(_ site: RenderedSite, _ path: String) -> String {
        site.files.first { $0.path == path }?.contents ?? ""
    }

    @Test func figuresAreNumberedThroughTheLessonAndTheBlockIdNamesTheFirst() {
        let page = Self.page(Self.render(Self.course), "a.html")
        #expect(page.contains(#"<figure class="figure" id="fig-first">"#))
        // Two figures share the block's caption, each led by its own chart's title.
        #expect(page.contains(#"<figcaption><span class="figure-number">Figure 1.1</span> A chart. The first.</figcaption>"#))
        #expect(page.contains(#"<figure class="figure" id="figure-1-2">"#))
        #expect(page.contains(#"<figcaption><span class="figure-number">Figure 1.2</span> A chart. The first.</figcaption>"#))
        // Without a caption, the chart's title is the caption: every figure has one.
        #expect(page.contains(#"<figcaption><span class="figure-number">Figure 1.3</span> A chart</figcaption>"#))
    }

    @Test func referencesReadTheirNumbersAndLinkAcrossPages() {
        let site = Self.render(Self.course)
        #expect(site.diagnostics == [])
        let page = Self.page(site, "b.html")
        #expect(page.contains(#"See <a href="a.html#fig-second">Figure 1.3</a>, <a href="a.html#fig-first">Figure 1.1</a>, "#
            + #"<a href="a.html#part-one">Section 1.1</a> and <a href="a.html#part-one">the part</a>."#))
        #expect(page.contains(##"Back to <a href="#own-part">Section 2.1</a> and <a href="#own-part">Section 2.1</a>."##))
    }

    /// A heading that contains a reference has one anchor: the one the page gives it, the
    /// one its table of contents, `@sec-` links and the search index use. It comes from the
    /// heading as written; the reader sees the resolved title.
    @Test func aHeadingWithAReferenceHasOneAnchorEverywhere() {
        let course = [
            Self.lesson("a", "```swift experiment\n//| id: fig-loss\nx\n```\n\n## Reading @fig-loss\n\nText.\n", figures: [1]),
            Self.lesson("b", "See @sec-reading-fig-loss and [it](a.md#reading-fig-loss).\n", figures: []),
        ]
        let site = Self.render(course)
        #expect(site.diagnostics == [])
        let a = Self.page(site, "a.html")
        #expect(a.contains(#"<h2 id="reading-fig-loss">"#))
        #expect(a.contains(##"Reading <a href="#fig-loss">Figure 1.1</a><a class="anchor""##))
        #expect(a.contains(##"<a href="#reading-fig-loss">1.1 Reading Figure 1.1</a>"##), "the table of contents")
        #expect(Self.page(site, "b.html").contains(
            #"See <a href="a.html#reading-fig-loss">Section 1.1</a> and <a href="a.html#reading-fig-loss">it</a>."#))
        #expect(Self.page(site, "search-index.js").contains(#""section":"Reading Figure 1.1","url":"a.html#reading-fig-loss""#))
    }

    @Test func anAddressIsNotAReference() {
        let site = Self.render(Self.course + [Self.lesson("c", "Mail me@fig-shop.com.\n", figures: [])])
        #expect(site.diagnostics == [])
        #expect(Self.page(site, "c.html").contains("Mail me@fig-shop.com."))
    }

    static func problems(_ markdown: String) -> [String] {
        let marked = MarkedLesson("---\ntitle: C\n---\n" + markdown)
        let lesson = LessonParser.parse(SourceFile(path: MarkedLesson.path, text: marked.text), slug: "c").lesson
        let diagnostics = Self.render(Self.course + [(lesson, LessonRun(blocks: [], diagnostics: []))]).diagnostics
        #expect(diagnostics.map(\.location) == marked.markers.keys.sorted().compactMap { marked[$0] })
        return diagnostics.map(\.message.text)
    }

    @Test func whatPointsNowhereIsAnErrorWhereItIsWritten() {
        #expect(Self.problems("See 1️⃣@fig-secnd.\n") == [
            "'@fig-secnd' refers to nothing in the course; did you mean '@fig-second'?; a figure is named by its block's '//| id: fig-…', a section by its heading's anchor",
        ])
        #expect(Self.problems("See 1️⃣[x](missing.html) and 2️⃣[y](a.html#part-onr).\n") == [
            "broken link 'missing.html': there is no page 'missing.html' in the course",
            "broken link 'a.html#part-onr': 'a.html' has no '#part-onr'; did you mean 'a.html#part-one'?",
        ])
        #expect(Self.problems("1️⃣[up](#nowhere) but [out](https://example.com/x#y) is never fetched.\n") == [
            "broken link '#nowhere': 'c.html' has no '#nowhere'",
        ])
        // Two pages have an "Own part"; this page's own wins. An image must be a file of the site.
        #expect(Self.problems("## Own part\n\nHere @sec-own-part is this page's.\n\n1️⃣![pic](img.png)\n") == [
            "broken link 'img.png': there is no page 'img.png' in the course",
        ])
    }

    @Test func aBlockIdUsedTwiceInTheCourseIsAnError() {
        let copy = Self.lesson("d", "```swift experiment\n//| id: fig-first\nz\n```\n", figures: [1])
        let site = Self.render(Self.course + [copy])
        #expect(site.diagnostics.map(\.message.text) == ["the id 'fig-first' is already used by the block at lessons/a.md:6:1; give each block its own id"])
        #expect(site.diagnostics.first?.location == SourceLocation(path: "lessons/d.md", line: 4, column: 1))
        // Blocks that draw nothing are held to it too: their ids are anchors of the page.
        let twice = Self.lesson("e", "```swift experiment\n//| id: setup\nx\n```\n\n```swift experiment\n//| id: setup\ny\n```\n", figures: [0, 0])
        #expect(Self.render([twice]).diagnostics.map(\.location) == [SourceLocation(path: "lessons/e.md", line: 9, column: 1)])
    }
}
