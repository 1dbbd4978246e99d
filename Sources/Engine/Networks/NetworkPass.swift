/// The working memory of forward and backward passes over batches of up to `capacity`
/// examples: each layer's intermediate values, its gradient ∂L/∂(output), and its parameter
/// gradients. It is allocated once per training run for the network's shape and options,
/// so a step allocates nothing. A layer with no normalisation and no dropout uses exactly
/// the buffers of a plain dense layer: its extra stages are skipped, not run as identities.
final class NetworkPass {
    let widths: [Int]
    let capacity: Int
    /// activations[0] holds the inputs; activations[l] is layer l's output a_l, after any
    /// normalisation and dropout.
    private(set) var activations: [UnsafeMutablePointer<Float>] = []
    /// linear[l − 1] is layer l's x·W + b.
    private(set) var linear: [UnsafeMutablePointer<Float>] = []
    /// preActivations[l − 1] is the input of layer l's activation function: x·W + b, or its
    /// normalisation when that sits before the activation (then a buffer of its own).
    private(set) var preActivations: [UnsafeMutablePointer<Float>] = []
    /// activated[l − 1] is f(preActivation); the same buffer as activations[l] when
    /// nothing follows the activation.
    private(set) var activated: [UnsafeMutablePointer<Float>] = []
    /// normalizedOutputs[l − 1] is the normalisation of f's output when it sits after the
    /// activation, else the same buffer as activated; dropout reads it.
    private(set) var normalizedOutputs: [UnsafeMutablePointer<Float>] = []
    /// Per layer with batch normalization: x̂ and the batch's statistics.
    private(set) var normalized: [UnsafeMutablePointer<Float>?] = []
    private(set) var statistics: [BatchStatistics?] = []
    /// Per layer with dropout: 0 or 1/keep for each output of the batch.
    private(set) var dropoutMasks: [UnsafeMutablePointer<Float>?] = []
    /// Per layer with DropConnect: 0 or 1/keep for each weight, for each example.
    private(set) var connectionMasks: [UnsafeMutablePointer<Float>?] = []
    /// deltas[l − 1] holds ∂L/∂a_l, turned stage by stage into ∂L/∂(x·W + b).
    private(set) var deltas: [UnsafeMutablePointer<Float>] = []
    private(set) var weightGradients: [UnsafeMutablePointer<Float>] = []
    private(set) var biasGradients: [UnsafeMutablePointer<Float>] = []
    /// Per layer with batch normalization: ∂L/∂γ and ∂L/∂β.
    private(set) var scaleGradients: [UnsafeMutablePointer<Float>?] = []
    private(set) var shiftGradients: [UnsafeMutablePointer<Float>?] = []
    /// Whether the last forward pass used batch statistics and masks.
    private(set) var wasTraining = false
    private var allocations: [UnsafeMutablePointer<Float>] = []
    /// The layers by how many weights they have, most first: the order the norm pairs them in.
    private let largestWeightsFirst: [Int]
    /// Where the products pack their panels, allocated once.
    private var workspace: UnsafeMutablePointer<Float>!

    init(_ network: Network, capacity: Int) {
        widths = network.widths
        self.capacity = capacity
        largestWeightsFirst = network.layers.indices.sorted {
            network.layers[$0].weights.storage.count > network.layers[$1].weights.storage.count
        }
        activations = [allocate(capacity * widths[0])]
        workspace = allocate(MatrixProduct.workspaceCount)
        for layer in network.layers {
            let (n, m) = (layer.inputCount, layer.outputCount)
            let z = allocate(capacity * m)
            let before = layer.normalization?.placement == .beforeActivation
            let after = layer.normalization?.placement == .afterActivation
            linear.append(z)
            preActivations.append(before ? allocate(capacity * m) : z)
            let output = allocate(capacity * m)
            let normalizedOutput = after && layer.dropout > 0 ? allocate(capacity * m) : output
            let f = after || layer.dropout > 0 ? allocate(capacity * m) : output
            activated.append(f)
            normalizedOutputs.append(after ? normalizedOutput : f)
            activations.append(output)
            normalized.append(layer.normalization == nil ? nil : allocate(capacity * m))
            statistics.append(layer.normalization == nil ? nil
                : BatchStatistics(mean: allocate(m), variance: allocate(m), inverseDeviation: allocate(m)))
            dropoutMasks.append(layer.dropout > 0 ? allocate(capacity * m) : nil)
            connectionMasks.append(layer.dropConnect > 0 ? allocate(capacity * n * m) : nil)
            deltas.append(allocate(capacity * m))
            weightGradients.append(allocate(n * m))
            biasGradients.append(allocate(m))
            scaleGradients.append(layer.normalization == nil ? nil : allocate(m))
            shiftGradients.append(layer.normalization == nil ? nil : allocate(m))
        }
    }

