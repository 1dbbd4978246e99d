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
