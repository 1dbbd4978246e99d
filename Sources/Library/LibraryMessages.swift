import LessonsCore

/// Every message the library's builtins report, declared once.
extension DiagnosticMessage {
    static func emptyArray(_ method: String) -> Self {
        .init("\(method) of an empty array has no value; check that the array has elements first")
    }

    static func notComparable(_ method: String, _ type: String) -> Self {
        .init("\(method) needs numbers or strings, not elements of type '\(type)'")
    }

    static func notNumbers(_ method: String, _ type: String) -> Self {
        .init("\(method) needs numbers, not elements of type '\(type)'")
    }

    static func countOutOfRange(_ name: String, _ count: Int, limit: Int) -> Self {
        .init("\(name) needs a count from 0 to \(limit), not \(count)")
    }

    static func notConvertibleToInt(_ value: String) -> Self {
        .init("\(value) cannot be converted to 'Int'; it is not finite or does not fit")
    }

    static func emptyPlotRange(_ range: String) -> Self {
        .init("the range \(range) is empty; plot over a range with lowerBound < upperBound")
    }

    static func tooManySeries(_ count: Int, limit: Int) -> Self {
        .init("a chart shows at most \(limit) functions, not \(count); split it into several charts")
    }

    static func labelCountMismatch(labels: Int, functions: Int) -> Self {
        .init("\(labels) labels for \(functions) functions; give one label per function or none")
    }

    static func functionResultNotNumber(_ type: String) -> Self {
        .init("a plotted function must return a 'Double', not a '\(type)'")
    }
}

extension DiagnosticMessage {
    static func arithmeticOverflowInSum() -> Self {
        .init("arithmetic overflow: the sum does not fit in 'Int'")
    }
}
