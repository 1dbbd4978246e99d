/// The update rules of descent. One core (`Descent`) runs them all; each case names its paper.
public enum Optimizer: Sendable, Hashable {
    /// x ← x − η∇f (Cauchy 1847).
    case gradientDescent
    /// v ← βv + ∇f; x ← x − ηv (Polyak 1964, in PyTorch's form).
    case momentum(beta: Double)
    /// v ← βv + ∇f; x ← x − η(∇f + βv) (Nesterov 1983, as Sutskever et al. 2013 and PyTorch write it).
    case nesterov(beta: Double)
    /// G ← G + ∇f²; x ← x − η∇f/(√G + ε) (Duchi, Hazan and Singer 2011).
    case adagrad(epsilon: Double)
    /// E ← ρE + (1 − ρ)∇f²; x ← x − η∇f/(√E + ε) (Hinton, Coursera lecture 6e, 2012).
    case rmsprop(rho: Double, epsilon: Double)
    /// Bias-corrected moment estimates m̂ and v̂; x ← x − η m̂/(√v̂ + ε) (Kingma and Ba 2015).
    case adam(beta1: Double, beta2: Double, epsilon: Double)
    /// x ← x − η(∇f + σξ), ξ ~ N(0, I) from the run's seed: the noise of stochastic gradients,
    /// which can carry a run out of a shallow minimum or off a saddle.
    case noisy(standardDeviation: Double)

    public static let defaultMomentum = Optimizer.momentum(beta: 0.9)
    public static let defaultNesterov = Optimizer.nesterov(beta: 0.9)
    public static let defaultAdagrad = Optimizer.adagrad(epsilon: 1e-10)
    public static let defaultRMSProp = Optimizer.rmsprop(rho: 0.9, epsilon: 1e-8)
    public static let defaultAdam = Optimizer.adam(beta1: 0.9, beta2: 0.999, epsilon: 1e-8)

    /// How many numbers of state the rule keeps per coordinate.
    var stateCount: Int {
        switch self {
        case .gradientDescent, .noisy: 0
        case .momentum, .nesterov, .adagrad, .rmsprop: 1
        case .adam: 2
        }
    }
}
