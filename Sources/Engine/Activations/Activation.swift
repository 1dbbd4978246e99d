/// An activation function and its derivative, evaluated in `Double` for teaching and
/// plotting. Each case's derivative sits beside its value.
public enum Activation: String, CaseIterable, Sendable {
    /// f(x) = x.
    case linear
    /// σ(x) = 1 / (1 + e^−x), computed without overflow for large |x|; σ′(x) = σ(x)(1 − σ(x)) ≤ 1/4.
    case sigmoid
    /// tanh(x); tanh′(x) = 1 − tanh²(x) ≤ 1.
    case tanh
    /// ReLU(x) = max(0, x); its derivative is taken as 0 at x = 0, as the frameworks do.
    case relu

    public func callAsFunction(_ x: Double) -> Double {
        switch self {
        case .linear: x
        case .sigmoid: Self.logistic(x)
        case .tanh: LibM.tanh(x)
        case .relu: x > 0 ? x : 0
        }
    }

    public func derivative(_ x: Double) -> Double {
        switch self {
        case .linear:
            return 1
        case .sigmoid:
            let s = Self.logistic(x)
            return s * (1 - s)
        case .tanh:
            let t = LibM.tanh(x)
            return 1 - t * t
        case .relu:
            return x > 0 ? 1 : 0
        }
    }

    /// The formula, as the reference page and chart descriptions state it.
    public var formula: String {
        switch self {
        case .linear: "f(x) = x"
        case .sigmoid: "σ(x) = 1 / (1 + e^−x)"
        case .tanh: "tanh(x) = (e^x − e^−x) / (e^x + e^−x)"
        case .relu: "ReLU(x) = max(0, x)"
        }
    }

    /// The derivative's formula.
    public var derivativeFormula: String {
        switch self {
        case .linear: "f′(x) = 1"
        case .sigmoid: "σ′(x) = σ(x)(1 − σ(x))"
        case .tanh: "tanh′(x) = 1 − tanh²(x)"
        case .relu: "ReLU′(x) = 1 if x > 0, else 0"
        }
    }

    /// e^−x overflows for x below about −709; the two branches never do.
    private static func logistic(_ x: Double) -> Double {
        if x >= 0 { return 1 / (1 + LibM.exp(-x)) }
        let e = LibM.exp(x)
        return e / (1 + e)
    }
}
