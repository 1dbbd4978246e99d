import Foundation
import LessonsCore
import MarkdownParsing
import Site
import Testing

/// Our page's article body against `cmark_render_html` of the same Markdown: equal byte
/// for byte, once the heading anchors we add are taken out.
@Suite struct CommonMarkDifferentialTests {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let projectFolder = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

    /// Markdown written for this test, in `Corpus/`: one file per family of constructs
    /// (lists, emphasis, links, raw HTML, code, entities, tabs, headings and quotes), prose
    /// documents as an author writes them, and the project's README. Nothing outside the
    /// repository is read, so a fresh clone runs the same test.
    static var corpus: [(name: String, text: String)] {
        let folder = testsFolder.appendingPathComponent("Corpus")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".md") }
        var documents: [(String, String)] = names.sorted().compactMap { name in
            (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)).map { (name, $0) }
        }
        if let readme = try? String(contentsOf: projectFolder.appendingPathComponent("README.md"), encoding: .utf8) {
            documents.append(("README.md", readme))
        }
        return documents
    }

    /// Documents with experiment blocks are pages with results, not plain CommonMark.
    static func hasExperiments(_ markdown: String) -> Bool {
        !LessonParser.parse(SourceFile(path: "x.md", text: markdown), slug: "x").lesson.experiments.isEmpty
    }

    /// The article body of the page our build makes of `markdown`.
    static func body(of markdown: String, allowRawHTML: Bool) -> String {
        // Front matter gives the title, so that a leading `# heading` stays in the body.
        let source = SourceFile(path: "lessons/corpus.md", text: "---\ntitle: Corpus\n---\n" + markdown)
        let lesson = LessonParser.parse(source, slug: "corpus").lesson
        let files = SiteRenderer.render(
            course: CourseSettings(), lessons: [(lesson, LessonRun(blocks: [], diagnostics: []))],
            options: SiteOptions(allowRawHTML: allowRawHTML)).files
        let page = files.first { $0.path == "corpus.html" }?.contents ?? ""
        guard let start = page.range(of: "<div class=\"lesson-body\">\n"),
              let end = page.range(of: "</div>\n</article>", options: .backwards) else { return "<no article body>" }
        return String(page[start.upperBound..<end.lowerBound])
    }

    /// The body without what we add to cmark's HTML: heading ids, section numbers and anchor links.
    static func withoutAnchors(_ html: String) -> String {
        html.replacing(#/<h([1-6]) id="[^"]*">(<span class="section-number">[0-9.]+</span> )?/#) { "<h\($0.output.1)>" }
            .replacing(#/<a class="anchor" href="#[^"]*" aria-label="Link to this section">#</a>(</h[1-6]>)/#) { String($0.output.1) }
    }

    /// The corpus it replaced (the course's seed notes and design documents, which live
    /// outside the repository) was 62 KB; this one is at least as large, and every document
    /// in it is plain CommonMark.
    @Test func theCorpusIsReal() {
        let names = Self.corpus.map(\.name)
        for family in ["lists.md", "emphasis.md", "links.md", "html.md", "code.md", "entities.md", "tabs.md", "text.md", "constructs.md"] {
            #expect(names.contains(family))
        }
        #expect(Self.corpus.filter { $0.name != "README.md" }.reduce(0) { $0 + $1.text.utf8.count } >= 64_000)
        #expect(Self.corpus.allSatisfy { !Self.hasExperiments($0.text) })
    }

    @Test(arguments: [true, false])
    func everyCorpusDocumentRendersAsCmarkDoes(allowRawHTML: Bool) {
        for (name, text) in Self.corpus where !Self.hasExperiments(text) {
            let ours = Self.withoutAnchors(Self.body(of: text, allowRawHTML: allowRawHTML))
            let cmark = CommonMarkConverter.referenceHTML(text, allowRawHTML: allowRawHTML)
            #expect(ours == cmark, "\(name): \(Self.firstDifference(cmark, ours))")
        }
    }

    @Test(arguments: [true, false])
    func randomDocumentsRenderAsCmarkDoes(allowRawHTML: Bool) {
        var generator = MarkdownGenerator(seed: allowRawHTML ? 1 : 2)
        for index in 0..<400 {
            let text = generator.document()
            let ours = Self.withoutAnchors(Self.body(of: text, allowRawHTML: allowRawHTML))
            let cmark = CommonMarkConverter.referenceHTML(text, allowRawHTML: allowRawHTML)
            if ours != cmark {
                Issue.record("random document \(index) differs: \(Self.firstDifference(cmark, ours))\n--- document ---\n\(text)")
                return
            }
        }
    }

    @Test func headingsGetUniqueAnchors() {
        let body = Self.body(of: "## Saddle points\n\n## Saddle points\n\n### Ünïcode & *more*\n", allowRawHTML: true)
        #expect(body == """
        <h2 id="saddle-points"><span class="section-number">1.1</span> Saddle points<a class="anchor" href="#saddle-points" aria-label="Link to this section">#</a></h2>
        <h2 id="saddle-points-1"><span class="section-number">1.2</span> Saddle points<a class="anchor" href="#saddle-points-1" aria-label="Link to this section">#</a></h2>
        <h3 id="ünïcode-more">Ünïcode &amp; <em>more</em><a class="anchor" href="#ünïcode-more" aria-label="Link to this section">#</a></h3>

        """)
    }

    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let a = Array(expected), b = Array(actual)
        let index = zip(a, b).prefix { $0 == $1 }.count
        let context = { (s: [Character]) in String(s[max(0, index - 40)..<min(s.count, index + 40)]) }
        return "at character \(index): cmark has «\(context(a))» but ours has «\(context(b))»"
    }
}
