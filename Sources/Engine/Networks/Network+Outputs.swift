#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Network {
    /// Every layer's activations for a batch (one example per row), the first hidden layer
    /// first and the outputs last.
    public func activations(_ inputs: Matrix) -> [Matrix] {
        let pass = NetworkPass(self, capacity: inputs.rows)
        pass.forward(self, inputs.storage, rows: inputs.rows)
        return widths.indices.dropFirst().map { l in
            Matrix(rows: inputs.rows, columns: widths[l],
                   storage: Array(UnsafeBufferPointer(start: pass.activations[l], count: inputs.rows * widths[l])))
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
            if logits {
                let largest = row.max()!
                let exponentials = row.map { exp($0 - largest) }
                let sum = exponentials.reduce(0, +)
                return exponentials.map { $0 / sum }
            }
            let clipped = row.map { min(max($0, 0), 1) }
            let sum = clipped.reduce(0, +)
            return sum > 0 ? clipped.map { $0 / sum } : Array(repeating: 1 / Double(row.count), count: row.count)
        }
    }
}
