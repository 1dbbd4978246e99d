/// Read access to the data files of the lessons folder, such as a `.csv` a lesson loads.
/// The build driver provides it, as the only part of the tool that touches the file system;
/// tests provide files from memory.
public protocol LessonFiles: Sendable {
    /// The text of the file at `path`, relative to the lessons folder.
    func text(of path: String) -> Result<String, LessonFileProblem>
}

/// Why a lesson's data file could not be read.
public enum LessonFileProblem: Error, Sendable, Hashable {
    /// The path is absolute, or leads out of the lessons folder (`..`, a symbolic link).
    case outsideLessons
    case notFound
    case tooLarge(bytes: Int, limit: Int)
    case notText
    /// The system refused, with its reason.
    case unreadable(String)
}

/// Files given as text, by their path relative to the lessons folder: for tests, and for
/// lessons run without a folder.
public struct InMemoryLessonFiles: LessonFiles {
    public let files: [String: String]

    public init(_ files: [String: String] = [:]) {
        self.files = files
    }

    public func text(of path: String) -> Result<String, LessonFileProblem> {
        if path.hasPrefix("/") || path.split(separator: "/").contains("..") { return .failure(.outsideLessons) }
        return files[path].map { .success($0) } ?? .failure(.notFound)
    }
}
