import LessonsCore

/// What a builtin may use of the running block: call its closures, add outputs, record
/// checks, read the lesson's seed and its data files. Nothing else of the interpreter is reachable.
public final class BuiltinContext {
    /// Held strongly: reaching an unowned reference costs two atomic operations, on every
    /// builtin call that reserves memory or calls back. The compiled code that holds contexts
    /// is freed when the lesson ends (`Evaluator.finish`).
    let evaluator: Evaluator
    /// Where the call is, in the Markdown file.
    public let location: LessonsCore.SourceLocation

    init(evaluator: Evaluator, location: SourceLocation) {
        self.evaluator = evaluator
        self.location = location
    }

    /// The lesson's seed, from its front matter.
    public var seed: UInt64 { evaluator.seed }

    /// The text of a data file of the lessons folder, by its path relative to the folder.
    public func text(ofFile path: String) -> Result<String, LessonFileProblem> {
        evaluator.files.text(of: path)
    }

    /// Calls a function value with arguments, as the block would.
    public func call(_ function: Value, _ arguments: [Value]) throws -> Value {
        try call(function, count: arguments.count) { arguments[$0] }
    }

    /// Calls a function value with `count` arguments, each given by `argument`.
    @inline(__always)
    func call(_ function: Value, count: Int, argument: (Int) -> Value) throws -> Value {
        guard case .function(let callee) = function else {
            if case .object(let object) = function, let result = try object.call((0..<count).map(argument)) { return result }
            throw BuiltinError(.notCallable(function.type))
        }
        return try evaluator.call(callee, count: count, argument: argument, at: location)
    }

    /// A name for a function value, for legends and messages: a builtin's name, the name a
    /// closure was bound to, or `nil` for an anonymous closure.
    public func name(of function: Value) -> String? {
        switch function {
        case .function(.builtin(let name)): name
        case .function(.closure(let closure)): closure.name
        case .function(.operator(let symbol)): symbol
        default: nil
        }
    }

    /// Throws if an array of `count` numbers would pass the block's memory ceiling. Builtins
    /// that allocate call it first, so a huge request fails at once instead of swapping.
    public func reserve(elements count: Int) throws {
        try evaluator.budget.check(bytes: Budget.bytes(elements: count))
    }

    /// The multiply-adds one heavy builtin call may spend (the budget's `work`).
    public var workLimit: Int { evaluator.budget.work }

    /// Adds an output to the block's results, in order.
    public func emit(_ output: Output) {
        evaluator.emit(output)
    }

    /// Records a checked claim. A false claim is also an error of the build.
    public func record(_ check: Check) {
        evaluator.record(check)
    }
}
