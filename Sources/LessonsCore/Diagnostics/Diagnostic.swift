/// A problem found while building, at a location in a lesson's Markdown file.
///
/// Diagnostics are values: every stage collects them, and the build reports all of them.
public struct Diagnostic: Sendable, Hashable, Codable {
    public let message: DiagnosticMessage
    public let location: SourceLocation

    public init(_ message: DiagnosticMessage, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    public var severity: DiagnosticMessage.Severity { message.severity }
    public var isError: Bool { message.severity == .error }
}