    // Left uninitialised: every buffer is written before it is read, and zeroing a deep
    // network's buffers cost more than a tenth of a probe.
    private func allocate(_ count: Int) -> UnsafeMutablePointer<Float> {
        let pointer = UnsafeMutablePointer<Float>.allocate(capacity: max(count, 1))
        allocations.append(pointer)
        return pointer
    }

    deinit {
        for pointer in allocations { pointer.deallocate() }
    }

    /// Runs `rows` examples (row-major, widths[0] each) through the network as inference
    /// does: running statistics, no masks. The same input always gives the same output.
    func forward(_ network: Network, _ inputs: UnsafePointer<Float>, rows: Int) {
        run(network, inputs, rows: rows, random: nil)
    }

    func forward(_ network: Network, _ inputs: [Float], rows: Int) {
        inputs.withUnsafeBufferPointer { forward(network, $0.baseAddress!, rows: rows) }
    }

    /// Runs a training batch: batch statistics, and dropout and DropConnect masks drawn from `random`.
    func forwardTraining(_ network: Network, _ inputs: UnsafePointer<Float>, rows: Int, random: inout RandomSource) {
        withUnsafeMutablePointer(to: &random) { run(network, inputs, rows: rows, random: $0) }
    }

    /// As inference runs the batch, or with a seed as a training batch runs it: what probes use.
    func forward(_ network: Network, _ inputs: UnsafePointer<Float>, rows: Int, trainingSeed: UInt64?) {
        guard let seed = trainingSeed else { return forward(network, inputs, rows: rows) }
        var random = RandomSource(seed: seed)
        forwardTraining(network, inputs, rows: rows, random: &random)
    }

    private func run(_ network: Network, _ inputs: UnsafePointer<Float>, rows: Int, random: UnsafeMutablePointer<RandomSource>?) {
        wasTraining = random != nil
        activations[0].update(from: inputs, count: rows * widths[0])
        for (index, layer) in network.layers.enumerated() {
            let m = layer.outputCount
            if let random, let masks = connectionMasks[index] {
                connectedForward(layer, index, rows: rows, masks: masks, random: random)
            } else {
                denseForward(layer, index, rows: rows)
            }
            if let normalization = layer.normalization, normalization.placement == .beforeActivation {
                normalize(normalization, index, linear[index], rows: rows, into: preActivations[index], training: random != nil)
            }
            layer.activation.forward(rows * m, preActivations[index], into: activated[index])
            if let normalization = layer.normalization, normalization.placement == .afterActivation {
                normalize(normalization, index, activated[index], rows: rows, into: normalizedOutputs[index], training: random != nil)
            }
            let beforeDropout = normalizedOutputs[index], output = activations[index + 1]
            if let random, let mask = dropoutMasks[index] {
                DropMask.fill(mask, count: rows * m, dropping: layer.dropout, random: &random.pointee)
                for k in 0..<rows * m { output[k] = beforeDropout[k] * mask[k] }
            } else if beforeDropout != output {
                output.update(from: beforeDropout, count: rows * m)
            }
        }
    }

