import Foundation

/// The one place that writes to the terminal.
enum Terminal {
    /// Whether standard error is a terminal a person is watching (for progress lines).
    static var isInteractive: Bool { isatty(STDERR_FILENO) != 0 }

    /// Writes a line to standard error, where diagnostics and progress go.
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
