import ArgumentParser
import Build
import Foundation

/// `lessons check`: runs every lesson and proves every claim, as a build does, without
/// writing the site; optionally a JUnit report for CI systems.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run every lesson and prove every claim, without writing the site.",
        discussion: "Exits 0 when every claim holds and nothing is wrong, 1 otherwise, 2 on bad usage."
    )

    @OptionGroup var course: CourseOptions

    @Option(help: ArgumentHelp("Also write a JUnit XML report here: a test case per claim.", valueName: "file"))
    var junit: String?

    func run() throws {
        let builder = CourseBuilder(options: course.buildOptions())
        let report: BuildReport
        do {
            report = try builder.check(progress: BuildProgress().handler)
            if let junit { try CourseBuilder.writeJUnit(report, to: junit) }
        } catch {
            Terminal.write("error: \(error.message)")
            throw ExitCode(error.kind == .usage ? 2 : 1)
        }
        report.formattedDiagnostics.forEach(Terminal.write)
        if course.timings { BuildProgress.timingLines(report).forEach(Terminal.write) }
        let lessonCount = Set(report.claims.map(\.lesson)).count
        let proved = report.claims.filter(\.check.passed).count
        Terminal.write("\(proved) of \(report.claims.count) claims proved in \(lessonCount) lesson\(lessonCount == 1 ? "" : "s"); "
            + (report.hasErrors ? "\(report.errorCount) error\(report.errorCount == 1 ? "" : "s")." : "no errors."))
        if report.hasErrors { throw ExitCode(1) }
    }
}
