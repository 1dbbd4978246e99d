/// The working memory of forward and backward passes over batches of up to `capacity`
/// examples: every layer's pre-activations z, activations a, gradients δ = ∂L/∂z, and
/// parameter gradients. It is allocated once per training run, so a step allocates nothing.
final class NetworkPass {
    let widths: [Int]
    let capacity: Int
    /// activations[0] holds the inputs; activations[l] is layer l's output a_l.
    private(set) var activations: [UnsafeMutablePointer<Float>]
    /// preActivations[l − 1] is layer l's z_l.
    private(set) var preActivations: [UnsafeMutablePointer<Float>]
    /// deltas[l − 1] holds ∂L/∂a_l, and then ∂L/∂z_l once the layer's activation is undone.
    private(set) var deltas: [UnsafeMutablePointer<Float>]
    private(set) var weightGradients: [UnsafeMutablePointer<Float>]
    private(set) var biasGradients: [UnsafeMutablePointer<Float>]
    private var allocations: [UnsafeMutablePointer<Float>] = []

    init(widths: [Int], capacity: Int) {
        self.widths = widths
        self.capacity = capacity
        let layers = 1..<widths.count
        // Left uninitialised: every buffer is written before it is read, and zeroing a deep
        // network's buffers cost more than a tenth of a probe.
        func allocate(_ count: Int) -> UnsafeMutablePointer<Float> {
            UnsafeMutablePointer<Float>.allocate(capacity: max(count, 1))
        }
        activations = widths.map { allocate(capacity * $0) }
        preActivations = layers.map { allocate(capacity * widths[$0]) }
        deltas = layers.map { allocate(capacity * widths[$0]) }
        weightGradients = layers.map { allocate(widths[$0 - 1] * widths[$0]) }
        biasGradients = layers.map { allocate(widths[$0]) }
        allocations = activations + preActivations + deltas + weightGradients + biasGradients
    }

    deinit {
        for pointer in allocations { pointer.deallocate() }
    }

    /// Runs `rows` examples (row-major, widths[0] each) through the network.
    func forward(_ network: Network, _ inputs: UnsafePointer<Float>, rows: Int) {
        activations[0].update(from: inputs, count: rows * widths[0])
        for (index, layer) in network.layers.enumerated() {
            let (n, m) = (layer.inputCount, layer.outputCount)
            let z = preActivations[index]
            layer.weights.storage.withUnsafeBufferPointer { w in
                MatrixProduct.multiply(activations[index], w.baseAddress!, into: z, m: rows, k: n, n: m)
            }
            layer.biases.withUnsafeBufferPointer { b in
                for i in 0..<rows { FloatLanes.add(m, b.baseAddress!, into: z + i * m) }
            }
            layer.activation.forward(rows * m, z, into: activations[index + 1])
        }
    }

    func forward(_ network: Network, _ inputs: [Float], rows: Int) {
        inputs.withUnsafeBufferPointer { forward(network, $0.baseAddress!, rows: rows) }
    }

    /// The output layer's gradient, written by the loss into `deltas.last`.
    var outputGradient: UnsafeMutablePointer<Float> { deltas[deltas.count - 1] }

    /// Backpropagates from `outputGradient`, which holds ∂L/∂z of the output layer when
    /// `outputIsPreActivation`, else ∂L/∂a. Fills every weight and bias gradient.
    func backward(_ network: Network, rows: Int, outputIsPreActivation: Bool) {
        for index in network.layers.indices.reversed() {
            let layer = network.layers[index]
            let (n, m) = (layer.inputCount, layer.outputCount)
            let delta = deltas[index]
            if !(outputIsPreActivation && index == network.layers.count - 1) {
                layer.activation.backward(rows * m, z: preActivations[index], a: activations[index + 1], gradient: delta)
            }
            // ∂L/∂W = a_{l−1}ᵀ δ_l.
            MatrixProduct.multiply(.transposed(activations[index], storedColumns: n), .rows(delta, columns: m),
                                   into: weightGradients[index], m: n, k: rows, n: m)
            // ∂L/∂b = Σ over the batch of δ_l, in row order.
            let biasGradient = biasGradients[index]
            biasGradient.update(repeating: 0, count: m)
            for i in 0..<rows { FloatLanes.add(m, delta + i * m, into: biasGradient) }
            // ∂L/∂a_{l−1} = δ_l Wᵀ.
            guard index > 0 else { continue }
            layer.weights.storage.withUnsafeBufferPointer { w in
                MatrixProduct.multiply(.rows(delta, columns: m), .transposed(w.baseAddress!, storedColumns: m),
                                       into: deltas[index - 1], m: rows, k: m, n: n)
            }
        }
    }

    /// The squared norm of every parameter gradient, summed in layer order.
    func squaredGradientNorm() -> Double {
        var total = 0.0
        for index in 1..<widths.count {
            total += Double(FloatLanes.squaredDeviation(widths[index - 1] * widths[index], weightGradients[index - 1]))
            total += Double(FloatLanes.squaredDeviation(widths[index], biasGradients[index - 1]))
        }
        return total
    }

    /// Multiplies every parameter gradient by `factor` (gradient-norm clipping).
    func scaleGradients(by factor: Float) {
        for index in 1..<widths.count {
            for k in 0..<(widths[index - 1] * widths[index]) { weightGradients[index - 1][k] *= factor }
            for k in 0..<widths[index] { biasGradients[index - 1][k] *= factor }
        }
    }
}
