/// The variables of one run of a block, function or closure, each in the slot the compiler
/// gave it: plain values for variables no closure captures, shared `Variable`s for those a
/// closure does, and the variables the closure itself captured.
///
/// A frame is a view of slots on the evaluator's stacks, taken when a call begins and given
/// back when it returns: no closure keeps a frame (closures keep `Variable`s), so a call
/// allocates nothing, and a name is read through a pointer, with no exclusivity or bounds
/// check as an array in a class would need.
struct Frame {
    private let values: UnsafeMutablePointer<Value?>
    /// Nil for the many functions whose variables no closure captures.
    private let variables: UnsafeMutablePointer<Variable?>?
    /// The closure running, whose captured variables the frame reads (nil for a block's top
    /// level). Not retained: the caller holds the closure for the whole call.
    private unowned(unsafe) let closure: Closure?

    init(values: UnsafeMutablePointer<Value?>, variables: UnsafeMutablePointer<Variable?>?, closure: Closure?) {
        self.values = values
        self.variables = variables
        self.closure = closure
    }

    /// A slot's value, borrowed where it is read.
    @inline(__always) subscript(slot: Int) -> Value? {
        unsafeAddress { UnsafePointer(values + slot) }
        nonmutating unsafeMutableAddress { values + slot }
    }

    /// Fills a slot that holds nothing that needs releasing: a new frame's, or a number.
    @inline(__always) func initialize(_ slot: Int, to value: Value) {
        (values + slot).initialize(to: value)
    }

    /// The value of a slot, moved out, so that the caller holds its only reference and can
    /// change an array in place; put it back when done.
    @inline(__always) func take(_ slot: Int) -> Value? {
        let value = (values + slot).move()
        (values + slot).initialize(to: nil)
        return value
    }

    /// A shared variable of the frame. One whose declaration has not run (a parameter a call
    /// left out with no default) is made empty here, so reading it is an error, not a crash.
    @inline(__always) func variable(_ slot: Int) -> Variable {
        let variables = variables.unsafelyUnwrapped
        if let variable = variables[slot] { return variable }
        let empty = Variable(value: nil, isMutable: false, type: nil)
        variables[slot] = empty
        return empty
    }

    @inline(__always) func setVariable(_ slot: Int, _ variable: Variable) {
        variables.unsafelyUnwrapped[slot] = variable
    }

    @inline(__always) func capture(_ index: Int) -> Variable {
        closure.unsafelyUnwrapped.captures[index]
    }
}
