import Foundation

/// Medians and the peers the benchmarks measure against: Python programs in `bench/`, run in
/// the same benchmark run, on one thread.
public enum Peer {
    /// What a peer script printed, split at spaces; nil if it failed, or if it exited with
    /// status 3, which a script uses to say an optional library (JAX) is not installed.
    public static func run(_ script: String, _ arguments: [String]) -> [String]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // One thread, as every side is measured. OpenBLAS picks its AVX-512 kernels when
        // OPENBLAS_CORETYPE is unset; XLA's flags keep JAX's CPU backend to one thread.
        var environment = ProcessInfo.processInfo.environment
        environment["OPENBLAS_CORETYPE"] = nil
        environment["OPENBLAS_NUM_THREADS"] = "1"
        environment["OMP_NUM_THREADS"] = "1"
        environment["XLA_FLAGS"] = "--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1"
        process.environment = environment
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        process.arguments = ["python3", directory.appendingPathComponent(script).path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { return nil }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return output.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    public static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    public static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.attoseconds) * 1e-15 + Double(duration.components.seconds) * 1000
    }
}
