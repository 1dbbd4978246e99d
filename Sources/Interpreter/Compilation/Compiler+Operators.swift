import LessonsCore

/// Binary operators and conditions. They are most of what a loop computes, so their operands
/// are looked at when compiled: a local variable is read from its slot and a literal is
/// built in, rather than each being a closure called on every use, and a comparison that a
/// branch tests gives its `Bool` straight to the branch.
extension Compiler {
    /// An operand as a binary operator or a subscript reads it.
    enum Operand {
        case slot(Int, VariableUse)
        /// A variable of the block's top level, which a loop there reads as often as a slot.
        case global(Variable, VariableUse)
        case constant(Value)
        case code(Code)
    }

    func operand(_ expression: Expr) -> Operand {
        switch expression.kind {
        case .literal(let value):
            return .constant(value)
        case .name(let name):
            switch resolve(name).storage {
            case .value(let slot): return .slot(slot, VariableUse(name, at: expression.location))
            case .global(let variable): return .global(variable, VariableUse(name, at: expression.location))
            default: break
            }
        default:
            break
        }
        return .code(self.expression(expression))
    }

    /// `a op b`. The operator is chosen here, so that two numbers of one kind are worked out
    /// without switching on it; anything else goes to the general rules, with the operands
    /// already evaluated, once each.
    func binary(_ op: BinaryOperator, _ left: Expr, _ right: Expr, at location: SourceLocation) -> Code {
        let evaluator = self.evaluator
        let literals = (left.literalness, right.literalness)
        let (a, b) = (operand(left), operand(right))
        let general: (Value, Value) throws -> Value = { try Self.apply(op, $0, $1, literals: literals, at: location, evaluator: evaluator) }
        return switch op {
        case .add: binary(AddStep.self, a, b, general: general)
        case .subtract: binary(SubtractStep.self, a, b, general: general)
        case .multiply: binary(MultiplyStep.self, a, b, general: general)
        case .divide: binary(DivideStep.self, a, b, general: general)
        default: binary(GeneralStep.self, a, b, general: general)
        }
    }

    /// `a op b` for the operator `Step` names. An `Int` or `Double` variable and a literal of
    /// its type (`n - 1`, `x * 0.5`) are worked out without a `Value` read or built.
    private func binary<Step: OperatorStep>(_: Step.Type, _ left: Operand, _ right: Operand,
                                            general: @escaping (Value, Value) throws -> Value) -> Code {
        @inline(__always) func apply(_ a: Value, _ b: Value) throws -> Value {
            if let result = Step.apply(a, b) { return result }
            return try general(a, b)
        }
        switch (left, right) {
        case (.slot(let slot, let use), .constant(.int(let k))):
            return variable(Step.self, slot, use, then: k, general: general)
        case (.slot(let slot, let use), .constant(.double(let k))):
            return variable(Step.self, slot, use, then: k, general: general)
        case (.slot(let slot, let use), .constant(let b)):
            return { frame in try apply(try Self.read(frame, slot, use), b) }
        // A literal on the left (`0.1 * err`, `1 - p`), as common in formulas.
        case (.constant(.int(let k)), .slot(let slot, let use)):
            return literal(Step.self, k, then: slot, use, general: general)
        case (.constant(.double(let k)), .slot(let slot, let use)):
            return literal(Step.self, k, then: slot, use, general: general)
        case (.constant(let a), .slot(let slot, let use)):
            return { frame in try apply(a, try Self.read(frame, slot, use)) }
        case (.constant(let a), .code(let code)):
            return { frame in try apply(a, try code(frame)) }
        case (.slot(let first, let use), .slot(let second, let otherUse)):
            return { frame in try apply(try Self.read(frame, first, use), try Self.read(frame, second, otherUse)) }
        case (.slot(let slot, let use), .code(let code)):
            return { frame in
                let a = try Self.read(frame, slot, use)
                return try apply(a, try code(frame))
            }
        case (.code(let code), .constant(let b)):
            return { frame in try apply(try code(frame), b) }
        case (.code(let code), .slot(let slot, let use)):
            return { frame in
                let a = try code(frame)
                return try apply(a, try Self.read(frame, slot, use))
            }
        // Two expressions (`a[i][k] * a[k][j]`): the closures alone are captured.
        case (.code(let first), .code(let second)):
            return { frame in
                let left = try first(frame)
                return try apply(left, try second(frame))
            }
        case (let first, let second):
            return { frame in
                let left = try Self.value(of: first, in: frame)
                return try apply(left, try Self.value(of: second, in: frame))
            }
        }
    }

