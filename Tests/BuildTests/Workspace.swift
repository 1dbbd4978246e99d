import Foundation

/// A scratch folder for one test, with a lessons folder in it; removed when dropped.
final class Workspace {
    let root: URL

    init() {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: root.appendingPathComponent("lessons"), withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    var lessons: String { root.appendingPathComponent("lessons").path }
    var output: String { root.appendingPathComponent("output").path }

    func write(_ name: String, _ text: String) {
        try? Data(text.utf8).write(to: root.appendingPathComponent("lessons").appendingPathComponent(name))
    }

    /// Every file under `path`, relative path → bytes.
    static func snapshot(_ path: String) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = URL(fileURLWithPath: path)
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [:] }
        for case let url as URL in enumerator {
            if let data = try? Data(contentsOf: url), !url.hasDirectoryPath {
                files[String(url.path.dropFirst(base.path.count))] = data
            }
        }
        return files
    }

    /// A lesson whose only block runs `code`.
    static func lesson(title: String, _ code: String) -> String {
        "---\ntitle: \(title)\n---\nSome prose.\n\n```swift experiment\n\(code)\n```\n"
    }

    /// The shipped course, in the project's `lessons/` folder.
    static let shippedLessons = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("lessons").path
}
