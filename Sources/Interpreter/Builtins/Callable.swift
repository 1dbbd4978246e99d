/// A function value made ready for a builtin to call many times (`map` calls it once per
/// element): what kind of function it is, and its operator, are worked out once.
public struct Callable {
    private let function: Value
    /// The closure `function` holds, if it is one, reached without retaining it per call
    /// (`function` holds it).
    private let closure: Unmanaged<Closure>?
    /// The operator `function` names, if it is one (`reduce(0, +)`).
    private let binaryOperator: BinaryOperator?
    private let evaluator: Evaluator
    private let context: BuiltinContext

    init(_ function: Value, context: BuiltinContext) {
        self.function = function
        self.context = context
        evaluator = context.evaluator
        switch function {
        case .function(.closure(let closure)):
            self.closure = Unmanaged.passUnretained(closure)
            binaryOperator = nil
        case .function(.operator(let symbol)):
            closure = nil
            binaryOperator = BinaryOperator(symbol: symbol)
        default:
            closure = nil
            binaryOperator = nil
        }
    }

    /// Calls the function with one argument, as the block would (no array is made).
    public func callAsFunction(_ argument: Value) throws -> Value {
        guard let closure else { return try context.call(function, count: 1) { _ in argument } }
        return try closure._withUnsafeGuaranteedRef { closure in
            try evaluator.invoke(closure, count: 1, labels: nil, at: context.location, spreading: { _ in (argument, .fixed) })
        }
    }

    /// Calls the function with two arguments, as the block would.
    public func callAsFunction(_ first: Value, _ second: Value) throws -> Value {
        if let closure {
            return try closure._withUnsafeGuaranteedRef { closure in
                try evaluator.invoke(closure, count: 2, labels: nil, at: context.location,
                                     spreading: { ($0 == 0 ? first : second, .fixed) })
            }
        }
        if let op = binaryOperator {
            if case .double(let x) = first, case .double(let y) = second, let result = Operators.doubles(op, x, y) { return result }
            return try evaluator.located(context.location) { try Operators.binary(op, first, second, budget: evaluator.budget) }
        }
        return try context.call(function, count: 2) { $0 == 0 ? first : second }
    }
}
