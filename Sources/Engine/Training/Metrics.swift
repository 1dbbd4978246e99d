/// Loss and accuracy of a network on a whole dataset, and the count of correct answers in a batch.
enum Metrics {
    /// The batch `evaluate` runs in: 256 examples at most, so that a large set needs no large buffers.
    static func batch(_ count: Int) -> Int { min(256, max(count, 1)) }

    /// The mean loss, and the accuracy when the data has class labels, in batches of
    /// `batch(count)`. A caller that measures every epoch passes a `pass` of that capacity
    /// or more for this network, rather than have one made (and its buffers freed) each time.
    static func evaluate(
        _ network: Network, on data: Dataset, targets: Matrix, loss: Loss, pass given: NetworkPass? = nil
    ) -> (loss: Double, accuracy: Double?) {
        let batch = batch(data.count)
        let pass = given.flatMap { $0.capacity >= batch ? $0 : nil } ?? NetworkPass(network, capacity: batch)
        let outputs = network.widths.last!
        var (total, correct) = (0.0, 0)
        for start in stride(from: 0, to: data.count, by: batch) {
            let rows = min(batch, data.count - start)
            data.inputs.storage.withUnsafeBufferPointer { inputs in
                pass.forward(network, inputs.baseAddress! + start * data.features, rows: rows)
            }
            total += targets.storage.withUnsafeBufferPointer {
                Trainer.evaluate(loss, pass, targets: $0.baseAddress! + start * outputs, rows: rows, gradient: false)
            }
            if let labels = data.labels {
                correct += Self.correct(pass.activations.last!, rows: rows, outputs: outputs, labels: labels[start..<start + rows])
            }
        }
        let count = Double(max(data.count, 1))
        return (total / count, data.labels == nil ? nil : Double(correct) / count)
    }

    /// How many rows the outputs classify as their label: the largest output, or for a
    /// single output, whether it is above one half.
    static func correct(_ outputs: UnsafePointer<Float>, rows: Int, outputs width: Int, labels: some Sequence<Int>) -> Int {
        var correct = 0
        for (i, label) in labels.prefix(rows).enumerated() {
            let row = outputs + i * width
            let predicted: Int
            if width == 1 {
                predicted = row[0] > 0.5 ? 1 : 0
            } else {
                // Selects, not branches: which of two outputs is larger is a coin toss to
                // the branch predictor while a network learns.
                var (best, largest) = (0, row[0])
                for c in 1..<width {
                    let larger = row[c] > largest
                    (best, largest) = (larger ? c : best, larger ? row[c] : largest)
                }
                predicted = best
            }
            correct += predicted == label ? 1 : 0
        }
        return correct
    }
}

extension Network {
    /// The mean loss over the dataset, or nil when its targets do not fit the outputs.
    public func cost(on data: Dataset, loss: Loss) -> Double? {
        guard let targets = data.targetMatrix(outputs: widths.last!) else { return nil }
        return Metrics.evaluate(self, on: data, targets: targets, loss: loss).loss
    }

    /// The fraction of examples classified correctly, or nil for data without class labels.
    public func accuracy(on data: Dataset) -> Double? {
        guard data.labels != nil, let targets = data.targetMatrix(outputs: widths.last!) else { return nil }
        return Metrics.evaluate(self, on: data, targets: targets, loss: .meanSquaredError).accuracy
    }
}
