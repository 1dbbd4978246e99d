/// Trains a network by gradient descent on batches: forward, loss, backward, penalty,
/// clip, noise, step, and after each epoch the measurements and the stopping rules.
/// Everything is seeded, and no step allocates.
public enum Trainer {
    /// The trained network and its history. A run that diverges stops at that update and
    /// says so in the history; it does not crash, and it records no non-finite loss.
    public static func train(
        _ network: Network, on data: Dataset, validation: Dataset? = nil, settings: TrainingSettings
    ) -> (network: Network, history: TrainingHistory) {
        guard let run = TrainingRun(network, on: data, validation: validation, settings: settings) else {
            return (network, TrainingHistory())
        }
        return run.train()
    }

    /// The summed loss of the pass's batch; with `gradient`, its gradient goes into the pass.
    static func evaluate(_ loss: Loss, _ pass: NetworkPass, targets: UnsafePointer<Float>, rows: Int, gradient: Bool = true) -> Double {
        let last = pass.widths.count - 1
        return loss.evaluate(
            z: pass.preActivations[last - 1], a: pass.activations[last], targets: targets, rows: rows,
            columns: pass.widths[last], gradient: gradient ? pass.outputGradient : nil, scale: 1 / Float(rows))
    }
}
