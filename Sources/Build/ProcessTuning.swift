import Foundation

/// Settings of the process, made once by the executables at startup.
public enum ProcessTuning {
    private typealias Mallopt = @convention(c) (Int32, Int32) -> Int32

    /// Keeps large freed blocks mapped. glibc gives blocks above 128 KiB their own mapping
    /// and unmaps them when freed, so a descent's 16 MB of records would fault in 4 000 fresh
    /// pages every time; with these settings later blocks reuse pages already there.
    /// (`mallopt` is looked up at run time: Swift's Glibc module does not export malloc.h.)
    public static func keepFreedMemoryMapped() {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        let (trimThreshold, mmapThreshold): (Int32, Int32) = (-1, -3)  // M_TRIM_THRESHOLD, M_MMAP_THRESHOLD
        _ = mallopt(mmapThreshold, 256 << 20)
        _ = mallopt(trimThreshold, 512 << 20)
        #endif
    }
}