    /// `x op k` for a variable and a literal of one kind of number.
    private func variable<Step: OperatorStep, Number: SlotNumber>(
        _: Step.Type, _ slot: Int, _ use: VariableUse, then k: Number, general: @escaping (Value, Value) throws -> Value
    ) -> Code {
        { frame in
            if let x = Number(frame[slot]), let result = Number.apply(Step.self, x, k) { return result }
            return try general(try Self.read(frame, slot, use), k.value)
        }
    }

    /// `k op x` for a literal and a variable of one kind of number.
    private func literal<Step: OperatorStep, Number: SlotNumber>(
        _: Step.Type, _ k: Number, then slot: Int, _ use: VariableUse, general: @escaping (Value, Value) throws -> Value
    ) -> Code {
        { frame in
            if let x = Number(frame[slot]), let result = Number.apply(Step.self, k, x) { return result }
            return try general(k.value, try Self.read(frame, slot, use))
        }
    }

    /// A condition's value, which must be a `Bool`.
    func condition(_ expression: Expr) -> (Frame) throws -> Bool {
        let location = expression.location
        if case .binary(let op, let left, let right) = expression.kind {
            switch op {
            case .equal: return comparison(EqualStep.self, op, left, right, at: location)
            case .notEqual: return comparison(NotEqualStep.self, op, left, right, at: location)
            case .less: return comparison(LessStep.self, op, left, right, at: location)
            case .lessOrEqual: return comparison(LessOrEqualStep.self, op, left, right, at: location)
            case .greater: return comparison(GreaterStep.self, op, left, right, at: location)
            case .greaterOrEqual: return comparison(GreaterOrEqualStep.self, op, left, right, at: location)
            default: break
            }
        }
        let code = self.expression(expression)
        return { frame in try Self.bool(try code(frame), at: location) }
    }

    /// A comparison a branch tests, for the operator `Step` names: two numbers of one kind,
    /// or an integer literal beside a `Double`, are compared here, and an `Int` or `Double`
    /// variable beside a literal of its type (`n < 2`) without a `Value` read or built.
    private func comparison<Step: ComparisonStep>(_: Step.Type, _ op: BinaryOperator, _ left: Expr, _ right: Expr,
                                                  at location: SourceLocation) -> (Frame) throws -> Bool {
        let evaluator = self.evaluator
        let literals = (left.literalness, right.literalness)
        @inline(__always) func test(_ a: Value, _ b: Value) throws -> Bool {
            switch (a, b) {
            case (.int(let x), .int(let y)): return Step.test(x, y)
            case (.double(let x), .double(let y)): return Step.test(x, y)
            case (.double(let x), .int(let y)) where literals.1 == .integer: return Step.test(x, Double(y))
            case (.int(let x), .double(let y)) where literals.0 == .integer: return Step.test(Double(x), y)
            default:
                return try Self.bool(try Self.apply(op, a, b, literals: literals, at: location, evaluator: evaluator), at: location)
            }
        }
        switch (operand(left), operand(right)) {
        case (.slot(let slot, let use), .constant(.int(let k))):
            return variable(Step.self, slot, use, against: k, test: test)
        case (.slot(let slot, let use), .constant(.double(let k))):
            return variable(Step.self, slot, use, against: k, test: test)
        case (.slot(let slot, let use), .constant(let b)):
            return { frame in try test(try Self.read(frame, slot, use), b) }
        case (.slot(let first, let use), .slot(let second, let otherUse)):
            return { frame in try test(try Self.read(frame, first, use), try Self.read(frame, second, otherUse)) }
        case (.code(let first), .code(let second)):
            return { frame in
                let left = try first(frame)
                return try test(left, try second(frame))
            }
        case (let first, let second):
            return { frame in
                let left = try Self.value(of: first, in: frame)
                return try test(left, try Self.value(of: second, in: frame))
            }
        }
    }

