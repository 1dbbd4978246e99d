import Engine
import Interpreter
import LessonsCore

/// The rest of Swift's array API that lessons use: building, filtering, folding, sorting
/// and pairing arrays.
enum CollectionBuiltins {
    static let topic = ArrayBuiltins.topic
    static let element = ValueType.generic("Element")
    static let result = ValueType.generic("Result")

    static var all: [Builtin] { [ValueType.closedRange(.int), .range(.int)].map(arrayOfRange) + [
        Builtin(
            "Array", parameters: [Parameter("repeating", element), Parameter("count", .int)], returns: .array(element),
            topic: topic, doc: "An array of count copies of a value; the count is checked against the memory budget first.",
            example: "Array(repeating: 0.0, count: 3)"
        ) { call in
            let count = call.int(1)
            guard count >= 0 else { throw BuiltinError(.negativeCount("Array(repeating:count:)", count), argument: 1) }
            try call.context.reserve(elements: count)
            return .array(Array(repeating: call.arguments[0], count: count))
        },
        Builtin(
            "grid", parameters: [
                Parameter("x", .closedRange(.double)), Parameter("y", .closedRange(.double)),
                Parameter("columns", .int), Parameter("rows", .int),
            ], returns: .array(.tuple([.double, .double])), topic: topic,
            doc: "The points of an evenly spaced grid, row by row from the lowest y, each row from the lowest x: starts for many runs.",
            example: "grid(x: -1...1, y: 0...1, columns: 3, rows: 2)"
        ) { call in
            let (columns, rows) = (call.int(2), call.int(3))
            guard columns >= 1 else { throw BuiltinError(.negativeCount("grid's columns", columns), argument: 2) }
            guard rows >= 1 else { throw BuiltinError(.negativeCount("grid's rows", rows), argument: 3) }
            try call.context.reserve(elements: 2 * columns * rows)
            let (x, y) = (call.range(0), call.range(1))
            let xs = Grid.linspace(x.lowerBound, x.upperBound, count: columns), ys = Grid.linspace(y.lowerBound, y.upperBound, count: rows)
            return .array(ys.flatMap { y in xs.map { .tuple(Tuple(.double($0), .double(y))) } })
        },
        Builtin(
            "append", kind: .method(on: .array, isMutating: true), parameters: [Parameter(nil, "element", element)],
            returns: .void, topic: topic, doc: "Adds an element at the end of a var array.",
            example: "var losses = [1.0]\nlosses.append(0.5)"
        ) { call in
            // Moved out of the receiver, so that the array grows in place.
            var elements = call.takeElements()
            defer { call.receiver = .array(elements) }
            try call.context.reserve(elements: elements.count + 1)
            let element = call.arguments[0]
            if let first = elements.first, element.hasSameSimpleType(as: first) {
                elements.append(element)
            } else {
                elements.append(try sameType(element, literal: call.literalArguments[0], as: elements.first, argument: 0))
            }
            return .void
        },
        Builtin(
            "isEmpty", kind: .property(on: .array), returns: .bool, topic: topic,
            doc: "Whether the array has no elements.", example: "[Double]().isEmpty"
        ) { call in .bool(ArrayBuiltins.elements(call.receiver).isEmpty) },
        Builtin(
            "filter", kind: .method(on: .array, isMutating: false),
            parameters: [Parameter(nil, "isIncluded", .function([element], .bool))], returns: .array(element), topic: topic,
            doc: "The elements for which isIncluded returns true, in order.",
            example: "[0.1, 0.3, 0.2].filter { $0 > 0.15 }"
        ) { call in
            let isIncluded = call.callable(call.arguments[0])
            return .array(try ArrayBuiltins.elements(call.receiver).filter { try bool(isIncluded($0), "filter") })
        },
        Builtin(
            "reduce", kind: .method(on: .array, isMutating: false),
            parameters: [Parameter(nil, "initialResult", result), Parameter(nil, "nextPartialResult", .function([result, element], result))],
            returns: result, topic: topic,
            doc: "Combines the elements in order, starting from initialResult.",
            example: "[1.0, 2.0, 3.0].reduce(0, +)"
        ) { call in
            let elements = ArrayBuiltins.elements(call.receiver)
            // `reduce(0, +)` over Doubles: Swift types the literal 0 as a Double.
            var initial = call.arguments[0]
            if call.literalArguments[0] == .integer, case .int(let value) = initial, case .double? = elements.first { initial = .double(Double(value)) }
            let combine = call.callable(call.arguments[1])
            return try elements.reduce(initial) { try combine($0, $1) }
        },
        Builtin(
            "sorted", kind: .method(on: .array, isMutating: false), returns: .array(element), topic: topic,
            doc: "The elements in increasing order (numbers or strings).", example: "[3, 1, 2].sorted()"
        ) { call in
            .array(try ArrayBuiltins.elements(call.receiver).sorted { try ArrayBuiltins.less($0, $1, "sorted()") })
        },
        Builtin(
            "sorted", kind: .method(on: .array, isMutating: false),
            parameters: [Parameter("by", "areInIncreasingOrder", .function([element, element], .bool))],
            returns: .array(element), topic: topic,
            doc: "The elements ordered by areInIncreasingOrder; equal elements keep their order.",
            example: "[0.5, -2.0, 1.0].sorted(by: { abs($0) < abs($1) })"
        ) { call in
            let areInIncreasingOrder = call.callable(call.arguments[0])
            return .array(try ArrayBuiltins.elements(call.receiver).stableSorted {
                try bool(areInIncreasingOrder($0, $1), "sorted(by:)")
            })
        },
        Builtin(
            "allSatisfy", kind: .method(on: .array, isMutating: false),
            parameters: [Parameter(nil, "predicate", .function([element], .bool))], returns: .bool, topic: topic,
            doc: "Whether predicate is true of every element (true for an empty array).",
            example: "[0.1, 0.2].allSatisfy { $0 < 0.25 }"
        ) { call in
            let predicate = call.callable(call.arguments[0])
            return .bool(try ArrayBuiltins.elements(call.receiver).allSatisfy { try bool(predicate($0), "allSatisfy") })
        },
        Builtin(
            "contains", kind: .method(on: .array, isMutating: false),
            parameters: [Parameter("where", "predicate", .function([element], .bool))], returns: .bool, topic: topic,
            doc: "Whether predicate is true of some element.",
            example: "[0.1, 0.3].contains(where: { $0 > 0.25 })"
        ) { call in
            let predicate = call.callable(call.arguments[0])
            return .bool(try ArrayBuiltins.elements(call.receiver).contains { try bool(predicate($0), "contains(where:)") })
        },
        Builtin(
            "joined", kind: .method(on: .array, isMutating: false),
            parameters: [Parameter("separator", .string, default: .string(""))], returns: .string, topic: "Text",
            doc: "The elements written one after another, with the separator between them.",
            example: #"["a", "b"].joined(separator: ", ")"#
        ) { call in
            .string(ArrayBuiltins.elements(call.receiver).map(\.printed).joined(separator: call.string(0)))
        },
        Builtin(
            "reversed", kind: .method(on: .array, isMutating: false), returns: .array(element), topic: topic,
            doc: "The elements in reverse order.", example: "[1, 2, 3].reversed()"
        ) { call in .array(ArrayBuiltins.elements(call.receiver).reversed()) },
        dropping("dropFirst", doc: "The elements without the first k (1 unless given).", example: "[1, 2, 3].dropFirst()") { $0.dropFirst($1) },
        dropping("dropLast", doc: "The elements without the last k (1 unless given).", example: "[1, 2, 3].dropLast(2)") { $0.dropLast($1) },
        Builtin(
            "contains", kind: .method(on: .array, isMutating: false), parameters: [Parameter(nil, "element", element)],
            returns: .bool, topic: topic, doc: "Whether an element equals the given one.", example: "[1, 2, 3].contains(2)"
        ) { call in
            .bool(ArrayBuiltins.elements(call.receiver).contains { $0.isEqual(to: call.arguments[0]) == true })
        },
        Builtin(
            "firstIndex", kind: .method(on: .array, isMutating: false),
            parameters: [Parameter("where", "predicate", .function([element], .bool))], returns: .int, topic: topic,
            doc: "The position of the first element for which predicate is true; an error if there is none (blocks have no optionals).",
            example: "[0.9, 0.5, 0.2].firstIndex(where: { $0 < 0.6 })"
        ) { call in
            let elements = ArrayBuiltins.elements(call.receiver)
            let predicate = call.callable(call.arguments[0])
            guard let index = try elements.firstIndex(where: { try bool(predicate($0), "firstIndex(where:)") }) else {
                throw BuiltinError(.noMatch("firstIndex(where:)"))
            }
            return .int(index)
        },
        Builtin(
            "firstIndex", kind: .method(on: .array, isMutating: false), parameters: [Parameter("of", "element", element)],
            returns: .int, topic: topic, doc: "The position of the first element equal to the given one; an error if there is none.",
            example: "[3, 1, 2].firstIndex(of: 2)"
        ) { call in
            guard let index = ArrayBuiltins.elements(call.receiver).firstIndex(where: { $0.isEqual(to: call.arguments[0]) == true }) else {
                throw BuiltinError(.noMatch("firstIndex(of:)"))
            }
            return .int(index)
        },
        Builtin(
            "enumerated", kind: .method(on: .array, isMutating: false), returns: .array(.tuple([.int, element])), topic: topic,
            doc: "Pairs (offset, element) of each element and its position from 0.",
            example: "for (i, x) in [0.5, 0.25].enumerated() { print(i, x) }"
        ) { call in
            .array(ArrayBuiltins.elements(call.receiver).enumerated().map {
                .tuple(Tuple(elements: [.int($0.offset), $0.element], labels: ["offset", "element"]))
            })
        },
        Builtin(
            "zip", parameters: [Parameter(nil, "first", .array(.generic("A"))), Parameter(nil, "second", .array(.generic("B")))],
            returns: .array(.tuple([.generic("A"), .generic("B")])), topic: topic,
            doc: "Pairs of the elements at the same positions, as long as the shorter array.",
            example: "zip([1, 2, 3], [0.5, 0.25])"
        ) { call in
            .array(zip(call.array(0), call.array(1)).map { .tuple(Tuple($0, $1)) })
        },
    ] }

