import LessonsCore

/// What a build did: every diagnostic, the sources they point into, and every claim checked.
public struct BuildReport: Sendable {
    /// A claim a lesson's check made, and the lesson's path.
    public struct Claim: Sendable {
        public let lesson: String
        public let check: Check
    }

    /// Every diagnostic of every lesson, sorted by file and position.
    public let diagnostics: [Diagnostic]
    /// The files the diagnostics point into, to show their lines.
    public let sources: [SourceFile]
    /// Whether the site was written. It is not when any diagnostic is an error.
    public let wroteSite: Bool
    /// Every check of every lesson that ran, in lesson and block order.
    public var claims: [Claim] = []
    /// How long each block that ran took, slowest first; blocks taken from the cache are not here.
    public var timings: [BlockTiming] = []
    /// Each file of the written site, by path, with a digest of its bytes: a preview reloads
    /// only the pages whose digest changed. Empty when no site was written.
    public var siteDigests: [String: String] = [:]

    public init(diagnostics: [Diagnostic], sources: [SourceFile], wroteSite: Bool, claims: [Claim] = [], timings: [BlockTiming] = []) {
        self.diagnostics = diagnostics
        self.sources = sources
        self.wroteSite = wroteSite
        self.claims = claims
        self.timings = timings
    }

    /// The same report, for a site that was written with these files' digests.
    func written(digests: [String: String]) -> BuildReport {
        var report = BuildReport(diagnostics: diagnostics, sources: sources, wroteSite: true, claims: claims, timings: timings)
        report.siteDigests = digests
        return report
    }

    public var hasErrors: Bool { diagnostics.contains(where: \.isError) }
    public var errorCount: Int { diagnostics.filter(\.isError).count }

    /// Each diagnostic as compilers print them: `file:line:column: error: …`, the source
    /// line, and a caret under the spot.
    public var formattedDiagnostics: [String] {
        DiagnosticFormatter(sources: sources).format(diagnostics)
    }
}

/// How long one experiment block took to compile and run: for authors, never for the site.
public struct BlockTiming: Sendable {
    /// Where the block's fence opens.
    public let location: SourceLocation
    public let seconds: Double
    /// The interpreter's steps, which do not vary between runs.
    public let steps: Int
}

/// Something a build reports while it runs, for progress on a terminal.
public enum BuildEvent: Sendable {
    /// A lesson was parsed and run, or taken from the cache: its path, how long that took,
    /// its error count, whether it came from the cache, and how many of how many lessons are done.
    case lessonFinished(path: String, seconds: Double, errors: Int, cached: Bool, finished: Int, of: Int)
    /// The site was written to the output folder.
    case siteWritten(path: String, files: Int)
}
