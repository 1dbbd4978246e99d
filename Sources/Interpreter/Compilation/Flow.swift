import LessonsCore

/// What an expression compiles to: a Swift closure that computes its value in a frame.
typealias Code = (Frame) throws -> Value
/// What a statement compiles to: a Swift closure that runs it in a frame and says how it ended.
typealias Action = (Frame) throws -> Flow

/// How a statement finished: on to the next, or leaving a loop or a function.
enum Flow {
    case next
    case breakLoop
    case continueLoop
    /// `return value`, the value already typed as the function's declared result where an
    /// integer literal takes that type (`return 0` from a `-> Double`).
    case returned(Value)
}
