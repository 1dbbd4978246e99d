import LessonsCore

extension Compiler {
    func expression(_ expression: Expr) -> Code {
        let evaluator = self.evaluator
        let at = expression.location
        switch expression.kind {
        case .literal(let value):
            return { _ in value }
        case .interpolation(let parts):
            return interpolation(parts, at: at)
        case .name(let name):
            return read(name, at: at)
        case .implicitMember(let name):
            // As in Swift, `.name` is a case of the type its context expects, resolved there.
            let value = Value.enumCase(EnumCase(enumeration: nil, name: name))
            return { _ in value }
        case .array(let elements):
            let codes = elements.map(self.expression)
            let literals = elements.map(\.literalness)
            return { frame in .array(evaluator.arrayLiteral(try codes.map { try $0(frame) }, literals: literals)) }
        case .tuple(let elements, let labels):
            let codes = elements.map(self.expression)
            if codes.count == 2, labels.allSatisfy({ $0 == nil }) {
                let (first, second) = (codes[0], codes[1])
                return { frame in .tuple(Tuple(try first(frame), try second(frame))) }
            }
            return { frame in .tuple(Tuple(elements: try codes.map { try $0(frame) }, labels: labels)) }
        case .prefix(let op, let operand):
            let code = self.expression(operand)
            return { frame in
                let value = try code(frame)
                if op == .minus, case .double(let x) = value { return .double(-x) }
                return try evaluator.located(at) { try Operators.prefix(op, value) }
            }
        case .binary(let op, let left, let right):
            return binary(op, left, right, at: at)
        case .logical(let op, let left, let right):
            let (first, second) = (condition(left), condition(right))
            let stopsAt = op == .or
            return { frame in
                let value = try first(frame)
                if value == stopsAt { return .bool(value) }
                return .bool(try second(frame))
            }
        case .range(let lower, let upper, let isClosed):
            let (low, high) = (self.expression(lower), self.expression(upper))
            let literals = (lower.literalness, upper.literalness)
            return { frame in
                let (a, b) = evaluator.promoted(try low(frame), try high(frame), literals)
                return try evaluator.range(a, b, isClosed: isClosed, at: at)
            }
        case .ternary(let test, let yes, let no):
            let (test, yes, no) = (condition(test), self.expression(yes), self.expression(no))
            return { frame in try test(frame) ? try yes(frame) : try no(frame) }
        case .call(let callee, let arguments):
            return call(callee, arguments, at: at)
        case .member(let base, let name):
            return member(base, name, at: at)
        case .tupleElement(let base, let index):
            let code = self.expression(base)
            return { frame in
                let value = try code(frame)
                guard case .tuple(let tuple) = value, (0..<tuple.count).contains(index) else {
                    throw InterpreterError(.unknownMember(String(index), of: value.type.description, suggestion: nil), at: at)
                }
                return tuple[index]
            }
        case .subscripted(let base, let arguments):
            return subscripted(base, arguments, at: at)
        case .closure(let declaration):
            let code = function(declaration)
            return { frame in
                .function(.closure(Closure(name: nil, isFunction: false, declaration: declaration, code: code,
                                           captures: code.captures(from: frame))))
            }
        }
    }

    /// The value of a name: a variable, else a builtin function, constant or operator.
    func read(_ name: String, at location: SourceLocation) -> Code {
        let local = resolve(name)
        switch local.storage {
        case .value(let slot):
            return { frame in
                guard let value = frame[slot] else { throw InterpreterError(.usedBeforeInitialized(name), at: location) }
                return value
            }
        case .variable(let slot):
            return { frame in
                guard let value = frame.variable(slot).value else { throw InterpreterError(.usedBeforeInitialized(name), at: location) }
                return value
            }
        case .capture(let index):
            return { frame in
                guard let value = frame.capture(index).value else { throw InterpreterError(.usedBeforeInitialized(name), at: location) }
                return value
            }
        case .global(let variable):
            return { _ in
                guard let value = variable.value else { throw InterpreterError(.usedBeforeInitialized(name), at: location) }
                return value
            }
        case .dynamic(let global):
            let evaluator = self.evaluator
            let visible = visibleNames
            return { _ in
                if let variable = global.variable {
                    guard let value = variable.value else { throw InterpreterError(.usedBeforeInitialized(name), at: location) }
                    return value
                }
                return try evaluator.builtinValue(name, at: location, visible: visible)
            }
        }
    }

    private func interpolation(_ parts: [InterpolationPart], at location: SourceLocation) -> Code {
        let evaluator = self.evaluator
        enum Part { case text(String), value(Code) }
        let compiled: [Part] = parts.map { part in
            switch part {
            case .text(let text): .text(text)
            case .value(let value): .value(expression(value))
            }
        }
        return { frame in
            var text = ""
            for part in compiled {
                switch part {
                case .text(let literal): text += literal
                case .value(let code): text += try code(frame).printed
                }
            }
            try evaluator.checkMemory(bytes: text.utf8.count, at: location)
            return .string(text)
        }
    }

