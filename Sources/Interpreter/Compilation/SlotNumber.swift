/// A kind of number a slot may hold, read from the slot where it is, so that code
/// specialised for a variable beside a literal (`n - 1`, `0.1 * err`, `n < 2`) is written once
/// for `Int` and `Double`.
protocol SlotNumber: Comparable {
    /// The number, if the slot holds one of this kind.
    init?(_ slot: Value?)
    /// The number as a value.
    var value: Value { get }
    /// `a op b` for the operator `Step` names; nil for what the general rules must work out.
    static func apply<Step: OperatorStep>(_: Step.Type, _ a: Self, _ b: Self) -> Value?
}

extension Int: SlotNumber {
    @inline(__always) init?(_ slot: Value?) {
        guard case .int(let n)? = slot else { return nil }
        self = n
    }

    var value: Value { .int(self) }

    @inline(__always) static func apply<Step: OperatorStep>(_: Step.Type, _ a: Int, _ b: Int) -> Value? { Step.ints(a, b) }
}

extension Double: SlotNumber {
    @inline(__always) init?(_ slot: Value?) {
        guard case .double(let x)? = slot else { return nil }
        self = x
    }

    var value: Value { .double(self) }

    @inline(__always) static func apply<Step: OperatorStep>(_: Step.Type, _ a: Double, _ b: Double) -> Value? { Step.doubles(a, b) }
}
