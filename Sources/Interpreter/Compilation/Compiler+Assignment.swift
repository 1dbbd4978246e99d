import LessonsCore

/// Stores a value into an assignment's target: the frame, the value, which of it is integer
/// literals, and where the value is written (a type error points there). Not an optional
/// location: wrapping one copied its path, a string retained on every store.
typealias Store = (Frame, Value, Literalness, SourceLocation) throws -> Void
/// Runs a body on a variable's value moved out of it (so an array is changed in place), with
/// the variable's declared type, and returns the body's result; nil, without running it, if
/// the variable is a constant.
typealias InPlace = (Frame, (inout Value, ValueType?) throws -> Value) throws -> Value?

extension Compiler {
    /// A variable as an assignment reaches it: a plain frame slot, whose mutability and
    /// declared type the compiler knows, or a shared `Variable`, which carries its own.
    enum Target {
        case slot(Int, isMutable: Bool, type: ValueType?)
        case variable(Reach)
    }

    /// How code reaches a shared variable: chosen when compiled, and switched on when run,
    /// which costs less than calling a closure for it.
    enum Reach {
        case frame(Int)
        case capture(Int)
        case global(Variable)
        /// A global declared after the code was compiled, if it has been by now.
        case later(GlobalName, visible: [String], at: SourceLocation, evaluator: Evaluator)

        @inline(__always) func variable(in frame: Frame) throws -> Variable {
            switch self {
            case .frame(let slot): return frame.variable(slot)
            case .capture(let index): return frame.capture(index)
            case .global(let variable): return variable
            case .later(let global, let visible, let location, let evaluator):
                guard let variable = global.variable else {
                    throw InterpreterError(.unknownName(global.name, suggestion: evaluator.suggestion(for: global.name, visible: visible)),
                                           at: location)
                }
                return variable
            }
        }
    }

    /// `target = value`, or `target op= value`, as a statement that counts its own step: a
    /// closure around it that only counted the step took the loop `for i in 0..<1_000_000
    /// { s += Double(i) }` from 27 to 34 ms.
    func assignment(_ value: Expr, to target: Expr, combining op: BinaryOperator?, at location: SourceLocation) -> Action {
        let evaluator = self.evaluator
        let code = expression(value)
        let (literal, valueAt) = (value.literalness, value.location)
        guard let op else {
            let store = assigner(to: target)
            return { frame in
                try evaluator.step(at: location)
                try store(frame, try code(frame), literal, valueAt)
                return .next
            }
        }
        /// `current op operand`, as Swift computes it.
        @inline(__always) func combined(_ current: Value, _ operand: Value) throws -> Value {
            try Self.apply(op, current, operand, literals: (.fixed, literal), at: valueAt, evaluator: evaluator)
        }
        // `s += x`, the commonest statement of a loop, on a variable of either kind. The operand
        // is evaluated before the variable is read, as in Swift, where `s += f()` sees what `f`
        // did to `s`. Two numbers of one kind are worked out by the operator's step, chosen
        // here, and replaced where they are: there is no old value to release. The rest, with
        // the names and locations of its errors, is a closure of its own that the fast path
        // calls, so that the fast path's captures stay few (they are copied out on every call).
        if case .name(let name) = target.kind {
            let at = target.location
            let place: CompoundPlace? = switch self.target(name, at: at) {
            case .slot(let slot, isMutable: true, let type):
                .slot(slot) { frame, operand in
                    guard let current = frame[slot] else { throw InterpreterError(.usedBeforeInitialized(name), at: at) }
                    let result = try combined(current, operand)
                    frame[slot] = try Self.kept(result, as: current, declared: type, at: valueAt, evaluator: evaluator)
                }
            case .variable(let reach):
                .variable(reach) { variable, operand in
                    guard let current = variable.value else { throw InterpreterError(.usedBeforeInitialized(name), at: at) }
                    let result = try combined(current, operand)
                    guard variable.isMutable else { throw InterpreterError(.assignmentToConstant(name), at: at) }
                    variable.value = try Self.kept(result, as: current, declared: variable.type, at: valueAt, evaluator: evaluator)
                }
            case .slot:
                nil
            }
            if let place {
                return switch op {
                case .add: compound(AddStep.self, place, code, at: location)
                case .subtract: compound(SubtractStep.self, place, code, at: location)
                case .multiply: compound(MultiplyStep.self, place, code, at: location)
                case .divide: compound(DivideStep.self, place, code, at: location)
                default: compound(GeneralStep.self, place, code, at: location)
                }
            }
        }
        if case .name = target.kind {
            let read = expression(target)
            let store = assigner(to: target)
            return { frame in
                try evaluator.step(at: location)
                let current = try read(frame)
                try store(frame, try combined(current, try code(frame)), .fixed, valueAt)
                return .next
            }
        }
        guard let (name, path) = self.path(to: target) else {
            let fail = failing(.notAssignable(), at: target.location)
            return { frame in
                try evaluator.step(at: location)
                _ = try fail(frame)
                return .next
            }
        }
        let modify = modifier(name, path, at: target.location)
        return { frame in
            try evaluator.step(at: location)
            let indices = try Self.indices(path, in: frame)
            let operand = try code(frame)
            try modify(frame, indices) { element in
                let result = try combined(element, operand)
                return try Self.replace(&element, with: result, literal: .fixed, at: valueAt, evaluator: evaluator)
            }
            return .next
        }
    }

