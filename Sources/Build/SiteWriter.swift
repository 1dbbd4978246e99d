import Foundation
import Site

/// Writes the site so that the output folder is only ever the previous site or the new one,
/// never a mix: the files go to a temporary folder beside it, which is then swapped in.
struct SiteWriter {
    /// A file that marks a folder as a site we built, so we only ever replace our own.
    static let marker = ".lessons-site"
    static let markerText = "This folder is the output of `lessons build`. It is replaced as a whole on every build.\n"

    let output: URL

    init(path: String) {
        output = URL(fileURLWithPath: path).standardizedFileURL
    }

    /// Refuses an output folder that exists and is not an earlier site (or empty): the build
    /// replaces its output wholesale, so it must never take someone's folder.
    func checkReplaceable() throws(BuildFailure) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw .outputNotOurs(output.path) }
        let contents = (try? manager.contentsOfDirectory(atPath: output.path)) ?? []
        guard contents.isEmpty || contents.contains(Self.marker) else { throw .outputNotOurs(output.path) }
    }

    func write(_ files: [SiteFile]) throws(BuildFailure) {
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).building-\(getpid())")
        removeStaleStaging(in: parent)
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
            for file in files + [SiteFile(path: Self.marker, contents: Self.markerText)] {
                let url = staging.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: url)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw .unwritable(staging.path, error.localizedDescription)
        }
        do {
            try swapIntoPlace(staging)
        } catch {
            try? manager.removeItem(at: staging)
            throw .unwritable(output.path, error.localizedDescription)
        }
    }

    /// Moves the finished folder to the output path. If a site is already there, the two
    /// are exchanged in one atomic step (Linux's `renameat2` with `RENAME_EXCHANGE`), and the
    /// old one, now in the staging folder, is deleted.
    private func swapIntoPlace(_ staging: URL) throws {
        let manager = FileManager.default
        guard manager.fileExists(atPath: output.path) else {
            try manager.moveItem(at: staging, to: output)
            return
        }
        if AtomicExchange.exchange(staging.path, output.path) {
            try manager.removeItem(at: staging)
            return
        }
        // No atomic exchange here (another OS or file system): two renames, old site kept
        // until the new one is in place.
        let old = staging.appendingPathExtension("old")
        try manager.moveItem(at: output, to: old)
        do {
            try manager.moveItem(at: staging, to: output)
        } catch {
            try? manager.moveItem(at: old, to: output)
            throw error
        }
        try manager.removeItem(at: old)
    }

    /// Staging folders that an interrupted build left behind.
    private func removeStaleStaging(in parent: URL) {
        let prefix = ".\(output.lastPathComponent).building-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }
}
