/// Limits on running a block, as a block option or `course.yml` sets them; nil keeps the
/// default. The interpreter's `Budget` applies them.
public struct BudgetSettings: Sendable, Hashable {
    /// The keys, as written in block options and in `course.yml`'s `budget:`.
    public static let keys = ["memory", "recursion", "steps"]

    /// Statements, loop iterations and calls a block may run.
    public var steps: Int?
    /// Megabytes of values (arrays and strings) a block may hold at once in one value.
    public var memory: Int?
    /// How deep calls may nest.
    public var recursion: Int?

    public init(steps: Int? = nil, memory: Int? = nil, recursion: Int? = nil) {
        self.steps = steps
        self.memory = memory
        self.recursion = recursion
    }

    /// These settings, with `other`'s wherever it sets one.
    public func overridden(by other: BudgetSettings) -> BudgetSettings {
        BudgetSettings(steps: other.steps ?? steps, memory: other.memory ?? memory, recursion: other.recursion ?? recursion)
    }

    /// Sets a key from text such as `50_000_000`; false if the key or the number is not valid.
    public mutating func set(_ key: String, to text: String) -> Bool {
        guard let value = Int(text.filter { $0 != "_" }), value > 0 else { return false }
        switch key {
        case "steps": steps = value
        case "memory": memory = value
        case "recursion": recursion = value
        default: return false
        }
        return true
    }
}
