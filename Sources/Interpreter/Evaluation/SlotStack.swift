/// A stack of slots that frames are taken from, in chunks, so that growing it never moves
/// the slots of a frame in use.
final class SlotStack<Slot> {
    /// Where the stack's top was before a frame was taken.
    struct Mark {
        fileprivate let top: UnsafeMutablePointer<Slot?>?
        fileprivate let end: UnsafeMutablePointer<Slot?>?
        fileprivate let chunk: Int
    }

    private var chunks: [(base: UnsafeMutablePointer<Slot?>, capacity: Int)] = []
    private var chunk = -1
    /// The next free slot, and the end of the chunk it is in (nil before the first chunk).
    private var top: UnsafeMutablePointer<Slot?>?
    private var end: UnsafeMutablePointer<Slot?>?
    private static var chunkSize: Int { 1 << 12 }

    deinit {
        for chunk in chunks { chunk.base.deallocate() }
    }

    /// `count` empty slots on top of the stack, and the mark to give them back with.
    @inline(__always) func push(_ count: Int) -> (UnsafeMutablePointer<Slot?>, Mark) {
        let mark = Mark(top: top, end: end, chunk: chunk)
        if top == nil || top.unsafelyUnwrapped + count > end.unsafelyUnwrapped { nextChunk(holding: count) }
        let base = top.unsafelyUnwrapped
        // One slot at a time: frames hold a few, and the bulk calls go through the runtime.
        for slot in 0..<count { (base + slot).initialize(to: nil) }
        top = base + count
        return (base, mark)
    }

    /// Empties the `count` slots at `base` and puts the top back where `mark` says.
    @inline(__always) func pop(_ base: UnsafeMutablePointer<Slot?>, count: Int, to mark: Mark) {
        for slot in 0..<count { _ = (base + slot).move() }
        top = mark.top
        end = mark.end
        chunk = mark.chunk
    }

    private func nextChunk(holding count: Int) {
        chunk += 1
        if chunk == chunks.count {
            let capacity = max(Self.chunkSize, count)
            chunks.append((.allocate(capacity: capacity), capacity))
        } else if chunks[chunk].capacity < count {
            chunks[chunk].base.deallocate()
            chunks[chunk] = (.allocate(capacity: count), count)
        }
        top = chunks[chunk].base
        end = chunks[chunk].base + chunks[chunk].capacity
    }
}
