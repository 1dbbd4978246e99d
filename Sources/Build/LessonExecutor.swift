import Foundation
import Interpreter
import LessonsCore
import Library
import MarkdownParsing

/// Parses and runs lessons in parallel, one thread per lesson and no more threads than
/// cores. Lessons share nothing, so the results do not depend on timing; they are
/// returned in the order given.
struct LessonExecutor {
    struct Result: Sendable {
        let lesson: Lesson
        let run: LessonRun
        let diagnostics: [Diagnostic]
        let seconds: Double
        /// Whether the run came from the cache.
        let cached: Bool
    }

    /// Interpreted recursion and deep expressions need more stack than a thread's default.
    static let stackSize = 64 << 20

    /// The course's limits for every block.
    let budget: BudgetSettings
    /// The data files blocks may load.
    let folder: LessonFolder
    /// Earlier builds' runs, or nil to run every lesson.
    let cache: LessonCache?

    func run(_ files: [(name: String, source: SourceFile)], progress: @escaping @Sendable (Result) -> Void) -> [Result] {
        let results = ResultSlots(count: files.count)
        let slots = DispatchSemaphore(value: max(1, ProcessInfo.processInfo.activeProcessorCount))
        let group = DispatchGroup()
        for (index, file) in files.enumerated() {
            slots.wait()
            group.enter()
            let thread = Thread {
                let result = execute(file.source, name: file.name)
                results.set(index, result)
                progress(result)
                slots.signal()
                group.leave()
            }
            thread.stackSize = Self.stackSize
            thread.start()
        }
        group.wait()
        return results.values
    }

    private func execute(_ source: SourceFile, name: String) -> Result {
        let start = ContinuousClock.now
        let parsed = LessonParser.parse(source, slug: String(name.dropLast(3)))
        func result(_ run: LessonRun, cached: Bool) -> Result {
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            return Result(lesson: parsed.lesson, run: run, diagnostics: parsed.diagnostics + run.diagnostics, seconds: seconds, cached: cached)
        }
        if let cache, let run = cache.run(for: name, source: source, files: folder) {
            return result(run, cached: true)
        }
        let files = RecordedLessonFiles(folder)
        let run = LessonRunner(registry: Library.registry(), budget: Budget().applying(budget), files: files).run(parsed.lesson)
        if let cache, !(parsed.diagnostics + run.diagnostics).contains(where: \.isError) {
            cache.store(run, for: name, source: source, reads: files.reads)
        }
        return result(run, cached: false)
    }
}

/// Results filled in by worker threads, each into its own slot.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [LessonExecutor.Result?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ result: LessonExecutor.Result) {
        lock.withLock { slots[index] = result }
    }

    var values: [LessonExecutor.Result] {
        lock.withLock { slots.compactMap { $0 } }
    }
}
