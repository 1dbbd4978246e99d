import LessonsCore

/// An error that stops a block, at a location in the Markdown file.
struct InterpreterError: Error {
    let message: DiagnosticMessage
    let location: SourceLocation

    init(_ message: DiagnosticMessage, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    var diagnostic: Diagnostic { Diagnostic(message, at: location) }
}

/// An error a builtin throws. The evaluator places it: at the argument it names, or else
/// at the call.
public struct BuiltinError: Error {
    public let message: DiagnosticMessage
    /// The index of the argument at fault, if one is.
    public let argument: Int?

    public init(_ message: DiagnosticMessage, argument: Int? = nil) {
        self.message = message
        self.argument = argument
    }
}
