// The network benchmarks of the networks issue, against numpy in the same run (see
// networks_numpy.py for the exact workloads; both sides do the same arithmetic in float32
// on one thread):
//   spirals: 1 000 points, MLP 2-64-64-64-2, tanh, softmax cross-entropy, Glorot uniform,
//            SGD 0.1, batch 32, 100 epochs;
//   init:    30 ReLU layers of width 256, a batch of 1 024, one forward and backward pass
//            with per-layer statistics.
// Prints medians and ratios (numpy's time over ours: above 1 means we are faster).
import BenchSupport
import Engine
import Foundation

let repeats = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 11 : 11

/// The times of `work` over `count` runs, after one warm-up run.
func times(_ count: Int, _ work: () -> Void) -> [Double] {
    work()
    return (0..<count).map { _ in
        let start = ContinuousClock.now
        work()
        return Peer.milliseconds(ContinuousClock.now - start)
    }
}

let spirals = DatasetGenerator.spirals(count: 1000, noise: 0.02, seed: 1).standardized()
let mlp = Network(widths: [2, 64, 64, 64, 2], activation: .tanh, initializer: .glorotUniform, seed: 4)
let settings = TrainingSettings(loss: .softmaxCrossEntropy, epochs: 100, batchSize: 32, learningRate: 0.1, seed: 4)
var finalLoss = 0.0
// `bench-networks N init` or `… spirals` runs one workload alone and skips numpy, for profiling.
let only = CommandLine.arguments.count > 2 ? CommandLine.arguments[2] : nil
@MainActor func trainSpirals() {
    finalLoss = Trainer.train(mlp, on: spirals, settings: settings).history.updateLoss.last ?? .nan
}

var random = RandomSource(seed: 2)
let batch = Matrix(rows: 1024, columns: 256, storage: (0..<1024 * 256).map { _ in Float(random.normal()) })
let study = Dataset(inputs: batch, targets: .values(Matrix(rows: 1024, columns: 256)))
let deep = Network(widths: Array(repeating: 256, count: 31), activation: .relu, output: .relu, initializer: .heNormal, seed: 3)
@MainActor func probeInit() { _ = Probe.layers(deep, on: study, loss: .meanSquaredError) }

if only == "matmul" {
    for (m, k, n) in [(256, 256, 256), (1024, 256, 256), (256, 1024, 256)] {
        let a = Matrix(rows: m, columns: k, repeating: 0.5), b = Matrix(rows: k, columns: n, repeating: 0.25)
        let ms = Peer.median(times(repeats) { _ = a.multiplied(by: b) })
        print(String(format: "%d x %d x %d: %.1f GFLOP/s", m, k, n, 2 * Double(m * k * n) / ms / 1e6))
    }
    exit(0)
}
if only != nil {
    let spiralsTime = only == "init" ? 0 : Peer.median(times(repeats, trainSpirals))
    let initTime = only == "spirals" ? 0 : Peer.median(times(repeats, probeInit))
    print(String(format: "spirals %.2f ms, init %.2f ms", spiralsTime, initTime))
    exit(0)
}

// Rounds: ours, numpy's and JAX's runs in turn, three times. This host's noise comes in
// bursts of seconds, and one block of runs a side let a burst land on one side only (the
// ratio against JAX moved from 0.9 to 1.7 between two runs of the benchmark).
let rounds = 3
let perRound = max(3, (repeats + rounds - 1) / rounds)
var (spiralsTimes, initTimes): ([Double], [Double]) = ([], [])
var (numpySpirals, numpyInit, jaxSpirals): ([Double], [Double], [Double]) = ([], [], [])
var (numpyLoss, jaxLoss): (Double?, Double?) = (nil, nil)
for _ in 0..<rounds {
    spiralsTimes += times(perRound, trainSpirals)
    initTimes += times(perRound, probeInit)
    guard let fields = Peer.run("networks_numpy.py", [String(perRound)])?.compactMap(Double.init), fields.count == 3 else {
        FileHandle.standardError.write(Data("the numpy benchmark failed\n".utf8))
        exit(1)
    }
    numpySpirals.append(fields[0])
    numpyInit.append(fields[1])
    numpyLoss = fields[2]
    // JAX, when it is installed: the spirals run compiled, one lax.scan over the epochs.
    if let jax = Peer.run("networks_jax.py", [String(perRound)])?.compactMap(Double.init), jax.count == 2 {
        jaxSpirals.append(jax[0])
        jaxLoss = jax[1]
    }
}
let (spiralsTime, initTime) = (Peer.median(spiralsTimes), Peer.median(initTimes))
print("networks, one thread, float32 (\(rounds) rounds of \(perRound) runs a side, in turn; medians):")
let numpyTime = Peer.median(numpySpirals)
print(String(format: "  spirals MLP, 100 epochs: numpy %8.2f ms, lessons %8.2f ms  (%.2fx numpy's speed)", numpyTime, spiralsTime, numpyTime / spiralsTime))
if jaxSpirals.isEmpty {
    print("  spirals MLP, JAX: not installed (pip install jax), not measured")
} else {
    let jaxTime = Peer.median(jaxSpirals)
    print(String(format: "  spirals MLP, 100 epochs: JAX   %8.2f ms, lessons %8.2f ms  (%.2fx JAX's speed)", jaxTime, spiralsTime, jaxTime / spiralsTime))
}
let numpyInitTime = Peer.median(numpyInit)
print(String(format: "  init study, 30 x 256:    numpy %8.2f ms, lessons %8.2f ms  (%.2fx)", numpyInitTime, initTime, numpyInitTime / initTime))
print(String(format: "  final batch loss of the spirals run: lessons %.6f, numpy %.6f", finalLoss, numpyLoss ?? .nan)
    + (jaxLoss.map { String(format: ", JAX %.6f", $0) } ?? "")
    + " (the sides draw different random numbers)")
