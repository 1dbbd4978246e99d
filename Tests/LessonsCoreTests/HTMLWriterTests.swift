import LessonsCore
import Testing

@Suite struct HTMLWriterTests {
    @Test func textIsEscapedAsCmarkEscapesIt() {
        #expect(HTMLWriter.escaped(#"<a href="x">Tom & 'Jerry'/</a>"#)
            == "&lt;a href=&quot;x&quot;&gt;Tom &amp; 'Jerry'/&lt;/a&gt;")
    }

    @Test func urlsArePercentEncodedAsCmarkEncodesThem() {
        // cmark 0.30 leaves `~` alone; the differential test against libcmark holds us to it.
        #expect(HTMLWriter.escapedURL("a b/ü?q=1&r='2'~\"<>[]`") == "a%20b/%C3%BC?q=1&amp;r=&#x27;2&#x27;~%22%3C%3E%5B%5D%60")
    }

    @Test func markupEscapesTextAndAttributes() {
        let markup = Markup.tag("p", ["class": "x\"y"], [.text("1 < 2"), .tag("br"), .tag("a", [:], text: "&")])
        #expect(HTMLWriter.render(markup) == #"<p class="x&quot;y">1 &lt; 2<br /><a>&amp;</a></p>"#)
    }

    @Test func newlineNeverDoublesAndNeverStartsTheFile() {
        var writer = HTMLWriter()
        writer.newline()
        writer.text("a")
        writer.newline()
        writer.newline()
        writer.text("b")
        #expect(writer.html == "a\nb")
    }
}
