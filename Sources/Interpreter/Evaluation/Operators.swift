/// Swift's operators on values, with Swift's rules: integer arithmetic traps on overflow
/// and division by zero (here: an error), `Double` follows IEEE 754, and no operator
/// mixes `Int` and `Double`.
enum Operators {
    static func prefix(_ op: PrefixOperator, _ value: Value) throws -> Value {
        if case .object(let object) = value, let result = try object.prefix(op.rawValue) { return result }
        switch (op, value) {
        case (.minus, .int(let x)):
            let (result, overflow) = Int(0).subtractingReportingOverflow(x)
            if overflow { throw BuiltinError(.arithmeticOverflow("-")) }
            return .int(result)
        case (.minus, .double(let x)): return .double(-x)
        case (.plus, .int), (.plus, .double): return value
        case (.not, .bool(let x)): return .bool(!x)
        case (.bitwiseNot, .int(let x)): return .int(~x)
        default: throw BuiltinError(.prefixOperator(op.rawValue, value.type))
        }
    }

    static func binary(_ op: BinaryOperator, _ left: Value, _ right: Value, budget: Budget) throws -> Value {
        if case .object(let object) = left, let result = try object.binary(op.rawValue, right, selfOnLeft: true) { return result }
        if case .object(let object) = right, let result = try object.binary(op.rawValue, left, selfOnLeft: false) { return result }
        switch (left, right) {
        case (.int(let a), .int(let b)): return try integers(op, a, b)
        case (.double(let a), .double(let b)): if let result = doubles(op, a, b) { return result }
        case (.string(let a), .string(let b)):
            if op == .add {
                try budget.check(bytes: a.utf8.count + b.utf8.count)
                return .string(a + b)
            }
            if let result = compare(op, a, b) { return result }
        case (.array(let a), .array(let b)) where op == .add:
            try budget.check(bytes: Budget.bytes(elements: a.count + b.count))
            return .array(a + b)
        default: break
        }
        if op == .equal || op == .notEqual, let equal = left.isEqual(to: right) {
            return .bool(op == .equal ? equal : !equal)
        }
        throw BuiltinError(.binaryOperator(op.rawValue, left.type, right.type))
    }

    @inline(__always)
    static func integers(_ op: BinaryOperator, _ a: Int, _ b: Int) throws -> Value {
        func checked(_ result: (partialValue: Int, overflow: Bool)) throws -> Value {
            if result.overflow { throw BuiltinError(.arithmeticOverflow(op.rawValue)) }
            return .int(result.partialValue)
        }
        switch op {
        case .add: return try checked(a.addingReportingOverflow(b))
        case .subtract: return try checked(a.subtractingReportingOverflow(b))
        case .multiply: return try checked(a.multipliedReportingOverflow(by: b))
        case .divide:
            if b == 0 { throw BuiltinError(.divisionByZero()) }
            return try checked(a.dividedReportingOverflow(by: b))
        case .remainder:
            if b == 0 { throw BuiltinError(.divisionByZero()) }
            return try checked(a.remainderReportingOverflow(dividingBy: b))
        case .bitwiseAnd: return .int(a & b)
        case .bitwiseOr: return .int(a | b)
        case .bitwiseXor: return .int(a ^ b)
        // Swift's smart shifts: over-shifting gives 0 (or -1), a negative amount shifts the other way.
        case .shiftLeft: return .int(a << b)
        case .shiftRight: return .int(a >> b)
        default:
            guard let result = compare(op, a, b) else { throw BuiltinError(.binaryOperator(op.rawValue, .int, .int)) }
            return result
        }
    }

    @inline(__always)
    static func doubles(_ op: BinaryOperator, _ a: Double, _ b: Double) -> Value? {
        switch op {
        case .add: .double(a + b)
        case .subtract: .double(a - b)
        case .multiply: .double(a * b)
        case .divide: .double(a / b)
        default: compare(op, a, b)
        }
    }

    private static func compare<T: Comparable>(_ op: BinaryOperator, _ a: T, _ b: T) -> Value? {
        switch op {
        case .equal: .bool(a == b)
        case .notEqual: .bool(a != b)
        case .less: .bool(a < b)
        case .lessOrEqual: .bool(a <= b)
        case .greater: .bool(a > b)
        case .greaterOrEqual: .bool(a >= b)
        default: nil
        }
    }
}

extension Value {
    /// Swift's `==` where the types are equatable; nil where they are not (functions).
    public func isEqual(to other: Value) -> Bool? {
        switch (self, other) {
        case (.void, .void): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.double(let a), .double(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return elementsEqual(a, b)
        case (.tuple(let a), .tuple(let b)): return elementsEqual(a.elements, b.elements)
        case (.range(let a), .range(let b)): return a.realBounds == b.realBounds && a.isClosed == b.isClosed
        case (.enumCase(let a), .enumCase(let b)):
            if let x = a.enumeration, let y = b.enumeration, x != y { return false }
            guard a.name == b.name else { return false }
            // An implicit member compared with a case takes the case's type and defaults.
            let (left, right) = (a.enumeration ?? b.enumeration).map { (a.resolved(as: $0), b.resolved(as: $0)) } ?? (a, b)
            guard let left, let right else { return false }
            return elementsEqual(left.arguments, right.arguments)
        default: return nil
        }
    }

    private func elementsEqual(_ a: [Value], _ b: [Value]) -> Bool? {
        guard a.count == b.count else { return false }
        for (x, y) in zip(a, b) {
            guard let equal = x.isEqual(to: y) else { return nil }
            if !equal { return false }
        }
        return true
    }
}

extension RangeValue {
    var isClosed: Bool {
        switch self {
        case .integers(_, _, let closed), .reals(_, _, let closed): closed
        }
    }
}
