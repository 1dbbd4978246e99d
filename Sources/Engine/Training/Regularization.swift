/// Penalties on the weights, added to what training minimises, and weight decay. They
/// touch the weights (the kernels); biases only when `includeBiases`, and never batch
/// normalization's γ and β.
public struct Regularization: Sendable, Hashable {
    /// A penalty added to the training cost, as Keras's `kernel_regularizer` adds it.
    public enum Penalty: Sendable, Hashable {
        case none
        /// λ Σ|w|, followed by its subgradient λ·sign(w), with sign(0) = 0 as Keras's
        /// gradient of |w| has it. A weight the data does not need hovers near 0, crossing
        /// it from step to step, and is rarely exactly 0.
        case l1(Double)
        /// λ Σ|w| by the proximal step (ISTA): after each update, w ← sign(w)·max(|w| − ηλ, 0),
        /// the soft threshold, which leaves a weight the data does not need at exactly 0.
        case l1Proximal(Double)
        /// λ Σ w², whose gradient is 2λw, as Keras's `l2` defines it.
        case l2(Double)

        public var strength: Double {
            switch self {
            case .none: 0
            case .l1(let lambda), .l1Proximal(let lambda), .l2(let lambda): lambda
            }
        }
    }

    public var penalty: Penalty
    /// Decoupled weight decay (Loshchilov and Hutter 2019, PyTorch's AdamW): each update
    /// first shrinks w ← w − ηλw, then takes the optimizer's step on the data's gradient.
    /// Under plain gradient descent this is w ← w − η(∇L + λw), the same update as the
    /// penalty (λ/2) Σ w²; under Adam it is not, since the decay bypasses Adam's scaling.
    public var weightDecay: Double
    public var includeBiases: Bool

    public init(penalty: Penalty = .none, weightDecay: Double = 0, includeBiases: Bool = false) {
        self.penalty = penalty
        self.weightDecay = weightDecay
        self.includeBiases = includeBiases
    }

    /// The penalty's value for these parameters.
    func value(_ parameters: UnsafeBufferPointer<Float>) -> Double {
        switch penalty {
        case .none: 0
        case .l1(let lambda), .l1Proximal(let lambda): lambda * parameters.reduce(0) { $0 + Double(Swift.abs($1)) }
        case .l2(let lambda): lambda * parameters.reduce(0) { $0 + Double($1) * Double($1) }
        }
    }

    /// Adds the penalty's gradient to the data's gradient, for a penalty applied by gradient.
    func addGradient(_ parameters: UnsafeBufferPointer<Float>, to gradient: UnsafeMutablePointer<Float>) {
        switch penalty {
        case .none, .l1Proximal: return
        case .l1(let lambda):
            let lambda = Float(lambda)
            for (k, w) in parameters.enumerated() where w != 0 { gradient[k] += w > 0 ? lambda : -lambda }
        case .l2(let lambda):
            let twice = Float(2 * lambda)
            for (k, w) in parameters.enumerated() { gradient[k] += twice * w }
        }
    }

    /// The decoupled decay, before the optimizer's step.
    func decay(_ parameters: UnsafeMutableBufferPointer<Float>, learningRate: Double) {
        guard weightDecay > 0 else { return }
        let factor = Float(learningRate * weightDecay)
        for k in parameters.indices { parameters[k] -= factor * parameters[k] }
    }

    /// The soft threshold, after the optimizer's step, for the proximal L1 penalty.
    func proximalStep(_ parameters: UnsafeMutableBufferPointer<Float>, learningRate: Double) {
        guard case .l1Proximal(let lambda) = penalty else { return }
        let threshold = Float(learningRate * lambda)
        for k in parameters.indices {
            let w = parameters[k]
            parameters[k] = Swift.abs(w) <= threshold ? 0 : w - (w > 0 ? threshold : -threshold)
        }
    }
}
