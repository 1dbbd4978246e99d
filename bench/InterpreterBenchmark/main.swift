// The interpreter benchmark: six plain programs an author might write in a block, each run
// as a lesson block (lowering and interpreting, as `lessons build` does), and the same
// programs in CPython (bench/interpreter_python.py) in the same run, in three rounds in turn.
// Prints each workload's median and its speed as a multiple of CPython's: above 1x is faster
// than CPython.
import BenchSupport
import Build
import Foundation
import Interpreter
import LessonsCore
import Library
import MarkdownParsing

struct Workload {
    let name: String
    let title: String
    let code: String
}

let workloads = [
    Workload(name: "accumulate", title: "1M Double additions in a for loop", code: """
        var s = 0.0
        for i in 0..<1_000_000 { s += Double(i) }
        s
        """),
    Workload(name: "appends", title: "200k appends of tuples", code: """
        var a: [(Double, Double)] = []
        for i in 0..<200_000 { a.append((Double(i), 0.5)) }
        a.count
        """),
    Workload(name: "fib", title: "recursive fib(24)", code: """
        func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
        fib(24)
        """),
    Workload(name: "chain", title: "map/filter/reduce over 100k", code: """
        let xs = (0..<100_000).map { Double($0) }
        xs.map { $0 * 2 }.filter { $0 > 1000 }.reduce(0, +)
        """),
    Workload(name: "matmul", title: "300x300 matrix product by hand", code: """
        let n = 300
        var a: [[Double]] = []
        for i in 0..<n {
            var row: [Double] = []
            for j in 0..<n { row.append(Double(i + j) / Double(n)) }
            a.append(row)
        }
        var c = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n {
            for j in 0..<n {
                var s = 0.0
                for k in 0..<n { s += a[i][k] * a[k][j] }
                c[i][j] = s
            }
        }
        c[n - 1][n - 1]
        """),
    // The loop an exercise has a reader write: fit y = 3x + 1 by stochastic gradient descent.
    Workload(name: "sgd", title: "hand-written SGD, 200 x 1000 steps", code: """
        var xs: [Double] = []
        var ys: [Double] = []
        for i in 0..<1000 {
            let x = Double(i) / 1000
            xs.append(x)
            ys.append(3 * x + 1)
        }
        var w = 0.0
        var b = 0.0
        for _ in 0..<200 {
            for i in 0..<xs.count {
                let err = w * xs[i] + b - ys[i]
                w -= 0.1 * err * xs[i]
                b -= 0.1 * err
            }
        }
        w
        """),
]

// As the `lessons` executable does: freed memory stays mapped, so that an array of 100 000
// values is not a fresh mapping, zeroed by the kernel, on every run (which made the
// map/filter/reduce workload take 12 ms in some runs and 19 in others).
ProcessTuning.keepFreedMemoryMapped()

let arguments = Array(CommandLine.arguments.dropFirst())
let repeats = arguments.first.flatMap { Int($0) } ?? 5
// A path ending in `.swift` is a block of one's own, timed without a peer: for seeing what
// one construct costs.
let ownBlocks = arguments.dropFirst().filter { $0.hasSuffix(".swift") }.map { path in
    Workload(name: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent, title: path,
             code: (try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
}
let named = arguments.dropFirst().filter { !$0.hasSuffix(".swift") }
let chosen = named.isEmpty && ownBlocks.isEmpty ? workloads : workloads.filter { named.contains($0.name) }
let registry = Library.registry()
// No step budget: the workloads are long on purpose.
let budget = Budget(steps: Int.max)

func lesson(_ workload: Workload) -> Lesson {
    let text = "---\ntitle: \(workload.name)\n---\n```swift experiment\n\(workload.code)\n```\n"
    return LessonParser.parse(SourceFile(path: "bench.md", text: text), slug: workload.name).lesson
}

/// The times of running the workload's block `count` times, after one untimed run (as the
/// CPython side does), and the value it showed.
func times(_ workload: Workload, _ count: Int) -> (ms: [Double], shown: String) {
    let lesson = lesson(workload)
    var times: [Double] = []
    var shown = ""
    for _ in 0..<(count + 1) {
        let start = ContinuousClock.now
        let run = LessonRunner(registry: registry, budget: budget).run(lesson)
        times.append(Peer.milliseconds(ContinuousClock.now - start))
        guard run.diagnostics.isEmpty else {
            // The block starts on line 5 of the lesson made around it.
            let errors = run.diagnostics.map { "\(workload.title):\($0.location.line - 4):\($0.location.column): \($0.message)" }
            FileHandle.standardError.write(Data("\(workload.name) failed:\n  \(errors.joined(separator: "\n  "))\n".utf8))
            exit(1)
        }
        guard case .value(let value)? = run.blocks.last?.outputs.last else {
            // The value shown is how the run is checked against CPython's, and keeps the work from being skipped.
            FileHandle.standardError.write(Data("\(workload.name) shows no value: end the block with an expression, such as the result\n".utf8))
            exit(1)
        }
        shown = value
    }
    return (Array(times.dropFirst()), shown)
}

/// CPython's medians of `count` runs and values, by workload name.
func python(_ count: Int) -> [String: (ms: Double, shown: String)] {
    let fields = Peer.run("interpreter_python.py", [String(count)] + chosen.map(\.name)) ?? []
    var results: [String: (ms: Double, shown: String)] = [:]
    for start in stride(from: 0, to: fields.count - 2, by: 3) {
        if let ms = Double(fields[start + 1]) { results[fields[start]] = (ms, fields[start + 2]) }
    }
    return results
}

// Rounds: our runs of every workload, then CPython's, three times. This host's noise comes
// in bursts of seconds, and one block of runs a side let a burst land on one side only.
let rounds = 3
let perRound = max(1, (repeats + rounds - 1) / rounds)
if !ownBlocks.isEmpty { print("blocks, medians of \(repeats):") }
for block in ownBlocks {
    let ours = times(block, repeats)
    print(String(format: "  %@ %9.2f ms  (shows %@)", block.title, Peer.median(ours.ms), ours.shown))
}
if !chosen.isEmpty {
    print("interpreter, \(rounds) rounds of \(perRound) runs a side, in turn; medians (ratio = CPython's time / ours; above 1x is faster):")
}
var ours: [String: (ms: [Double], shown: String)] = [:]
var peers: [String: (ms: [Double], shown: String)] = [:]
for _ in 0..<(chosen.isEmpty ? 0 : rounds) {
    for workload in chosen {
        let run = times(workload, perRound)
        ours[workload.name, default: ([], "")].ms += run.ms
        ours[workload.name]?.shown = run.shown
    }
    for (name, peer) in python(perRound) {
        peers[name, default: ([], "")].ms.append(peer.ms)
        peers[name]?.shown = peer.shown
    }
}
for workload in chosen {
    guard let run = ours[workload.name] else { continue }
    let ms = Peer.median(run.ms)
    guard let peer = peers[workload.name] else {
        print("  \(workload.title): \(String(format: "%.1f", ms)) ms, CPython failed")
        continue
    }
    let peerMs = Peer.median(peer.ms)
    let padded = workload.title.padding(toLength: 36, withPad: " ", startingAt: 0)
    print(String(format: "  %@ %9.1f ms  CPython %8.1f ms  %5.2fx CPython", padded, ms, peerMs, peerMs / ms)
        + (run.shown == peer.shown ? "" : "  (values differ: \(run.shown) vs \(peer.shown))"))
}
