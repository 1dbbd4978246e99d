import LessonsCore

/// Every message the interpreter reports, declared once.
extension DiagnosticMessage {
    // MARK: Syntax

    /// A syntax error, in the words of Swift's own parser.
    static func swiftSyntax(_ message: String) -> Self {
        .init(message)
    }

    static func bracketsTooDeep(_ limit: Int) -> Self {
        .init("square brackets nested more than \(limit) deep are not supported in experiment blocks; "
            + "build the value in steps")
    }

    static func strayCharacterNearEquals() -> Self {
        .init("a character that is not Swift stands next to this '='; delete it, and put spaces on both sides of '='")
    }

    static func unsupported(_ construct: String) -> Self {
        .init("\(construct) are not supported in experiment blocks")
    }

    static func unsupportedImport(_ module: String) -> Self {
        .init("only 'import Foundation' is allowed in experiment blocks, not 'import \(module)'")
    }

    static func unknownType(_ name: String, suggestion: String?) -> Self {
        .init("unknown type '\(name)'" + didYouMean(suggestion))
    }

    static func integerLiteralOverflow(_ literal: String) -> Self {
        .init("integer literal '\(literal)' overflows when stored into 'Int'")
    }

    static func misplacedStatement(_ keyword: String, allowedIn place: String) -> Self {
        .init("'\(keyword)' is only allowed inside \(place)")
    }

    // MARK: Names and types

    static func unknownName(_ name: String, suggestion: String?) -> Self {
        .init("unknown name '\(name)'" + didYouMean(suggestion))
    }

    static func unknownMember(_ member: String, of type: String, suggestion: String?) -> Self {
        .init("value of type '\(type)' has no member '\(member)'" + didYouMean(suggestion))
    }

    static func redeclaration(_ name: String) -> Self {
        .init("invalid redeclaration of '\(name)'; choose another name, or assign with 'var'")
    }

    static func assignmentToConstant(_ name: String) -> Self {
        .init("cannot assign to value: '\(name)' is a 'let' constant; declare it with 'var'")
    }

    static func notAssignable() -> Self {
        .init("cannot assign to this expression; assign to a variable, an element or a member")
    }

    static func usedBeforeInitialized(_ name: String) -> Self {
        .init("variable '\(name)' used before being initialized")
    }

    static func typeMismatch(_ actual: ValueType, expected: ValueType) -> Self {
        .init("cannot convert value of type '\(actual)' to specified type '\(expected)'")
    }

    static func conditionNotBool(_ type: ValueType) -> Self {
        .init("type '\(type)' cannot be used as a condition; a condition must be a 'Bool'")
    }

    static func binaryOperator(_ symbol: String, _ left: ValueType, _ right: ValueType) -> Self {
        .init("binary operator '\(symbol)' cannot be applied to operands of type '\(left)' and '\(right)'")
    }

    static func prefixOperator(_ symbol: String, _ type: ValueType) -> Self {
        .init("unary operator '\(symbol)' cannot be applied to an operand of type '\(type)'")
    }

    static func patternMismatch(_ type: ValueType, names: Int) -> Self {
        .init("cannot bind a value of type '\(type)' to a pattern of \(names) names")
    }

    // MARK: Calls

    static func caseArguments(_ enumeration: String, _ declaration: String) -> Self {
        .init("this case of '\(enumeration)' is written .\(declaration)")
    }

    static func notCallable(_ type: ValueType) -> Self {
        .init("cannot call value of non-function type '\(type)'")
    }

    static func noMatchingCall(_ written: String, candidates: [String]) -> Self {
        .init("no '\(written)' matches these arguments; expected "
            + candidates.joined(separator: " or "))
    }

    static func argumentType(_ actual: ValueType, expected: ValueType, parameter: String) -> Self {
        .init("cannot convert value of type '\(actual)' to expected argument type '\(expected)' for '\(parameter)'")
    }

