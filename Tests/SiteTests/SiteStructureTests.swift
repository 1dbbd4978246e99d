import LessonsCore
import MarkdownParsing
import Site
import Testing

@Suite struct SiteStructureTests {
    static func lesson(_ slug: String, title: String, summary: String? = nil) -> (Lesson, LessonRun) {
        let front = "---\ntitle: \(title)\n" + (summary.map { "summary: \($0)\n" } ?? "") + "---\n## Part\n"
        let lesson = LessonParser.parse(SourceFile(path: "lessons/\(slug).md", text: front), slug: slug).lesson
        return (lesson, LessonRun(blocks: [], diagnostics: []))
    }

    static let files = SiteRenderer.render(course: CourseSettings(title: "Deep nets"), lessons: [
        lesson("a", title: "First", summary: "The first lesson."),
        lesson("b", title: "Second"),
        lesson("c", title: "Third & last"),
    ])

    static func file(_ path: String) -> String { files.first { $0.path == path }?.contents ?? "" }

    @Test func theSiteHasAnIndexAPagePerLessonAndAStylesheet() {
        #expect(Self.files.map(\.path) == ["index.html", "a.html", "b.html", "c.html", "style.css"])
    }

    @Test func theIndexListsLessonsInOrderWithSummaries() {
        let index = Self.file("index.html")
        #expect(index.contains("""
        <ol class="lesson-list">
        <li><a href="a.html">First</a><p class="lesson-summary">The first lesson.</p></li>
        <li><a href="b.html">Second</a></li>
        <li><a href="c.html">Third &amp; last</a></li>
        </ol>
        """))
    }

    @Test func pagesLinkToTheirNeighbours() {
        #expect(!Self.file("a.html").contains("rel=\"prev\""))
        #expect(Self.file("b.html").contains(#"<a class="pager-previous" href="a.html" rel="prev"><span class="pager-direction">Previous</span>First</a>"#))
        #expect(Self.file("b.html").contains(#"<a class="pager-next" href="c.html" rel="next"><span class="pager-direction">Next</span>Third &amp; last</a>"#))
        #expect(!Self.file("c.html").contains("rel=\"next\""))
        #expect(Self.file("b.html").contains("Lesson 2 of 3"))
    }

    @Test func pagesHaveATableOfContents() {
        #expect(Self.file("a.html").contains(##"<nav class="toc" aria-label="On this page"><p class="toc-title">On this page</p><ul><li class="toc-level-2"><a href="#part">Part</a></li></ul></nav>"##))
    }

    @Test func theStylesheetCoversDarkModeAndPrint() {
        let css = Self.file("style.css")
        #expect(css.contains("@media (prefers-color-scheme: dark)"))
        #expect(css.contains("@media print"))
        #expect(css.contains("--series-1"))
    }
}
