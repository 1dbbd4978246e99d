import Build
import Foundation
@testable import Preview
import TestSupport
import Testing

/// `lessons serve` end to end: a real server on a free port, a real lessons folder, real edits.
@Suite(.serialized) struct PreviewTests {
    /// A lessons folder, an output folder and a cache in a scratch folder.
    final class Course {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-preview-\(UUID().uuidString)")
        var lessons: String { root.appendingPathComponent("lessons").path }

        init() {
            try? FileManager.default.createDirectory(atPath: lessons, withIntermediateDirectories: true)
        }

        deinit {
            try? FileManager.default.removeItem(at: root)
        }

        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: lessons + "/" + name))
        }

        func lesson(_ title: String, _ prose: String, _ code: String = "print(1)") -> String {
            "---\ntitle: \(title)\n---\n\(prose)\n\n```swift experiment\n\(code)\n```\n"
        }

        var options: BuildOptions {
            BuildOptions(lessons: lessons, output: root.appendingPathComponent("output").path,
                         cache: root.appendingPathComponent("cache").path)
        }
    }

    /// Events the preview reported.
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var events: [Preview.Event] = []

        func add(_ event: Preview.Event) { lock.withLock { events.append(event) } }

        var port: UInt16? {
            lock.withLock {
                events.lazy.compactMap { event -> UInt16? in
                    guard case .listening(let url, _) = event else { return nil }
                    return url.split(separator: ":").last.flatMap { UInt16($0.dropLast()) }
                }.first
            }
        }

        /// Sleeps, rather than blocks, between looks: the preview needs the threads.
        func waitForPort() async -> UInt16? {
            for _ in 0..<Int(TestTime.seconds(600)) {
                if let port { return port }
                try? await Task.sleep(for: .milliseconds(100))
            }
            return nil
        }
    }

    @Test(arguments: [FolderWatcher.Mechanism.inotify, .polling])
    func anEditReloadsItsPageAnErrorShowsOverTheLastGoodPageAndAFixClearsIt(watching: FolderWatcher.Mechanism) async throws {
        let course = Course()
        try course.write("a.md", course.lesson("A", "First words."))
        try course.write("b.md", course.lesson("B", "Other words."))
        let log = Log()
        let preview = Preview(Preview.Configuration(build: course.options, port: 0, watching: watching), report: log.add)
        let running = Task { try await preview.run() }
        let port = try #require(await log.waitForPort())

        // A served page has the reload script; the built one does not.
        let page = try #require(try await LoopbackClient.get(port: port, "/a.html"))
        #expect(page.head.hasPrefix("HTTP/1.1 200"))
        #expect(page.head.lowercased().contains("content-type: text/html; charset=utf-8"))
        #expect(page.body.contains("First words."))
        #expect(page.body.contains("<script src=\"/__lessons/live.js\" data-build=\"1\"></script>\n</body>"))
        let built = try String(contentsOfFile: course.options.output + "/a.html", encoding: .utf8)
        #expect(!built.contains("__lessons"))
        #expect(try await LoopbackClient.get(port: port, "/")?.body.contains("data-build=\"1\"") == true)
        #expect(try await LoopbackClient.get(port: port, "/__lessons/live.js")?.body.contains("EventSource") == true)
        #expect(try await LoopbackClient.get(port: port, "/.lessons-site")?.head.hasPrefix("HTTP/1.1 404") == true)
        #expect(try await LoopbackClient.get(port: port, "/../a.md")?.head.hasPrefix("HTTP/1.1 404") == true)

        let events = try LoopbackClient(port: port, path: "/__lessons/events")
        #expect(await events.event("ready") == "{\"build\":1}")

        // An edit reloads the page it changed, not the others.
        try course.write("a.md", course.lesson("A", "Second words."))
        #expect(await events.event("reload") == "{\"build\":2,\"everything\":false,\"pages\":[\"a.html\"]}")
        #expect(try await LoopbackClient.get(port: port, "/a.html")?.body.contains("Second words.") == true)

        // An error: its message, line and caret reach the page; the page stays as it was.
        try course.write("a.md", course.lesson("A", "Third words.", "let = 3"))
        let errors = try #require(await events.event("errors"))
        #expect(errors == "{\"errors\":[\"\(course.lessons)/a.md:7:5: error: expected pattern in variable\\n    let = 3\\n        ^\"]}")
        let kept = try #require(try await LoopbackClient.get(port: port, "/a.html"))
        #expect(kept.body.contains("Second words."))
        #expect(kept.body.contains("data-build=\"2\""))
        // A page opened now is told of the errors at once.
        let late = try LoopbackClient(port: port, path: "/__lessons/events")
        #expect(await late.event("errors") == errors)

        // The fix rebuilds and reloads, which clears the overlay.
        try course.write("a.md", course.lesson("A", "Fourth words."))
        #expect(await events.event("reload") == "{\"build\":3,\"everything\":false,\"pages\":[\"a.html\"]}")
        #expect(try await LoopbackClient.get(port: port, "/a.html")?.body.contains("Fourth words.") == true)

        await preview.stop()
        try await running.value
    }

    @Test func aPortInUseIsAClearError() async throws {
        let course = Course()
        try course.write("a.md", course.lesson("A", "Words."))
        let log = Log()
        let first = Preview(Preview.Configuration(build: course.options, port: 0), report: log.add)
        let running = Task { try await first.run() }
        let port = try #require(await log.waitForPort())
        let second = Preview(Preview.Configuration(build: course.options, port: port), report: { _ in })
        await #expect {
            try await second.run()
        } throws: { error in
            (error as? PreviewFailure)?.message == "cannot serve on 127.0.0.1:\(port): the port is in use; "
                + "pass --port with another port, or --port 0 for any free one"
        }
        await first.stop()
        try await running.value
    }
}
