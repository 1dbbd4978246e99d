/// What a diagnostic says. Each module declares its messages once, as static constructors
/// in an extension of this type, so the wording of a message lives in exactly one place.
public struct DiagnosticMessage: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error, warning, note
    }

    public let severity: Severity
    public let text: String

    public init(_ text: String, severity: Severity = .error) {
        self.text = text
        self.severity = severity
    }

    public var description: String { text }
}
