import Engine
import Interpreter

/// Arrays: grids of points, and the methods that reduce and transform them.
enum ArrayBuiltins {
    static let topic = "Arrays"

    static var all: [Builtin] { [
        Builtin(
            "linspace", parameters: [Parameter(nil, "start", .double), Parameter(nil, "end", .double), Parameter("count", .int)],
            returns: .array(.double), topic: topic,
            doc: "count evenly spaced numbers from start to end, both included (numpy's linspace).",
            example: "linspace(-10, 10, count: 2001)"
        ) { call in
            let count = call.int(2)
            guard count >= 0 else { throw BuiltinError(.negativeCount("linspace", count), argument: 2) }
            try call.context.reserve(elements: count)
            return .array(Grid.linspace(try call.double(0), try call.double(1), count: count).map(Value.double))
        },
        Builtin(
            "count", kind: .property(on: .array), returns: .int, topic: topic,
            doc: "The number of elements.", example: "[1, 2, 3].count"
        ) { call in .int(elements(call.receiver).count) },
        Builtin(
            "indices", kind: .property(on: .array), returns: .range(.int), topic: topic,
            doc: "The valid positions, 0..<count.", example: "[0.5, 0.25].indices"
        ) { call in .range(.integers(lower: 0, upper: elements(call.receiver).count, isClosed: false)) },
        end("first", doc: "The first element; an error if the array is empty (blocks have no optionals).", example: "[3, 1, 2].first"),
        end("last", doc: "The last element; an error if the array is empty (blocks have no optionals).", example: "[3, 1, 2].last"),
        extreme("max", doc: "The largest element; an error if the array is empty.", example: "[0.2, 0.25, 0.1].max()", largest: true),
        extreme("min", doc: "The smallest element; an error if the array is empty.", example: "[0.2, 0.25, 0.1].min()", largest: false),
        Builtin(
            "sum", kind: .method(on: .array, isMutating: false), returns: .double, topic: topic,
            doc: "The sum of the elements, added in order (0 for an empty array).", example: "[1.5, 2.5].sum()"
        ) { call in try sum(elements(call.receiver)) },
        Builtin(
            "mean", kind: .method(on: .array, isMutating: false), returns: .double, topic: topic,
            doc: "The arithmetic mean of the elements; an error if the array is empty.", example: "[1, 2, 6].mean()"
        ) { call in .double(try moments(elements(call.receiver), "mean()").mean) },
        Builtin(
            "variance", kind: .method(on: .array, isMutating: false), returns: .double, topic: topic,
            doc: "The mean squared deviation from the mean (numpy's var); an error if the array is empty.",
            example: "[1, 2, 6].variance()"
        ) { call in .double(try moments(elements(call.receiver), "variance()").variance) },
        Builtin(
            "map", kind: .method(on: .array, isMutating: false),
            parameters: [Parameter(nil, "transform", .function([.any], .any))], returns: .array(.any), topic: topic,
            doc: "The results of calling transform on each element, in order.",
            example: "linspace(-1, 1, count: 5).map { sigmoid($0) }"
        ) { call in
            let transform = call.callable(call.arguments[0])
            return .array(try elements(call.receiver).map { try transform($0) })
        },
    ] }

    /// Swift's `<` between two elements of a sortable array: numbers or strings.
    static func less(_ a: Value, _ b: Value, _ method: String) throws -> Bool {
        switch (a, b) {
        case (.double(let x), .double(let y)): x < y
        case (.int(let x), .int(let y)): x < y
        case (.string(let x), .string(let y)): x < y
        default: throw BuiltinError(.notComparable(method, a.type.description))
        }
    }

    private static func end(_ name: String, doc: String, example: String) -> Builtin {
        Builtin(name, kind: .property(on: .array), returns: .generic("Element"), topic: topic, doc: doc, example: example) { call in
            let values = elements(call.receiver)
            guard let value = name == "first" ? values.first : values.last else { throw BuiltinError(.emptyArray(name)) }
            return value
        }
    }

    static func elements(_ value: Value) -> [Value] {
        if case .array(let elements) = value { return elements }
        return []
    }

    /// A number argument as a Double; NaN for anything else, which type checking has ruled out.
    static func number(_ value: Value) -> Double {
        switch value {
        case .double(let x): x
        case .int(let n): Double(n)
        default: .nan
        }
    }

    /// An array of numbers as Doubles.
    static func numbers(_ value: Value) -> [Double] {
        elements(value).map(number)
    }

    private static func extreme(_ name: String, doc: String, example: String, largest: Bool) -> Builtin {
        Builtin(name, kind: .method(on: .array, isMutating: false), returns: .double, topic: topic, doc: doc,
                example: example) { call in
            func beats<T: Comparable>(_ a: T, _ b: T) -> Bool { largest ? a > b : a < b }
            let values = elements(call.receiver)
            guard var best = values.first else { throw BuiltinError(.emptyArray("\(name)()")) }
            for value in values {
                switch (value, best) {
                // NaN never beats anything, as in Swift's max() and min().
                case (.double(let x), .double(let y)): if beats(x, y) { best = value }
                case (.int(let x), .int(let y)): if beats(x, y) { best = value }
                case (.string(let x), .string(let y)): if beats(x, y) { best = value }
                default: throw BuiltinError(.notComparable("\(name)()", value.type.description))
                }
            }
            return best
        }
    }

    /// The mean, then the mean squared deviation from it: two passes, so a large mean
    /// costs the variance no precision.
    private static func moments(_ values: [Value], _ method: String) throws -> (mean: Double, variance: Double) {
        guard !values.isEmpty else { throw BuiltinError(.emptyArray(method)) }
        let numbers = try values.map { value -> Double in
            switch value {
            case .double(let x): return x
            case .int(let x): return Double(x)
            default: throw BuiltinError(.notNumbers(method, value.type.description))
            }
        }
        let mean = numbers.reduce(0, +) / Double(numbers.count)
        return (mean, numbers.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(numbers.count))
    }

    private static func sum(_ values: [Value]) throws -> Value {
        if values.allSatisfy({ if case .int = $0 { true } else { false } }), !values.isEmpty {
            var total = 0
            for case .int(let value) in values {
                let (result, overflow) = total.addingReportingOverflow(value)
                if overflow { throw BuiltinError(.arithmeticOverflowInSum()) }
                total = result
            }
            return .int(total)
        }
        var total = 0.0
        for value in values {
            switch value {
            case .double(let x): total += x
            case .int(let x): total += Double(x)
            default: throw BuiltinError(.notNumbers("sum()", value.type.description))
            }
        }
        return .double(total)
    }
}
