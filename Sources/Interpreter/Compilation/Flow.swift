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
    case returned(Value, literal: Literalness)
}
