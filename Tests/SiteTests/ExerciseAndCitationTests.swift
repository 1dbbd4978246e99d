import LessonsCore
import MarkdownParsing
@testable import Site
import TestSupport
import Testing

/// Exercises with collapsed, checked solutions, and citations with a list of references:
/// their markup against goldens, and every error at its place in the Markdown.
@Suite struct ExerciseAndCitationTests {
    static let bibliography = BibliographyParser.parse(SourceFile(path: "lessons/references.yml", text: """
        glorot2010:
          authors: [Xavier Glorot, Yoshua Bengio]
          title: Understanding the difficulty of training deep feedforward neural networks
          venue: AISTATS
          year: 2010
          url: https://proceedings.mlr.press/v9/glorot10a.html
        he2015:
          authors: [Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun]
          title: Delving deep into rectifiers
          venue: ICCV
          year: 2015
          arxiv: "1502.01852"
        ioffe2015:
          authors: [Sergey Ioffe, Christian Szegedy]
          title: Batch normalization
          venue: ICML
          year: 2015
          doi: 10.5555/3045118.3045167
        """)).bibliography

    /// The lesson run as a build runs it, then rendered with the bibliography.
    static func site(_ markdown: String) -> RenderedSite {
        let result = Harness.run("---\ntitle: A\n---\n" + markdown)
        return SiteRenderer.render(course: CourseSettings(title: "C"), lessons: [(result.lesson, result.run)], bibliography: bibliography)
    }

    static func article(_ site: RenderedSite) -> String {
        let page = site.files.first { $0.path == "test.html" }?.contents ?? ""
        guard let start = page.range(of: "<div class=\"lesson-body\">"), let end = page.range(of: "</article>") else { return page }
        return String(page[start.lowerBound..<end.upperBound])
    }

    @Test func citationsAreNumberedInOrderOfFirstUseAndListed() {
        let site = Self.site("Glorot and Bengio [@glorot2010] chose a variance; He et al. [@he2015; @glorot2010] halved it, and [@ioffe2015] normalised.\n")
        #expect(site.diagnostics == [])
        Golden.assertMatches(Self.article(site), named: "citations.html")
    }

    @Test func anExerciseShowsItsQuestionAndCollapsesItsSolution() {
        let markdown = """
        ## Exercises

        > [!EXERCISE]
        > What is σ′(0)?
        >
        > ```swift experiment
        > //| solution: true
        > sigmoid.derivative(0)
        > ```
        >
        > It is the sigmoid's largest slope.

        > [!EXERCISE]
        > And tanh′(0)?
        >
        > ```swift experiment
        > //| solution: true
        > tanh.derivative(0)
        > ```

        """
        let lesson = LessonParser.parse(SourceFile(path: "lessons/a.md", text: "---\ntitle: A\n---\n" + markdown), slug: "a")
        #expect(lesson.diagnostics == [])
        #expect(lesson.lesson.experiments.map(\.options.solution) == [true, true])
        Golden.assertMatches(Self.article(Self.site(markdown)), named: "exercises.html")
    }

    @Test func anUnknownCitationIsAnErrorAtItsPlaceWithASuggestion() {
        let site = Self.site("Text.\n\nAs shown [@glorot2011] before.\n")
        #expect(site.diagnostics == [Diagnostic(.unknownCitation("glorot2011", suggestion: "glorot2010"),
                                                at: SourceLocation(path: MarkedLesson.path, line: 6, column: 10))])
        #expect(site.diagnostics.map(\.message.text) == ["'@glorot2011' is not in references.yml; did you mean '@glorot2010'?; add it there, with authors, title, venue and year"])
    }

    @Test func solutionsBelongInExercisesAndExercisesNeedSolutions() {
        let outside = LessonParser.parse(SourceFile(path: "lessons/a.md", text: "---\ntitle: A\n---\n```swift experiment\n//| solution: true\nlet x = 1\n```\n"), slug: "a")
        #expect(outside.diagnostics.map(\.message.text) == ["a solution block belongs inside an exercise; put it in a block quote that starts with [!EXERCISE]"])
        #expect(outside.diagnostics.map(\.location) == [SourceLocation(path: "lessons/a.md", line: 5, column: 5)])
        let bare = LessonParser.parse(SourceFile(path: "lessons/a.md", text: "---\ntitle: A\n---\n\n> [!EXERCISE]\n> Think about it.\n"), slug: "a")
        #expect(bare.diagnostics.map(\.message.text) == ["this exercise has no solution; add an experiment block with '//| solution: true' inside it, after the question"])
        #expect(bare.diagnostics.map(\.location) == [SourceLocation(path: "lessons/a.md", line: 5, column: 1)])
    }

    @Test func aReferenceNeedsItsFieldsAndAKeyThatCanBeCited() {
        let (_, problems) = BibliographyParser.parse(SourceFile(path: "lessons/references.yml", text: "kingma2015:\n  title: Adam\n  year: 2015\nbad key!:\n  title: x\n"))
        #expect(problems.map(\.message.text) == [
            "the reference 'kingma2015' is missing authors, venue; a reference gives authors, title, venue and year",
            "'bad key!' cannot be a citation key; use letters, digits, '-', '_' and ':', such as glorot2010",
        ])
        #expect(problems.map(\.location.line) == [1, 4])
    }
}
