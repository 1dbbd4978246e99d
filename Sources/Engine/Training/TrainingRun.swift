/// One training run's state: the network as it learns, its buffers, the optimizer's
/// memory, the generator and the history. `Trainer.train` makes one and runs it.
final class TrainingRun {
    private var network: Network
    private let data: Dataset
    private let targets: Matrix
    private let validation: (data: Dataset, targets: Matrix)?
    private let settings: TrainingSettings
    private let batch: Int
    private let pass: NetworkPass
    /// The pass each epoch's measurements run in, made on first use.
    private lazy var measuring = NetworkPass(
        network, capacity: max(Metrics.batch(data.count), Metrics.batch(validation?.data.count ?? 0)))
    private var state: OptimizerState
    private var random: RandomSource
    private var order: [Int]
    private var inputs: [Float]
    private var batchTargets: [Float]
    private var history = TrainingHistory()
    private var monitor: EarlyStoppingMonitor
    private var best: Network?

    /// Nil when there is nothing to train on: no examples, no batch, or targets that do not fit.
    init?(_ network: Network, on data: Dataset, validation: Dataset?, settings: TrainingSettings) {
        let outputs = network.widths.last!
        guard let targets = data.targetMatrix(outputs: outputs), data.count > 0, settings.batchSize > 0 else { return nil }
        self.network = network
        self.data = data
        self.targets = targets
        self.validation = validation.flatMap { set in set.targetMatrix(outputs: outputs).map { (set, $0) } }
        self.settings = settings
        batch = min(settings.batchSize, data.count)
        pass = NetworkPass(network, capacity: batch)
        state = OptimizerState(network)
        random = RandomSource(seed: settings.seed)
        order = Array(0..<data.count)
        inputs = [Float](repeating: 0, count: batch * data.features)
        batchTargets = [Float](repeating: 0, count: batch * outputs)
        monitor = EarlyStoppingMonitor(rules: settings.earlyStopping)
    }

    func train() -> (network: Network, history: TrainingHistory) {
        for epoch in stride(from: 1, through: settings.epochs, by: 1) {
            let start = network
            guard runEpoch() else { return (network, history) }
            measure(since: start)
            let (stop, improved) = monitor.observe(epoch: epoch, validationLoss: history.validationLoss.last,
                                                   weightChange: history.weightChange.last ?? .infinity)
            if improved && settings.restoreBestWeights { best = network }
            history.bestEpoch = monitor.bestEpoch
            if let stop {
                history.stoppedAt = epoch
                history.stopReason = stop
                break
            }
        }
        if let best, history.stoppedAt != nil, best != network {
            network = best
            history.restoredBest = true
        }
        return (network, history)
    }

    /// One pass over the data in batches; false when the run diverged.
    private func runEpoch() -> Bool {
        if settings.shuffle { Dataset.shuffle(&order, random: &random) }
        var (epochLoss, correct) = (0.0, 0)
        for start in stride(from: 0, to: data.count, by: batch) {
            let rows = min(batch, data.count - start)
            let indices = order[start..<start + rows]
            Self.gather(indices, from: data.inputs, into: &inputs)
            Self.gather(indices, from: targets, into: &batchTargets)
            if settings.inputNoise > 0 {
                for k in 0..<rows * data.features { inputs[k] += Float(settings.inputNoise * random.normal()) }
            }
            inputs.withUnsafeBufferPointer { pass.forwardTraining(network, $0.baseAddress!, rows: rows, random: &random) }
            let loss = batchTargets.withUnsafeBufferPointer {
                Trainer.evaluate(settings.loss, pass, targets: $0.baseAddress!, rows: rows) / Double(rows)
            }
            guard loss.isFinite, loss <= settings.divergenceBound else {
                history.divergedAt = history.updates + 1
                return false
            }
            if let labels = data.labels {
                correct += Metrics.correct(pass.activations.last!, rows: rows, outputs: targets.columns,
                                           labels: indices.lazy.map { labels[$0] })
            }
            epochLoss += loss * Double(rows)
            update(rows: rows, loss: loss)
        }
        history.loss.append(epochLoss / Double(data.count))
        if data.labels != nil { history.accuracy.append(Double(correct) / Double(data.count)) }
        return true
    }