    /// `x op k` as a test, for a variable and a literal of one kind of number.
    private func variable<Step: ComparisonStep, Number: SlotNumber>(
        _: Step.Type, _ slot: Int, _ use: VariableUse, against k: Number, test: @escaping (Value, Value) throws -> Bool
    ) -> (Frame) throws -> Bool {
        { frame in
            if let x = Number(frame[slot]) { return Step.test(x, k) }
            return try test(try Self.read(frame, slot, use), k.value)
        }
    }

    /// `test ? yes : no`. A test of a variable against a literal of its type (`n < 2 ? n : …`)
    /// is worked out here, not called, and a branch that is a variable or a literal is read
    /// where it is.
    func ternary(_ test: Expr, _ yes: Expr, _ no: Expr) -> Code {
        let (yes, no) = (operand(yes), operand(no))
        let general = condition(test)
        if case .binary(let op, let left, let right) = test.kind, case .name(let name) = left.kind,
           case .value(let slot) = resolve(name).storage {
            let fused: Code? = switch right.kind {
            case .literal(.int(let k)): ternary(op, slot, k, yes, no, general: general)
            case .literal(.double(let k)): ternary(op, slot, k, yes, no, general: general)
            default: nil
            }
            if let fused { return fused }
        }
        return { frame in try general(frame) ? try Self.value(of: yes, in: frame) : try Self.value(of: no, in: frame) }
    }

    /// `slot op k ? yes : no` for a comparison; nil for another operator. (Each comparison is
    /// named here, not looked up: a generic function called through an opened existential
    /// runs unspecialised, which made recursion twice as slow.)
    private func ternary<Number: SlotNumber>(_ op: BinaryOperator, _ slot: Int, _ k: Number, _ yes: Operand, _ no: Operand,
                                             general: @escaping (Frame) throws -> Bool) -> Code? {
        switch op {
        case .equal: ternary(EqualStep.self, slot, k, yes, no, general: general)
        case .notEqual: ternary(NotEqualStep.self, slot, k, yes, no, general: general)
        case .less: ternary(LessStep.self, slot, k, yes, no, general: general)
        case .lessOrEqual: ternary(LessOrEqualStep.self, slot, k, yes, no, general: general)
        case .greater: ternary(GreaterStep.self, slot, k, yes, no, general: general)
        case .greaterOrEqual: ternary(GreaterOrEqualStep.self, slot, k, yes, no, general: general)
        default: nil
        }
    }

    /// `slot op k ? yes : no` for one comparison; a slot holding anything but a number of
    /// `k`'s kind is tested by `general`, the whole condition.
    private func ternary<Step: ComparisonStep, Number: SlotNumber>(
        _: Step.Type, _ slot: Int, _ k: Number, _ yes: Operand, _ no: Operand, general: @escaping (Frame) throws -> Bool
    ) -> Code {
        let choice = SlotChoice<Step, Number>(slot: slot, k: k, yes: yes, no: no, general: general)
        return { frame in try choice.run(frame) }
    }

    /// A ternary's parts behind one reference, which is all its closure captures (see
    /// `DirectCall`): captured themselves, they were copied out to it on every call.
    final class SlotChoice<Step: ComparisonStep, Number: SlotNumber> {
        let slot: Int
        let k: Number
        let yes: Operand, no: Operand
        let general: (Frame) throws -> Bool

        init(slot: Int, k: Number, yes: Operand, no: Operand, general: @escaping (Frame) throws -> Bool) {
            (self.slot, self.k, self.yes, self.no, self.general) = (slot, k, yes, no, general)
        }

        @inline(__always) func run(_ frame: Frame) throws -> Value {
            let passed = if let x = Number(frame[slot]) { Step.test(x, k) } else { try general(frame) }
            return passed ? try Compiler.value(of: yes, in: frame) : try Compiler.value(of: no, in: frame)
        }
    }

