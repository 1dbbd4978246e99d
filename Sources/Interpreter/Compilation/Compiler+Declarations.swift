import LessonsCore

/// `let`, `var` and `func`: where each name goes, and the code that stores its first value.
extension Compiler {
    func binding(_ pattern: Pattern, isMutable: Bool, type: ValueType?, value: Expr?, at location: SourceLocation) -> Action {
        let evaluator = self.evaluator
        guard let value else {
            guard case .name = pattern else {
                let fail = failing(.notAssignable(), at: location)
                return { frame in
                    try evaluator.step(at: location)
                    _ = try fail(frame)
                    return .next
                }
            }
            let bind = binder(pattern, isMutable: true, type: type, at: location)
            return { frame in
                try evaluator.step(at: location)
                try bind(frame, nil, nil)
                return .next
            }
        }
        // The value is compiled first: `let x = x + 1` reads the `x` declared before.
        let code = expression(value)
        let literal = value.literalness
        let valueLocation = value.location
        // `var xs = [Double]()` declares `xs` a `[Double]`, as Swift infers, so that an element
        // appended to it while empty takes that type.
        let redeclared = if case .name(let name) = pattern { context.scopes.last?[name] != nil } else { false }
        let bind = binder(pattern, isMutable: isMutable, type: type ?? value.initializedType, at: location)
        // `let err = …` into a slot, the commonest declaration in a loop, is stored here
        // rather than through the binder (which reports a redeclaration).
        if type == nil, !redeclared, case .name(let name) = pattern, case .value(let slot)? = context.scopes.last?[name]?.storage {
            return { frame in
                try evaluator.step(at: location)
                let result = try code(frame)
                Self.name(result, name)
                frame[slot] = result
                return .next
            }
        }
        return { frame in
            try evaluator.step(at: location)
            var result = try code(frame)
            if let type {
                guard let converted = result.converted(to: type, literal: literal) else {
                    throw InterpreterError(.typeMismatch(result.type, expected: type), at: valueLocation)
                }
                result = converted
            }
            try bind(frame, result, valueLocation)
            return .next
        }
    }

    /// Declares the names of `pattern` and returns what stores a value into them. A
    /// redeclaration is reported at `location` (the declaration), a value of the wrong shape
    /// at the value's location when there is one.
    func binder(_ pattern: Pattern, isMutable: Bool, type: ValueType?, at location: SourceLocation)
        -> (Frame, Value?, SourceLocation?) throws -> Void {
        switch pattern {
        case .wildcard:
            return { _, _, _ in }
        case .name(let name):
            guard let local = declare(name, isMutable: isMutable, type: type) else {
                return { _, _, _ in throw InterpreterError(.redeclaration(name), at: location) }
            }
            return initializer(local, name: name, at: location)
        case .tuple(let patterns):
            let binders = patterns.map { binder($0, isMutable: isMutable, type: nil, at: location) }
            @inline(__always) func elements(of value: Value?, at valueLocation: SourceLocation?) throws -> Tuple {
                guard let value, case .tuple(let tuple) = value, tuple.count == patterns.count else {
                    throw InterpreterError(.patternMismatch(value?.type ?? .void, names: patterns.count), at: valueLocation ?? location)
                }
                return tuple
            }
            // `for (x, y) in points`: the two binders held here, as calling one out of an
            // array retained it, twice an iteration.
            if binders.count == 2 {
                let (first, second) = (binders[0], binders[1])
                return { frame, value, valueLocation in
                    let tuple = try elements(of: value, at: valueLocation)
                    try first(frame, tuple[0], valueLocation)
                    try second(frame, tuple[1], valueLocation)
                }
            }
            return { frame, value, valueLocation in
                let tuple = try elements(of: value, at: valueLocation)
                for (index, bind) in binders.enumerated() { try bind(frame, tuple[index], valueLocation) }
            }
        }
    }

    /// Stores a declaration's first value. A closure bound to a name takes the name, for
    /// legends and messages.
    private func initializer(_ local: Local, name: String, at location: SourceLocation) -> (Frame, Value?, SourceLocation?) throws -> Void {
        let globals = self.globals
        switch local.storage {
        case .value(let slot):
            return { frame, value, _ in
                Self.name(value, name)
                frame[slot] = value
            }
        case .variable(let slot):
            let (isMutable, type) = (local.isMutable, local.type)
            return { frame, value, _ in
                Self.name(value, name)
                frame.setVariable(slot, Variable(value: value, isMutable: isMutable, type: type))
            }
        case .global(let variable):
            return { _, value, _ in
                Self.name(value, name)
                guard globals.declare(name, variable) else { throw InterpreterError(.redeclaration(name), at: location) }
                variable.value = value
            }
        case .capture, .dynamic:
            preconditionFailure("a declaration is stored in its own frame or in the globals")
        }
    }

    /// A closure bound to a name takes the name, for legends and messages.
    @inline(__always) private static func name(_ value: Value?, _ name: String) {
        if case .function(.closure(let closure))? = value, closure.name == nil { closure.name = name }
    }

    /// `func name(…)`: declared before its body is compiled, so that it can call itself.
    func function(_ name: String, _ declaration: ClosureExpr, at location: SourceLocation) -> Action {
        let evaluator = self.evaluator
        guard let local = declare(name, isMutable: false, type: nil) else {
            let fail = failing(.redeclaration(name), at: location)
            return { frame in
                try evaluator.step(at: location)
                _ = try fail(frame)
                return .next
            }
        }
        let code = function(declaration)
        let globals = self.globals
        func closure(_ frame: Frame) -> Value {
            .function(.closure(Closure(name: name, isFunction: true, declaration: declaration, code: code,
                                       captures: code.captures(from: frame))))
        }
        switch local.storage {
        case .variable(let slot):
            return { frame in
                try evaluator.step(at: location)
                // The variable exists before the closure, which may capture it to recurse.
                let variable = Variable(value: nil, isMutable: false, type: nil)
                frame.setVariable(slot, variable)
                variable.value = closure(frame)
                evaluator.localFunctions.append(variable)
                return .next
            }
        case .global(let variable):
            return { frame in
                try evaluator.step(at: location)
                guard globals.declare(name, variable) else { throw InterpreterError(.redeclaration(name), at: location) }
                variable.value = closure(frame)
                return .next
            }
        case .value(let slot):
            return { frame in
                try evaluator.step(at: location)
                frame[slot] = closure(frame)
                return .next
            }
        case .capture, .dynamic:
            preconditionFailure("a declaration is stored in its own frame or in the globals")
        }
    }
}
