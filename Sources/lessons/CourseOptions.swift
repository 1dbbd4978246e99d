import ArgumentParser
import Build

/// The options every command that runs the course shares: where the lessons are, the
/// cache, how many lessons run at once, and whether to report the slowest blocks.
struct CourseOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The folder of lesson files (.md) and course.yml.", valueName: "dir"))
    var lessons = "lessons"

    @Option(help: ArgumentHelp("The folder that keeps each lesson's run between builds, so a rebuild runs only what changed.", valueName: "dir"))
    var cache = ".lessons-cache"

    @Flag(help: "Run every lesson, and neither read nor write the cache.")
    var noCache = false

    @Option(name: [.short, .long], help: ArgumentHelp("How many lessons run at once (default: one per core).", valueName: "n"))
    var jobs: Int?

    @Flag(help: "After the run, list the slowest experiment blocks with where they are and how long they took.")
    var timings = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1; got \(jobs).") }
    }

    /// The build's options, for a site written to `output`.
    func buildOptions(output: String = "output", allowRawHTML: Bool = true) -> BuildOptions {
        var options = BuildOptions(lessons: lessons, output: output, allowRawHTML: allowRawHTML, cache: noCache ? nil : cache)
        if let jobs { options.jobs = jobs }
        return options
    }
}