    private func denseForward(_ layer: DenseLayer, _ index: Int, rows: Int) {
        let (n, m, z) = (layer.inputCount, layer.outputCount, linear[index])
        layer.weights.storage.withUnsafeBufferPointer { w in
            layer.biases.withUnsafeBufferPointer { b in
                MatrixProduct.multiply(.rows(activations[index], columns: n), .rows(w.baseAddress!, columns: m), into: z,
                                       m: rows, k: n, n: m, adding: layer.hasBias ? b.baseAddress : nil, workspace: workspace)
            }
        }
    }

    /// z_i = a_i (W ⊙ M_i) + b with a fresh mask M_i for each example: no matrix product
    /// serves a different matrix per row, so it is the textbook loop.
    private func connectedForward(
        _ layer: DenseLayer, _ index: Int, rows: Int, masks: UnsafeMutablePointer<Float>, random: UnsafeMutablePointer<RandomSource>
    ) {
        let (n, m, z, a) = (layer.inputCount, layer.outputCount, linear[index], activations[index])
        DropMask.fill(masks, count: rows * n * m, dropping: layer.dropConnect, random: &random.pointee)
        layer.weights.storage.withUnsafeBufferPointer { w in
            layer.biases.withUnsafeBufferPointer { biases in
                for i in 0..<rows {
                    let (row, mask) = (z + i * m, masks + i * n * m)
                    // Sixteen outputs at a time, each its sum over k in order.
                    FloatLanes.blocks(of: m) { j, width in
                        var sum = layer.hasBias ? FloatLanes.load(biases.baseAddress! + j, width: width) : FloatLanes.Vector()
                        for k in 0..<n {
                            sum += a[i * n + k] * FloatLanes.load(w.baseAddress! + k * m + j, width: width)
                                * FloatLanes.load(mask + k * m + j, width: width)
                        }
                        FloatLanes.store(sum, row + j, width: width)
                    }
                }
            }
        }
    }

    private func normalize(
        _ normalization: BatchNormalization, _ index: Int, _ x: UnsafePointer<Float>, rows: Int,
        into y: UnsafeMutablePointer<Float>, training: Bool
    ) {
        if training, let normalized = normalized[index], let statistics = statistics[index] {
            normalization.normalizeBatch(x, rows: rows, into: y, normalized: normalized, statistics: statistics)
        } else {
            normalization.normalizeWithRunningStatistics(x, rows: rows, into: y)
        }
    }

    /// Moves each normalised layer's running statistics toward the last training batch's.
    func updateRunningStatistics(_ network: inout Network, rows: Int) {
        for index in network.layers.indices {
            guard let statistics = statistics[index] else { continue }
            network.layers[index].normalization?.updateRunningStatistics(statistics, rows: rows)
        }
    }

    /// The output layer's gradient, written by the loss into `deltas.last`.
    var outputGradient: UnsafeMutablePointer<Float> { deltas[deltas.count - 1] }

    /// Backpropagates from `outputGradient`, which holds ∂L/∂z of the output layer when
    /// `outputIsPreActivation`, else ∂L/∂a, through the stages the last forward pass ran.
    /// Fills every δ, γ and β gradient, and with `weightGradients` every weight and bias
    /// gradient; without, those are left as they were (a probe reads only the δs, and the
    /// weight gradients were a third of its products).
    func backward(_ network: Network, rows: Int, outputIsPreActivation: Bool, weightGradients: Bool = true) {
        for index in network.layers.indices.reversed() {
            let layer = network.layers[index]
            if !(outputIsPreActivation && index == network.layers.count - 1) {
                backwardThroughStages(layer, index, rows: rows)
            }
            backwardThroughWeights(layer, index, rows: rows, weightGradients: weightGradients)
        }
    }

    /// Turns ∂L/∂(layer output) into ∂L/∂(x·W + b), in place.
    private func backwardThroughStages(_ layer: DenseLayer, _ index: Int, rows: Int) {
        let (m, delta) = (layer.outputCount, deltas[index])
        if wasTraining, let mask = dropoutMasks[index] {
            for k in 0..<rows * m { delta[k] *= mask[k] }
        }
        if let normalization = layer.normalization, normalization.placement == .afterActivation {
            normalizationBackward(normalization, index, rows: rows)
        }
        layer.activation.backward(rows * m, z: preActivations[index], a: activated[index], gradient: delta)
        if let normalization = layer.normalization, normalization.placement == .beforeActivation {
            normalizationBackward(normalization, index, rows: rows)
        }
    }

