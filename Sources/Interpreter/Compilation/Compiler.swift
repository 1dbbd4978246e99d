import LessonsCore

/// Compiles a block's lowered statements into Swift closures, once per run of the block,
/// before any of it runs. Every name is resolved here to the slot it lives in, so running
/// code never searches scopes by name; errors that Swift would report when compiling
/// (a redeclaration, an assignment to a `let`) are compiled into code that throws when it
/// is reached, so a block reports them where and when the walker it replaced did.
///
/// Hand-written because no library compiles a Swift subset to closures; the technique is the
/// closure compilation of Feeley and Lapalme ("Using closures for code generation", 1987).
final class Compiler {
    /// A variable as the code that uses it sees it.
    struct Local {
        let storage: Storage
        /// Known here for frame values; `Variable`s carry their own.
        let isMutable: Bool
        let type: ValueType?
    }

    /// The function being compiled, inside the functions around it.
    final class Context {
        let parent: Context?
        /// A block's own top level declares globals.
        let isBlock: Bool
        /// The names closures nested in this function use: a variable of one of these names
        /// lives in a `Variable`, so the closure can share it. Every other variable is a
        /// plain value in the frame.
        let capturedNames: Set<String>
        /// The lexical scopes, innermost last.
        var scopes: [[String: Local]] = [[:]]
        /// The frame's size so far.
        var valueCount = 0
        var variableCount = 0
        /// Where, in the frame of the function around, each captured variable is.
        var captures: [Storage] = []
        var captureIndex: [String: Int] = [:]
        /// What the function's declared result type checks (`.none` for a block or closure
        /// that declares none).
        var returnCheck: TypeCheck = .none

        init(parent: Context?, isBlock: Bool, capturedNames: Set<String>) {
            self.parent = parent
            self.isBlock = isBlock
            self.capturedNames = capturedNames
        }
    }

    unowned let evaluator: Evaluator
    let globals: Globals
    var context: Context
    private var dynamicNames: [String: GlobalName] = [:]

    init(evaluator: Evaluator, globals: Globals, statements: [Stmt]) {
        self.evaluator = evaluator
        self.globals = globals
        context = Context(parent: nil, isBlock: true, capturedNames: CapturedNames.inside(statements))
    }

    var registry: BuiltinRegistry { evaluator.registry }

    // MARK: Names

    /// Where `name` lives, seen from the code being compiled.
    func resolve(_ name: String) -> Local {
        resolve(name, in: context)
    }

    private func resolve(_ name: String, in context: Context) -> Local {
        for scope in context.scopes.reversed() {
            if let local = scope[name] { return local }
        }
        guard let parent = context.parent else {
            if let variable = globals.lookup(name) { return Local(storage: .global(variable), isMutable: true, type: nil) }
            return Local(storage: .dynamic(dynamicName(name)), isMutable: true, type: nil)
        }
        let outer = resolve(name, in: parent)
        switch outer.storage {
        case .global, .dynamic:
            return outer
        case .value, .variable, .capture:
            if let index = context.captureIndex[name] { return Local(storage: .capture(index), isMutable: true, type: nil) }
            let index = context.captures.count
            context.captures.append(outer.storage)
            context.captureIndex[name] = index
            return Local(storage: .capture(index), isMutable: true, type: nil)
        }
    }

    private func dynamicName(_ name: String) -> GlobalName {
        if let known = dynamicNames[name] { return known }
        let created = GlobalName(name, in: globals)
        dynamicNames[name] = created
        return created
    }

    /// The global `name` may become when the code runs, or nil if it is already known to be
    /// a variable (`Double` shadowed by a variable is no longer the type, for instance).
    func unresolved(_ name: String) -> GlobalName? {
        if case .dynamic(let global) = resolve(name).storage { return global }
        return nil
    }

