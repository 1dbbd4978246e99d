import Build
import Foundation
import TestSupport
import Testing

/// The watcher `serve` rebuilds on: a change anywhere in the lessons, and nothing for an
/// editor's hidden or backup files, with either mechanism.
@Suite struct FolderWatcherTests {
    /// Counts the changes a watcher reports, on the watcher's own thread: a task reading
    /// `changes()` could wait for a thread of the cooperative pool while other suites' tests
    /// keep all of them busy, and miss the deadline with the change already reported.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        init(_ watcher: FolderWatcher) {
            watcher.start(onChange: { self.lock.withLock { self.value += 1 } })
        }

        var count: Int { lock.withLock { value } }

        /// Waits up to `seconds` for the count to pass `count`; whether it did.
        func exceeds(_ count: Int, within seconds: Double) async -> Bool {
            let deadline = ContinuousClock.now + TestTime.duration(seconds)
            while ContinuousClock.now < deadline {
                if self.count > count { return true }
                try? await Task.sleep(for: .milliseconds(20))
            }
            return self.count > count
        }
    }

    @Test(arguments: [FolderWatcher.Mechanism.inotify, .polling])
    func changesAreReportedAndEditorsFilesAreNot(mechanism: FolderWatcher.Mechanism) async throws {
        let workspace = Workspace()
        try FileManager.default.createDirectory(atPath: workspace.lessons + "/data", withIntermediateDirectories: true)
        let watcher = FolderWatcher(path: workspace.lessons, mechanism: mechanism)
        #expect(watcher.mechanism == mechanism)
        defer { watcher.stop() }
        let changes = Counter(watcher)
        try await Task.sleep(for: .milliseconds(300))
        workspace.write(".a.md.swp", "x")
        workspace.write("a.md~", "x")
        #expect(await !changes.exceeds(0, within: 1))
        try Data("1,2\n".utf8).write(to: URL(fileURLWithPath: workspace.lessons + "/data/points.csv"))
        #expect(await changes.exceeds(0, within: 5), "a data file in a folder of the lessons")
        try await Task.sleep(for: .milliseconds(400))
        let seen = changes.count
        workspace.write("a.md", "# A\n")
        #expect(await changes.exceeds(seen, within: 5))
    }
}
