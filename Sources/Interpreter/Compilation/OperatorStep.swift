/// A binary operator chosen when a block is compiled, so that code specialised for it works
/// out two `Int`s or two `Double`s without switching on the operator when it runs. Each
/// gives nil for what the general rules must work out or report: an overflow, a division
/// by zero, mixed or other types.
protocol OperatorStep {
    static func ints(_ x: Int, _ y: Int) -> Value?
    static func doubles(_ x: Double, _ y: Double) -> Value?
}

extension OperatorStep {
    @inline(__always) static func apply(_ a: Value, _ b: Value) -> Value? {
        switch (a, b) {
        case (.int(let x), .int(let y)): ints(x, y)
        case (.double(let x), .double(let y)): doubles(x, y)
        default: nil
        }
    }
}

enum AddStep: OperatorStep {
    @inline(__always) static func ints(_ x: Int, _ y: Int) -> Value? {
        let (result, overflow) = x.addingReportingOverflow(y)
        return overflow ? nil : .int(result)
    }
    @inline(__always) static func doubles(_ x: Double, _ y: Double) -> Value? { .double(x + y) }
}

enum SubtractStep: OperatorStep {
    @inline(__always) static func ints(_ x: Int, _ y: Int) -> Value? {
        let (result, overflow) = x.subtractingReportingOverflow(y)
        return overflow ? nil : .int(result)
    }
    @inline(__always) static func doubles(_ x: Double, _ y: Double) -> Value? { .double(x - y) }
}

enum MultiplyStep: OperatorStep {
    @inline(__always) static func ints(_ x: Int, _ y: Int) -> Value? {
        let (result, overflow) = x.multipliedReportingOverflow(by: y)
        return overflow ? nil : .int(result)
    }
    @inline(__always) static func doubles(_ x: Double, _ y: Double) -> Value? { .double(x * y) }
}

enum DivideStep: OperatorStep {
    /// Division by zero and `Int.min / -1` report an overflow here, and an error in general.
    @inline(__always) static func ints(_ x: Int, _ y: Int) -> Value? {
        let (result, overflow) = x.dividedReportingOverflow(by: y)
        return overflow ? nil : .int(result)
    }
    @inline(__always) static func doubles(_ x: Double, _ y: Double) -> Value? { .double(x / y) }
}

/// Every other operator: all of it by the general rules.
enum GeneralStep: OperatorStep {
    @inline(__always) static func ints(_ x: Int, _ y: Int) -> Value? { nil }
    @inline(__always) static func doubles(_ x: Double, _ y: Double) -> Value? { nil }
}
