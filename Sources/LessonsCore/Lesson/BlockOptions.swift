/// The `//| key: value` options at the top of an experiment block, parsed and typed.
public struct BlockOptions: Sendable, Hashable {
    /// The caption of the block's figures.
    public var caption: String?
    /// An anchor for cross-references.
    public var id: String?
    /// Whether the page shows the code (`echo: false` shows only the results).
    public var echo: Bool
    /// Whether the code starts collapsed.
    public var fold: Bool
    /// Whether the block is meant to fail (`expect: error`).
    public var expectsError: Bool
    /// Raised limits for this block (`steps`, `memory`, `recursion`).
    public var budget: BudgetSettings
    /// Whether the block is an exercise's solution, shown collapsed (`solution: true`).
    public var solution: Bool
    /// The parameters the block is swept over (`sweep: rate in [0.01, 0.1]; seed in 1...3`):
    /// it runs once per value, or per pair of values, and the page shows one at a time.
    public var sweep: [SweepParameter] = []

    /// The most variants a swept block may have: each is a run, and its outputs are in the page.
    public static let maximumVariants = 16

    public init(
        caption: String? = nil, id: String? = nil, echo: Bool = true,
        fold: Bool = false, expectsError: Bool = false, budget: BudgetSettings = BudgetSettings(), solution: Bool = false
    ) {
        self.solution = solution
        self.budget = budget
        self.caption = caption
        self.id = id
        self.echo = echo
        self.fold = fold
        self.expectsError = expectsError
    }
}

/// A name a swept block is run with, and the values it takes, as the Swift expression the
/// author wrote (`[0.01, 0.1, 1.0]`, `1...5`); the interpreter evaluates it.
public struct SweepParameter: Sendable, Hashable {
    public let name: String
    public let values: String

    public init(name: String, values: String) {
        self.name = name
        self.values = values
    }
}
