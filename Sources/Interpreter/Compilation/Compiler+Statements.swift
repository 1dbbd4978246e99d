import LessonsCore

extension Compiler {
    /// Statements run in order, until one leaves the loop or the function.
    func statements(_ statements: [Stmt]) -> Action {
        // Compiled in order, since each declaration is seen by the statements after it, and
        // chained, not kept in an array: a closure in an array or an optional is stored at
        // its most general abstraction, and each call of it goes through a conversion thunk.
        var chained: Action = { _ in .next }
        for (index, statement) in statements.enumerated() {
            let action = self.statement(statement)
            guard index > 0 else {
                chained = action
                continue
            }
            let previous = chained
            chained = { frame in
                let flow = try previous(frame)
                if case .next = flow { return try action(frame) }
                return flow
            }
        }
        return chained
    }

    /// One statement. Each counts a step before it runs.
    func statement(_ statement: Stmt) -> Action {
        let evaluator = self.evaluator
        let location = statement.location
        switch statement.kind {
        case .expression(let expression):
            let code = self.expression(expression)
            return { frame in
                try evaluator.step(at: location)
                _ = try code(frame)
                return .next
            }
        case .binding(let pattern, let isMutable, let type, let value):
            return binding(pattern, isMutable: isMutable, type: type, value: value, at: location)
        case .assignment(let target, let op, let value):
            return assignment(value, to: target, combining: op, at: location)
        case .conditional(let branches, let otherwise):
            return conditional(branches, otherwise: otherwise, at: location)
        case .forIn(let pattern, let sequence, let body):
            return forIn(pattern, sequence, body: body, at: location)
        case .whileLoop(let condition, let body):
            return whileLoop(condition, body: body, at: location)
        case .function(let name, let declaration):
            return function(name, declaration, at: location)
        case .returnValue(let value):
            var code: Code = { _ in .void }
            if let value { code = returned(expression(value), literal: value.literalness) }
            return { frame in
                try evaluator.step(at: location)
                return .returned(try code(frame))
            }
        case .breakLoop:
            return { _ in
                try evaluator.step(at: location)
                return .breakLoop
            }
        case .continueLoop:
            return { _ in
                try evaluator.step(at: location)
                return .continueLoop
            }
        }
    }

    private func conditional(_ branches: [(condition: Expr, body: [Stmt])], otherwise: [Stmt]?, at location: SourceLocation) -> Action {
        let evaluator = self.evaluator
        struct Branch {
            let test: (Frame) throws -> Bool
            let body: Action
        }
        let compiled = branches.map { Branch(test: condition($0.condition), body: scoped($0.body)) }
        var rest: Action = { _ in .next }
        if let otherwise { rest = scoped(otherwise) }
        // From the last branch back, each falls through to the one after it.
        for branch in compiled.reversed() {
            let (test, body, next) = (branch.test, branch.body, rest)
            rest = { frame in try test(frame) ? try body(frame) : try next(frame) }
        }
        let chain = rest
        return { frame in
            try evaluator.step(at: location)
            return try chain(frame)
        }
    }

    /// How a loop ends after an iteration ended with `flow`: nil to go on.
    @inline(__always) private static func ending(_ flow: Flow) -> Flow? {
        switch flow {
        case .breakLoop: .next
        case .returned: flow
        case .next, .continueLoop: nil
        }
    }

    private func whileLoop(_ condition: Expr, body: [Stmt], at location: SourceLocation) -> Action {
        let evaluator = self.evaluator
        let test = self.condition(condition)
        let body = scoped(body)
        return { frame in
            try evaluator.step(at: location)
            while try test(frame) {
                try evaluator.step(at: location)
                if let end = Self.ending(try body(frame)) { return end }
            }
            return .next
        }
    }

    private func forIn(_ pattern: Pattern, _ sequence: Expr, body: [Stmt], at location: SourceLocation) -> Action {
        let evaluator = self.evaluator
        let elements = expression(sequence)
        let at = sequence.location
        context.scopes.append([:])
        let bind = binder(pattern, isMutable: false, type: nil, at: at)
        // The variable of most loops over integers is one plain value: stored directly.
        var counter = -1
        if case .name(let name) = pattern, case .value(let slot)? = context.scopes.last?[name]?.storage { counter = slot }
        let body = statements(body)
        context.scopes.removeLast()
        return { frame in
            try evaluator.step(at: location)
            let sequence = try elements(frame)
            switch sequence {
            case .range(let range):
                guard let bounds = range.integerBounds else { throw InterpreterError(.notASequence(sequence.type), at: at) }
                for n in bounds.lower..<bounds.upperExclusive {
                    try evaluator.step(at: at)
                    if counter >= 0 { frame[counter] = .int(n) } else { try bind(frame, .int(n), nil) }
                    if let end = Self.ending(try body(frame)) { return end }
                }
            case .array(let values):
                for element in values {
                    try evaluator.step(at: at)
                    try bind(frame, element, nil)
                    if let end = Self.ending(try body(frame)) { return end }
                }
            case .string(let text):
                for character in text {
                    try evaluator.step(at: at)
                    try bind(frame, .string(String(character)), nil)
                    if let end = Self.ending(try body(frame)) { return end }
                }
            default:
                throw InterpreterError(.notASequence(sequence.type), at: at)
            }
            return .next
        }
    }
}
