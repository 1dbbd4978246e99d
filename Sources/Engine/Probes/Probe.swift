/// Looks inside a network: activation statistics and per-example gradient norms per layer,
/// and how alike the units of each layer are.
public enum Probe {
    /// One forward and backward pass over the whole dataset, measured layer by layer.
    /// Nil when the data does not fit the network.
    public static func layers(_ network: Network, on data: Dataset, loss: Loss) -> [LayerStatistics]? {
        guard let targets = data.targetMatrix(outputs: network.widths.last!), data.count > 0 else { return nil }
        let rows = data.count
        let pass = NetworkPass(widths: network.widths, capacity: rows)
        pass.forward(network, data.inputs.storage, rows: rows)
        _ = targets.storage.withUnsafeBufferPointer { Trainer.evaluate(loss, pass, targets: $0.baseAddress!, rows: rows) }
        pass.backward(network, rows: rows, outputIsPreActivation: loss.requiredOutput != nil)
        return network.layers.indices.map { index in
            statistics(of: network.layers[index], index: index, pass: pass, rows: rows)
        }
    }

    private static func statistics(of layer: DenseLayer, index: Int, pass: NetworkPass, rows: Int) -> LayerStatistics {
        let (n, m) = (layer.inputCount, layer.outputCount)
        let a = pass.activations[index + 1], z = pass.preActivations[index]
        let inputs = pass.activations[index], delta = pass.deltas[index]
        let count = Double(rows * m)
        let mean = (0..<rows * m).reduce(0.0) { $0 + Double(a[$1]) } / count
        // Two passes: the mean first, so the variance suffers no cancellation.
        let variance = (0..<rows * m).reduce(0.0) { $0 + (Double(a[$1]) - mean) * (Double(a[$1]) - mean) } / count
        let peak = layer.activation == .sigmoid ? 0.25 : 1
        let saturates = layer.activation == .sigmoid || layer.activation == .tanh
        let saturated = saturates ? (0..<rows * m).filter { layer.activation.derivative(Double(z[$0])) < 0.01 * peak }.count : 0
        let dead = (0..<m).filter { j in (0..<rows).allSatisfy { a[$0 * m + j] == 0 } }.count
        // Example i's weight gradient is the outer product a_{l−1,i} ⊗ δ_{l,i}, whose norm
        // is ‖a_{l−1,i}‖ · ‖δ_{l,i}‖. The pass's δ carries the batch mean's 1/rows.
        var gradientNorms = 0.0
        for i in 0..<rows {
            var (inputSquares, deltaSquares) = (0.0, 0.0)
            for p in 0..<n { inputSquares += Double(inputs[i * n + p]) * Double(inputs[i * n + p]) }
            for j in 0..<m { deltaSquares += Double(delta[i * m + j]) * Double(delta[i * m + j]) }
            gradientNorms += (inputSquares * deltaSquares).squareRoot() * Double(rows)
        }
        return LayerStatistics(
            mean: mean, standardDeviation: variance.squareRoot(),
            saturated: Double(saturated) / count, dead: Double(dead) / Double(m), gradientNorm: gradientNorms / Double(rows))
    }

    /// For each hidden layer, the largest difference between two of its units: over every
    /// incoming weight, the bias and every outgoing weight, the largest spread between units.
    /// Exactly 0 means the units are copies of each other and will stay so.
    public static func unitSymmetry(_ network: Network) -> [Double] {
        network.layers.indices.dropLast().map { index in
            let layer = network.layers[index], next = network.layers[index + 1]
            var coordinates: [[Float]] = (0..<layer.inputCount).map { layer.weights.row($0) }
            coordinates.append(layer.biases)
            coordinates += (0..<next.outputCount).map { next.weights.column($0) }
            return coordinates.map { values in Double((values.max() ?? 0) - (values.min() ?? 0)) }.max() ?? 0
        }
    }
}