    /// Backward pass, penalty, clipping, noise, and the optimizer's step.
    private func update(rows: Int, loss: Double) {
        pass.backward(network, rows: rows, outputIsPreActivation: settings.loss.requiredOutput != nil)
        pass.updateRunningStatistics(&network, rows: rows)
        addPenaltyGradient()
        let norm = pass.squaredGradientNorm().squareRoot()
        if let clip = settings.clipNorm, norm > clip { pass.scaleGradients(by: Float(clip / norm)) }
        if let noise = settings.gradientNoise { addGradientNoise(deviation: noise.variance(at: history.updates).squareRoot()) }
        history.updateLoss.append(loss)
        history.gradientNorms.append(norm)
        state.step(&network, pass, settings: settings, t: history.updates, random: &random)
    }

    private func addPenaltyGradient() {
        let regularization = settings.regularization
        guard regularization.penalty != .none else { return }
        for index in network.layers.indices {
            network.layers[index].weights.storage.withUnsafeBufferPointer {
                regularization.addGradient($0, to: pass.weightGradients[index])
            }
            if regularization.includeBiases && network.layers[index].hasBias {
                network.layers[index].biases.withUnsafeBufferPointer { regularization.addGradient($0, to: pass.biasGradients[index]) }
            }
        }
    }

    private func addGradientNoise(deviation: Double) {
        for index in network.layers.indices {
            for group in ParameterGroup.allCases {
                guard let gradient = group.gradient(in: pass, layer: index) else { continue }
                for k in 0..<group.count(in: network.layers[index]) { gradient[k] += Float(deviation * random.normal()) }
            }
        }
    }

    /// The per-epoch measurements: weights, penalty, and the inference-mode losses.
    private func measure(since start: Network) {
        var (l1, squares, change, penalty) = (0.0, 0.0, 0.0, 0.0)
        for (layer, before) in zip(network.layers, start.layers) {
            for (w, old) in zip(layer.weights.storage, before.weights.storage) {
                l1 += Double(Swift.abs(w))
                squares += Double(w) * Double(w)
                // `max(change, x)`, which would keep `change` when x is NaN, as this does:
                // written as one compare it is the processor's `max`, whose latency (each
                // weight's waits on the last's) is a third of a compare and a blend.
                let x = Double(Swift.abs(w - old))
                change = x > change ? x : change
            }
            penalty += layer.weights.storage.withUnsafeBufferPointer { settings.regularization.value($0) }
            if settings.regularization.includeBiases && layer.hasBias {
                penalty += layer.biases.withUnsafeBufferPointer { settings.regularization.value($0) }
            }
        }
        history.weightL1.append(l1)
        history.weightL2.append(squares.squareRoot())
        history.weightChange.append(change)
        history.penalty.append(penalty)
        guard let validation else { return }
        let training = Metrics.evaluate(network, on: data, targets: targets, loss: settings.loss, pass: measuring)
        history.trainingLoss.append(training.loss)
        if let accuracy = training.accuracy { history.trainingAccuracy.append(accuracy) }
        let held = Metrics.evaluate(network, on: validation.data, targets: validation.targets, loss: settings.loss, pass: measuring)
        history.validationLoss.append(held.loss)
        if let accuracy = held.accuracy { history.validationAccuracy.append(accuracy) }
    }

    /// Copies the rows at `indices` of `matrix`, in order, into the front of `buffer`. Rows
    /// of a few numbers (the lessons' points) are copied an element at a time: a call of
    /// `memmove` per row of two took longer than the copy.
    private static func gather(_ indices: ArraySlice<Int>, from matrix: Matrix, into buffer: inout [Float]) {
        let width = matrix.columns
        matrix.storage.withUnsafeBufferPointer { source in
            buffer.withUnsafeMutableBufferPointer { target in
                for (row, index) in indices.enumerated() {
                    let (from, to) = (source.baseAddress! + index * width, target.baseAddress! + row * width)
                    if width > 8 {
                        to.update(from: from, count: width)
                    } else {
                        for k in 0..<width { to[k] = from[k] }
                    }
                }
            }
        }
    }
}
