import LessonsCore

/// A statement of a block, lowered from swift-syntax.
struct Stmt {
    enum Kind {
        case expression(Expr)
        /// `let` or `var`, with an optional annotation, bound to a pattern.
        case binding(Pattern, isMutable: Bool, type: ValueType?, value: Expr?)
        /// `target = value`, or `target op= value` with `op`.
        case assignment(Expr, BinaryOperator?, Expr)
        case conditional([(condition: Expr, body: [Stmt])], otherwise: [Stmt]?)
        case forIn(Pattern, Expr, body: [Stmt])
        case whileLoop(Expr, body: [Stmt])
        case function(name: String, ClosureExpr)
        case returnValue(Expr?)
        case breakLoop
        case continueLoop
    }

    let kind: Kind
    let location: SourceLocation
}

/// What a `let`, `var` or `for` binds: a name, `_`, or a tuple of patterns.
indirect enum Pattern {
    case name(String)
    case wildcard
    case tuple([Pattern])

    /// The names the pattern binds, in order.
    var names: [String] {
        switch self {
        case .name(let name): [name]
        case .wildcard: []
        case .tuple(let patterns): patterns.flatMap(\.names)
        }
    }
}
