import LessonsCore

/// A function, closure or block compiled once: the size of its frame, where its parameters
/// go, and its body. Closures made from it share it.
final class CompiledFunction {
    /// A parameter as a call fills it in.
    struct Parameter {
        /// Its slot in the frame's values, or in its variables when a closure captures it.
        let slot: Int
        let isCaptured: Bool
        let type: ValueType?
        /// What an argument's type is checked against.
        let check: TypeCheck
        let defaultValue: (code: Code, literal: Literalness)?
    }

    let valueCount: Int
    let variableCount: Int
    let parameters: [Parameter]
    /// Each parameter's slot, negative (-1 - slot) for a captured one's variable, and its
    /// check, apart: reading a `Parameter` copies (retains) its type and default.
    private let slots: [Int]
    private let checks: [TypeCheck.Kind]
    /// For a function of one or two parameters that no closure captures (else `count` is 0):
    /// their slots and checks, held apart from the arrays so a call reads them at once.
    private let plain: (count: Int, first: Int, firstCheck: TypeCheck.Kind, second: Int, secondCheck: TypeCheck.Kind)
    /// The labels a `func`'s callers write, in order.
    let labels: [String?]
    /// How many parameters come before the first with a default.
    let required: Int
    /// What the value returned is checked against; `.none` for no declared type or `Void`.
    let returnCheck: TypeCheck
    let returnKind: TypeCheck.Kind
    /// Where, in the frame that makes the closure, each variable it captures is.
    let captures: [Storage]
    /// Runs the body, and gives its value.
    let body: Code

    init(valueCount: Int, variableCount: Int, parameters: [Parameter], labels: [String?], required: Int,
         returnCheck: TypeCheck, captures: [Storage], body: @escaping Code) {
        self.valueCount = valueCount
        self.variableCount = variableCount
        self.parameters = parameters
        slots = parameters.map { $0.isCaptured ? -1 - $0.slot : $0.slot }
        checks = parameters.map(\.check.kind)
        let plainCount = (1...2).contains(parameters.count) && !parameters.contains(where: \.isCaptured) ? parameters.count : 0
        plain = (plainCount, parameters.first?.slot ?? 0, parameters.first?.check.kind ?? .none,
                 parameters.last?.slot ?? 0, parameters.last?.check.kind ?? .none)
        self.labels = labels
        self.required = required
        self.returnCheck = returnCheck
        returnKind = returnCheck.kind
        self.captures = captures
        self.body = body
    }

    /// The slot an argument goes straight into, without a conversion, for a function of one
    /// parameter that no closure captures.
    @inline(__always) func plainSlot(for value: Value) -> Int? {
        plain.count == 1 && Self.fits(value, plain.firstCheck) ? plain.first : nil
    }

    /// The slots two arguments go straight into, for a function of two such parameters.
    @inline(__always) func plainSlots(for first: Value, _ second: Value) -> (Int, Int)? {
        plain.count == 2 && Self.fits(first, plain.firstCheck) && Self.fits(second, plain.secondCheck) ? (plain.first, plain.second) : nil
    }

    @inline(__always) private static func fits(_ value: Value, _ check: TypeCheck.Kind) -> Bool {
        switch (check, value) {
        case (.none, _), (.int, .int), (.double, .double): true
        default: false
        }
    }

    /// Runs `body` with a frame for this function on the evaluator's stacks, given back after.
    @inline(__always)
    func withFrame<T>(on evaluator: Evaluator, for closure: Closure?, _ body: (Frame) throws -> T) rethrows -> T {
        let (values, valueMark) = evaluator.values.push(valueCount)
        // Given back on each way out by hand: a `defer` here was compiled as a call, a twentieth
        // of the time of a recursive function.
        guard variableCount > 0 else {
            do {
                let result = try body(Frame(values: values, variables: nil, closure: closure))
                evaluator.values.pop(values, count: valueCount, to: valueMark)
                return result
            } catch {
                evaluator.values.pop(values, count: valueCount, to: valueMark)
                throw error
            }
        }
        defer { evaluator.values.pop(values, count: valueCount, to: valueMark) }
        let (variables, variableMark) = evaluator.variables.push(variableCount)
        defer { evaluator.variables.pop(variables, count: variableCount, to: variableMark) }
        return try body(Frame(values: values, variables: variables, closure: closure))
    }

    /// Checks an argument against its parameter's type and stores it in the parameter's place
    /// in a new frame, whose slots are empty; false, storing nothing, if it is of the wrong type.
    @inline(__always) func store(_ value: Value, literal: Literalness, parameter index: Int, in frame: Frame) -> Bool {
        let checked: Value
        switch (checks[index], value) {
        case (.none, _), (.int, .int), (.double, .double): checked = value
        default:
            guard let converted = parameters[index].check.apply(to: value, literal: literal) else { return false }
            checked = converted
        }
        let slot = slots[index]
        if slot >= 0 {
            frame.initialize(slot, to: checked)
        } else {
            frame.setVariable(-1 - slot, Variable(value: checked, isMutable: false, type: parameters[index].type))
        }
        return true
    }

    /// Whether a call with these labels fits the leading parameters.
    func accepts(_ written: [String?]) -> Bool {
        guard written.count <= labels.count else { return false }
        for index in written.indices where written[index] != labels[index] { return false }
        return true
    }
}

extension CompiledFunction {
    /// The variables a closure of this function captures, taken from the frame that makes it.
    func captures(from frame: Frame) -> [Variable] {
        captures.map { source in
            switch source {
            case .variable(let slot): frame.variable(slot)
            case .capture(let index): frame.capture(index)
            case .global(let variable): variable
            // The compiler keeps captured names in variables, so these are never captured;
            // a copy keeps the closure working if that ever changes.
            case .value(let slot): Variable(value: frame[slot], isMutable: true, type: nil)
            case .dynamic(let global): global.variable ?? Variable(value: nil, isMutable: true, type: nil)
            }
        }
    }
}
