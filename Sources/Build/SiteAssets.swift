import Foundation
import Site

/// Files bundled with the tool that no stage renders: the stylesheet and the script every
/// page links to and the math font with its licence, which the site ships beside its pages,
/// and the preview's live-reload script.
public enum SiteAssets {
    /// The stylesheet and the script, then the font files in name order.
    static func files() throws(BuildFailure) -> [SiteFile] {
        let site = try SiteRenderer.assetFiles.map { name throws(BuildFailure) in SiteFile(path: name, bytes: try resource("site", name)) }
        return try site + names(in: "fonts").map { name throws(BuildFailure) in SiteFile(path: "fonts/" + name, bytes: try resource("fonts", name)) }
    }

    /// The script `lessons serve` adds to each page it serves, for live reload and the error
    /// overlay; the built site never has it.
    public static func liveReloadScript() throws(BuildFailure) -> Data {
        Data(try resource("preview", "live.js"))
    }

    /// A file of one of the tool's resource folders.
    private static func resource(_ folder: String, _ name: String) throws(BuildFailure) -> [UInt8] {
        guard let directory = Bundle.module.url(forResource: folder, withExtension: nil),
              let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
            throw .unreadable(folder + "/" + name, "a file bundled with the tool is missing; reinstall it with script/build")
        }
        return Array(data)
    }

    /// The visible files of a resource folder, in name order.
    private static func names(in folder: String) throws(BuildFailure) -> [String] {
        guard let directory = Bundle.module.url(forResource: folder, withExtension: nil),
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            throw .unreadable(folder, "the tool's bundled \(folder) are missing; reinstall it with script/build")
        }
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }
}
