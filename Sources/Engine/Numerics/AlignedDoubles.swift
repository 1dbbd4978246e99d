/// A fixed number of doubles starting on a 64-byte boundary: a cache line, and one AVX-512
/// vector. Swift's arrays start their elements 32 bytes into an allocation aligned to 16, so
/// a loop of 512-bit loads and stores over an array's rows has every access straddling two
/// cache lines. On this machine a straddling store costs 0.86 ns and an aligned one 0.55 ns
/// (loads: 0.47 and 0.29 ns). Descent's rows are all such loops. Copies share the storage:
/// the owner writes, then hands it on to be read.
final class AlignedDoubles: @unchecked Sendable {
    /// The first element; valid while this object lives.
    let base: UnsafeMutablePointer<Double>
    let count: Int

    /// `count` doubles, uninitialised: every one must be written before it is read.
    init(uninitializedCount count: Int) {
        self.count = count
        // At least one element, so that a pointer exists for an empty buffer too.
        base = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1) * MemoryLayout<Double>.stride, alignment: 64)
            .bindMemory(to: Double.self, capacity: max(count, 1))
    }

    convenience init(repeating value: Double, count: Int) {
        self.init(uninitializedCount: count)
        base.initialize(repeating: value, count: count)
    }

    deinit {
        base.deallocate()
    }

    subscript(index: Int) -> Double {
        get {
            precondition(index >= 0 && index < count, "index out of range")
            return base[index]
        }
        set {
            precondition(index >= 0 && index < count, "index out of range")
            base[index] = newValue
        }
    }

    /// Sets `count` elements from `start` (all of them, by default) to `value`.
    func fill(_ value: Double, from start: Int = 0, count: Int? = nil) {
        let count = count ?? self.count - start
        precondition(start >= 0 && count >= 0 && start + count <= self.count, "range out of bounds")
        (base + start).update(repeating: value, count: count)
    }
}