    private func normalizationBackward(_ normalization: BatchNormalization, _ index: Int, rows: Int) {
        let delta = deltas[index]
        guard let scaleGradient = scaleGradients[index], let shiftGradient = shiftGradients[index],
              let normalized = normalized[index], let statistics = statistics[index] else { return }
        if wasTraining {
            normalization.backward(delta, normalized: normalized, rows: rows, statistics: statistics,
                                   scaleGradient: scaleGradient, shiftGradient: shiftGradient)
            return
        }
        // Inference's normalisation is an affine map of each unit: ∂y/∂x = γ / √(running variance + ε).
        let m = normalization.units
        for j in 0..<m {
            scaleGradient[j] = 0
            shiftGradient[j] = 0
        }
        for i in 0..<rows {
            for j in 0..<m {
                delta[i * m + j] *= normalization.scale[j] / (normalization.runningVariance[j] + BatchNormalization.epsilon).squareRoot()
            }
        }
    }

    /// ∂L/∂W, ∂L/∂b, and ∂L/∂a of the layer below, from ∂L/∂(x·W + b).
    private func backwardThroughWeights(_ layer: DenseLayer, _ index: Int, rows: Int, weightGradients wanted: Bool) {
        let (n, m, delta) = (layer.inputCount, layer.outputCount, deltas[index])
        if wasTraining, let masks = connectionMasks[index] {
            connectedBackward(layer, index, rows: rows, masks: masks)
        } else {
            // ∂L/∂W = a_{l−1}ᵀ δ_l.
            if wanted {
                MatrixProduct.multiply(.transposed(activations[index], storedColumns: n), .rows(delta, columns: m),
                                       into: weightGradients[index], m: n, k: rows, n: m, workspace: workspace)
            }
            // ∂L/∂a_{l−1} = δ_l Wᵀ.
            if index > 0 {
                layer.weights.storage.withUnsafeBufferPointer { w in
                    MatrixProduct.multiply(.rows(delta, columns: m), .transposed(w.baseAddress!, storedColumns: m),
                                           into: deltas[index - 1], m: rows, k: m, n: n, workspace: workspace)
                }
            }
        }
        guard wanted else { return }
        // ∂L/∂b = Σ over the batch of δ_l, in row order; 0 for a layer without biases.
        if layer.hasBias {
            FloatLanes.columnSums(rows: rows, columns: m, delta, into: biasGradients[index])
        } else {
            biasGradients[index].update(repeating: 0, count: m)
        }
    }

    /// ∂L/∂W = Σ_i (a_i ⊗ δ_i) ⊙ M_i and ∂L/∂a_i = (W ⊙ M_i) δ_i, for the masks of the last pass.
    private func connectedBackward(_ layer: DenseLayer, _ index: Int, rows: Int, masks: UnsafeMutablePointer<Float>) {
        let (n, m, delta, a) = (layer.inputCount, layer.outputCount, deltas[index], activations[index])
        let gradient = weightGradients[index]
        gradient.update(repeating: 0, count: n * m)
        layer.weights.storage.withUnsafeBufferPointer { w in
            for i in 0..<rows {
                let (d, mask) = (delta + i * m, masks + i * n * m)
                for k in 0..<n {
                    let x = a[i * n + k]
                    FloatLanes.blocks(of: m) { j, width in
                        let at = k * m + j
                        let term = x * FloatLanes.load(d + j, width: width) * FloatLanes.load(mask + at, width: width)
                        FloatLanes.store(FloatLanes.load(gradient + at, width: width) + term, gradient + at, width: width)
                    }
                }
                if index > 0 { Self.maskedSums(w.baseAddress!, mask, d, n: n, m: m, into: deltas[index - 1] + i * n) }
            }
        }
    }