    /// Where `x op= operand` changes a number in place, and the general rules (with the
    /// names and locations of their errors) for everything else.
    enum CompoundPlace {
        /// A mutable frame slot.
        case slot(Int, general: (Frame, Value) throws -> Void)
        /// A shared variable.
        case variable(Reach, general: (Variable, Value) throws -> Void)
    }

    /// `x op= operand`, two numbers of one kind by the operator `Step` names. A global (the
    /// variable of a block's top-level loop) is held here: switching on the reach would copy
    /// (retain) what it holds on every iteration.
    private func compound<Step: OperatorStep>(_: Step.Type, _ place: CompoundPlace, _ operand: @escaping Code,
                                              at location: SourceLocation) -> Action {
        let evaluator = self.evaluator
        switch place {
        case .slot(let slot, let general):
            return { frame in
                try evaluator.step(at: location)
                let value = try operand(frame)
                if let result = Self.numbers(Step.self, frame[slot], value) {
                    frame.initialize(slot, to: result)
                } else {
                    try general(frame, value)
                }
                return .next
            }
        case .variable(let reach, let general):
            @inline(__always) func update(_ variable: Variable, _ frame: Frame) throws {
                let value = try operand(frame)
                if variable.isMutable, let result = Self.numbers(Step.self, variable.value, value) {
                    variable.replaceNumber(with: result)
                } else {
                    try general(variable, value)
                }
            }
            if case .global(let variable) = reach {
                return { frame in
                    try evaluator.step(at: location)
                    try update(variable, frame)
                    return .next
                }
            }
            return { frame in
                try evaluator.step(at: location)
                try update(try reach.variable(in: frame), frame)
                return .next
            }
        }
    }

    /// `x op y` for two numbers of one kind; nil for anything else, and for an overflow,
    /// which the general rules report.
    @inline(__always) private static func numbers<Step: OperatorStep>(_: Step.Type, _ current: Value?, _ operand: Value) -> Value? {
        switch (current, operand) {
        case (.double(let x)?, .double(let y)): Step.doubles(x, y)
        case (.int(let x)?, .int(let y)): Step.ints(x, y)
        default: nil
        }
    }