    /// `Array(1...5)`: the integers of a range, counted against the memory budget first.
    private static func arrayOfRange(_ type: ValueType) -> Builtin {
        Builtin("Array", parameters: [Parameter(nil, "range", type)], returns: .array(.int), topic: topic,
                doc: "The integers of a range, in order.", example: type == .range(.int) ? "Array(0..<4)" : "Array(1...5)") { call in
            guard case .range(let range) = call.arguments[0] else { return .array([]) }
            try call.context.reserve(elements: range.integerCount)
            return .array(range.integers)
        }
    }

    /// `dropFirst` or `dropLast`: an array without some of its elements. Swift's return a
    /// slice; an array stands in for it, as blocks have no slices.
    private static func dropping(
        _ name: String, doc: String, example: String, _ drop: @escaping ([Value], Int) -> ArraySlice<Value>
    ) -> Builtin {
        Builtin(name, kind: .method(on: .array, isMutating: false), parameters: [Parameter(nil, "k", .int, default: .int(1))],
                returns: .array(element), topic: topic, doc: doc, example: example) { call in
            let k = call.int(0)
            guard k >= 0 else { throw BuiltinError(.negativeCount(name, k), argument: 0) }
            return .array(Array(drop(ArrayBuiltins.elements(call.receiver), k)))
        }
    }