    /// below[k] = Σⱼ W[k, j] · M[k, j] · δ[j], each sum in order over j. Each is one chain of
    /// adds that waits an add's latency per term; four side by side take the time of one.
    private static func maskedSums(
        _ w: UnsafePointer<Float>, _ mask: UnsafePointer<Float>, _ d: UnsafePointer<Float>, n: Int, m: Int,
        into below: UnsafeMutablePointer<Float>
    ) {
        func term(_ k: Int, _ j: Int) -> Float { w[k * m + j] * mask[k * m + j] * d[j] }
        var k = 0
        while k + 4 <= n {
            var (s0, s1, s2, s3): (Float, Float, Float, Float) = (0, 0, 0, 0)
            for j in 0..<m {
                s0 += term(k, j)
                s1 += term(k + 1, j)
                s2 += term(k + 2, j)
                s3 += term(k + 3, j)
            }
            (below[k], below[k + 1], below[k + 2], below[k + 3]) = (s0, s1, s2, s3)
            k += 4
        }
        while k < n {
            var sum: Float = 0
            for j in 0..<m { sum += term(k, j) }
            below[k] = sum
            k += 1
        }
    }

    /// The squared norm of every parameter gradient, summed in layer order. The weight
    /// gradients' sums, most of the work, are taken two at a time, the largest together (see
    /// `FloatLanes.squaredSums`); each has the bits it has alone.
    func squaredGradientNorm() -> Double {
        let layers = widths.count - 1
        return withUnsafeTemporaryAllocation(of: Float.self, capacity: layers) { weightSums in
            func count(_ layer: Int) -> Int { widths[layer] * widths[layer + 1] }
            var k = 0
            while k + 1 < layers {
                let (a, b) = (largestWeightsFirst[k], largestWeightsFirst[k + 1])
                (weightSums[a], weightSums[b]) = FloatLanes.squaredSums(count(a), weightGradients[a], count(b), weightGradients[b])
                k += 2
            }
            if k < layers {
                let last = largestWeightsFirst[k]
                weightSums[last] = FloatLanes.squaredDeviation(count(last), weightGradients[last])
            }
            var total = 0.0
            for index in 0..<layers {
                total += Double(weightSums[index])
                total += Double(FloatLanes.squaredDeviation(widths[index + 1], biasGradients[index]))
                if let scale = scaleGradients[index], let shift = shiftGradients[index] {
                    total += Double(FloatLanes.squaredDeviation(widths[index + 1], scale))
                        + Double(FloatLanes.squaredDeviation(widths[index + 1], shift))
                }
            }
            return total
        }
    }

    /// Multiplies every parameter gradient by `factor` (gradient-norm clipping).
    func scaleGradients(by factor: Float) {
        for index in 1..<widths.count {
            for k in 0..<(widths[index - 1] * widths[index]) { weightGradients[index - 1][k] *= factor }
            for k in 0..<widths[index] { biasGradients[index - 1][k] *= factor }
            if let scale = scaleGradients[index - 1], let shift = shiftGradients[index - 1] {
                for k in 0..<widths[index] {
                    scale[k] *= factor
                    shift[k] *= factor
                }
            }
        }
    }
}

extension Network {
    /// How many numbers a forward and backward pass over `rows` examples allocates, for a
    /// caller that must refuse a pass too large before making it: the inputs, and per unit
    /// and example each stage's values, the masks and the gradient, and a DropConnect
    /// layer's mask per example.
    public func passElements(rows: Int) -> Int {
        rows * layers.reduce(widths[0]) { total, layer in
            let after = layer.normalization?.placement == .afterActivation
            let perUnit = 3 + (layer.normalization == nil ? 0 : 2) + (after || layer.dropout > 0 ? 1 : 0)
                + (after && layer.dropout > 0 ? 1 : 0) + (layer.dropout > 0 ? 1 : 0)
            return total + perUnit * layer.outputCount + (layer.dropConnect > 0 ? layer.weights.storage.count : 0)
        }
    }
}
