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

    @OptionGroup var course: CourseOptions

    @Option(help: ArgumentHelp("The folder the site is written to; it is replaced as a whole.", valueName: "dir"))
    var output = "output"

    @Flag(help: "Leave out raw HTML written in lessons, as cmark's safe mode does.")
    var safe = false

    func run() throws {
        let start = ContinuousClock.now
        let builder = CourseBuilder(options: course.buildOptions(output: output, allowRawHTML: !safe))
        let report: BuildReport
        do {
            report = try builder.build(progress: BuildProgress().handler)
        } catch {
            Terminal.write("error: \(error.message)")
            throw ExitCode(error.kind == .usage ? 2 : 1)
        }
        report.formattedDiagnostics.forEach(Terminal.write)
        if course.timings { BuildProgress.timingLines(report).forEach(Terminal.write) }
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
