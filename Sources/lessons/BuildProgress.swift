import Build

/// What a command prints while the course runs and after: a line per lesson on a terminal
/// (nothing when piped or under CI, where only the summary is wanted), and, when asked,
/// the slowest blocks.
struct BuildProgress {
    /// How many of the slowest blocks `--timings` lists.
    static let slowestCount = 10

    let showsLessons: Bool

    init(showsLessons: Bool = Terminal.isInteractive) {
        self.showsLessons = showsLessons
    }

    /// The handler to give the build.
    var handler: @Sendable (BuildEvent) -> Void {
        guard showsLessons else { return { _ in } }
        return { event in
            guard case .lessonFinished(let path, let seconds, let errors, let cached, let finished, let total) = event else { return }
            let mark = errors == 0 ? "✓" : "✗"
            Terminal.write("[\(finished)/\(total)] \(mark) \(path)  \(Self.milliseconds(seconds))\(cached ? " (cached)" : "")")
        }
    }

    /// The slowest blocks, one line each: `lessons/x.md:12  340 ms  51 204 steps`.
    static func timingLines(_ report: BuildReport) -> [String] {
        guard !report.timings.isEmpty else { return ["No block ran: every lesson came from the cache (--no-cache runs them all)."] }
        let slowest = report.timings.prefix(slowestCount)
        let places = slowest.map { "\($0.location.path):\($0.location.line)" }
        let width = places.map(\.count).max() ?? 0
        let times = slowest.map { milliseconds($0.seconds) }
        let timeWidth = times.map(\.count).max() ?? 0
        let total = report.timings.map(\.seconds).reduce(0, +)
        return ["Slowest blocks (of \(report.timings.count), \(milliseconds(total)) in all):"]
            + zip(places, zip(times, slowest)).map { place, entry in
                let (time, timing) = entry
                return "  " + place.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                    + String(repeating: " ", count: timeWidth - time.count) + time + "  \(timing.steps) steps"
            }
    }

    private static func milliseconds(_ seconds: Double) -> String {
        "\(Int((seconds * 1000).rounded())) ms"
    }
}
