/// A value in an experiment block. Swift's value semantics hold: arrays and tuples are
/// copied on assignment (Swift's own arrays underneath), closures are shared.
public enum Value {
    case void
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([Value])
    case tuple(Tuple)
    case range(RangeValue)
    case function(Function)
    /// A value the library defines.
    case object(any LibraryObject)
    /// A case of an enumeration (`.saddle`, `.adam`, `.noisy(standardDeviation: 0.3)`).
    /// Boxed: inline, its 72 bytes made every value 72 bytes, where the next largest case
    /// needs 17; values are copied everywhere, and a case is rare. (Checking the type of a
    /// thousand points went from 57 to 37 µs.)
    indirect case enumCase(EnumCase)
}

extension Value {
    /// The array this value holds, moved out of it (the value is left `Void`), so that the
    /// caller holds its only reference and can change it in place; nil, changing nothing,
    /// if the value is not an array.
    @inline(__always) mutating func takeArray() -> [Value]? {
        guard case .array = self else { return nil }
        var taken = Value.void
        swap(&taken, &self)
        guard case .array(let elements) = consume taken else { return nil }
        return elements
    }

    /// Whether the two values are certainly of one type, told without working the types out:
    /// two numbers of one kind, two Booleans, two strings or two points. False means "not
    /// known", not "different".
    public func hasSameSimpleType(as other: Value) -> Bool {
        switch (self, other) {
        case (.double, .double), (.int, .int), (.bool, .bool), (.string, .string): true
        case (.tuple(let a), .tuple(let b)): a.isPoint && b.isPoint
        default: false
        }
    }
}

/// A tuple's elements and their labels (nil where unlabelled).
public struct Tuple {
    private enum Storage {
        /// Two unlabelled numbers, a point: the commonest tuple by far (a grid of starts is a
        /// thousand of them), kept inline, with no array to allocate, check or free. (The
        /// descent benchmark's block went from 0.46 to 0.41 ms at one step.)
        case point(Double, Double)
        /// The labels are nil when no element has one: most tuples, which then keep no array
        /// of labels.
        case values([Value], labels: [String?]?)
    }

    private var storage: Storage

    public init(elements: [Value], labels: [String?]? = nil) {
        let labels = labels?.contains { $0 != nil } == true ? labels : nil
        if labels == nil, elements.count == 2, case .double(let x) = elements[0], case .double(let y) = elements[1] {
            storage = .point(x, y)
        } else {
            storage = .values(elements, labels: labels)
        }
    }

    /// An unlabelled pair, without an array when it is a point.
    public init(_ first: Value, _ second: Value) {
        if case .double(let x) = first, case .double(let y) = second {
            storage = .point(x, y)
        } else {
            storage = .values([first, second], labels: nil)
        }
    }

    /// The elements, in order. A point makes its array on each read: loops use `count` and
    /// the subscript.
    public var elements: [Value] {
        get {
            switch storage {
            case .point(let x, let y): [.double(x), .double(y)]
            case .values(let values, _): values
            }
        }
        set { self = Tuple(elements: newValue, labels: labelsIfAny) }
    }

    public var count: Int {
        switch storage {
        case .point: 2
        case .values(let values, _): values.count
        }
    }

    public subscript(index: Int) -> Value {
        switch storage {
        case .point(let x, let y):
            precondition(index == 0 || index == 1, "index out of range")
            return .double(index == 0 ? x : y)
        case .values(let values, _): return values[index]
        }
    }

    /// One label per element, nil where unlabelled.
    public var labels: [String?] { labelsIfAny ?? Array(repeating: nil, count: count) }
    /// Whether any element has a label.
    public var isLabelled: Bool { labelsIfAny != nil }
    /// Two unlabelled `Double`s.
    var isPoint: Bool {
        if case .point = storage { return true }
        return false
    }

    /// The labels if any element has one, else nil.
    var labelsIfAny: [String?]? {
        if case .values(_, let labels) = storage { return labels }
        return nil
    }
}

/// `a...b` or `a..<b`, over integers or over real numbers.
public enum RangeValue {
    case integers(lower: Int, upper: Int, isClosed: Bool)
    case reals(lower: Double, upper: Double, isClosed: Bool)

    /// The integers a `for` loop visits, or nil for a range of reals.
    var integerBounds: (lower: Int, upperExclusive: Int)? {
        guard case .integers(let lower, let upper, let isClosed) = self else { return nil }
        if isClosed && upper == Int.max { return nil }
        return (lower, isClosed ? upper + 1 : upper)
    }

    /// How many integers an integer range holds, or `Int.max` when an `Int` cannot count
    /// them; 0 for a range of reals.
    public var integerCount: Int {
        guard case .integers = self else { return 0 }
        guard let bounds = integerBounds else { return Int.max }
        let count = bounds.upperExclusive.subtractingReportingOverflow(bounds.lower)
        return count.overflow ? Int.max : count.partialValue
    }

    /// The integers of an integer range, in order; check `integerCount` against the
    /// memory budget first.
    public var integers: [Value] {
        guard let bounds = integerBounds else { return [] }
        return (bounds.lower..<bounds.upperExclusive).map(Value.int)
    }

    /// The bounds as real numbers, whatever the range holds.
    public var realBounds: ClosedRange<Double> {
        switch self {
        case .integers(let lower, let upper, _): Double(lower)...Double(upper)
        case .reals(let lower, let upper, _): lower...upper
        }
    }
}

/// Something callable: a builtin named in the registry, or a closure or `func` of the block.
public enum Function {
    /// A builtin by its registry name (`sigmoid`, `sigmoid.derivative`).
    case builtin(String)
    case closure(Closure)
    /// An operator used as a function, as in `reduce(0, +)`.
    case `operator`(String)
}
