import Engine
import Interpreter

/// Gradients, Hessians and critical points of a block's function, exact by automatic
/// differentiation of its recorded tape.
enum CriticalPointBuiltins {
    static let topic = "Critical points"

    static var all: [Builtin] {
        [FunctionShape.scalar, .pair, .vector(0)].flatMap { shape in
            let f = Parameter(nil, "function", shape.functionType)
            let example = shape == .scalar ? "doubleWell" : shape == .pair ? "saddle" : "{ (v: [Double]) in v[0] * v[0] - v[1] * v[1] }"
            let at = shape == .scalar ? "0.5" : shape == .pair ? "(0, 0)" : "[0, 0]"
            return [
                Builtin("classify", parameters: [f, Parameter("at", "point", shape.pointType)],
                        returns: .enumeration(LibraryEnumerations.criticalPoint), topic: topic,
                        doc: "What the Hessian's eigenvalues say the point is: .minimum, .maximum, .saddle or .degenerate.",
                        example: "classify(\(example), at: \(at))") { call in
                    let (tape, point) = try prepare(shape, call)
                    return LibraryEnumerations.value(CriticalPoints.classify(tape, at: point).kind)
                },
                Builtin("criticalPoint", parameters: [f, Parameter("near", "start", shape.pointType)], returns: shape.pointType,
                        topic: topic, doc: "A point where the gradient vanishes, found by Newton's method from start.",
                        example: "criticalPoint(\(example), near: \(shape == .scalar ? "1.0" : shape == .pair ? "(0.3, -0.2)" : "[0.3, -0.2]"))") { call in
                    let (tape, start) = try prepare(shape, call)
                    guard let point = CriticalPoints.find(tape, near: start) else {
                        throw BuiltinError(.noCriticalPoint(call.argumentTexts[1]), argument: 1)
                    }
                    return FunctionShape.of(point: call.arguments[1], declared: shape).value(point)
                },
                Builtin("gradient", parameters: [f, Parameter("at", "point", shape.pointType)], returns: shape.pointType,
                        topic: topic, doc: "The gradient at a point, by reverse-mode automatic differentiation.",
                        example: "gradient(\(example), at: \(at))") { call in
                    let (tape, point) = try prepare(shape, call)
                    return FunctionShape.of(point: call.arguments[1], declared: shape).value(tape.gradient(at: point).gradient)
                },
                Builtin("hessian", parameters: [f, Parameter("at", "point", shape.pointType)], returns: .array(.array(.double)),
                        topic: topic, doc: "The matrix of second derivatives at a point, exact by forward-over-reverse differentiation.",
                        example: "hessian(\(example), at: \(at))") { call in
                    let (tape, point) = try prepare(shape, call)
                    return .array(tape.hessian(at: point).map { .array($0.map(Value.double)) })
                },
            ]
        } + [
            Builtin("eigenvalues", parameters: [Parameter(nil, "matrix", .array(.array(.double)))], returns: .array(.double),
                    topic: topic, doc: "The eigenvalues of a symmetric matrix, ascending.",
                    example: "eigenvalues([[2, 1], [1, 2]])") { call in
                let rows = call.array(0).map { row in ArrayBuiltins.elements(row).map { value -> Double in
                    if case .double(let x) = value { return x }
                    if case .int(let n) = value { return Double(n) }
                    return .nan
                } }
                guard rows.allSatisfy({ $0.count == rows.count }) else { throw BuiltinError(.notSquare(), argument: 0) }
                return .array(SymmetricEigen.values(of: rows).map(Value.double))
            },
        ]
    }

    /// The function's tape and the point's coordinates, of matching dimensions.
    private static func prepare(_ declared: FunctionShape, _ call: Invocation) throws -> (ExpressionTape, [Double]) {
        let shape = FunctionShape.of(point: call.arguments[1], declared: declared)
        return (try Tracer.differentiable(call.arguments[0], shape: shape, call: call), shape.coordinates(call.arguments[1]))
    }
}
