import LessonsCore
import Mustache

/// The HTML document around every page, as a Mustache template: the course's own
/// `page.mustache` in its lessons folder, or the standard one below. The parts it places
/// are rendered already (and escaped where they hold text); a template puts them where it
/// likes with triple braces, and may add its own markup around them.
struct PageTemplate {
    static let fileName = "page.mustache"

    /// The standard layout.
    static let standardText = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    {{{head}}}
    </head>
    <body>
    {{{header}}}
    {{{main}}}
    {{{footer}}}
    </body>
    </html>

    """

    /// What a template may place. `head`, `header`, `main` and `footer` are HTML; the rest
    /// is text, which `{{…}}` escapes.
    struct Context {
        let head: String
        let header: String
        let main: String
        let footer: String
        let title: String
        let courseTitle: String
        let version: String
    }

    /// Our own template, which always parses (every page of the tests is rendered with it).
    static let standard: PageTemplate = {
        guard let template = try? MustacheTemplate(string: standardText) else {
            preconditionFailure("the standard page template does not parse")
        }
        return PageTemplate(template: template)
    }()

    private let template: MustacheTemplate

    private init(template: MustacheTemplate) {
        self.template = template
    }

    /// A course's template; or, if it cannot be used, the standard one and the problem, at
    /// its place in the template's file.
    static func parse(_ text: String, path: String) -> (template: PageTemplate, problem: Diagnostic?) {
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            let location = SourceLocation(path: path, line: error.context.lineNumber, column: error.context.columnNumber)
            return (standard, Diagnostic(.templateSyntax(Self.explanation(error.error)), at: location))
        } catch {
            return (standard, Diagnostic(.templateSyntax("\(error)"), at: SourceLocation(path: path, line: 1, column: 1)))
        }
        // A template that drops the page's content would publish empty pages.
        let probe = "lessons-main-probe"
        let rendered = template.render(Context(head: "", header: "", main: probe, footer: "", title: "", courseTitle: "", version: ""))
        guard rendered.contains(probe) else {
            return (standard, Diagnostic(.templateWithoutMain(), at: SourceLocation(path: path, line: 1, column: 1)))
        }
        return (PageTemplate(template: template), nil)
    }

    /// swift-mustache's parse errors, in words.
    private static func explanation(_ error: Swift.Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "a section is closed with another name than it was opened with"
        case .unfinishedName: "a tag is not finished; close it with }}"
        case .expectedSectionEnd: "a section opened with {{#name}} or {{^name}} is never closed with {{/name}}"
        case .invalidSetDelimiter: "a set-delimiter tag is malformed"
        case .some(let other): "\(other)"
        case nil: "\(error)"
        }
    }

    func render(_ context: Context) -> String {
        template.render(context)
    }
}
