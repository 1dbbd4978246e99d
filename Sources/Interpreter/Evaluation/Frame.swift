/// The variables of one run of a block, function or closure, each in the slot the compiler
/// gave it: plain values for variables no closure captures, shared `Variable`s for those a
/// closure does, and the variables the closure itself captured.
///
/// The values are stored in the frame object itself (one allocation per call), and reached
/// through pointers: an array in a class would be checked for exclusive access and bounds on
/// every use of a name.
final class Frame: ManagedBuffer<Frame.Header, Value?> {
    struct Header {
        let valueCount: Int
        let variableCount: Int
        /// Made only for the few functions whose variables closures capture.
        let variables: UnsafeMutablePointer<Variable?>?
        let captures: [Variable]
    }

    static func make(values valueCount: Int, variables variableCount: Int, captures: [Variable]) -> Frame {
        var variables: UnsafeMutablePointer<Variable?>?
        if variableCount > 0 {
            variables = .allocate(capacity: variableCount)
            variables?.initialize(repeating: nil, count: variableCount)
        }
        let buffer = create(minimumCapacity: valueCount) { _ in
            Header(valueCount: valueCount, variableCount: variableCount, variables: variables, captures: captures)
        }
        let frame = unsafeDowncast(buffer, to: Frame.self)
        frame.withUnsafeMutablePointerToElements { $0.initialize(repeating: nil, count: valueCount) }
        return frame
    }

    deinit {
        withUnsafeMutablePointers { header, values in
            values.deinitialize(count: header.pointee.valueCount)
            if let variables = header.pointee.variables {
                variables.deinitialize(count: header.pointee.variableCount)
                variables.deallocate()
            }
        }
    }

    @inline(__always) subscript(slot: Int) -> Value? {
        get { withUnsafeMutablePointerToElements { $0[slot] } }
        set { withUnsafeMutablePointerToElements { $0[slot] = newValue } }
    }

    /// The value of a slot, moved out, so that the caller holds its only reference and can
    /// change an array in place; put it back when done.
    @inline(__always) func take(_ slot: Int) -> Value? {
        withUnsafeMutablePointerToElements { values in
            let value = (values + slot).move()
            (values + slot).initialize(to: nil)
            return value
        }
    }

    @inline(__always) func variable(_ slot: Int) -> Variable {
        withUnsafeMutablePointerToHeader { $0.pointee.variables.unsafelyUnwrapped[slot].unsafelyUnwrapped }
    }

    @inline(__always) func setVariable(_ slot: Int, _ variable: Variable) {
        withUnsafeMutablePointerToHeader { $0.pointee.variables.unsafelyUnwrapped[slot] = variable }
    }

    @inline(__always) func capture(_ index: Int) -> Variable {
        withUnsafeMutablePointerToHeader { $0.pointee.captures[index] }
    }
}
