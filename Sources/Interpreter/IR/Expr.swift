import LessonsCore

/// An expression of a block, lowered from swift-syntax into a small closed tree that the
/// evaluator walks. Every node keeps its location in the Markdown file.
struct Expr {
    indirect enum Kind {
        case literal(Value)
        case interpolation([InterpolationPart])
        case name(String)
        /// `.relu`: a member of the type the context expects.
        case implicitMember(String)
        case array([Expr])
        case tuple([Expr], labels: [String?])
        case prefix(PrefixOperator, Expr)
        case binary(BinaryOperator, Expr, Expr)
        case logical(LogicalOperator, Expr, Expr)
        case range(Expr, Expr, isClosed: Bool)
        case ternary(Expr, Expr, Expr)
        case call(Expr, [Argument])
        case member(Expr, String)
        case tupleElement(Expr, Int)
        case subscripted(Expr, [Argument])
        case closure(ClosureExpr)
    }

    let kind: Kind
    let location: SourceLocation

    /// Which parts of the expression are integer literals (`2`, `-10`, `1...5`, the `1` of
    /// `[1, x]`), which Swift types by their context, so they may become `Double`.
    var literalness: Literalness {
        switch kind {
        case .literal(.int): .integer
        case .prefix(.minus, let operand): operand.literalness
        case .binary(_, let left, let right), .range(let left, let right, _):
            left.literalness == .integer && right.literalness == .integer ? .integer : .fixed
        case .array(let elements), .tuple(let elements, _): .elements(elements.map(\.literalness))
        case .ternary(_, let yes, let no): yes.literalness == .integer && no.literalness == .integer ? .integer : .fixed
        default: .fixed
        }
    }
}

enum InterpolationPart {
    case text(String)
    case value(Expr)
}

/// An argument of a call: its label, its expression, and its source text (a `check`
/// shows the condition it proved).
struct Argument {
    let label: String?
    let value: Expr
    let text: String
    /// Where the argument's expression starts (a member expression's own location is its name).
    let location: SourceLocation
}

/// A closure literal: parameters, and a body.
struct ClosureExpr {
    let parameters: [ParameterDeclaration]
    let returnType: ValueType?
    let body: ClosureBody
}

/// A parameter of a closure or `func`.
struct ParameterDeclaration {
    /// The argument label callers write, or nil for `_`.
    let label: String?
    let name: String
    let type: ValueType?
    let defaultValue: Expr?
}

enum PrefixOperator: String {
    case minus = "-", plus = "+", not = "!", bitwiseNot = "~"
}

enum LogicalOperator: String {
    case and = "&&", or = "||"
}

enum BinaryOperator: String, CaseIterable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case bitwiseAnd = "&", bitwiseOr = "|", bitwiseXor = "^", shiftLeft = "<<", shiftRight = ">>"
}