    /// What stores a whole value into `target`: a variable, an array element or a tuple
    /// element. Nested targets (`grid[i][j]`) change the element inside the variable in place,
    /// which is how Swift's value types behave.
    func assigner(to target: Expr) -> Store {
        let evaluator = self.evaluator
        if case .name(let name) = target.kind {
            let at = target.location
            switch self.target(name, at: at) {
            case .slot(let slot, let isMutable, let type):
                return { frame, value, literal, valueAt in
                    guard let current = frame[slot] else {
                        frame[slot] = try evaluator.converted(value, to: type, literal: literal, at: valueAt)
                        return
                    }
                    guard isMutable else { throw InterpreterError(.assignmentToConstant(name), at: at) }
                    frame[slot] = try Self.kept(value, as: current, declared: type, literal: literal, at: valueAt, evaluator: evaluator)
                }
            case .variable(let reach):
                @inline(__always) func store(_ value: Value, _ literal: Literalness, into variable: Variable, at valueAt: SourceLocation) throws {
                    guard variable.isMutable || variable.value == nil else {
                        throw InterpreterError(.assignmentToConstant(name), at: at)
                    }
                    guard let current = variable.value else {
                        variable.value = try evaluator.converted(value, to: variable.type, literal: literal, at: valueAt)
                        return
                    }
                    variable.value = try Self.kept(value, as: current, declared: variable.type, literal: literal, at: valueAt,
                                                   evaluator: evaluator)
                }
                // A global is held here, as in `assignment`, so that it is not retained per store.
                if case .global(let variable) = reach {
                    return { _, value, literal, valueAt in try store(value, literal, into: variable, at: valueAt) }
                }
                return { frame, value, literal, valueAt in try store(value, literal, into: try reach.variable(in: frame), at: valueAt) }
            }
        }
        guard let (name, path) = path(to: target) else {
            let fail = failing(.notAssignable(), at: target.location)
            return { frame, _, _, _ in _ = try fail(frame) }
        }
        let modify = modifier(name, path, at: target.location)
        // `xs[i] = x` on a variable, where `x` plainly has the element's type: the element is
        // replaced where the array is, with no array of indices made for the general path.
        if path.count == 1, case .index(let index, _, _) = path[0], case .subscripted(let base, _) = target.kind {
            let inPlace = mutableVariable(base)
            return { frame, value, literal, valueAt in
                let position = try index(frame)
                let replaced = try inPlace(frame) { array, _ in .bool(Self.replacedPlainly(&array, at: position, with: value)) }
                if case .bool(true)? = replaced { return }
                try modify(frame, [position]) { element in
                    try Self.replace(&element, with: value, literal: literal, at: valueAt, evaluator: evaluator)
                }
            }
        }
        return { frame, value, literal, valueAt in
            let indices = try Self.indices(path, in: frame)
            try modify(frame, indices) { element in
                try Self.replace(&element, with: value, literal: literal, at: valueAt, evaluator: evaluator)
            }
        }
    }

    /// A variable a mutating method can change in place (`xs.append(x)`): code that returns
    /// nil for anything else. (Not an optional closure: a closure in an `Optional` is stored
    /// at its most general abstraction and called through a conversion thunk.)
    func mutableVariable(_ base: Expr) -> InPlace {
        guard case .name(let name) = base.kind else { return { _, _ in nil } }
        switch target(name, at: base.location) {
        case .slot(let slot, let isMutable, let type):
            guard isMutable else { return { _, _ in nil } }
            return { frame, body in
                var value = frame.take(slot) ?? .void
                defer { frame[slot] = value }
                return try body(&value, type)
            }
        case .variable(let reach):
            @inline(__always) func change(_ variable: Variable, _ body: (inout Value, ValueType?) throws -> Value) throws -> Value? {
                guard variable.isMutable else { return nil }
                var value = variable.take() ?? .void
                defer { variable.value = value }
                return try body(&value, variable.type)
            }
            // A global is held here, as in `assignment`, so that it is not retained per call.
            if case .global(let variable) = reach { return { _, body in try change(variable, body) } }
            return { frame, body in try change(try reach.variable(in: frame), body) }
        }
    }

    // MARK: Parts

    func target(_ name: String, at location: SourceLocation) -> Target {
        let local = resolve(name)
        switch local.storage {
        case .value(let slot): return .slot(slot, isMutable: local.isMutable, type: local.type)
        case .variable(let slot): return .variable(.frame(slot))
        case .capture(let index): return .variable(.capture(index))
        case .global(let variable): return .variable(.global(variable))
        case .dynamic(let global): return .variable(.later(global, visible: visibleNames, at: location, evaluator: evaluator))
        }
    }

    /// The new value of a variable, which keeps its type (the declared one, or else that of
    /// its value): an `Int` variable never holds a `Double`.
    @inline(__always)
    private static func kept(_ value: Value, as current: Value, declared type: ValueType?, literal: Literalness = .fixed,
                             at location: SourceLocation, evaluator: Evaluator) throws -> Value {
        // A value plainly of the current value's type keeps the type, declared or not; working
        // types out allocates (they are indirect), so only anything else is converted.
        if value.hasSameSimpleType(as: current) { return value }
        return try evaluator.converted(value, to: type ?? current.type, literal: literal, at: location)
    }
}
