import LessonsCore

/// Thrown when a builtin that needs a plain number is given a traced one.
public struct NotANumber: Error {}

/// One call of a builtin: its arguments, matched to its parameters with defaults filled
/// in, and what the builtin may use of the running block.
public struct Invocation {
    /// The arguments in parameter order; a variadic parameter's arguments are one array.
    public let arguments: Arguments
    /// The receiver of a method or property; a mutating method changes it.
    public var receiver: Value
    /// What the call shares with every other call from its site: one reference to retain
    /// per call instead of three.
    private let site: InvocationSite

    init(arguments: consuming Arguments, receiver: Value, site: InvocationSite) {
        self.arguments = arguments
        self.receiver = receiver
        self.site = site
    }

    /// The receiver's elements, moved out of it (the receiver is left `Void`), so that the
    /// caller holds the only reference and can change them in place; put them back after.
    public mutating func takeElements() -> [Value] {
        receiver.takeArray() ?? []
    }

    /// The source text of each argument as written, or "" for a default.
    public var argumentTexts: [String] { site.texts }
    /// Which arguments are integer literals, which Swift would type by their context.
    public var literalArguments: [Literalness] { site.literals }
    public var context: BuiltinContext { site.context }

    // The accessors read arguments already checked against the builtin's signature, so the
    // fallbacks below are never reached for a correctly declared builtin.

    /// A number argument. A traced number stands for a `Double` only in builtins that record
    /// it; any other builtin throws `NotANumber`, which stops tracing.
    public func double(_ index: Int) throws -> Double {
        switch arguments[index] {
        case .double(let value): return value
        case .int(let value): return Double(value)
        case .object: throw NotANumber()
        default: return .nan
        }
    }

    public func int(_ index: Int) -> Int {
        if case .int(let value) = arguments[index] { return value }
        return 0
    }

    public func bool(_ index: Int) -> Bool {
        if case .bool(let value) = arguments[index] { return value }
        return false
    }

    public func string(_ index: Int) -> String {
        if case .string(let value) = arguments[index] { return value }
        return arguments[index].printed
    }

    public func array(_ index: Int) -> [Value] {
        if case .array(let values) = arguments[index] { return values }
        return []
    }

    public func range(_ index: Int) -> ClosedRange<Double> {
        if case .range(let range) = arguments[index] { return range.realBounds }
        return 0...0
    }

    /// Calls a function value (a closure of the block, or a builtin) with `arguments`.
    public func call(_ function: Value, _ arguments: [Value]) throws -> Value {
        try context.call(function, arguments)
    }

    /// A function value made ready to be called many times, as `map` calls its transform:
    /// `callable(f)(x)`, `callable(f)(x, y)`.
    public func callable(_ function: Value) -> Callable {
        Callable(function, context: context)
    }
}
