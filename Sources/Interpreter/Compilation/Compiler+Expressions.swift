import LessonsCore

extension Compiler {
    /// The code of one element of a literal. (Codes are kept in arrays wrapped: a closure
    /// kept in an array itself is stored at its most general abstraction, and each call of it
    /// goes through a conversion thunk.)
    private struct Element {
        let code: Code
    }

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
            let codes = elements.map { Element(code: self.expression($0)) }
            let literals = elements.map(\.literalness)
            return { frame in .array(evaluator.arrayLiteral(try codes.map { try $0.code(frame) }, literals: literals)) }
        case .tuple(let elements, let labels):
            if elements.count == 2, labels.allSatisfy({ $0 == nil }) {
                let first = self.expression(elements[0])
                let second = self.expression(elements[1])
                return { frame in .tuple(Tuple(try first(frame), try second(frame))) }
            }
            let codes = elements.map { Element(code: self.expression($0)) }
            return { frame in .tuple(Tuple(elements: try codes.map { try $0.code(frame) }, labels: labels)) }
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
            return ternary(test, yes, no)
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
            return { frame in try Self.read(frame, slot, name, location) }
        case .variable(let slot):
            return { frame in try Self.value(of: frame.variable(slot), name, location) }
        case .capture(let index):
            return { frame in try Self.value(of: frame.capture(index), name, location) }
        case .global(let variable):
            return { _ in try Self.value(of: variable, name, location) }
        case .dynamic(let global):
            let evaluator = self.evaluator
            let visible = visibleNames
            return { _ in
                if let variable = global.variable { return try Self.value(of: variable, name, location) }
                return try evaluator.builtinValue(name, at: location, visible: visible)
            }
        }
    }

    /// A shared variable's value; numbers are rebuilt from their bits, which costs less than
    /// copying a `Value`.
    @inline(__always)
    static func value(of variable: Variable, _ name: String, _ location: SourceLocation) throws -> Value {
        guard let value = rebuilt(variable.value) else { throw InterpreterError(.usedBeforeInitialized(name), at: location) }
        return value
    }

    @inline(__always)
    static func value(of variable: Variable, _ use: VariableUse) throws -> Value {
        guard let value = rebuilt(variable.value) else { throw InterpreterError(.usedBeforeInitialized(use.name), at: use.location) }
        return value
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
        // The property each kind of receiver has by this name (`xs.count`), found once here:
        // looking it up by name on every read cost more than the property.
        var properties = [Builtin?](repeating: nil, count: Builtin.Receiver.allCases.count)
        for kind in Builtin.Receiver.allCases where kind != .function {
            guard let first = registry.members(named: name, of: kind).first, case .property = first.kind else { continue }
            properties[kind.position] = first
        }
        let site = InvocationSite(context: context)
        return { frame in
            let value = try code(frame)
            guard let kind = Builtin.Receiver(value), let property = properties[kind.position] else {
                return try evaluator.member(name, of: value, context: context)
            }
            var invocation = Invocation(arguments: Arguments(), receiver: value, site: site)
            return try evaluator.located(location) { try property.body(&invocation) }
        }
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
        // Not an optional closure returned: a closure in an `Optional` is stored at its most
        // general abstraction and called through a conversion thunk.
        if let lender = lender(of: base) {
            return borrowedElement(lender, arguments[0].value, at: location, indexAt: indexLocation)
        }
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

    /// A variable that can lend its value to a subscript (`xs[i]`), or to a subscript of a
    /// subscript (`grid[i][j]`, with the row index's expression and location).
    private enum Lender {
        case variable(Place, name: String, at: SourceLocation)
        case row(Place, name: String, at: SourceLocation, row: Expr, rowAt: SourceLocation, rowIndexAt: SourceLocation)
    }

    private func lender(of base: Expr) -> Lender? {
        switch base.kind {
        case .name(let name):
            return place(of: name).map { .variable($0, name: name, at: base.location) }
        case .subscripted(let inner, let arguments) where arguments.count == 1 && arguments[0].label == nil:
            guard case .name(let name) = inner.kind, let place = place(of: name) else { return nil }
            return .row(place, name: name, at: inner.location, row: arguments[0].value, rowAt: base.location,
                        rowIndexAt: arguments[0].location)
        default:
            return nil
        }
    }

    /// `xs[i]` or `grid[i][j]` on a variable: the element is read where the array is, without
    /// copying (retaining) the array or the row, as the general path does. It falls back to
    /// the general path for anything but an in-range element of an array.
    private func borrowedElement(_ lender: Lender, _ index: Expr, at location: SourceLocation, indexAt: SourceLocation) -> Code {
        let evaluator = self.evaluator
        let column = operand(index)
        // Each fast path captures only what it reads, and calls the general path, which
        // holds the names and locations of the errors, when it does not apply: a closure's
        // captures are copied out to it on every call, and the locations made the product
        // written by hand spend a third of its time copying them.
        switch lender {
        case .variable(let place, let name, let at):
            let read = self.read(name, at: at)
            // `xs[i]` with the index in a slot: a loop's commonest read.
            if case .slot(let i, _) = column {
                let general: Code = { frame in
                    try evaluator.subscripted(try read(frame), try Self.value(of: column, in: frame), at: location, indexAt: indexAt)
                }
                return { frame in
                    if case .int(let position)? = frame[i], let element = Self.lend(place, in: frame, { Self.element(of: $0, position) }) {
                        return element
                    }
                    return try general(frame)
                }
            }
            return { frame in
                let position = try Self.value(of: column, in: frame)
                if let element = Self.lend(place, in: frame, { Self.element(of: $0, at: position) }) { return element }
                return try evaluator.subscripted(try read(frame), position, at: location, indexAt: indexAt)
            }
        case .row(let place, let name, let at, let rowExpression, let rowLocation, let rowIndexAt):
            let read = self.read(name, at: at)
            let row = operand(rowExpression)
            let general: Code = { frame in
                let i = try Self.value(of: row, in: frame)
                let j = try Self.value(of: column, in: frame)
                if let element = Self.lend(place, in: frame, { Self.element(of: $0, at: i, j) }) { return element }
                let rows = try evaluator.subscripted(try read(frame), i, at: rowLocation, indexAt: rowIndexAt)
                return try evaluator.subscripted(rows, j, at: location, indexAt: indexAt)
            }
            // `grid[i][j]` with both indices in slots: the inner loop of a product written by
            // hand. Only where the variable is, is switched on when it runs.
            guard case .slot(let i, _) = row, case .slot(let j, _) = column else { return general }
            return { frame in
                if case .int(let r)? = frame[i], case .int(let c)? = frame[j],
                   let element = Self.lend(place, in: frame, { Self.element(of: $0, r, c) }) {
                    return element
                }
                return try general(frame)
            }
        }
    }

    /// Where a variable is, for the kinds that can lend their value in place: nil for a name
    /// that may be a builtin. (A `Storage` without `.dynamic`: lending through `Storage` itself,
    /// whose `.dynamic` lends an optional it makes, put a copy of the value into every read.)
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
        guard case .int(let position) = index else { return nil }
        return element(of: container, position)
    }

    @inline(__always) private static func element(of container: Value?, _ position: Int) -> Value? {
        guard case .array(let elements)? = container, elements.indices.contains(position) else { return nil }
        // A number is rebuilt from its bits, which costs less than copying a `Value`.
        if case .double(let x) = elements[position] { return .double(x) }
        return elements[position]
    }

    @inline(__always) private static func element(of container: Value?, _ i: Int, _ j: Int) -> Value? {
        guard case .array(let rows)? = container, rows.indices.contains(i), case .array(let elements) = rows[i],
              elements.indices.contains(j) else {
            return nil
        }
        if case .double(let x) = elements[j] { return .double(x) }
        return elements[j]
    }

    @inline(__always) private static func element(of container: Value?, at row: Value, _ column: Value) -> Value? {
        guard case .int(let i) = row, case .int(let j) = column, case .array(let rows)? = container, rows.indices.contains(i),
              case .array(let elements) = rows[i], elements.indices.contains(j) else {
            return nil
        }
        if case .double(let x) = elements[j] { return .double(x) }
        return elements[j]
    }
}
