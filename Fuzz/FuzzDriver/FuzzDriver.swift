#if canImport(Glibc)
import Glibc
#endif
import Interpreter

/// The main of every fuzz target: with `-DFUZZING` (and `-sanitize=fuzzer`), libFuzzer's
/// driver searches for inputs that crash or hang; without, it replays inputs saved in files,
/// such as a crash the fuzzer found.
public enum FuzzDriver {
    /// The fuzzers' budget for a block: small, so each input takes milliseconds.
    public static let budget = Budget(steps: 20_000, recursion: 50, memory: 16, work: 2_000_000)

    /// The target of this process's run. libFuzzer calls a C function, which captures
    /// nothing, so the target waits here.
    nonisolated(unsafe) private static var target: (UnsafeBufferPointer<UInt8>) -> Void = { _ in }

    /// Runs `target` on each input: the fuzzer's, or the files named on the command line.
    public static func main(_ target: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        Self.target = target
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        _ = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            FuzzDriver.target(UnsafeBufferPointer(start: data, count: size))
            return 0
        }
        #else
        for path in CommandLine.arguments.dropFirst() {
            guard let file = fopen(path, "rb") else { continue }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            while case let count = fread(&buffer, 1, buffer.count, file), count > 0 { bytes += buffer[..<count] }
            fclose(file)
            bytes.withUnsafeBufferPointer(target)
        }
        #endif
    }
}

#if FUZZING
/// libFuzzer's entry for programs with their own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32
#endif
