import LessonsCore
import Site
import Testing

@Suite struct ReferencePageTests {
    static let builtins = [
        BuiltinDocumentation(name: "print", signature: "print(_ items: Any...)", topic: "Output", doc: "Prints.",
                             example: [CodeToken(.builtin, "print"), CodeToken(.plain, "(1)")]),
        BuiltinDocumentation(name: "plot", signature: "plot(_ f: (Double) -> Double, over: ClosedRange<Double>)",
                             topic: "Charts", doc: "Draws one.", example: [CodeToken(.plain, "plot(sigmoid, over: 0...1)")]),
        BuiltinDocumentation(name: "plot", signature: "plot(_ fs: [(Double) -> Double], over: ClosedRange<Double>)",
                             topic: "Charts", doc: "Draws several.", example: [CodeToken(.plain, "plot([sigmoid], over: 0...1)")]),
        BuiltinDocumentation(name: "check", signature: "check(_ condition: Bool, _ claim: String)", topic: "Output",
                             doc: "Checks.", example: [CodeToken(.plain, "check(true, \"x\")")]),
    ]

    static let page = SiteRenderer.render(course: CourseSettings(title: "C"), lessons: [], reference: builtins).files
        .first { $0.path == "reference.html" }?.contents ?? ""

    @Test func builtinsAreGroupedByTopicInRegistryOrder() {
        let output = Self.page.range(of: #"<h2 id="output">Output</h2>"#)
        let charts = Self.page.range(of: #"<h2 id="charts">Charts</h2>"#)
        #expect(output != nil && charts != nil)
        if let output, let charts { #expect(output.lowerBound < charts.lowerBound) }
        // `check` is listed under Output although the registry names it after `plot`.
        let check = Self.page.range(of: "check(_ condition")
        if let check, let charts { #expect(check.lowerBound < charts.lowerBound) }
    }

    @Test func overloadsGetTheirOwnAnchors() {
        #expect(Self.page.contains(#"<div class="builtin" id="plot">"#))
        #expect(Self.page.contains(#"<div class="builtin" id="plot-2">"#))
    }

    @Test func entriesShowSignatureDocAndHighlightedExample() {
        #expect(Self.page.contains("""
        <div class="builtin" id="print"><h3><code class="signature">print(_ items: Any...)</code></h3><p>Prints.</p>\
        <pre class="code"><code class="language-swift"><span class="tok-builtin">print</span>(1)</code></pre></div>
        """))
        #expect(Self.page.contains("plot(_ f: (Double) -&gt; Double, over: ClosedRange&lt;Double&gt;)"))
    }

    /// A result's properties and an enumeration's cases follow the builtins of their topic;
    /// a type whose topic has no builtin gets a section of its own, last.
    @Test func typesFollowTheBuiltinsOfTheirTopic() {
        let types = [
            TypeDocumentation(name: "Output", kind: .result, topic: "Output", doc: "What print makes.", members: [
                .init(declaration: ".text", type: "String", doc: "The text."),
            ]),
            TypeDocumentation(name: "Shade", kind: .enumeration, topic: "Colours", doc: "A shade.", members: [
                .init(declaration: ".light(level: Double = 0.5)", doc: "Light."),
            ]),
        ]
        let page = SiteRenderer.render(course: CourseSettings(title: "C"), lessons: [], reference: Self.builtins, types: types).files
            .first { $0.path == "reference.html" }?.contents ?? ""
        #expect(page.contains("""
        <div class="type" id="output-type"><h3><code class="signature">Output</code> <span class="type-kind">result</span></h3>\
        <p>What print makes.</p><dl class="members"><dt><code>.text</code>: <code class="member-type">String</code></dt><dd>The text.</dd></dl></div>
        """))
        #expect(page.contains("<dt><code>.light(level: Double = 0.5)</code></dt><dd>Light.</dd>"))
        let output = page.range(of: "id=\"output-type\"")
        let charts = page.range(of: #"<h2 id="charts">Charts</h2>"#)
        let colours = page.range(of: #"<h2 id="colours">Colours</h2>"#)
        #expect(output != nil && charts != nil && colours != nil)
        if let output, let charts, let colours {
            #expect(output.lowerBound < charts.lowerBound && charts.lowerBound < colours.lowerBound)
        }
        #expect(page.contains(##"<li><a href="#colours">Colours</a></li>"##))
    }

    @Test func withoutBuiltinsThereIsNoReferencePage() {
        let files = SiteRenderer.render(course: CourseSettings(), lessons: []).files
        #expect(!files.map(\.path).contains("reference.html"))
    }
}
