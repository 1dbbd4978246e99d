import LessonsCore
import MarkdownParsing
import Testing

@Suite struct LessonParserTests {
    static func parse(_ text: String, slug: String = "lesson") -> (lesson: Lesson, diagnostics: [Diagnostic]) {
        LessonParser.parse(SourceFile(path: "lessons/l.md", text: text), slug: slug)
    }

    @Test func frontMatterIsRead() {
        let (lesson, diagnostics) = Self.parse("""
        ---
        title: Saddle points
        summary: Where gradients vanish without a minimum.
        objectives:
          - Find saddles
          - Classify them
        order: 3
        seed: 42
        ---
        Text.
        """)
        #expect(diagnostics == [])
        #expect(lesson.metadata == LessonMetadata(
            title: "Saddle points", summary: "Where gradients vanish without a minimum.",
            objectives: ["Find saddles", "Classify them"], order: 3, seed: 42))
        // Front matter is not prose.
        #expect(lesson.blocks.count == 1)
        #expect(lesson.blocks[0].range.start.line == 10)
    }

    @Test func unknownFrontMatterKeysAreReportedWithTheKnownOnes() {
        let (_, diagnostics) = Self.parse("---\ntitle: T\nsumary: S\n---\n")
        #expect(diagnostics == [Diagnostic(
            .init("unknown key 'sumary' in front matter; did you mean 'summary'? "
                + "(keys: 'objectives', 'order', 'seed', 'summary', 'title')"),
            at: SourceLocation(path: "lessons/l.md", line: 3, column: 1))])
    }

    @Test func wrongTypesAreReportedAtTheValue() {
        let (lesson, diagnostics) = Self.parse("---\ntitle: T\norder: soon\nseed: -4\n---\n")
        #expect(diagnostics.map(\.message.text) == [
            "'order' in front matter must be a whole number",
            "'seed' in front matter must be a whole number from 0",
        ])
        #expect(diagnostics.map(\.location.line) == [3, 4])
        #expect(diagnostics[0].location.column == 8)
        #expect(lesson.metadata.seed == LessonMetadata.defaultSeed)
    }

    @Test func yamlSyntaxErrorsHaveTheirLine() {
        let (_, diagnostics) = Self.parse("---\ntitle: T\nobjectives: [a, b\n---\n")
        let errors = diagnostics.filter(\.isError)
        #expect(errors.map(\.message.text) == ["YAML syntax error: did not find expected ',' or ']'"])
        #expect(errors.map(\.location.line) == [4])
    }

    @Test func frontMatterMustBeAMapping() {
        let (_, diagnostics) = Self.parse("---\n- a list\n---\n# T\n")
        #expect(diagnostics == [Diagnostic(.init("front matter must be a mapping of 'key: value' lines"),
                                           at: SourceLocation(path: "lessons/l.md", line: 2, column: 1))])
    }

    @Test func unclosedFrontMatterIsAnError() {
        let (_, diagnostics) = Self.parse("---\ntitle: T\n\nText.\n")
        #expect(diagnostics.first == Diagnostic(
            .init("the front matter that starts here has no closing '---' line"),
            at: SourceLocation(path: "lessons/l.md", line: 1, column: 1)))
    }

    @Test func aLeadingHeadingIsTheTitleWithoutFrontMatter() {
        let (lesson, diagnostics) = Self.parse("# Minima *and* maxima\n\nText.\n")
        #expect(diagnostics == [])
        #expect(lesson.metadata.title == "Minima and maxima")
        #expect(lesson.blocks.count == 1)
    }

    @Test func noTitleAtAllIsAWarning() {
        let (lesson, diagnostics) = Self.parse("Just text.\n", slug: "notes")
        #expect(lesson.metadata.title == "notes")
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(diagnostics.map(\.message.text) == ["the lesson has no title, so it is called 'notes'; add 'title:' to its front matter"])
    }

    @Test func experimentsAreFoundAtAnyDepthInDocumentOrder() {
        let (lesson, _) = Self.parse("""
        # T

        ```swift experiment
        let a = 1
        ```

        > ```swift experiment
        > let b = 2
        > ```

        ```swift
        let shown = "never run"
        ```
        """)
        #expect(lesson.experiments.map(\.code) == ["let a = 1\n", "let b = 2\n"])
        #expect(lesson.experiments.map(\.index) == [0, 1])
        // The quoted block's first code line is file line 8, after the "> " prefix.
        #expect(lesson.experiments[1].sourceMap.location(ofUTF8Offset: 4)
            == SourceLocation(path: "lessons/l.md", line: 8, column: 7))
        guard case .codeBlock(let info, _) = lesson.blocks.last?.kind else {
            Issue.record("a plain swift block stays a code block")
            return
        }
        #expect(info == "swift")
    }

    @Test func absurdNestingIsRefusedNotACrash() {
        let text = "# T\n\n" + String(repeating: "> ", count: 300) + "deep\n"
        let (_, diagnostics) = Self.parse(text)
        #expect(diagnostics.map(\.message.text) == ["Markdown nested deeper than 100 levels is not supported; flatten it"])
    }
}

extension LessonParserTests {
    @Test func anObjectiveThatYAMLReadsAsAMappingIsNamedAtItsItem() {
        let (lesson, diagnostics) = Self.parse("---\ntitle: T\nobjectives:\n  - Plain item\n  - Where it starts: its basin\n---\n")
        #expect(diagnostics == [Diagnostic(
            .init("this item of 'objectives' in front matter is not text; YAML reads ': ' as a key, so put the item in quotes"),
            at: SourceLocation(path: "lessons/l.md", line: 5, column: 5))])
        #expect(lesson.metadata.objectives == [])
    }
}
