// The descent benchmark of the loss-surfaces issue: 1 000 gradient-descent runs x 500 steps
// on f(x, y) = x^4 - 3x^2 + x + y^2, starting on a 40 x 25 grid over [-2.5, 2.5]^2, with
// trajectories kept. The surface is a closure in a lesson block, so the time includes
// parsing, interpreting, recording the closure's tape, and the engine's descent. numpy does
// the same work, vectorised, in the same run, on one thread; so does JAX, compiled, when it
// is installed (descent_jax.py), keeping only the paths. Prints medians and ratios for
// two blocks: one that builds the starts with the `grid` builtin, and one that builds them
// in interpreted loops (1 000 appends).
import BenchSupport
import Build
import Engine
import Foundation
import Interpreter
import LessonsCore
import Library
import MarkdownParsing

func lesson(_ starts: String) -> Lesson {
    let text = """
    ---
    title: Descent benchmark
    ---
    ```swift experiment
    let f = { (x: Double, y: Double) in x*x*x*x - 3*x*x + x + y*y }
    \(starts)
    let runs = descend(f, fromEach: starts, learningRate: 0.01, steps: 500)
    runs[0].final.value
    ```
    """
    return LessonParser.parse(SourceFile(path: "bench.md", text: text), slug: "bench").lesson
}

let withGrid = lesson("let starts = grid(x: -2.5...2.5, y: -2.5...2.5, columns: 40, rows: 25)")
let withLoops = lesson("""
var starts: [(Double, Double)] = []
for y in linspace(-2.5, 2.5, count: 25) {
    for x in linspace(-2.5, 2.5, count: 40) {
        starts.append((x, y))
    }
}
""")

// As the `lessons` executable does.
ProcessTuning.keepFreedMemoryMapped()

let repeats = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 21 : 21
let registry = Library.registry()

/// The times of running the block `count` times, after one warm-up run, and the value it showed.
@MainActor func times(_ lesson: Lesson, _ count: Int) -> (ms: [Double], shown: String) {
    var times: [Double] = []
    var shown = ""
    for _ in 0..<(count + 1) {
        let start = ContinuousClock.now
        let run = LessonRunner(registry: registry).run(lesson)
        times.append(Peer.milliseconds(ContinuousClock.now - start))
        guard run.diagnostics.isEmpty, case .value(let value)? = run.blocks.last?.outputs.last else {
            FileHandle.standardError.write(Data("the benchmark block failed: \(run.diagnostics)\n".utf8))
            exit(1)
        }
        shown = value
    }
    return (Array(times.dropFirst()), shown)
}

// The engine alone on the same function, to show what the block's orchestration costs.
// The starts packed, as the block's `descend` hands them to the engine.
let starts = Grid.linspace(-2.5, 2.5, count: 25).flatMap { y in Grid.linspace(-2.5, 2.5, count: 40).flatMap { [$0, y] } }
let x = Formula.input(0), y = Formula.input(1)
let surface = (x * x * x * x - 3 * x * x + x + y * y).compile(inputCount: 2)
func engineTimes(_ count: Int) -> [Double] {
    (0..<(count + 1)).map { _ in
        let start = ContinuousClock.now
        _ = Descent.run(surface, fromPacked: starts, optimizer: .gradientDescent, settings: DescentSettings(learningRate: 0.01, steps: 500))
        return Peer.milliseconds(ContinuousClock.now - start)
    }.dropFirst().map { $0 }
}

// Rounds: ours, numpy's and JAX's runs in turn, three times. This host's noise comes in
// bursts of seconds, and one block of runs a side let a burst land on one side only.
let rounds = 3
let perRound = max(1, (repeats + rounds - 1) / rounds)
var (gridTimes, loopTimes, engine, numpyTimes, jaxTimes): ([Double], [Double], [Double], [Double], [Double]) = ([], [], [], [], [])
var shown = "", numpyShown = "", jaxShown: String?
for _ in 0..<rounds {
    let grid = times(withGrid, perRound)
    (gridTimes, shown) = (gridTimes + grid.ms, grid.shown)
    loopTimes += times(withLoops, perRound).ms
    engine += engineTimes(perRound)
    guard let numpyFields = Peer.run("descent_numpy.py", [String(perRound)]), numpyFields.count == 2,
          let numpy = Double(numpyFields[0]) else {
        FileHandle.standardError.write(Data("the numpy benchmark failed\n".utf8))
        exit(1)
    }
    numpyTimes.append(numpy)
    numpyShown = numpyFields[1]
    // JAX, when it is installed: compiled, keeping only the paths.
    if let fields = Peer.run("descent_jax.py", [String(perRound)]), fields.count == 2, let jax = Double(fields[0]) {
        jaxTimes.append(jax)
        jaxShown = fields[1]
    }
}
let (gridTime, loopTime, numpy) = (Peer.median(gridTimes), Peer.median(loopTimes), Peer.median(numpyTimes))
let jax = jaxTimes.isEmpty ? nil : Peer.median(jaxTimes)
print("descent, 1000 runs x 500 steps, trajectories kept (\(rounds) rounds of \(perRound) runs a side, in turn; medians):")
print(String(format: "  numpy, vectorised, one thread:          %7.3f ms", numpy))
if let jax {
    print(String(format: "  JAX, jit + vmap + lax.scan, paths only: %7.3f ms", jax))
} else {
    print("  JAX: not installed (pip install jax), not measured")
}
/// The ratios of a time against numpy's and JAX's: above 1 is faster than the peer.
func ratios(_ ms: Double) -> String {
    String(format: "%.1fx numpy", numpy / ms) + (jax.map { String(format: ", %.2fx JAX", $0 / ms) } ?? "")
}
let engineTime = Peer.median(engine)
print(String(format: "  lessons block, starts from grid(...):   %7.3f ms  (%@)", gridTime, ratios(gridTime)))
print(String(format: "  lessons block, starts from loops:       %7.3f ms  (%@)", loopTime, ratios(loopTime)))
print(String(format: "  the engine's descent alone:             %7.3f ms  (%@)", engineTime, ratios(engineTime)))
print("  final value of the first run: lessons \(shown), numpy \(numpyShown)" + (jaxShown.map { ", JAX \($0)" } ?? ""))