    /// Where a new variable named `name` goes, declared in the innermost scope; nil if that
    /// scope already has the name.
    func declare(_ name: String, isMutable: Bool, type: ValueType?) -> Local? {
        guard context.scopes[context.scopes.count - 1][name] == nil else { return nil }
        let storage: Storage
        if context.isBlock && context.scopes.count == 1 {
            storage = .global(Variable(value: nil, isMutable: isMutable, type: type))
        } else if context.capturedNames.contains(name) {
            storage = .variable(context.variableCount)
            context.variableCount += 1
        } else {
            storage = .value(context.valueCount)
            context.valueCount += 1
        }
        let local = Local(storage: storage, isMutable: isMutable, type: type)
        context.scopes[context.scopes.count - 1][name] = local
        return local
    }

    /// A frame slot that no name reaches.
    private func scratch() -> Storage {
        context.valueCount += 1
        return .value(context.valueCount - 1)
    }

    /// Statements in a new innermost scope. (Not a generic helper: a closure that passes
    /// through a generic value is stored at its most general abstraction, and every call of
    /// it then goes through a conversion thunk.)
    func scoped(_ body: [Stmt]) -> Action {
        context.scopes.append([:])
        defer { context.scopes.removeLast() }
        return statements(body)
    }

    /// The names visible where the compiler is, for suggestions.
    var visibleNames: [String] {
        var names: [String] = []
        var current: Context? = context
        while let context = current {
            for scope in context.scopes { names += scope.keys }
            current = context.parent
        }
        return names
    }

    // MARK: Functions

    /// Compiles a closure or `func`: its parameters, then its body, in a context of its own.
    /// `name` is declared before the body when a `func` is, so the body can call itself.
    func function(_ declaration: ClosureExpr) -> CompiledFunction {
        let inner = Context(parent: context, isBlock: false, capturedNames: CapturedNames.inside(declaration))
        inner.returnCheck = TypeCheck(declaration.returnType)
        let outer = context
        context = inner
        defer { context = outer }
        var parameters: [CompiledFunction.Parameter] = []
        for parameter in declaration.parameters {
            let defaultValue = parameter.defaultValue.map { (code: expression($0), literal: $0.literalness) }
            // A second parameter of the same name is dropped, as the walker before did.
            let storage = declare(parameter.name, isMutable: false, type: parameter.type)?.storage ?? scratch()
            let (slot, isCaptured) = switch storage {
            case .variable(let slot): (slot, true)
            case .value(let slot): (slot, false)
            case .capture, .global, .dynamic: preconditionFailure("a parameter is stored in its own frame")
            }
            parameters.append(.init(slot: slot, isCaptured: isCaptured, type: parameter.type, check: TypeCheck(parameter.type),
                                    defaultValue: defaultValue))
        }
        let body: Code
        switch declaration.body {
        case .expression(let expression):
            body = returned(self.expression(expression), literal: expression.literalness)
        case .statements(let statements):
            let action = self.statements(statements)
            body = { frame in
                if case .returned(let value) = try action(frame) { return value }
                return .void
            }
        }
        return CompiledFunction(
            valueCount: inner.valueCount, variableCount: inner.variableCount, parameters: parameters,
            labels: declaration.parameters.map(\.label), required: declaration.parameters.prefix { $0.defaultValue == nil }.count,
            returnCheck: TypeCheck(declaration.returnType), captures: inner.captures, body: body)
    }

    /// The top level of the block, compiled: its frame's size.
    var block: CompiledFunction {
        CompiledFunction(valueCount: context.valueCount, variableCount: context.variableCount, parameters: [], labels: [],
                         required: 0, returnCheck: .none, captures: [], body: { _ in .void })
    }

    /// A returned value's code: an integer literal takes the declared result type here,
    /// where its literalness is known (the call checks the type of what comes back).
    func returned(_ code: @escaping Code, literal: Literalness) -> Code {
        let check = context.returnCheck
        if literal == .fixed || check.kind == .none { return code }
        return { frame in
            let value = try code(frame)
            return check.apply(to: value, literal: literal) ?? value
        }
    }

    /// Code that throws `message` at `location` when it runs.
    func failing(_ message: DiagnosticMessage, at location: SourceLocation) -> Code {
        { _ in throw InterpreterError(message, at: location) }
    }
}
