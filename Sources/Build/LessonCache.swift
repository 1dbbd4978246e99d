import Crypto
import Foundation
import LessonsCore

/// The runs of lessons that built cleanly, kept between builds, so that a rebuild runs only
/// the lessons whose text, data files, course limits or tool changed. An entry is one file
/// per lesson, named after it, so the folder never holds more than the course. A missing,
/// unreadable or stale entry is a miss, never an error: the lesson simply runs again.
struct LessonCache: Sendable {
    /// Changes whenever the entry's format does.
    static let format = "lessons-cache 3"

    struct Entry: Codable {
        /// SHA-256 of the format, the tool, the course's limits and the lesson's path and text.
        var key: String
        /// Each data file the lesson read, by path, and what it found (a SHA-256 of the
        /// contents, or the problem), so an edited data file reruns the lesson.
        var files: [String: String]
        var run: LessonRun
    }

    let folder: URL
    /// This build of the tool, and the limits every block runs under.
    let context: String

    /// - Parameter budget: the course's limits, which every block's results depend on.
    init(path: String, budget: BudgetSettings) {
        folder = URL(fileURLWithPath: path, isDirectory: true)
        context = Self.format + "\n" + ToolVersion.current + " " + Self.toolIdentity() + "\n" + String(describing: budget)
    }

    /// The cached run of the lesson, if its entry is current.
    func run(for name: String, source: SourceFile, files: LessonFolder) -> LessonRun? {
        guard let data = try? Data(contentsOf: entryURL(name)),
              let entry = try? Self.decoder.decode(Entry.self, from: data),
              entry.key == key(source),
              entry.files.allSatisfy({ path, found in Self.fingerprint(files.text(of: path)) == found })
        else { return nil }
        return entry.run
    }

    /// Keeps a run that had no error. Failing to write is not an error of the build: the
    /// next build runs the lesson again.
    func store(_ run: LessonRun, for name: String, source: SourceFile, reads: [String: Result<String, LessonFileProblem>]) {
        let entry = Entry(key: key(source), files: reads.mapValues(Self.fingerprint), run: run)
        guard let data = try? Self.encoder.encode(entry) else { return }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? data.write(to: entryURL(name), options: .atomic)
    }

    /// How long each lesson took when it last ran, by file name: a clean build starts the
    /// slowest first, so that no long lesson is left to run alone at the end. Timing never
    /// changes what a build produces, only how soon.
    func durations() -> [String: Double] {
        guard let data = try? Data(contentsOf: durationsURL),
              let durations = try? JSONDecoder().decode([String: Double].self, from: data) else { return [:] }
        return durations
    }

    /// Records the lessons that ran, keeping the others' earlier times.
    func storeDurations(_ ran: [String: Double]) {
        guard !ran.isEmpty else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard let data = try? encoder.encode(durations().merging(ran) { $1 }) else { return }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? data.write(to: durationsURL, options: .atomic)
    }

    private var durationsURL: URL {
        folder.appendingPathComponent("durations.json")
    }

    private func entryURL(_ name: String) -> URL {
        folder.appendingPathComponent(name + ".json")
    }

    private func key(_ source: SourceFile) -> String {
        SHA256.hex(of: Data((context + "\n" + source.path + "\n" + source.text).utf8))
    }

    private static func fingerprint(_ read: Result<String, LessonFileProblem>) -> String {
        switch read {
        case .success(let text): SHA256.hex(of: Data(text.utf8))
        case .failure(let problem): "\(problem)"
        }
    }

    /// The running executable's path, size and modification time: rebuilding the tool, with
    /// any change to the engine or the library, invalidates every entry.
    private static func toolIdentity() -> String {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let path = FileManager.default.fileExists(atPath: executable) ? executable : (Bundle.main.executablePath ?? "")
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        let size = attributes[.size] as? Int ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path) \(size) \(modified)"
    }

    /// Charts hold NaN and infinities (a gap in a curve, a diverged run), which JSON lacks.
    private static let strategy = (positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: strategy.positiveInfinity, negativeInfinity: strategy.negativeInfinity, nan: strategy.nan)
        return encoder
    }

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: strategy.positiveInfinity, negativeInfinity: strategy.negativeInfinity, nan: strategy.nan)
        return decoder
    }
}

/// The lessons folder's files, as one lesson reads them, with a record of every read so
/// that its cache entry can name them.
final class RecordedLessonFiles: LessonFiles, @unchecked Sendable {
    private let folder: LessonFolder
    private let lock = NSLock()
    private var recorded: [String: Result<String, LessonFileProblem>] = [:]

    init(_ folder: LessonFolder) {
        self.folder = folder
    }

    func text(of path: String) -> Result<String, LessonFileProblem> {
        let result = folder.text(of: path)
        lock.withLock { recorded[path] = result }
        return result
    }

    var reads: [String: Result<String, LessonFileProblem>] {
        lock.withLock { recorded }
    }
}
