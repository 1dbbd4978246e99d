import Foundation

/// Swaps two paths in one step with Linux's `renameat2(…, RENAME_EXCHANGE)`. Glibc declares
/// it only under `_GNU_SOURCE`, which Swift's Glibc module does not set, so it is looked up
/// at run time instead of adding a C target for one call.
enum AtomicExchange {
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// True if the two paths were exchanged; false if this system cannot do it atomically.
    static func exchange(_ first: String, _ second: String) -> Bool {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let atCurrentDirectory: Int32 = -100  // AT_FDCWD
        let exchangeFlag: UInt32 = 1 << 1  // RENAME_EXCHANGE
        return renameat2(atCurrentDirectory, first, atCurrentDirectory, second, exchangeFlag) == 0
        #else
        return false
        #endif
    }
}
