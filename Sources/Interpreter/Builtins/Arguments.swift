/// The arguments of one builtin call, in parameter order.
///
/// Up to two are held inline: nearly every call in a loop (`xs.append(x)`, `Double(i)`,
/// `max(a, b)`) has one or two, and an array made and freed per call was a third of the
/// cost of an `append`. Stored fields, not an enumeration: reading one argument out of an
/// enumeration's case copied both.
public struct Arguments: RandomAccessCollection {
    public let count: Int
    private let first: Value
    private let second: Value
    /// All of them, when there are more than two or they came as an array.
    private let all: [Value]?

    public init(_ values: [Value]) {
        count = values.count
        (first, second) = (.void, .void)
        all = values
    }

    init() {
        count = 0
        (first, second, all) = (.void, .void, nil)
    }

    init(_ first: Value) {
        count = 1
        (self.first, second, all) = (first, .void, nil)
    }

    init(_ first: Value, _ second: Value) {
        count = 2
        (self.first, self.second, all) = (first, second, nil)
    }

    /// `count` arguments, each made by `value` in order.
    @inline(__always)
    init(count: Int, _ value: (Int) throws -> Value) rethrows {
        switch count {
        case 0: self.init()
        case 1: self.init(try value(0))
        case 2:
            let first = try value(0)
            self.init(first, try value(1))
        default: self.init(try (0..<count).map(value))
        }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(index: Int) -> Value {
        if let all { return all[index] }
        precondition(index >= 0 && index < count, "argument index out of range")
        return index == 0 ? first : second
    }
}