    static func wrongArgumentCount(_ name: String, expected: Int, actual: Int) -> Self {
        .init("'\(name)' takes \(expected) argument\(expected == 1 ? "" : "s") but was given \(actual)")
    }

    static func missingReturn(_ type: ValueType) -> Self {
        .init("missing return in a function expected to return '\(type)'")
    }

    // MARK: Run-time errors

    static func arithmeticOverflow(_ symbol: String) -> Self {
        .init("arithmetic overflow: the result of '\(symbol)' does not fit in 'Int'")
    }

    static func divisionByZero() -> Self {
        .init("division by zero")
    }

    static func indexOutOfRange(_ index: Int, count: Int) -> Self {
        .init("index \(index) is out of range for an array of \(count) element\(count == 1 ? "" : "s")")
    }

    static func invalidRange(_ lower: String, _ upper: String) -> Self {
        .init("a range needs lowerBound <= upperBound, but \(lower) > \(upper)")
    }

    static func stepBudgetExceeded(_ limit: Int) -> Self {
        .init("the block ran more than \(limit) steps, so it was stopped; "
            + "if it is not stuck in a loop, raise the budget with '//| steps: N'")
    }

    static func recursionLimitExceeded(_ limit: Int) -> Self {
        .init("calls nested more than \(limit) deep, so the block was stopped; "
            + "look for a recursion without a base case")
    }

    // MARK: Checks and blocks

    /// A failure of the interpreter itself, never of the lesson; reported rather than hidden.
    /// Also the `append` builtin's, whose fast path the interpreter takes.
    public static func wrongElementType(_ actual: String, _ element: String) -> Self {
        .init("cannot add a value of type '\(actual)' to an array of '\(element)'")
    }

    public static func internalError(_ description: String) -> Self {
        .init("internal error while running this block (\(description)); please report it with the block")
    }

    /// A problem in one variant of a swept block, which names the variant's values.
    static func inVariant(_ label: String, _ message: DiagnosticMessage) -> Self {
        .init("with \(label): \(message.text)", severity: message.severity)
    }

    static func sweepNotASequence(_ name: String, _ type: ValueType) -> Self {
        .init("the values of '\(name)' are a '\(type)', which a sweep cannot go through; "
            + "write an array such as [0.01, 0.1, 1.0], or an integer range such as 1...5")
    }

    static func sweepHasNoValues(_ name: String) -> Self {
        .init("the sweep gives '\(name)' no values; list at least one")
    }

    static func tooManyVariants(_ count: Int, maximum: Int) -> Self {
        .init("the sweep makes \(count) variants, more than the \(maximum) a page can show; "
            + "use fewer values (each variant runs, and is part of the page)")
    }

    static func checkFailed(_ claim: String) -> Self {
        .init("check failed: \"\(claim)\"; the claim is false, so fix the claim or the text that makes it")
    }

    static func expectedErrorButSucceeded() -> Self {
        .init("the block is marked 'expect: error' but ran without an error; "
            + "remove the option or make the block fail as the text says")
    }

    private static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
}

extension DiagnosticMessage {
    static func valueTooLarge(megabytes: Int, limit: Int) -> Self {
        .init("this value would take \(megabytes) MB, more than the \(limit) MB a block may hold; "
            + "make it smaller, or raise the budget with '//| memory: N' (megabytes)")
    }
}

extension DiagnosticMessage {
    static func notASequence(_ type: ValueType) -> Self {
        .init("a 'for' loop cannot go through a value of type '\(type)'; "
            + "loop over an array, an integer range, or stride(from:to:by:)")
    }
}

extension DiagnosticMessage {
    static func sliceOutOfRange(_ range: String, count: Int) -> Self {
        .init("the range \(range) is out of bounds for an array of \(count) element\(count == 1 ? "" : "s")")
    }

    static func notSubscriptable(_ type: ValueType, index: ValueType) -> Self {
        .init("cannot subscript a value of type '\(type)' with an index of type '\(index)'")
    }
}
