import LessonsCore

/// Runs a lesson's blocks. Each block is compiled (`Compiler`) and then run; one evaluator
/// runs all the blocks of one lesson, in order, with one table of globals, like the cells of
/// a notebook.
final class Evaluator {
    let registry: BuiltinRegistry
    /// The limits of the block that is running.
    private(set) var budget = Budget()
    let seed: UInt64
    let files: LessonFiles
    let globals = Globals(parent: nil)
    private(set) var outputs: [Output] = []
    var failedChecks: [Diagnostic] = []
    /// Steps the running block has taken: its cost, counted the same on every machine.
    private(set) var steps = 0
    var depth = 0
    /// The variables that local `func`s were declared in. Such a function captures its own
    /// variable (to call itself), a cycle that reference counting never frees; `finish`
    /// empties them when the lesson ends.
    var localFunctions: [Variable] = []
    /// The slots of the frames of the calls running now.
    let values = SlotStack<Value>()
    let variables = SlotStack<Variable>()

    init(registry: BuiltinRegistry, seed: UInt64, files: LessonFiles) {
        self.registry = registry
        self.seed = seed
        self.files = files
    }

    /// Compiles and runs a block's statements. Returns the value of its last statement if
    /// that is an expression with a value, as a notebook cell shows it.
    ///
    /// A swept block runs once per variant with its `bindings` as constants, in a table of
    /// globals of its own, so that what it declares is not left to the next variant, nor to
    /// later blocks.
    func runBlock(_ statements: [Stmt], budget: Budget, bindings: [(name: String, value: Value)] = []) throws -> Value? {
        self.budget = budget
        steps = 0
        depth = 0
        outputs = []
        failedChecks = []
        var table = globals
        if !bindings.isEmpty {
            table = Globals(parent: globals)
            for binding in bindings {
                _ = table.declare(binding.name, Variable(value: binding.value, isMutable: false, type: nil))
            }
        }
        // Closures the variant made hold its globals; clearing them breaks the cycle.
        defer { if table !== globals { table.removeAll() } }
        let compiler = Compiler(evaluator: self, globals: table, statements: statements)
        var body = statements[...]
        var last: (code: Code, location: SourceLocation)?
        if case .expression(let expression)? = statements.last?.kind {
            body = body.dropLast()
            last = (compiler.expression(expression), statements[statements.count - 1].location)
        }
        // A block's top level runs every statement: a stray `break` there ends nothing.
        let actions = body.map(compiler.statement)
        return try compiler.block.withFrame(on: self, for: nil) { frame in
            for action in actions { _ = try action(frame) }
            guard let last else { return nil }
            try step(at: last.location)
            let value = try last.code(frame)
            if case .void = value { return nil }
            return value
        }
    }

    /// Empties every global and every local function's variable when the lesson has run,
    /// which breaks the cycles that closures make, so the lesson's values are freed.
    func finish() {
        globals.removeAll()
        for variable in localFunctions { variable.value = nil }
        localFunctions = []
    }

    /// Records a claim. The same check run again (in a loop) merges into its first record, so
    /// the page shows one claim "verified in all n cases", and a false one is reported once.
    func record(_ check: Check) {
        if let index = outputs.firstIndex(where: { if case .check(let earlier) = $0 { earlier.location == check.location } else { false } }),
           case .check(let earlier) = outputs[index] {
            outputs[index] = .check(earlier.merged(with: check))
            if !check.passed, earlier.passed { failedChecks.append(Diagnostic(.checkFailed(check.claim), at: check.location)) }
            return
        }
        emit(.check(check))
        if !check.passed { failedChecks.append(Diagnostic(.checkFailed(check.claim), at: check.location)) }
    }

    func emit(_ output: Output) {
        // Consecutive prints read as one stream of text.
        if case .text(let more) = output, case .text(let text)? = outputs.last {
            outputs[outputs.count - 1] = .text(text + more)
        } else {
            outputs.append(output)
        }
    }

    /// Counts one step against the budget.
    @inline(__always) func step(at location: SourceLocation) throws {
        steps += 1
        if steps > budget.steps {
            throw InterpreterError(.stepBudgetExceeded(budget.steps), at: location)
        }
    }

    /// Throws at `location` if a value of `bytes` would pass the memory ceiling.
    func checkMemory(bytes: Int, at location: SourceLocation) throws {
        try located(location) { try budget.check(bytes: bytes) }
    }
}
