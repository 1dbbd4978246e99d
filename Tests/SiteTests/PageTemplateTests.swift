import LessonsCore
@testable import Site
import Testing

/// The page layout as a Mustache template, which a course may replace with its own.
@Suite struct PageTemplateTests {
    static func render(template: String) -> RenderedSite {
        SiteRenderer.render(course: CourseSettings(title: "C & Co"), lessons: [SiteStructureTests.lesson("a", title: "First")],
                            options: SiteOptions(version: "1.0", template: SourceFile(path: "lessons/page.mustache", text: template)))
    }

    @Test func aCourseTemplatePlacesThePartsAndEscapesText() {
        let site = Self.render(template: "<!DOCTYPE html>\n<title>{{title}}</title>\n<p class=\"brand\">{{courseTitle}} v{{version}}</p>\n{{{main}}}\n")
        #expect(site.diagnostics == [])
        let page = site.files.first { $0.path == "a.html" }?.contents ?? ""
        #expect(page.hasPrefix("<!DOCTYPE html>\n<title>First · C &amp; Co</title>\n<p class=\"brand\">C &amp; Co v1.0</p>\n<div class=\"page page-lesson\">"))
        #expect(!page.contains("site-header"), "the template left the header out")
    }

    @Test func theStandardTemplateMakesAWholeDocument() {
        let page = SiteStructureTests.file("a.html")
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n"))
        #expect(page.hasSuffix("</footer>\n</body>\n</html>\n"))
    }

    @Test func aBrokenTemplateIsAnErrorWhereItBreaks() {
        let site = Self.render(template: "<main>\n  {{#section}}\n{{{main}}}\n")
        #expect(site.diagnostics.count == 1)
        // swift-mustache finds an unclosed section at the end of the file.
        #expect(site.diagnostics.first?.location == SourceLocation(path: "lessons/page.mustache", line: 4, column: 1))
        #expect(site.diagnostics.first?.message.text == "the page template cannot be read: a section opened with {{#name}} or {{^name}} is never closed with {{/name}}")
        // The pages still render, with the standard layout, so later errors are found too.
        #expect(site.files.first { $0.path == "a.html" }?.contents.contains("site-header") == true)
    }

    @Test func aTemplateThatDropsThePageIsRefused() {
        let site = Self.render(template: "<p>{{title}}</p>")
        #expect(site.diagnostics.map(\.message.text) == [
            "the page template never places the page itself; put {{{main}}} where the lesson goes (and {{{head}}}, {{{header}}} and {{{footer}}} where you want them)",
        ])
    }
}