    /// `base.name`: a case of an enumeration, a tuple's labelled element, an object's
    /// property, or a builtin property.
    private func member(_ base: Expr, _ name: String, at location: SourceLocation) -> Code {
        let evaluator = self.evaluator
        let code = expression(base)
        let context = BuiltinContext(evaluator: evaluator, location: location)
        if let (enumeration, global) = enumeration(named: base) {
            return { frame in
                guard global.variable != nil else { return try evaluator.enumerationCase(name, of: enumeration, at: location) }
                return try evaluator.member(name, of: try code(frame), context: context)
            }
        }
        return { frame in try evaluator.member(name, of: try code(frame), context: context) }
    }

    /// The enumeration an expression names (`CriticalPoint` in `CriticalPoint.saddle`), and
    /// the global that would hide it if a later block declared one of that name.
    func enumeration(named expression: Expr) -> (Enumeration, GlobalName)? {
        guard case .name(let name) = expression.kind, let global = unresolved(name),
              let enumeration = registry.enumeration(named: name) else { return nil }
        return (enumeration, global)
    }

    private func subscripted(_ base: Expr, _ arguments: [Argument], at location: SourceLocation) -> Code {
        let evaluator = self.evaluator
        let code = expression(base)
        guard arguments.count == 1, arguments[0].label == nil else {
            let fail = failing(.unsupported("subscripts with labels or several indices"), at: location)
            return { frame in
                _ = try code(frame)
                return try fail(frame)
            }
        }
        let indexLocation = arguments[0].location
        if let borrowed = borrowedElement(base, arguments[0].value, at: location, indexAt: indexLocation) { return borrowed }
        let index = expression(arguments[0].value)
        return { frame in
            let container = try code(frame)
            let position = try index(frame)
            if case .array(let elements) = container, case .int(let position) = position, elements.indices.contains(position) {
                return elements[position]
            }
            return try evaluator.subscripted(container, position, at: location, indexAt: indexLocation)
        }
    }

    /// `xs[i]` or `grid[i][j]` on a variable: the element is read where the array is, without
    /// copying (retaining) the array or the row, as the general path does. It falls back to
    /// the general path for anything but an in-range element of an array.
    private func borrowedElement(_ base: Expr, _ index: Expr, at location: SourceLocation, indexAt: SourceLocation) -> Code? {
        let evaluator = self.evaluator
        let column = operand(index)
        switch base.kind {
        case .name(let name):
            guard let place = place(of: name) else { return nil }
            let read = self.read(name, at: base.location)
            return { frame in
                let position = try Self.value(of: column, in: frame)
                if let element = Self.lend(place, in: frame, { Self.element(of: $0, at: position) }) { return element }
                return try evaluator.subscripted(try read(frame), position, at: location, indexAt: indexAt)
            }
        case .subscripted(let inner, let arguments) where arguments.count == 1 && arguments[0].label == nil:
            guard case .name(let name) = inner.kind, let place = place(of: name) else { return nil }
            let read = self.read(name, at: inner.location)
            let row = operand(arguments[0].value)
            let (rowLocation, rowIndexAt) = (base.location, arguments[0].location)
            return { frame in
                let i = try Self.value(of: row, in: frame)
                let j = try Self.value(of: column, in: frame)
                if let element = Self.lend(place, in: frame, { Self.element(of: $0, at: i, j) }) { return element }
                let rows = try evaluator.subscripted(try read(frame), i, at: rowLocation, indexAt: rowIndexAt)
                return try evaluator.subscripted(rows, j, at: location, indexAt: indexAt)
            }
        default:
            return nil
        }
    }

    /// Where a variable is, for the kinds that can lend their value in place: nil for a name
    /// that may be a builtin.
    enum Place {
        case slot(Int), variable(Int), capture(Int), global(Variable)
    }

    func place(of name: String) -> Place? {
        switch resolve(name).storage {
        case .value(let slot): .slot(slot)
        case .variable(let slot): .variable(slot)
        case .capture(let index): .capture(index)
        case .global(let variable): .global(variable)
        case .dynamic: nil
        }
    }

    /// Runs `body` on the variable's value where it is stored.
    @inline(__always) static func lend<T>(_ place: Place, in frame: Frame, _ body: (Value?) -> T) -> T {
        switch place {
        case .slot(let slot): body(frame[slot])
        case .variable(let slot): body(frame.variable(slot).value)
        case .capture(let index): body(frame.capture(index).value)
        case .global(let variable): body(variable.value)
        }
    }

    @inline(__always) private static func element(of container: Value?, at index: Value) -> Value? {
        guard case .int(let position) = index, case .array(let elements)? = container, elements.indices.contains(position) else {
            return nil
        }
        return elements[position]
    }

    @inline(__always) private static func element(of container: Value?, at row: Value, _ column: Value) -> Value? {
        guard case .int(let i) = row, case .int(let j) = column, case .array(let rows)? = container, rows.indices.contains(i),
              case .array(let elements) = rows[i], elements.indices.contains(j) else {
            return nil
        }
        return elements[j]
    }
}
