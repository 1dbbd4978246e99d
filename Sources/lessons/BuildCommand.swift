import ArgumentParser
import Build
import Foundation

/// `lessons build`: runs every lesson's experiments, checks every claim, and writes the site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the course into the output folder.",
        discussion: """
        Runs every experiment block, proves every check(...), and writes the site only if \
        nothing failed; otherwise the previous site is left as it was.
        """
    )

    @Option(help: ArgumentHelp("The folder of lesson files (.md) and course.yml.", valueName: "dir"))
    var lessons = "lessons"

    @Option(help: ArgumentHelp("The folder the site is written to; it is replaced as a whole.", valueName: "dir"))
    var output = "output"

    @Flag(help: "Leave out raw HTML written in lessons, as cmark's safe mode does.")
    var safe = false

    @Option(help: ArgumentHelp("The folder that keeps each lesson's run between builds, so a rebuild runs only what changed.", valueName: "dir"))
    var cache = ".lessons-cache"

    @Flag(help: "Run every lesson, and neither read nor write the cache.")
    var noCache = false

    func run() throws {
        let start = ContinuousClock.now
        let showProgress = Terminal.isInteractive
        let builder = CourseBuilder(options: BuildOptions(lessons: lessons, output: output, allowRawHTML: !safe, cache: noCache ? nil : cache))
        let report: BuildReport
        do {
            report = try builder.build { event in
                if showProgress, case .lessonFinished(let path, let seconds, let errors, let cached) = event {
                    let mark = errors == 0 ? "✓" : "✗"
                    Terminal.write("\(mark) \(path)  \(Int((seconds * 1000).rounded())) ms\(cached ? " (cached)" : "")")
                }
            }
        } catch {
            Terminal.write("error: \(error.message)")
            throw ExitCode(error.kind == .usage ? 2 : 1)
        }
        report.formattedDiagnostics.forEach(Terminal.write)
        let elapsed = (ContinuousClock.now - start).formatted(.units(allowed: [.seconds, .milliseconds], width: .narrow))
        let errors = report.errorCount
        if report.wroteSite {
            Terminal.write("Built \(output) in \(elapsed).")
        } else {
            Terminal.write("\(errors) error\(errors == 1 ? "" : "s"); \(output) was left unchanged.")
            throw ExitCode(1)
        }
    }
}
