import Engine
import Interpreter

/// How a function of the block takes its numbers: one, two, or an array of them. Descent,
/// gradients and critical points work on all three, and points are written to match:
/// `0.5`, `(1.0, 2.0)`, or `[1.0, 2.0, 3.0]`.
enum FunctionShape: Hashable {
    case scalar
    case pair
    case vector(Int)

    var dimension: Int {
        switch self {
        case .scalar: 1
        case .pair: 2
        case .vector(let n): n
        }
    }

    var functionType: ValueType {
        switch self {
        case .scalar: .function([.double], .double)
        case .pair: .function([.double, .double], .double)
        case .vector: .function([.array(.double)], .double)
        }
    }

    var pointType: ValueType {
        switch self {
        case .scalar: .double
        case .pair: .tuple([.double, .double])
        case .vector: .array(.double)
        }
    }

    /// The shape of a point as written, for the array form whose length is only known then.
    static func of(point: Value, declared: FunctionShape) -> FunctionShape {
        if case .vector = declared, case .array(let elements) = point { return .vector(elements.count) }
        return declared
    }

    func coordinates(_ point: Value) -> [Double] {
        var coordinates: [Double] = []
        append(point, to: &coordinates)
        return coordinates
    }

    /// Appends the point's coordinates to `packed`, and says how many it has.
    @discardableResult
    func append(_ point: Value, to packed: inout [Double]) -> Int {
        switch point {
        case .double(let x): packed.append(x); return 1
        case .int(let n): packed.append(Double(n)); return 1
        case .tuple(let tuple):
            for index in 0..<tuple.count { packed.append(ArrayBuiltins.number(tuple[index])) }
            return tuple.count
        case .array(let elements):
            for element in elements { packed.append(ArrayBuiltins.number(element)) }
            return elements.count
        default: return 0
        }
    }

    func value(_ coordinates: [Double]) -> Value {
        switch self {
        case .scalar: .double(coordinates[0])
        case .pair: .tuple(Tuple(elements: coordinates.map(Value.double)))
        case .vector: .array(coordinates.map(Value.double))
        }
    }

    /// The arguments a traced call passes: the traced inputs, one by one or as an array.
    func arguments(_ inputs: [Value]) -> [Value] {
        if case .vector = self { return [.array(inputs)] }
        return inputs
    }
}
