import LessonsCore
import MarkdownParsing
@testable import Site
import Testing

@Suite struct SiteStructureTests {
    static func lesson(_ slug: String, title: String, summary: String? = nil, body: String = "## Part\n") -> (Lesson, LessonRun) {
        let front = "---\ntitle: \(title)\n" + (summary.map { "summary: \($0)\nobjectives:\n  - Learn \"one\" thing\n" } ?? "") + "---\n" + body
        let lesson = LessonParser.parse(SourceFile(path: "lessons/\(slug).md", text: front), slug: slug).lesson
        return (lesson, LessonRun(blocks: [], diagnostics: []))
    }

    static let files = SiteRenderer.render(course: CourseSettings(title: "Deep nets"), lessons: [
        lesson("a", title: "First", summary: "The first lesson.", body: "Intro words.\n\n## Part\n\nSaddle talk, $x_i$.\n\n### Deeper\n\n> [!NOTE]\n> A noted fact.\n"),
        lesson("b", title: "Second"),
        lesson("c", title: "Third & last"),
    ]).files

    static func file(_ path: String) -> String { files.first { $0.path == path }?.contents ?? "" }

    @Test func theSiteHasAnIndexAPagePerLessonAndAStylesheet() {
        #expect(Self.files.map(\.path) == ["index.html", "a.html", "b.html", "c.html", "search-index.js", "build.json"])
    }

    @Test func theIndexListsLessonsInOrderWithSummaries() {
        let index = Self.file("index.html")
        #expect(index.contains("""
        <ol class="lesson-list">
        <li><a href="a.html">First</a><p class="lesson-summary">The first lesson.</p><p class="lesson-meta">About 1 minute to read</p><ul class="lesson-objectives" aria-label="Objectives"><li>Learn &quot;one&quot; thing</li></ul></li>
        <li><a href="b.html">Second</a><p class="lesson-meta">About 1 minute to read</p></li>
        <li><a href="c.html">Third &amp; last</a><p class="lesson-meta">About 1 minute to read</p></li>
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
        #expect(Self.file("b.html").contains(##"<nav class="toc" aria-label="On this page"><p class="toc-title">On this page</p><ul><li class="toc-level-2"><a href="#part">2.1 Part</a></li></ul></nav>"##))
    }

    @Test func everyLessonPageListsTheCourseAndMarksItself() {
        let nav = ##"<nav class="course-nav" aria-label="Course"><p class="course-nav-title"><a href="index.html">Deep nets</a></p><ol><li><a href="a.html">First</a></li><li><a href="b.html" aria-current="page">Second</a></li><li><a href="c.html">Third &amp; last</a></li></ol></nav>"##
        #expect(Self.file("b.html").contains(nav))
    }

    @Test func pagesLoadTheScriptAndTheSearchIndexFromBesideThem() {
        for page in ["index.html", "a.html"] {
            #expect(Self.file(page).contains(#"<script src="site.js"></script>"#))
            #expect(Self.file(page).contains(#"<script src="search-index.js" defer=""></script>"#))
            #expect(Self.file(page).contains(#"<input type="search" id="search-input""#))
        }
    }

    @Test func theSearchIndexHasASectionPerHeadingWithItsText() {
        #expect(Self.file("search-index.js") == #"""
        // The search index of the course, made by lessons build.
        window.LESSONS_SEARCH = [
        {"page":"First","section":"","url":"a.html","text":"The first lesson. Learn \"one\" thing Intro words."},
        {"page":"First","section":"Part","url":"a.html#part","text":"Saddle talk, xᵢ."},
        {"page":"First","section":"Deeper","url":"a.html#deeper","text":"A noted fact."},
        {"page":"Second","section":"Part","url":"b.html#part","text":""},
        {"page":"Third & last","section":"Part","url":"c.html#part","text":""}
        ];

        """#)
    }

    @Test func searchTextIsAValidJavaScriptString() {
        #expect(JSONText.string("a\"b\\c\n\u{1}\u{2028}é") == #""a\"b\\c\n\u0001\u2028é""#)
    }

    @Test func buildJSONSaysWhatMadeEachPageWithoutATime() {
        let site = SiteRenderer.render(course: CourseSettings(title: "C"), lessons: [Self.lesson("a", title: "First")], options: SiteOptions(version: "9.9"))
        let manifest = site.files.first { $0.path == "build.json" }?.contents ?? ""
        #expect(manifest == """
        {
          "tool": "lessons 9.9",
          "lessons": [
            {
              "source": "lessons/a.md",
              "page": "a.html",
              "seed": \(LessonMetadata(title: "").seed),
              "blocks": [

              ]
            }
          ]
        }

        """)
        let page = site.files.first { $0.path == "a.html" }?.contents ?? ""
        #expect(page.contains(#"<p class="provenance">Built with lessons 9.9 · <a href="build.json">what built each page</a></p>"#))
    }
}
