import LessonsCore

extension Evaluator {
    /// `target = value` or `target op= value`.
    func assign(_ value: Expr, to target: Expr, combining op: BinaryOperator?) throws {
        var result: Value
        if let op {
            let (current, operand) = try promoted(target, value)
            result = try located(value.location) { try Operators.binary(op, current, operand, budget: budget) }
        } else {
            result = try evaluate(value)
        }
        try assign(result, to: target, literal: op == nil ? value.literalness : .fixed, valueLocation: value.location)
    }

    /// Stores `value` where `target` names: a variable, an array element or a tuple element.
    /// Nested targets (`grid[i][j]`) store the changed element into its container, and so on
    /// out to the variable, which is how Swift's value types behave.
    /// A type error points at the value (`valueLocation`) when there is one to point at.
    func assign(_ value: Value, to target: Expr, literal: Literalness = .fixed, valueLocation: SourceLocation? = nil) throws {
        let at = valueLocation ?? target.location
        switch target.kind {
        case .name(let name):
            guard let slot = scope.lookup(name) else {
                throw InterpreterError(.unknownName(name, suggestion: suggestion(for: name)), at: target.location)
            }
            guard slot.isMutable || slot.value == nil else {
                throw InterpreterError(.assignmentToConstant(name), at: target.location)
            }
            slot.value = try converted(value, to: slot.type ?? slot.value?.type, literal: literal, at: at)
        case .subscripted(let base, let arguments) where arguments.count == 1:
            guard case .array(var elements) = try evaluate(base) else { throw InterpreterError(.notAssignable(), at: target.location) }
            let index = try evaluate(arguments[0].value)
            guard case .int(let position) = index else {
                throw InterpreterError(.notSubscriptable(.array(elements.first?.type ?? .any), index: index.type), at: target.location)
            }
            guard elements.indices.contains(position) else {
                throw InterpreterError(.indexOutOfRange(position, count: elements.count), at: arguments[0].location)
            }
            elements[position] = try converted(value, to: elements[position].type, literal: literal, at: at)
            try assign(.array(elements), to: base)
        case .tupleElement(let base, let index):
            guard case .tuple(var tuple) = try evaluate(base), (0..<tuple.count).contains(index) else {
                throw InterpreterError(.notAssignable(), at: target.location)
            }
            tuple.elements[index] = try converted(value, to: tuple[index].type, literal: literal, at: at)
            try assign(.tuple(tuple), to: base)
        case .member(let base, let label):
            guard case .tuple(var tuple) = try evaluate(base), let index = tuple.labels.firstIndex(of: label) else {
                throw InterpreterError(.notAssignable(), at: target.location)
            }
            tuple.elements[index] = try converted(value, to: tuple[index].type, literal: literal, at: at)
            try assign(.tuple(tuple), to: base)
        default:
            throw InterpreterError(.notAssignable(), at: target.location)
        }
    }

    /// A variable keeps its type: an `Int` variable never holds a `Double`. An empty array
    /// has no element type yet, so anything array-shaped fits it.
    private func converted(_ value: Value, to type: ValueType?, literal: Literalness, at location: SourceLocation) throws -> Value {
        guard let type, type != .array(.any) else { return value }
        guard let result = value.converted(to: type, literal: literal) else {
            throw InterpreterError(.typeMismatch(value.type, expected: type), at: location)
        }
        return result
    }
}
