import Foundation
import LessonsCore

/// The lessons folder's data files, as blocks read them: only files inside the folder, named
/// relative to it. A path is resolved, symbolic links included, before it is checked, so
/// neither `../` nor a link can reach outside.
struct LessonFolder: LessonFiles {
    /// A lesson's data is a small teaching set; a larger file is more likely a mistake.
    static let byteLimit = 16 << 20

    /// The folder, resolved.
    let root: URL

    init(path: String) {
        root = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL.resolvingSymlinksInPath()
    }

    func text(of path: String) -> Result<String, LessonFileProblem> {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.hasPrefix("~"), !path.contains("\0") else { return .failure(.outsideLessons) }
        let file = root.appendingPathComponent(path).standardizedFileURL.resolvingSymlinksInPath()
        guard file.path.hasPrefix(root.path.hasSuffix("/") ? root.path : root.path + "/") else { return .failure(.outsideLessons) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return .failure(.notFound)
        }
        do {
            let size = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int ?? 0
            guard size <= Self.byteLimit else { return .failure(.tooLarge(bytes: size, limit: Self.byteLimit)) }
            let data = try Data(contentsOf: file)
            guard let text = String(data: data, encoding: .utf8) else { return .failure(.notText) }
            return .success(text)
        } catch {
            return .failure(.unreadable(error.localizedDescription))
        }
    }
}
