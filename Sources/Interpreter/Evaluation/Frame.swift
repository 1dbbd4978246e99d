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

    /// The value of a slot, moved out, so that the caller holds its only reference and can
    /// change an array in place; put it back when done.
    @inline(__always) func take(_ slot: Int) -> Value? {
        let value = (values + slot).move()
        (values + slot).initialize(to: nil)
        return value
    }

    @inline(__always) func variable(_ slot: Int) -> Variable {
        variables.unsafelyUnwrapped[slot].unsafelyUnwrapped
    }

    @inline(__always) func setVariable(_ slot: Int, _ variable: Variable) {
        variables.unsafelyUnwrapped[slot] = variable
    }

    @inline(__always) func capture(_ index: Int) -> Variable {
        closure.unsafelyUnwrapped.captures[index]
    }
}

/// A stack of slots that frames are taken from, in chunks, so that growing it never moves
/// the slots of a frame in use.
final class SlotStack<Slot> {
    /// Where the stack's top was before a frame was taken.
    struct Mark {
        fileprivate let chunk: Int
        fileprivate let top: Int
    }

    private var chunks: [(base: UnsafeMutablePointer<Slot?>, capacity: Int)] = []
    private var chunk = -1
    private var top = 0
    private static var chunkSize: Int { 1 << 12 }

    deinit {
        for chunk in chunks { chunk.base.deallocate() }
    }

    /// `count` empty slots on top of the stack, and the mark to give them back with.
    @inline(__always) func push(_ count: Int) -> (UnsafeMutablePointer<Slot?>, Mark) {
        let mark = Mark(chunk: chunk, top: top)
        if chunk < 0 || top + count > chunks[chunk].capacity { nextChunk(holding: count) }
        let base = chunks[chunk].base + top
        // One slot at a time: frames hold a few, and the bulk calls go through the runtime.
        for slot in 0..<count { (base + slot).initialize(to: nil) }
        top += count
        return (base, mark)
    }

    /// Empties the `count` slots at `base` and puts the top back where `mark` says.
    @inline(__always) func pop(_ base: UnsafeMutablePointer<Slot?>, count: Int, to mark: Mark) {
        for slot in 0..<count { _ = (base + slot).move() }
        chunk = mark.chunk
        top = mark.top
    }

    private func nextChunk(holding count: Int) {
        chunk += 1
        top = 0
        if chunk == chunks.count {
            let capacity = max(Self.chunkSize, count)
            chunks.append((.allocate(capacity: capacity), capacity))
        } else if chunks[chunk].capacity < count {
            chunks[chunk].base.deallocate()
            chunks[chunk] = (.allocate(capacity: count), count)
        }
    }
}
