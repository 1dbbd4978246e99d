import LessonsCore

/// The limits that stop a runaway block with an error at its line, instead of a hang, a
/// crash or a machine that swaps.
public struct Budget: Sendable, Hashable {
    /// Statements, loop iterations and calls a block may run: about 1.5 seconds of a
    /// release build.
    public var steps: Int
    /// How deep calls of the block's functions and closures may nest.
    public var recursion: Int
    /// The megabytes one value (an array or a string) may take, counting 8 bytes per number.
    public var memory: Int
    /// Multiply-adds one heavy builtin call (training a network) may spend: about a second
    /// of the engine's time at the default.
    public var work: Int

    public init(steps: Int = 10_000_000, recursion: Int = 200, memory: Int = 256, work: Int = 50_000_000_000) {
        self.steps = steps
        self.recursion = recursion
        self.memory = memory
        self.work = work
    }

    /// This budget with the limits that `settings` sets.
    public func applying(_ settings: BudgetSettings) -> Budget {
        Budget(steps: settings.steps ?? steps, recursion: settings.recursion ?? recursion, memory: settings.memory ?? memory, work: work)
    }

    /// Throws if a value of `bytes` would pass the memory ceiling.
    func check(bytes: Int) throws(BuiltinError) {
        guard bytes > memory << 20 else { return }
        throw BuiltinError(.valueTooLarge(megabytes: (bytes + (1 << 20) - 1) >> 20, limit: memory))
    }

    /// The bytes an array of `count` elements is counted as.
    static func bytes(elements count: Int) -> Int {
        count.multipliedReportingOverflow(by: 8).overflow ? Int.max : count * 8
    }
}
