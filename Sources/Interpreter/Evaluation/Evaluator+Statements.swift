import LessonsCore

/// How a statement finished: on to the next, or leaving a loop or a function.
enum Flow {
    case next
    case breakLoop
    case continueLoop
    case returned(Value, literal: Literalness)
}

extension Evaluator {
    func execute(_ statements: [Stmt]) throws -> Flow {
        for statement in statements {
            let flow = try execute(statement)
            if case .next = flow { continue }
            return flow
        }
        return .next
    }

    func execute(_ statement: Stmt) throws -> Flow {
        try step(at: statement.location)
        switch statement.kind {
        case .expression(let expression):
            _ = try evaluate(expression)
        case .binding(let pattern, let isMutable, let type, let value):
            try bind(pattern, value: value, type: type, isMutable: isMutable, at: statement.location)
        case .assignment(let target, let op, let value):
            try assign(value, to: target, combining: op)
        case .conditional(let branches, let otherwise):
            for branch in branches where try condition(branch.condition) {
                return try withScope { try execute(branch.body) }
            }
            if let otherwise { return try withScope { try execute(otherwise) } }
        case .forIn(let pattern, let sequence, let body):
            return try forIn(pattern, try evaluate(sequence), body: body, at: sequence.location)
        case .whileLoop(let condition, let body):
            var scopes = IterationScopes(parent: scope)
            while try self.condition(condition) {
                try step(at: statement.location)
                switch try within(scopes.next(), { try execute(body) }) {
                case .breakLoop: return .next
                case .returned(let value, let literal): return .returned(value, literal: literal)
                case .next, .continueLoop: continue
                }
            }
        case .function(let name, let declaration):
            let closure = Closure(
                name: name, isFunction: true, parameters: declaration.parameters,
                returnType: declaration.returnType, body: declaration.body, scope: scope)
            try declare(name, Scope.Slot(value: .function(.closure(closure)), isMutable: false, type: nil),
                        at: statement.location)
        case .returnValue(let value):
            return .returned(try value.map { try evaluate($0) } ?? .void, literal: value?.literalness ?? .fixed)
        case .breakLoop:
            return .breakLoop
        case .continueLoop:
            return .continueLoop
        }
        return .next
    }

    /// A condition's value, which must be a `Bool`.
    func condition(_ expression: Expr) throws -> Bool {
        let value = try evaluate(expression)
        guard case .bool(let result) = value else {
            throw InterpreterError(.conditionNotBool(value.type), at: expression.location)
        }
        return result
    }

    private func forIn(_ pattern: Pattern, _ sequence: Value, body: [Stmt], at location: SourceLocation) throws -> Flow {
        var scopes = IterationScopes(parent: scope)
        /// One iteration; nil to go on with the next.
        func iterate(_ element: Value) throws -> Flow? {
            try step(at: location)
            let flow = try within(scopes.next()) {
                try bind(pattern, to: element, type: nil, isMutable: false, at: location)
                return try execute(body)
            }
            switch flow {
            case .breakLoop: return .next
            case .returned: return flow
            case .next, .continueLoop: return nil
            }
        }
        switch sequence {
        case .array(let values):
            for element in values { if let flow = try iterate(element) { return flow } }
        case .range(let range):
            guard let bounds = range.integerBounds else { throw InterpreterError(.notASequence(sequence.type), at: location) }
            for n in bounds.lower..<bounds.upperExclusive { if let flow = try iterate(.int(n)) { return flow } }
        case .string(let text):
            for character in text { if let flow = try iterate(.string(String(character))) { return flow } }
        default:
            throw InterpreterError(.notASequence(sequence.type), at: location)
        }
        return .next
    }

    private func bind(_ pattern: Pattern, value: Expr?, type: ValueType?, isMutable: Bool, at location: SourceLocation) throws {
        guard let value else {
            guard case .name(let name) = pattern else { throw InterpreterError(.notAssignable(), at: location) }
            return try declare(name, Scope.Slot(value: nil, isMutable: true, type: type), at: location)
        }
        var result = try evaluate(value)
        if let type {
            guard let converted = result.converted(to: type, literal: value.literalness) else {
                throw InterpreterError(.typeMismatch(result.type, expected: type), at: value.location)
            }
            result = converted
        }
        try bind(pattern, to: result, type: type, isMutable: isMutable, at: location, valueAt: value.location)
    }

    /// Declares the names of `pattern`. A redeclaration is reported at `location` (the
    /// declaration), a value of the wrong shape at `valueLocation`.
    func bind(_ pattern: Pattern, to value: Value, type: ValueType?, isMutable: Bool, at location: SourceLocation,
              valueAt valueLocation: SourceLocation? = nil) throws {
        switch pattern {
        case .wildcard:
            return
        case .name(let name):
            if case .function(.closure(let closure)) = value, closure.name == nil { closure.name = name }
            try declare(name, Scope.Slot(value: value, isMutable: isMutable, type: type), at: location)
        case .tuple(let patterns):
            guard case .tuple(let tuple) = value, tuple.count == patterns.count else {
                throw InterpreterError(.patternMismatch(value.type, names: patterns.count), at: valueLocation ?? location)
            }
            for (index, pattern) in patterns.enumerated() {
                try bind(pattern, to: tuple[index], type: nil, isMutable: isMutable, at: location, valueAt: valueLocation)
            }
        }
    }

    private func declare(_ name: String, _ slot: Scope.Slot, at location: SourceLocation) throws {
        guard scope.declare(name, slot) else { throw InterpreterError(.redeclaration(name), at: location) }
    }
}
