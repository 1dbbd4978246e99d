import Foundation
import Interpreter
import LessonsCore

/// Runs parsed lessons in parallel, one thread per lesson and at most `jobs` at once, or
/// takes their runs from the cache. Lessons share nothing, so the results do not depend on
/// timing; they are returned in the order given.
///
/// Threads rather than tasks: interpreted recursion needs a deep stack, and the threads of
/// Swift's cooperative pool have a small one that cannot be changed.
struct LessonExecutor {
    /// A lesson to run: its file name, its source (the cache's key) and the lesson parsed from it.
    struct Job: Sendable {
        let name: String
        let source: SourceFile
        let lesson: Lesson
        /// How many errors parsing it found.
        let parseErrors: Int
    }

    struct Result: Sendable {
        let lesson: Lesson
        let run: LessonRun
        /// The lesson's errors, of parsing and of running.
        let errors: Int
        let seconds: Double
        /// Whether the run came from the cache.
        let cached: Bool
        /// Each block's time, in block order; empty when the run came from the cache.
        let blockSeconds: [Double]
    }

    /// Interpreted recursion and deep expressions need more stack than a thread's default.
    static let stackSize = 64 << 20

    /// The course's limits for every block.
    let budget: BudgetSettings
    /// The data files blocks may load.
    let folder: LessonFolder
    /// Earlier builds' runs, or nil to run every lesson.
    let cache: LessonCache?
    /// How many lessons may run at once.
    let jobs: Int
    /// The builtins every lesson's run looks names up in, built once per build.
    let registry: BuiltinRegistry

    init(registry: BuiltinRegistry, budget: BudgetSettings, folder: LessonFolder, cache: LessonCache?, jobs: Int) {
        self.registry = registry
        self.budget = budget
        self.folder = folder
        self.cache = cache
        self.jobs = max(1, jobs)
    }

    /// Runs every lesson; `progress` hears of each as it finishes, with how many have.
    func run(_ files: [Job], progress: @escaping @Sendable (Result, Int) -> Void) -> [Result] {
        let results = ResultSlots(count: files.count)
        let slots = DispatchSemaphore(value: jobs)
        let group = DispatchGroup()
        for index in startOrder(files) {
            let file = files[index]
            slots.wait()
            group.enter()
            let thread = Thread {
                let result = execute(file)
                progress(result, results.set(index, result))
                slots.signal()
                group.leave()
            }
            thread.stackSize = Self.stackSize
            thread.start()
        }
        group.wait()
        let values = results.values
        cache?.storeDurations(Dictionary(uniqueKeysWithValues: zip(files, values).compactMap { file, result in
            result.cached ? nil : (file.name, result.seconds)
        }))
        return values
    }

    /// The slowest lessons of the last build first (a lesson never timed counts as slow),
    /// ties in the given order.
    private func startOrder(_ files: [Job]) -> [Int] {
        let durations = cache?.durations() ?? [:]
        return files.indices.sorted { a, b in
            let (da, db) = (durations[files[a].name] ?? .infinity, durations[files[b].name] ?? .infinity)
            return da != db ? da > db : a < b
        }
    }

    private func execute(_ job: Job) -> Result {
        let start = ContinuousClock.now
        func result(_ run: LessonRun, cached: Bool, blockSeconds: [Double] = []) -> Result {
            Result(lesson: job.lesson, run: run, errors: job.parseErrors + run.diagnostics.filter(\.isError).count,
                   seconds: (ContinuousClock.now - start).seconds, cached: cached, blockSeconds: blockSeconds)
        }
        if let cache, let run = cache.run(for: job.name, source: job.source, files: folder) {
            return result(run, cached: true)
        }
        let files = RecordedLessonFiles(folder)
        let (run, seconds) = LessonRunner(registry: registry, budget: Budget().applying(budget), files: files).timedRun(job.lesson)
        // A lesson whose text has errors is run for its other messages, but never cached.
        if let cache, job.parseErrors == 0, !run.diagnostics.contains(where: \.isError) {
            cache.store(run, for: job.name, source: job.source, reads: files.reads)
        }
        return result(run, cached: false, blockSeconds: seconds)
    }
}

/// Results filled in by worker threads, each into its own slot.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [LessonExecutor.Result?]
    private var filled = 0

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// Stores a result, and says how many slots are now filled.
    func set(_ index: Int, _ result: LessonExecutor.Result) -> Int {
        lock.withLock {
            slots[index] = result
            filled += 1
            return filled
        }
    }

    var values: [LessonExecutor.Result] {
        lock.withLock { slots.compactMap { $0 } }
    }
}
