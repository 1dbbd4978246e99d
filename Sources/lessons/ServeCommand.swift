import ArgumentParser
import Build
import Foundation
import Preview

/// `lessons serve`: builds, serves the site on 127.0.0.1, and rebuilds and reloads open
/// pages as lessons change, until Ctrl-C.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the course, serve it on this machine, and rebuild as lessons change.",
        discussion: """
        Watches the lessons folder; each save rebuilds what changed and reloads the open pages \
        it changed. When a rebuild fails, the pages stay as the last good build left them and \
        show its errors, as the terminal does. Only the served pages have the reload script; \
        the site in the output folder is the same as `lessons build` writes. Ctrl-C stops.
        """
    )

    @OptionGroup var course: CourseOptions

    @Option(help: ArgumentHelp("The folder the site is written to; it is replaced as a whole.", valueName: "dir"))
    var output = "output"

    @Option(help: ArgumentHelp("The port to serve on; 0 picks any free one.", valueName: "n"))
    var port: UInt16 = 8000

    @Flag(help: "Open the course in the default browser once it is served.")
    var open = false

    @Flag(help: "Watch the lessons folder by listing it every quarter second, instead of with inotify.")
    var poll = false

    func run() async throws {
        let preview = Preview(
            Preview.Configuration(build: course.buildOptions(output: output), port: port, watching: poll ? .polling : nil),
            report: { [open, course] event in Self.show(event, open: open, timings: course.timings) })
        let interrupts = Interrupts { Task { await preview.stop() } }
        defer { interrupts.cancel() }
        do {
            try await preview.run()
        } catch {
            Terminal.write("error: \(error.message)")
            throw ExitCode(error.isUsage ? 2 : 1)
        }
        Terminal.write("Stopped.")
    }

    private static func show(_ event: Preview.Event, open: Bool, timings: Bool) {
        switch event {
        case .listening(let url, let watching):
            Terminal.write("Serving the course at \(url) (watching the lessons with \(watching == .inotify ? "inotify" : "polling")); Ctrl-C stops.")
            if open { Browser.open(url) }
        case .built(let report, let seconds, let reloaded):
            report.formattedDiagnostics.forEach(Terminal.write)
            if timings { BuildProgress.timingLines(report).forEach(Terminal.write) }
            let time = "\(Int((seconds * 1000).rounded())) ms"
            if report.wroteSite {
                switch reloaded {
                case .none: Terminal.write("Built in \(time).")
                case .pages(let pages): Terminal.write("Built in \(time); reloaded \(pages.joined(separator: ", ")).")
                case .every: Terminal.write("Built in \(time); reloaded every page.")
                }
            } else {
                let errors = report.errorCount
                Terminal.write("\(errors) error\(errors == 1 ? "" : "s") after \(time); the pages stay as the last good build left them.")
            }
        case .failed(let failure):
            Terminal.write("error: \(failure.message)")
        }
    }
}

/// Ctrl-C (and a polite kill) stop the preview instead of the process, so the server closes
/// its connections and the command exits 0.
private final class Interrupts {
    private let sources: [any DispatchSourceSignal]

    init(_ handler: @escaping @Sendable () -> Void) {
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler(handler: handler)
            source.resume()
            return source
        }
    }

    func cancel() {
        sources.forEach { $0.cancel() }
    }
}

/// Opens a URL in the desktop's browser, if there is one to open it with.
private enum Browser {
    static func open(_ url: String) {
        let process = Process()
        #if os(macOS)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/open")
        #else
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        #endif
        process.arguments = (process.executableURL?.lastPathComponent == "env" ? ["xdg-open"] : []) + [url]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { Terminal.write("Could not open a browser (\(error.localizedDescription)); open \(url) yourself.") }
    }
}
