/// Softmax and cross-entropy on one example's logits, in Double: the reference for the
/// lessons, computed the stable way, with the largest logit subtracted first.
public enum Softmax {
    /// pₖ = e^{zₖ} / Σⱼ e^{zⱼ}: positive numbers that sum to 1, in the logits' order.
    public static func probabilities(_ logits: [Double]) -> [Double] {
        guard let largest = logits.max() else { return [] }
        let exponentials = logits.map { LibM.exp($0 - largest) }
        let sum = exponentials.reduce(0, +)
        return exponentials.map { $0 / sum }
    }

    /// −log pᵧ = log Σⱼ e^{zⱼ} − z_y, without forming the probabilities, so a very
    /// confident wrong answer gives a large finite loss instead of log 0.
    public static func crossEntropy(logits: [Double], label: Int) -> Double {
        guard let largest = logits.max(), logits.indices.contains(label) else { return .nan }
        return largest + LibM.log(logits.reduce(0) { $0 + LibM.exp($1 - largest) }) - logits[label]
    }
}
