import Build
import FlyingFox
import Foundation

/// Answers the browser: the built site's files (pages with the live-reload script added),
/// the script, and the stream of reload events.
struct PreviewHandler: HTTPHandler {
    let site: PublishedSite
    let channel: ReloadChannel
    let script: Data

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed, headers: [HTTPHeader("Allow"): "GET, HEAD"])
        }
        switch request.path {
        case LivePage.eventsPath:
            return HTTPResponse(
                statusCode: .ok,
                headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                body: HTTPBodySequence(from: EventStreamBody(chunks: await channel.subscribe())))
        case LivePage.scriptPath:
            return Self.response(script, path: "live.js")
        default:
            return await file(at: request.path)
        }
    }

    /// The site's file for a URL path: `/` and folders are their `index.html`.
    private func file(at urlPath: String) async -> HTTPResponse {
        var path = String(urlPath.drop { $0 == "/" })
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        let build = await channel.build
        guard let data = site.file(at: path) else {
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: LivePage.contentType(of: "x.html"), .cacheControl: "no-store"],
                                body: LivePage.notFound(path, build: build))
        }
        return Self.response(path.hasSuffix(".html") ? LivePage.inject(into: data, build: build) : data, path: path)
    }

    /// Never cached: the next rebuild may change any file.
    private static func response(_ data: Data, path: String) -> HTTPResponse {
        HTTPResponse(statusCode: .ok, headers: [.contentType: LivePage.contentType(of: path), .cacheControl: "no-store"], body: data)
    }
}
