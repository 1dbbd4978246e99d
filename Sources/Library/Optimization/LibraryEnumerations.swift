import Engine
import Interpreter

/// The enumerations blocks can name: what a critical point is, and how descent steps.
enum LibraryEnumerations {
    static let criticalPoint = Enumeration("CriticalPoint", cases: CriticalPointKind.allCases.map { kind in
        Enumeration.Case(kind.rawValue, doc: {
            switch kind {
            case .minimum: "Every eigenvalue of the Hessian is positive."
            case .maximum: "Every eigenvalue of the Hessian is negative."
            case .saddle: "The Hessian has positive and negative eigenvalues."
            case .degenerate: "An eigenvalue is zero, so the second-derivative test cannot tell."
            }
        }())
    }, doc: "What the second-derivative test says of a point where the gradient vanishes.")

    static let optimizer = Enumeration("Optimizer", cases: [
        .init("gradientDescent", doc: "x ← x − η∇f."),
        .init("momentum", parameters: [("beta", 0.9)], doc: "Velocity v ← βv + ∇f; x ← x − ηv (Polyak 1964)."),
        .init("nesterov", parameters: [("beta", 0.9)], doc: "Momentum with a look-ahead: x ← x − η(∇f + βv) (Nesterov 1983)."),
        .init("adagrad", parameters: [("epsilon", 1e-10)], doc: "Steps scaled by the root of the summed squared gradients (Duchi et al. 2011)."),
        .init("rmsprop", parameters: [("rho", 0.9), ("epsilon", 1e-8)], doc: "Steps scaled by a running root mean square of gradients (Hinton 2012)."),
        .init("adam", parameters: [("beta1", 0.9), ("beta2", 0.999), ("epsilon", 1e-8)],
              doc: "Bias-corrected running moments of the gradient (Kingma and Ba 2015)."),
        .init("noisy", parameters: [("standardDeviation", nil)],
              doc: "Gradient descent with seeded Gaussian noise added to each gradient, as stochastic gradients have."),
    ], doc: "How descent turns a gradient into a step.")

    static var all: [Enumeration] { [criticalPoint, optimizer] }

    /// The engine's optimizer for a resolved case of `Optimizer`.
    static func engineOptimizer(_ value: EnumCase) -> Engine.Optimizer {
        switch value.name {
        case "momentum": .momentum(beta: value.number("beta"))
        case "nesterov": .nesterov(beta: value.number("beta"))
        case "adagrad": .adagrad(epsilon: value.number("epsilon"))
        case "rmsprop": .rmsprop(rho: value.number("rho"), epsilon: value.number("epsilon"))
        case "adam": .adam(beta1: value.number("beta1"), beta2: value.number("beta2"), epsilon: value.number("epsilon"))
        case "noisy": .noisy(standardDeviation: value.number("standardDeviation"))
        default: .gradientDescent
        }
    }

    static func value(_ kind: CriticalPointKind) -> Value {
        .enumCase(EnumCase(enumeration: criticalPoint, name: kind.rawValue))
    }
}
