import Foundation

/// The built site, read one file at a time, for the preview server. Only files inside the
/// output folder are ever read: a path that climbs out of it, names a hidden file or
/// resolves through a link to somewhere else is not found.
public struct PublishedSite: Sendable {
    /// The output folder.
    public let root: String

    public init(root: String) {
        self.root = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The bytes of the file at `path`, relative to the site (`saddle-points.html`,
    /// `fonts/x.woff2`); nil if there is none.
    public func file(at path: String) -> Data? {
        let components = path.split(separator: "/")
        guard !components.isEmpty, !components.contains(where: { $0.hasPrefix(".") }) else { return nil }
        let url = URL(fileURLWithPath: root).appendingPathComponent(components.joined(separator: "/"))
        let resolved = url.standardizedFileURL.resolvingSymlinksInPath().path
        var isDirectory: ObjCBool = false
        guard resolved.hasPrefix(root + "/"),
              FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
        return FileManager.default.contents(atPath: resolved)
    }
}
