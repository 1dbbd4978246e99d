#if canImport(Glibc)
import Glibc
#endif

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
        let bytes = max(count, 1) * MemoryLayout<Double>.stride
        let isLarge = bytes >= Self.largeBytes
        let raw = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: isLarge ? Self.hugePageBytes : 64)
        if isLarge { Self.adviseHugePages(raw, bytes: bytes) }
        base = raw.bindMemory(to: Double.self, capacity: max(count, 1))
    }

    /// From this size on, a buffer starts on a huge-page boundary and asks for huge pages;
    /// numpy draws the line at the same place (`indicate_hugepages` in its alloc.c).
    static let largeBytes = 4 << 20
    static let hugePageBytes = 2 << 20

    /// Asks Linux to back the whole huge pages of a buffer with transparent huge pages.
    /// A descent writes its 16 MB record as one long stream; in 4 KiB pages that stream
    /// crosses 4 000 page boundaries, at each of which the TLB refills and the hardware
    /// prefetcher stops. In 2 MiB pages the lesson block of the descent benchmark went from
    /// 1.92 to 1.62 ms (medians of six interleaved pairs of `bench/descent 31`). The advice
    /// is a hint: where the kernel has no huge pages to give, the buffer works as before, so
    /// a failure is not an error.
    private static func adviseHugePages(_ start: UnsafeMutableRawPointer, bytes: Int) {
        #if os(Linux)
        _ = madvise(start, bytes / hugePageBytes * hugePageBytes, MADV_HUGEPAGE)
        #endif
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
