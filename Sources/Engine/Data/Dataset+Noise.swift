/// Noise in the data itself: wrong labels and noisy targets, each seeded.
extension Dataset {
    /// The same examples with exactly round(fraction · count) labels changed, chosen
    /// without replacement; each changed label becomes one of the other classes, uniformly.
    /// Regression data is returned unchanged.
    public func withLabelNoise(fraction: Double, seed: UInt64) -> Dataset {
        guard case .classes(var labels, let classes) = targets, classes > 1 else { return self }
        var random = RandomSource(seed: seed)
        var order = Array(0..<count)
        Self.shuffle(&order, random: &random)
        let flips = min(count, Int((fraction * Double(count)).rounded()))
        for index in order.prefix(flips) {
            // One of the classes − 1 others: draw an offset in 1..<classes.
            let offset = 1 + Int(random.next().multipliedFullWidth(by: UInt64(classes - 1)).high)
            labels[index] = (labels[index] + offset) % classes
        }
        return Dataset(inputs: inputs, targets: .classes(labels: labels, count: classes))
    }

    /// The same examples with Gaussian noise of this standard deviation added to every
    /// regression target. Class labels are returned unchanged.
    public func withTargetNoise(standardDeviation: Double, seed: UInt64) -> Dataset {
        guard case .values(var values) = targets else { return self }
        var random = RandomSource(seed: seed)
        for k in values.storage.indices { values.storage[k] += Float(standardDeviation * random.normal()) }
        return Dataset(inputs: inputs, targets: .values(values))
    }
}
