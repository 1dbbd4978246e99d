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

/// Where a variable lives, decided when its block is compiled.
enum Storage {
    /// A slot of the frame's values: a variable no closure captures.
    case value(Int)
    /// A slot of the frame's variables: a variable some closure captures, made anew each
    /// time its declaration runs (so each loop iteration has its own, as in Swift).
    case variable(Int)
    /// One of the variables the running closure captured.
    case capture(Int)
    /// A global of the lesson, declared before this code was compiled.
    case global(Variable)
    /// A name unknown when compiled: a builtin, or a global declared later.
    case dynamic(GlobalName)
}

/// A function, closure or block compiled once: the size of its frame, where its parameters
/// go, and its body. Closures made from it share it.
final class CompiledFunction {
    var valueCount = 0
    var variableCount = 0
    /// Where each parameter is stored, its type, and its default value if it has one.
    var parameters: [(storage: Storage, type: ValueType?, defaultValue: (code: Code, literal: Literalness)?)] = []
    /// The labels a `func`'s callers write, in order.
    var labels: [String?] = []
    /// How many parameters come before the first with a default.
    var required = 0
    /// Where, in the frame that makes the closure, each variable it captures is.
    var captures: [Storage] = []
    /// Runs the body: its value, and whether that value is an integer literal.
    var body: (Frame) throws -> (Value, Literalness) = { _ in (.void, .fixed) }

    func frame(captures: [Variable]) -> Frame {
        Frame(values: valueCount, variables: variableCount, captures: captures)
    }

    /// Stores an argument in its parameter's place in a new frame.
    @inline(__always) func store(_ value: Value, parameter index: Int, in frame: Frame) {
        let parameter = parameters[index]
        switch parameter.storage {
        case .value(let slot): frame[slot] = value
        case .variable(let slot): frame.setVariable(slot, Variable(value: value, isMutable: false, type: parameter.type))
        case .capture, .global, .dynamic: preconditionFailure("a parameter is stored in its own frame")
        }
    }

    /// Whether a call with these labels fits the leading parameters.
    func accepts(_ written: [String?]) -> Bool {
        guard written.count <= labels.count else { return false }
        for index in written.indices where written[index] != labels[index] { return false }
        return true
    }
}

extension CompiledFunction {
    /// The variables a closure of this function captures, taken from the frame that makes it.
    func captures(from frame: Frame) -> [Variable] {
        captures.map { source in
            switch source {
            case .variable(let slot): frame.variable(slot)
            case .capture(let index): frame.captures[index]
            case .global(let variable): variable
            // The compiler keeps captured names in variables, so these are never captured;
            // a copy keeps the closure working if that ever changes.
            case .value(let slot): Variable(value: frame[slot], isMutable: true, type: nil)
            case .dynamic(let global): global.variable ?? Variable(value: nil, isMutable: true, type: nil)
            }
        }
    }
}
