import LessonsCore

/// Runs lowered statements. One evaluator runs all the blocks of one lesson, in order, in
/// one global scope, like the cells of a notebook.
final class Evaluator {
    let registry: BuiltinRegistry
    /// The limits of the block that is running.
    private(set) var budget = Budget()
    let seed: UInt64
    let files: LessonFiles
    let globals = Scope(parent: nil)
    var scope: Scope
    private(set) var outputs: [Output] = []
    var failedChecks: [Diagnostic] = []
    /// Steps the running block has taken: its cost, counted the same on every machine.
    private(set) var steps = 0
    var depth = 0

    init(registry: BuiltinRegistry, seed: UInt64, files: LessonFiles) {
        self.registry = registry
        self.seed = seed
        self.files = files
        self.scope = globals
    }

    /// Runs a block's statements in the global scope. Returns the value of its last
    /// statement if that is an expression with a value, as a notebook cell shows it.
    ///
    /// A swept block runs once per variant with its `bindings` as constants, in a scope of
    /// its own, so that what it declares is not left to the next variant, nor to later blocks.
    func runBlock(_ statements: [Stmt], budget: Budget, bindings: [(name: String, value: Value)] = []) throws -> Value? {
        self.budget = budget
        steps = 0
        depth = 0
        outputs = []
        failedChecks = []
        guard !bindings.isEmpty else {
            scope = globals
            return try run(statements)
        }
        let variant = Scope(parent: globals)
        for binding in bindings {
            _ = variant.declare(binding.name, Scope.Slot(value: binding.value, isMutable: false, type: nil))
        }
        scope = variant
        // Closures the variant made hold its scope; clearing it breaks the cycle.
        defer {
            scope = globals
            variant.removeAll()
        }
        return try run(statements)
    }

    private func run(_ statements: [Stmt]) throws -> Value? {
        for (index, statement) in statements.enumerated() {
            if index == statements.count - 1, case .expression(let expression) = statement.kind {
                try step(at: statement.location)
                let value = try evaluate(expression)
                if case .void = value { return nil }
                return value
            }
            _ = try execute(statement)
        }
        return nil
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
    func step(at location: SourceLocation) throws {
        steps += 1
        if steps > budget.steps {
            throw InterpreterError(.stepBudgetExceeded(budget.steps), at: location)
        }
    }

    /// Runs `body` in a new scope nested in `parent`.
    func withScope<T>(parent: Scope? = nil, _ body: () throws -> T) rethrows -> T {
        try within(Scope(parent: parent ?? scope), body)
    }

    /// Runs `body` in `inner`.
    func within<T>(_ inner: Scope, _ body: () throws -> T) rethrows -> T {
        let outer = scope
        scope = inner
        defer { scope = outer }
        return try body()
    }

    /// Throws at `location` if a value of `bytes` would pass the memory ceiling.
    func checkMemory(bytes: Int, at location: SourceLocation) throws {
        try located(location) { try budget.check(bytes: bytes) }
    }
}
