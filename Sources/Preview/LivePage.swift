import Foundation

/// What the preview adds to the built site: its script in every page, and a page of its
/// own where the site has none.
enum LivePage {
    /// The path the script is served at; no built file can have it (hidden paths are never served).
    static let scriptPath = "/__lessons/live.js"
    static let eventsPath = "/__lessons/events"

    /// The page with the live-reload script before its `</body>`, told which build it is from.
    static func inject(into page: Data, build: Int) -> Data {
        let tag = Data("<script src=\"\(scriptPath)\" data-build=\"\(build)\"></script>\n".utf8)
        guard let end = page.range(of: Data("</body>".utf8), options: .backwards) else { return page + tag }
        var injected = page
        injected.insert(contentsOf: tag, at: end.lowerBound)
        return injected
    }

    /// The page for a path the site does not have: it says so, links home, and reloads
    /// itself when a rebuild makes the page (after `lessons new`, say).
    static func notFound(_ path: String, build: Int) -> Data {
        let escaped = path.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        let page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Not built</title></head>
        <body style="font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
        <h1>No page at /\(escaped)</h1>
        <p>The course has no such page, or the last build that succeeded did not make it. This page reloads itself when a
        build makes it. <a href="/">The course's front page</a>.</p>
        </body></html>
        """
        return inject(into: Data(page.utf8), build: build)
    }

    /// The media type of a site file, by its extension.
    static func contentType(of path: String) -> String {
        switch path.split(separator: ".").last.map(String.init) ?? "" {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "woff2": "font/woff2"
        case "txt": "text/plain; charset=utf-8"
        case "xml": "application/xml"
        default: "application/octet-stream"
        }
    }
}
