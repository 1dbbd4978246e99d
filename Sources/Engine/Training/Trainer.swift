/// Trains a network by gradient descent on batches: forward, loss, backward, clip, step.
/// Everything is seeded, and no step allocates.
public enum Trainer {
    /// The trained network and its history. A run that diverges stops at that update and
    /// says so in the history; it does not crash, and it records no non-finite loss.
    public static func train(
        _ network: Network, on data: Dataset, validation: Dataset? = nil, settings: TrainingSettings
    ) -> (network: Network, history: TrainingHistory) {
        var network = network
        var history = TrainingHistory()
        let outputs = network.widths.last!
        guard let targets = data.targetMatrix(outputs: outputs), data.count > 0, settings.batchSize > 0 else {
            return (network, history)
        }
        let batch = min(settings.batchSize, data.count)
        let pass = NetworkPass(widths: network.widths, capacity: batch)
        var state = OptimizerState(network)
        var random = RandomSource(seed: settings.seed)
        var order = Array(0..<data.count)
        var inputs = [Float](repeating: 0, count: batch * data.features)
        var batchTargets = [Float](repeating: 0, count: batch * outputs)
        let validationTargets = validation.flatMap { $0.targetMatrix(outputs: outputs) }
        let labels = data.labels

        for _ in 0..<settings.epochs {
            if settings.shuffle { Dataset.shuffle(&order, random: &random) }
            var (epochLoss, correct) = (0.0, 0)
            for start in stride(from: 0, to: data.count, by: batch) {
                let rows = min(batch, data.count - start)
                gather(order[start..<start + rows], from: data.inputs, into: &inputs)
                gather(order[start..<start + rows], from: targets, into: &batchTargets)
                pass.forward(network, inputs, rows: rows)
                let loss = batchTargets.withUnsafeBufferPointer {
                    evaluate(settings.loss, pass, targets: $0.baseAddress!, rows: rows) / Double(rows)
                }
                guard loss.isFinite, loss <= settings.divergenceBound else {
                    history.divergedAt = history.updates + 1
                    return (network, history)
                }
                if let labels {
                    let batchLabels = order[start..<start + rows].map { labels[$0] }
                    correct += Metrics.correct(pass.activations.last!, rows: rows, outputs: outputs, labels: batchLabels)
                }
                epochLoss += loss * Double(rows)
                pass.backward(network, rows: rows, outputIsPreActivation: settings.loss.requiredOutput != nil)
                let norm = pass.squaredGradientNorm().squareRoot()
                if let clip = settings.clipNorm, norm > clip { pass.scaleGradients(by: Float(clip / norm)) }
                history.updateLoss.append(loss)
                history.gradientNorms.append(norm)
                state.step(&network, pass, settings: settings, t: history.updates, random: &random)
            }
            history.loss.append(epochLoss / Double(data.count))
            if labels != nil { history.accuracy.append(Double(correct) / Double(data.count)) }
            if let validation, let validationTargets {
                let (loss, accuracy) = Metrics.evaluate(network, on: validation, targets: validationTargets, loss: settings.loss)
                history.validationLoss.append(loss)
                if let accuracy { history.validationAccuracy.append(accuracy) }
            }
        }
        return (network, history)
    }

    /// The summed loss of the pass's batch; its gradient goes into the pass.
    static func evaluate(_ loss: Loss, _ pass: NetworkPass, targets: UnsafePointer<Float>, rows: Int) -> Double {
        let last = pass.widths.count - 1
        return loss.evaluate(
            z: pass.preActivations[last - 1], a: pass.activations[last], targets: targets, rows: rows,
            columns: pass.widths[last], gradient: pass.outputGradient, scale: 1 / Float(rows))
    }

    /// Copies the rows at `indices` of `matrix`, in order, into the front of `buffer`.
    private static func gather(_ indices: ArraySlice<Int>, from matrix: Matrix, into buffer: inout [Float]) {
        let width = matrix.columns
        matrix.storage.withUnsafeBufferPointer { source in
            buffer.withUnsafeMutableBufferPointer { target in
                for (row, index) in indices.enumerated() {
                    (target.baseAddress! + row * width).update(from: source.baseAddress! + index * width, count: width)
                }
            }
        }
    }
}
