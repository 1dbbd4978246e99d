import Foundation
@testable import Preview
import Testing

/// Which pages a rebuild reloads, and how the script gets into a page.
@Suite struct ReloadMessageTests {
    @Test func onlyChangedPagesReloadAndTheSearchIndexReloadsNone() {
        let old = ["a.html": "1", "b.html": "2", "search-index.js": "3", "build.json": "4", "style.css": "5"]
        var new = old
        new["a.html"] = "9"
        new["search-index.js"] = "8"
        new["build.json"] = "7"
        #expect(ReloadMessage.reload(build: 4, from: old, to: new) == .reload(build: 4, pages: ["a.html"], everything: false))
        new["style.css"] = "6"
        #expect(ReloadMessage.reload(build: 4, from: old, to: new) == .reload(build: 4, pages: ["a.html"], everything: true))
        #expect(ReloadMessage.reload(build: 4, from: old, to: old) == nil)
        // A page that is gone reloads too: its open tab shows the "not built" page.
        #expect(ReloadMessage.reload(build: 2, from: old, to: old.filter { $0.key != "b.html" }) == .reload(build: 2, pages: ["b.html"], everything: false))
    }

    @Test func eventsAreOneJSONLineEach() {
        #expect(ReloadMessage.ready(build: 3).eventText == "event: ready\ndata: {\"build\":3}\n\n")
        #expect(ReloadMessage.errors(["a.md:1:2: error: x\n    y\n     ^"]).eventText
            == "event: errors\ndata: {\"errors\":[\"a.md:1:2: error: x\\n    y\\n     ^\"]}\n\n")
    }

    @Test func theScriptGoesBeforeTheLastBodyEndOrAtTheEnd() {
        let page = Data("<body><p>&lt;/body&gt;</p></body>\n</html>".utf8)
        #expect(String(decoding: LivePage.inject(into: page, build: 7), as: UTF8.self)
            == "<body><p>&lt;/body&gt;</p><script src=\"/__lessons/live.js\" data-build=\"7\"></script>\n</body>\n</html>")
        #expect(String(decoding: LivePage.inject(into: Data("<p>x</p>".utf8), build: 1), as: UTF8.self)
            == "<p>x</p><script src=\"/__lessons/live.js\" data-build=\"1\"></script>\n")
        #expect(String(decoding: LivePage.notFound("<x>.html", build: 1), as: UTF8.self).contains("No page at /&lt;x>.html"))
    }
}
