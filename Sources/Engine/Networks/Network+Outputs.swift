#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The values a layer passes from stage to stage, which probes can look at.
public enum LayerSignal: String, Sendable, Hashable, CaseIterable {
    /// x·W + b, before any normalisation.
    case linear
    /// The activation function's input: x·W + b, or its normalisation when that comes first.
    case preActivation
    /// The activation function's output.
    case activation
    /// What the layer passes on: after a normalisation placed after the activation, and
    /// after dropout in a training pass.
    case output
}

extension Network {
    /// Every layer's activations for a batch (one example per row), the first hidden layer
    /// first and the outputs last, as inference computes them.
    public func activations(_ inputs: Matrix) -> [Matrix] {
        signals(inputs, .output)
    }

    /// One signal of every layer for a batch. With a training seed the batch runs as a
    /// training batch does: normalised with its own statistics, with dropout masks drawn
    /// from the seed. Without, it runs as inference does.
    public func signals(_ inputs: Matrix, _ signal: LayerSignal, trainingSeed: UInt64? = nil) -> [Matrix] {
        let pass = NetworkPass(self, capacity: inputs.rows)
        inputs.storage.withUnsafeBufferPointer { pass.forward(self, $0.baseAddress!, rows: inputs.rows, trainingSeed: trainingSeed) }
        return layers.indices.map { index in
            let buffer = switch signal {
            case .linear: pass.linear[index]
            case .preActivation: pass.preActivations[index]
            case .activation: pass.activated[index]
            case .output: pass.activations[index + 1]
            }
            return Matrix(rows: inputs.rows, columns: widths[index + 1],
                          storage: Array(UnsafeBufferPointer(start: buffer, count: inputs.rows * widths[index + 1])))
        }
    }

    /// The output layer's activations for a batch.
    public func outputs(_ inputs: Matrix) -> Matrix {
        activations(inputs).last!
    }

    /// For each example, a probability per class. One output is the probability of class 1
    /// (a sigmoid's); linear outputs are logits, turned into probabilities by softmax; any
    /// other outputs are clipped to [0, 1] and normalised. The most probable class is always
    /// the one `accuracy` counts as the network's answer.
    public func classProbabilities(_ inputs: Matrix) -> [[Double]] {
        let outputs = outputs(inputs)
        let logits = layers.last!.activation == .linear
        return (0..<outputs.rows).map { i in
            let row = outputs.row(i).map(Double.init)
            if row.count == 1 { return [1 - min(max(row[0], 0), 1), min(max(row[0], 0), 1)] }
            if logits { return Softmax.probabilities(row) }
            let clipped = row.map { min(max($0, 0), 1) }
            let sum = clipped.reduce(0, +)
            return sum > 0 ? clipped.map { $0 / sum } : Array(repeating: 1 / Double(row.count), count: row.count)
        }
    }
}