    /// `value` as an element of an array whose elements are like `existing`: an integer
    /// literal becomes a `Double` among `Double`s, as Swift types it; another type is an error.
    static func sameType(_ value: Value, literal: Literalness, as existing: Value?, argument: Int) throws -> Value {
        if let existing, value.hasSameSimpleType(as: existing) { return value }
        guard let type = existing?.type else { return value }
        guard let converted = value.converted(to: type, literal: literal) else {
            throw BuiltinError(.wrongElementType(value.type.description, type.description), argument: argument)
        }
        return converted
    }

    /// A closure's answer where a `Bool` is required.
    static func bool(_ value: Value, _ method: String) throws -> Bool {
        guard case .bool(let answer) = value else {
            throw BuiltinError(.closureMustReturnBool(method, value.type.description), argument: 0)
        }
        return answer
    }
}

extension Array {
    /// A stable merge sort that lets the comparison throw: equal elements keep their order,
    /// whatever order the comparison gives them.
    func stableSorted(by less: (Element, Element) throws -> Bool) rethrows -> [Element] {
        guard count > 1 else { return self }
        let middle = count / 2
        let left = try Array(self[..<middle]).stableSorted(by: less)
        let right = try Array(self[middle...]).stableSorted(by: less)
        var merged: [Element] = []
        merged.reserveCapacity(count)
        var (i, j) = (0, 0)
        while i < left.count, j < right.count {
            if try less(right[j], left[i]) { merged.append(right[j]); j += 1 } else { merged.append(left[i]); i += 1 }
        }
        return merged + left[i...] + right[j...]
    }
}
