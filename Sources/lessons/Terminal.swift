import Foundation

/// The one place that writes to the terminal.
enum Terminal {
    /// Whether standard error is a terminal a person is watching (for progress lines): not
    /// when it is piped, nor under CI, whose logs are terminals that nobody watches.
    static var isInteractive: Bool {
        isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["CI"] == nil
    }

    /// Writes a line to standard error, where diagnostics and progress go.
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
