import Foundation
import Site

/// Files bundled with the tool that no stage renders: the math font and its licence, which the
/// site ships beside its pages, and the preview's live-reload script.
public enum SiteAssets {
    static let folder = "fonts"

    /// The font files, in name order, from the tool's resource bundle.
    static func files() throws(BuildFailure) -> [SiteFile] {
        guard let directory = Bundle.module.url(forResource: folder, withExtension: nil),
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            throw .unreadable(folder, "the tool's bundled fonts are missing; reinstall it with script/build")
        }
        return try names.filter { !$0.hasPrefix(".") }.sorted().map { name throws(BuildFailure) in
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
                throw .unreadable(name, "a bundled font file cannot be read")
            }
            return SiteFile(path: folder + "/" + name, bytes: Array(data))
        }
    }

    /// The script `lessons serve` adds to each page it serves, for live reload and the error
    /// overlay; the built site never has it.
    public static func liveReloadScript() throws(BuildFailure) -> Data {
        guard let folder = Bundle.module.url(forResource: "preview", withExtension: nil),
              let data = FileManager.default.contents(atPath: folder.appendingPathComponent("live.js").path) else {
            throw .unreadable("preview/live.js", "the tool's bundled live-reload script is missing; reinstall it with script/build")
        }
        return data
    }
}
