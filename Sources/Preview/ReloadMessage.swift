import Foundation

/// What the preview tells open pages, as Server-Sent Events.
enum ReloadMessage: Equatable, Sendable {
    /// The site is built and good, as of build `build`: sent when a page connects, so that a
    /// page loaded from an older build reloads, and an overlay from a fixed error goes.
    case ready(build: Int)
    /// A rebuild changed these pages; `everything` when the stylesheet, the script or a font
    /// changed, which every page shows.
    case reload(build: Int, pages: [String], everything: Bool)
    /// The last rebuild failed; each error as the terminal printed it, with its source line
    /// and caret. The pages stay as the last good build left them.
    case errors([String])

    /// The event as it goes on the wire: `event:` and one `data:` line of JSON.
    var eventText: String {
        switch self {
        case .ready(let build): Self.event("ready", Ready(build: build))
        case .reload(let build, let pages, let everything): Self.event("reload", Reload(build: build, pages: pages, everything: everything))
        case .errors(let errors): Self.event("errors", Errors(errors: errors))
        }
    }

    private struct Ready: Encodable { let build: Int }
    private struct Reload: Encodable { let build: Int; let pages: [String]; let everything: Bool }
    private struct Errors: Encodable { let errors: [String] }

    private static func event(_ name: String, _ payload: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // JSON has no raw line breaks, so the payload is one data line.
        let json = (try? encoder.encode(payload)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return "event: \(name)\ndata: \(json)\n\n"
    }

    /// What a rebuild changed, from the digests of the site before and after: the pages
    /// whose bytes differ, and whether a file every page uses did.
    static func reload(build: Int, from old: [String: String], to new: [String: String]) -> ReloadMessage? {
        let changed = Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }.sorted()
        guard !changed.isEmpty else { return nil }
        let pages = changed.filter { $0.hasSuffix(".html") }
        // The search index and build.json are read on demand; no open page shows them.
        let shared = changed.filter { !$0.hasSuffix(".html") && $0 != "search-index.js" && $0 != "build.json" }
        return .reload(build: build, pages: pages, everything: !shared.isEmpty)
    }
}
