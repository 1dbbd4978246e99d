/// A rule that ends training before its last epoch, checked after every epoch.
public enum StoppingRule: Sendable, Hashable {
    /// The error-change criterion, as Keras's `EarlyStopping(monitor="val_loss")` applies it:
    /// an epoch improves when its validation loss is below the best so far minus `minDelta`;
    /// training stops after `patience` epochs in a row without an improvement.
    case errorChange(patience: Int, minDelta: Double)
    /// The weight-change criterion: training stops after an epoch in which no weight moved by
    /// more than `threshold` (the largest |w_end − w_start| over every weight of every layer).
    case weightChange(threshold: Double)
}

/// Why a run ended before its last epoch.
public enum StopReason: String, Sendable, Hashable {
    case errorChange, weightChange
}

/// Applies stopping rules to a run's epochs as they finish.
struct EarlyStoppingMonitor {
    let rules: [StoppingRule]
    private(set) var bestLoss = Double.infinity
    /// The epoch (from 1) whose validation loss was the last improvement.
    private(set) var bestEpoch: Int?

    init(rules: [StoppingRule]) {
        self.rules = rules
    }

    /// Records an epoch (from 1) and says whether a rule ends the run after it. `improved`
    /// is true when this epoch became the best.
    mutating func observe(epoch: Int, validationLoss: Double?, weightChange: Double) -> (stop: StopReason?, improved: Bool) {
        var improved = false
        if let loss = validationLoss {
            let minDelta = rules.lazy.compactMap { if case .errorChange(_, let delta) = $0 { delta } else { nil } }.first ?? 0
            if loss < bestLoss - minDelta || bestEpoch == nil {
                bestLoss = loss
                bestEpoch = epoch
                improved = true
            }
        }
        for rule in rules {
            switch rule {
            case .errorChange(let patience, _):
                if let best = bestEpoch, epoch - best >= patience { return (.errorChange, improved) }
            case .weightChange(let threshold):
                if weightChange < threshold { return (.weightChange, improved) }
            }
        }
        return (nil, improved)
    }
}

extension TrainingHistory {
    /// The epoch (from 1) after which `rule` would have stopped this run, replayed on its
    /// recorded validation losses and weight changes; nil if it never fires. The same
    /// monitor decides as during training, so a run trained with the rule stops there.
    public func stoppingEpoch(_ rule: StoppingRule) -> Int? {
        var monitor = EarlyStoppingMonitor(rules: [rule])
        for epoch in stride(from: 1, through: weightChange.count, by: 1) {
            let loss = validationLoss.indices.contains(epoch - 1) ? validationLoss[epoch - 1] : nil
            if monitor.observe(epoch: epoch, validationLoss: loss, weightChange: weightChange[epoch - 1]).stop != nil { return epoch }
        }
        return nil
    }
}
