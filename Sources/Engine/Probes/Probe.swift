/// Looks inside a network: activation statistics and per-example gradient norms per layer,
/// and how alike the units of each layer are.
public enum Probe {
    /// One forward and backward pass over the whole dataset as one batch, measured layer by
    /// layer: as inference runs, or with a training seed as a training batch runs (batch
    /// statistics, dropout masks from the seed). Nil when the data does not fit the network.
    public static func layers(_ network: Network, on data: Dataset, loss: Loss, trainingSeed: UInt64? = nil) -> [LayerStatistics]? {
        guard let targets = data.targetMatrix(outputs: network.widths.last!), data.count > 0 else { return nil }
        let rows = data.count
        let pass = NetworkPass(network, capacity: rows)
        data.inputs.storage.withUnsafeBufferPointer { pass.forward(network, $0.baseAddress!, rows: rows, trainingSeed: trainingSeed) }
        _ = targets.storage.withUnsafeBufferPointer { Trainer.evaluate(loss, pass, targets: $0.baseAddress!, rows: rows) }
        pass.backward(network, rows: rows, outputIsPreActivation: loss.requiredOutput != nil, weightGradients: false)
        return network.layers.indices.map { index in
            statistics(of: network.layers[index], index: index, pass: pass, rows: rows)
        }
    }

    private static func statistics(of layer: DenseLayer, index: Int, pass: NetworkPass, rows: Int) -> LayerStatistics {
        let (n, m) = (layer.inputCount, layer.outputCount)
        let a = pass.activations[index + 1], z = pass.preActivations[index]
        let inputs = pass.activations[index], delta = pass.deltas[index]
        // Each row is summed in Float (256 terms at most in the lessons), the rows in Double.
        let count = Double(rows * m)
        let mean = (0..<rows).reduce(0.0) { $0 + Double(FloatLanes.sum(m, a + $1 * m)) } / count
        // Two passes: the mean first, so the variance suffers no cancellation.
        let variance = (0..<rows).reduce(0.0) { $0 + Double(FloatLanes.squaredDeviation(m, a + $1 * m, from: Float(mean))) } / count
        let saturated = saturatedCount(layer.activation, z, rows * m)
        var activity = [Float](repeating: 0, count: m)
        activity.withUnsafeMutableBufferPointer { activity in
            for i in 0..<rows { FloatLanes.addMagnitudes(m, a + i * m, into: activity.baseAddress!) }
        }
        // Example i's weight gradient is the outer product a_{l−1,i} ⊗ δ_{l,i}, whose norm
        // is ‖a_{l−1,i}‖ · ‖δ_{l,i}‖. The pass's δ carries the batch mean's 1/rows.
        let gradientNorms = (0..<rows).reduce(0.0) { total, i in
            let product = Double(FloatLanes.squaredDeviation(n, inputs + i * n)) * Double(FloatLanes.squaredDeviation(m, delta + i * m))
            return total + product.squareRoot() * Double(rows)
        }
        return LayerStatistics(
            mean: mean, standardDeviation: variance.squareRoot(), saturated: Double(saturated) / count,
            dead: Double(activity.filter { $0 == 0 }.count) / Double(m), gradientNorm: gradientNorms / Double(rows))
    }

    /// How many pre-activations sit where sigmoid's or tanh's derivative is below 1% of its
    /// peak; the other activations do not saturate.
    private static func saturatedCount(_ activation: Activation, _ z: UnsafePointer<Float>, _ count: Int) -> Int {
        let peak: Double
        switch activation {
        case .sigmoid: peak = 0.25
        case .tanh: peak = 1
        default: return 0
        }
        return (0..<count).filter { activation.derivative(Double(z[$0])) < 0.01 * peak }.count
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
