import LessonsCore

/// Assignments to a part of a variable (`xs[i] = x`, `grid[i][j] += x`, `p.0 = y`): the path
/// from the variable to the part, and the walk along it that changes the part in place.
extension Compiler {
    /// A step from a variable to the part of it an assignment changes.
    enum PathStep {
        case index(Code, indexAt: SourceLocation, at: SourceLocation)
        case element(Int, at: SourceLocation)
        case label(String, at: SourceLocation)

        /// The tuple element a `.element` or `.label` step reaches in `tuple`, if it has it.
        func index(in tuple: Tuple) -> Int? {
            switch self {
            case .element(let index, _): (0..<tuple.count).contains(index) ? index : nil
            case .label(let label, _): tuple.labels.firstIndex(of: label)
            case .index: nil
            }
        }
    }

    /// The variable a nested target starts from, and the steps into it, outermost first.
    func path(to target: Expr) -> (String, [PathStep])? {
        switch target.kind {
        case .name(let name):
            return (name, [])
        case .subscripted(let base, let arguments) where arguments.count == 1:
            guard let (name, path) = path(to: base) else { return nil }
            return (name, path + [.index(expression(arguments[0].value), indexAt: arguments[0].location, at: target.location)])
        case .tupleElement(let base, let index):
            guard let (name, path) = path(to: base) else { return nil }
            return (name, path + [.element(index, at: target.location)])
        case .member(let base, let label):
            guard let (name, path) = path(to: base) else { return nil }
            return (name, path + [.label(label, at: target.location)])
        default:
            return nil
        }
    }

    /// The indices of a path, worked out before the variable is touched.
    static func indices(_ path: [PathStep], in frame: Frame) throws -> [Value] {
        try path.map { step in
            if case .index(let code, _, _) = step { return try code(frame) }
            return .void
        }
    }

    /// What runs a body on the element a path reaches inside a variable, in place. The body
    /// says whether the variable's type must be checked again (an element that was an empty
    /// array takes any array).
    func modifier(_ name: String, _ path: [PathStep], at location: SourceLocation)
        -> (Frame, [Value], (inout Value) throws -> Bool) throws -> Void {
        let evaluator = self.evaluator
        let base = location
        func walk(_ value: inout Value, _ indices: [Value], _ body: (inout Value) throws -> Bool) throws -> Bool {
            try Self.walk(&value, path, indices, from: 0, body)
        }
        switch target(name, at: location) {
        case .slot(let slot, let isMutable, let type):
            return { frame, indices, body in
                guard var value = frame.take(slot) else { throw InterpreterError(.usedBeforeInitialized(name), at: base) }
                defer { frame[slot] = value }
                guard isMutable else {
                    var copy = value
                    _ = try walk(&copy, indices, body)
                    throw InterpreterError(.assignmentToConstant(name), at: base)
                }
                if try walk(&value, indices, body), let type {
                    value = try evaluator.converted(value, to: type, literal: .fixed, at: base)
                }
            }
        case .variable(let reach):
            return { frame, indices, body in
                let variable = try reach.variable(in: frame)
                guard var value = variable.take() else { throw InterpreterError(.usedBeforeInitialized(name), at: base) }
                defer { variable.value = value }
                guard variable.isMutable else {
                    var copy = value
                    _ = try walk(&copy, indices, body)
                    throw InterpreterError(.assignmentToConstant(name), at: base)
                }
                if try walk(&value, indices, body), let type = variable.type {
                    value = try evaluator.converted(value, to: type, literal: .fixed, at: base)
                }
            }
        }
    }

    private static func walk(_ value: inout Value, _ path: [PathStep], _ indices: [Value], from step: Int,
                             _ body: (inout Value) throws -> Bool) throws -> Bool {
        guard step < path.count else { return try body(&value) }
        switch path[step] {
        case .index(_, let indexAt, let at):
            guard case .array(var elements) = value else { throw InterpreterError(.notAssignable(), at: at) }
            guard case .int(let position) = indices[step] else {
                throw InterpreterError(.notSubscriptable(.array(elements.first?.type ?? .any), index: indices[step].type), at: at)
            }
            guard elements.indices.contains(position) else {
                throw InterpreterError(.indexOutOfRange(position, count: elements.count), at: indexAt)
            }
            // The variable's array is moved out, so that it is the only reference and changes in place.
            value = .void
            defer { value = .array(elements) }
            return try walk(&elements[position], path, indices, from: step + 1, body)
        case .element(_, let at), .label(_, let at):
            guard case .tuple(var tuple) = value, let index = path[step].index(in: tuple) else {
                throw InterpreterError(.notAssignable(), at: at)
            }
            var element = tuple[index]
            let recheck = try walk(&element, path, indices, from: step + 1, body)
            tuple.elements[index] = element
            value = .tuple(tuple)
            return recheck
        }
    }

    /// `array[position] = value` in place when the position is in range and the value plainly
    /// has the element's type (what `replace` would then do); false, changing nothing, otherwise.
    @inline(__always)
    static func replacedPlainly(_ array: inout Value, at position: Value, with value: Value) -> Bool {
        guard case .int(let i) = position, case .array(let elements) = array, elements.indices.contains(i),
              value.hasSameSimpleType(as: elements[i]) else { return false }
        guard var elements = array.takeArray() else { return false }
        elements[i] = value
        array = .array(elements)
        return true
    }

    /// Replaces an element, which keeps its type: a `Double` element never holds an `Int`.
    /// True if the element was an empty array, which takes any array, so the variable's
    /// declared type must be checked.
    static func replace(_ element: inout Value, with value: Value, literal: Literalness, at location: SourceLocation,
                                evaluator: Evaluator) throws -> Bool {
        if value.hasSameSimpleType(as: element) {
            element = value
            return false
        }
        let type = element.type
        element = try evaluator.converted(value, to: type, literal: literal, at: location)
        return type == .array(.any)
    }
}
