import MarkdownParsing
import Testing

/// `lessons new`'s two pure parts: the file name it derives, and its edit of `course.yml`.
@Suite struct CourseFileEditorTests {
    @Test(arguments: [
        ("Learning-rate schedules", "learning-rate-schedules.md"),
        ("  Why   ReLU?  ", "why-relu.md"),
        ("Élan & café, part 2", "elan-cafe-part-2.md"),
        ("L2 vs. L1", "l2-vs-l1.md"),
    ])
    func fileNamesAreLowercaseASCIIWords(title: String, name: String) {
        #expect(LessonTemplate.fileName(for: title) == name)
    }

    @Test func aTitleWithNoLetterOrDigitNamesNoFile() {
        #expect(LessonTemplate.fileName(for: "σ′ → ∞") == nil)
        #expect(LessonTemplate.fileName(for: "") == nil)
    }

    @Test func theTitleIsQuotedForYAML() {
        let text = LessonTemplate.text(title: #"The "best" \ rate: 1/4"#)
        #expect(text.hasPrefix(#"---\#ntitle: "The \"best\" \\ rate: 1/4"\#n"#))
    }

    @Test func theLessonGoesAtTheEndOfTheListKeepingCommentsAndIndentation() {
        let text = """
        # The course's order.
        title: A course
        lessons:
            - a.md   # first
            # b.md is not ready
            - c.md

        budget:
          steps: 100
        """
        #expect(CourseFileEditor.appending("d.md", to: text, path: "course.yml") == .appended("""
        # The course's order.
        title: A course
        lessons:
            - a.md   # first
            # b.md is not ready
            - c.md
            - d.md

        budget:
          steps: 100
        """))
    }

    @Test func anEmptyBlockListAndAnUnindentedListAreExtended() {
        #expect(CourseFileEditor.appending("a.md", to: "lessons:\n- x.md\n", path: "course.yml") == .appended("lessons:\n- x.md\n- a.md\n"))
    }

    @Test func aFileWithoutAListNeedsNoEditAndAFlowListIsLeftToTheAuthor() {
        #expect(CourseFileEditor.appending("a.md", to: "title: T\n", path: "course.yml") == .noList)
        #expect(CourseFileEditor.appending("a.md", to: "lessons: [x.md, y.md]\n", path: "course.yml") == .unsupported)
    }
}
