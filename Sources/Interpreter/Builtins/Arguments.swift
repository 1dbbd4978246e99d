/// The arguments of one builtin call, in parameter order.
///
/// Up to two are held inline: nearly every call in a loop (`xs.append(x)`, `Double(i)`,
/// `max(a, b)`) has one or two, and an array made and freed per call was a third of the
/// cost of an `append`.
public struct Arguments: RandomAccessCollection {
    private enum Storage {
        case inline(count: Int, Value, Value)
        case array([Value])
    }

    private let storage: Storage

    public init(_ values: [Value]) {
        storage = .array(values)
    }

    init() {
        storage = .inline(count: 0, .void, .void)
    }

    init(_ first: Value) {
        storage = .inline(count: 1, first, .void)
    }

    init(_ first: Value, _ second: Value) {
        storage = .inline(count: 2, first, second)
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

    public var endIndex: Int {
        switch storage {
        case .inline(let count, _, _): count
        case .array(let values): values.count
        }
    }

    public subscript(index: Int) -> Value {
        switch storage {
        case .inline(let count, let first, let second):
            precondition(index >= 0 && index < count, "argument index out of range")
            return index == 0 ? first : second
        case .array(let values):
            return values[index]
        }
    }
}
