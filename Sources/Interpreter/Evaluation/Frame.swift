/// The variables of one run of a block, function or closure, each in the slot the compiler
/// gave it: plain values for variables no closure captures, shared `Variable`s for those a
/// closure does, and the variables the closure itself captured.
///
/// Raw storage, not Swift arrays: a frame is made on every call and its slots are read on
/// every use of a name, and an array in a class would be checked for exclusive access and
/// bounds each time.
final class Frame {
    private let values: UnsafeMutablePointer<Value?>
    private let variables: UnsafeMutablePointer<Variable?>
    private let valueCount: Int
    private let variableCount: Int
    let captures: [Variable]

    init(values valueCount: Int, variables variableCount: Int, captures: [Variable]) {
        self.valueCount = valueCount
        self.variableCount = variableCount
        values = .allocate(capacity: valueCount)
        values.initialize(repeating: nil, count: valueCount)
        variables = .allocate(capacity: variableCount)
        variables.initialize(repeating: nil, count: variableCount)
        self.captures = captures
    }

    deinit {
        values.deinitialize(count: valueCount)
        values.deallocate()
        variables.deinitialize(count: variableCount)
        variables.deallocate()
    }

    @inline(__always) subscript(slot: Int) -> Value? {
        get { values[slot] }
        set { values[slot] = newValue }
    }

    /// The value of a slot, moved out, so that the caller holds its only reference and can
    /// change an array in place; put it back when done.
    @inline(__always) func take(_ slot: Int) -> Value? {
        let value = (values + slot).move()
        (values + slot).initialize(to: nil)
        return value
    }

    @inline(__always) func variable(_ slot: Int) -> Variable {
        variables[slot].unsafelyUnwrapped
    }

    @inline(__always) func setVariable(_ slot: Int, _ variable: Variable) {
        variables[slot] = variable
    }
}