    /// An operand's value, for code that is not worth specialising for each kind of operand.
    @inline(__always)
    static func value(of operand: Operand, in frame: Frame) throws -> Value {
        switch operand {
        case .slot(let slot, let use): try read(frame, slot, use)
        case .global(let variable, let use): try value(of: variable, use)
        case .constant(let value): value
        case .code(let code): try code(frame)
        }
    }

    /// A slot's value, or the error of a variable read before it holds one. The use is read
    /// only to throw: reading its name copies (retains) the string.
    @inline(__always)
    static func read(_ frame: Frame, _ slot: Int, _ use: VariableUse) throws -> Value {
        guard let value = rebuilt(frame[slot]) else { throw InterpreterError(.usedBeforeInitialized(use.name), at: use.location) }
        return value
    }

    @inline(__always)
    static func read(_ frame: Frame, _ slot: Int, _ name: String, _ location: SourceLocation) throws -> Value {
        guard let value = rebuilt(frame[slot]) else { throw InterpreterError(.usedBeforeInitialized(name), at: location) }
        return value
    }

    /// The value itself, a number rebuilt from its bits, which costs less than copying a `Value`.
    @inline(__always)
    static func rebuilt(_ value: Value?) -> Value? {
        switch value {
        case .int(let n)?: .int(n)
        case .double(let x)?: .double(x)
        case let value: value
        }
    }

    @inline(__always)
    private static func bool(_ value: Value, at location: SourceLocation) throws -> Bool {
        guard case .bool(let result) = value else { throw InterpreterError(.conditionNotBool(value.type), at: location) }
        return result
    }

    /// `a op b` by Swift's rules. Two `Double`s or two `Int`s, the commonest cases by far, are
    /// worked out at once; anything else (an integer literal beside a `Double`, strings,
    /// arrays, traced numbers) goes through the general rules.
    @inline(__always)
    static func apply(_ op: BinaryOperator, _ a: Value, _ b: Value, literals: (Literalness, Literalness),
                      at location: SourceLocation, evaluator: Evaluator) throws -> Value {
        switch (a, b) {
        case (.double(let x), .double(let y)):
            if let result = Operators.doubles(op, x, y) { return result }
        case (.int(let x), .int(let y)):
            // The commonest integer steps (`n - 1`, `i + 1`) without a call; an overflow, and
            // every other operator, goes through the general rules, which report it.
            let (result, overflow) = switch op {
            case .add: x.addingReportingOverflow(y)
            case .subtract: x.subtractingReportingOverflow(y)
            case .multiply: x.multipliedReportingOverflow(by: y)
            default: (0, true)
            }
            if !overflow { return .int(result) }
            return try evaluator.located(location) { try Operators.integers(op, x, y) }
        // An integer literal beside a `Double` is a `Double` (`x * 2`), as `promoted` says.
        case (.double(let x), .int(let y)) where literals.1 == .integer:
            if let result = Operators.doubles(op, x, Double(y)) { return result }
        case (.int(let x), .double(let y)) where literals.0 == .integer:
            if let result = Operators.doubles(op, Double(x), y) { return result }
        default:
            break
        }
        let (promotedA, promotedB) = evaluator.promoted(a, b, literals)
        return try evaluator.located(location) { try Operators.binary(op, promotedA, promotedB, budget: evaluator.budget) }
    }
}

extension BinaryOperator {
    /// The operator an operator function value names (`reduce(0, +)`): one character is told
    /// by its byte, where the raw-value initializer compares strings, on every call.
    init?(symbol: String) {
        guard symbol.utf8.count == 1, let byte = symbol.utf8.first else {
            self.init(rawValue: symbol)
            return
        }
        switch byte {
        case UInt8(ascii: "+"): self = .add
        case UInt8(ascii: "-"): self = .subtract
        case UInt8(ascii: "*"): self = .multiply
        case UInt8(ascii: "/"): self = .divide
        default: self.init(rawValue: symbol)
        }
    }
}
