import LessonsCore

/// What a build did: every diagnostic, the sources they point into, and each lesson's time.
public struct BuildReport: Sendable {
    /// Every diagnostic of every lesson, sorted by file and position.
    public let diagnostics: [Diagnostic]
    /// The files the diagnostics point into, to show their lines.
    public let sources: [SourceFile]
    /// Whether the site was written. It is not when any diagnostic is an error.
    public let wroteSite: Bool

    public var hasErrors: Bool { diagnostics.contains(where: \.isError) }
    public var errorCount: Int { diagnostics.filter(\.isError).count }

    /// Each diagnostic as compilers print them: `file:line:column: error: …`, the source
    /// line, and a caret under the spot.
    public var formattedDiagnostics: [String] {
        let formatter = DiagnosticFormatter(sources: sources)
        return diagnostics.map(formatter.format)
    }
}

/// Something a build reports while it runs, for progress on a terminal.
public enum BuildEvent: Sendable {
    /// A lesson was parsed and run, or taken from the cache: its path, how long that took,
    /// its error count, and whether it came from the cache.
    case lessonFinished(path: String, seconds: Double, errors: Int, cached: Bool)
    /// The site was written to the output folder.
    case siteWritten(path: String, files: Int)
}
