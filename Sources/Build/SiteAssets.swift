import Foundation
import Site

/// Files the site ships beside its pages that no stage renders: the math font and its licence,
/// bundled with the tool.
enum SiteAssets {
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
}
