/// The names used inside the closures and `func`s nested in some code, at any depth.
enum CapturedNames {
    static func inside(_ statements: [Stmt]) -> Set<String> {
        var names = Set<String>()
        for statement in statements { statement.collectNames(into: &names, nested: false) }
        return names
    }

    static func inside(_ closure: ClosureExpr) -> Set<String> {
        var names = Set<String>()
        for parameter in closure.parameters { parameter.defaultValue?.collectNames(into: &names, nested: false) }
        switch closure.body {
        case .expression(let expression): expression.collectNames(into: &names, nested: false)
        case .statements(let statements): for statement in statements { statement.collectNames(into: &names, nested: false) }
        }
        return names
    }
}

extension Stmt {
    /// Adds the names used in closures nested in this statement (all of its names if `nested`).
    func collectNames(into names: inout Set<String>, nested: Bool) {
        func add(_ expression: Expr) { expression.collectNames(into: &names, nested: nested) }
        func add(_ statements: [Stmt]) { for statement in statements { statement.collectNames(into: &names, nested: nested) } }
        switch kind {
        case .expression(let expression): add(expression)
        case .binding(_, _, _, let value): value.map(add)
        case .assignment(let target, _, let value): add(target); add(value)
        case .conditional(let branches, let otherwise):
            for branch in branches { add(branch.condition); add(branch.body) }
            otherwise.map(add)
        case .forIn(_, let sequence, let body): add(sequence); add(body)
        case .whileLoop(let condition, let body): add(condition); add(body)
        case .function(let name, let declaration):
            // The function's own name is used in it when it recurses; the closure shares it.
            names.insert(name)
            declaration.collectAllNames(into: &names)
        case .returnValue(let value): value.map(add)
        case .breakLoop, .continueLoop: break
        }
    }
}

extension ClosureExpr {
    fileprivate func collectAllNames(into names: inout Set<String>) {
        for parameter in parameters { parameter.defaultValue?.collectNames(into: &names, nested: true) }
        switch body {
        case .expression(let expression): expression.collectNames(into: &names, nested: true)
        case .statements(let statements): for statement in statements { statement.collectNames(into: &names, nested: true) }
        }
    }
}

extension Expr {
    /// Adds the names used in closures nested in this expression (all of its names if `nested`).
    func collectNames(into names: inout Set<String>, nested: Bool) {
        func add(_ expression: Expr) { expression.collectNames(into: &names, nested: nested) }
        switch kind {
        case .literal, .implicitMember: break
        case .name(let name): if nested { names.insert(name) }
        case .interpolation(let parts): for case .value(let value) in parts { add(value) }
        case .array(let elements), .tuple(let elements, _): elements.forEach(add)
        case .prefix(_, let operand): add(operand)
        case .binary(_, let left, let right), .logical(_, let left, let right), .range(let left, let right, _):
            add(left); add(right)
        case .ternary(let test, let yes, let no): add(test); add(yes); add(no)
        case .call(let callee, let arguments), .subscripted(let callee, let arguments):
            add(callee)
            for argument in arguments { add(argument.value) }
        case .member(let base, _), .tupleElement(let base, _): add(base)
        case .closure(let closure): closure.collectAllNames(into: &names)
        }
    }
}
