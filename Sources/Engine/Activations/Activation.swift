/// An activation function and its derivative. Each case's derivative sits beside its
/// value. These `Double` definitions are the reference: plots and lessons use them, the
/// network's `Float` kernels follow them, and the tests compare the two.
public enum Activation: Hashable, Sendable {
    /// f(x) = x.
    case linear
    /// σ(x) = 1 / (1 + e^−x), computed without overflow for large |x|; σ′(x) = σ(x)(1 − σ(x)) ≤ 1/4.
    case sigmoid
    /// tanh(x); tanh′(x) = 1 − tanh²(x) ≤ 1.
    case tanh
    /// ReLU(x) = max(0, x); its derivative is taken as 0 at x = 0, as the frameworks do.
    case relu
    /// x for x > 0, else slope · x (Maas et al. 2013; slope 0.01 by default).
    case leakyRelu(slope: Double = 0.01)
    /// x for x > 0, else α(eˣ − 1) (Clevert et al. 2015; α = 1 by default).
    case elu(alpha: Double = 1)
    /// λ · ELU with α and λ chosen so that activations keep mean 0 and variance 1
    /// (Klambauer et al. 2017).
    case selu
    /// log(1 + eˣ), a smooth ReLU; its derivative is σ(x).
    case softplus
    /// x · Φ(x), with Φ the standard normal distribution function (Hendrycks and Gimpel 2016).
    case gelu
    /// x · σ(x) (Ramachandran et al. 2017).
    case swish

    /// SELU's α and λ, to the digits Klambauer et al. give.
    public static let seluAlpha = 1.673_263_242_354_377_284_817_042_991_671_7
    public static let seluLambda = 1.050_700_987_355_480_493_419_334_985_294_6

    /// Every activation, with its default parameters, in the order the reference lists them.
    public static let all: [Activation] = [.linear, .sigmoid, .tanh, .relu, .leakyRelu(), .elu(), .selu, .softplus, .gelu, .swish]

    /// The name blocks call it by.
    public var name: String {
        switch self {
        case .linear: "linear"
        case .sigmoid: "sigmoid"
        case .tanh: "tanh"
        case .relu: "relu"
        case .leakyRelu: "leakyRelu"
        case .elu: "elu"
        case .selu: "selu"
        case .softplus: "softplus"
        case .gelu: "gelu"
        case .swish: "swish"
        }
    }

    public func callAsFunction(_ x: Double) -> Double {
        switch self {
        case .linear: x
        case .sigmoid: Self.logistic(x)
        case .tanh: LibM.tanh(x)
        case .relu: x > 0 ? x : 0
        case .leakyRelu(let slope): x > 0 ? x : slope * x
        case .elu(let alpha): x > 0 ? x : alpha * LibM.expm1(x)
        case .selu: Self.seluLambda * (x > 0 ? x : Self.seluAlpha * LibM.expm1(x))
        case .softplus: max(x, 0) + LibM.log1p(LibM.exp(-Swift.abs(x)))
        case .gelu: x * Self.normalCDF(x)
        case .swish: x * Self.logistic(x)
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
        case .leakyRelu(let slope):
            return x > 0 ? 1 : slope
        case .elu(let alpha):
            return x > 0 ? 1 : alpha * LibM.exp(x)
        case .selu:
            return Self.seluLambda * (x > 0 ? 1 : Self.seluAlpha * LibM.exp(x))
        case .softplus:
            return Self.logistic(x)
        case .gelu:
            return Self.normalCDF(x) + x * LibM.exp(-0.5 * x * x) / (2 * Double.pi).squareRoot()
        case .swish:
            let s = Self.logistic(x)
            return s + x * s * (1 - s)
        }
    }

    /// The formula, as the reference page and chart descriptions state it.
    public var formula: String {
        switch self {
        case .linear: "f(x) = x"
        case .sigmoid: "σ(x) = 1 / (1 + e^−x)"
        case .tanh: "tanh(x) = (e^x − e^−x) / (e^x + e^−x)"
        case .relu: "ReLU(x) = max(0, x)"
        case .leakyRelu(let slope): "LeakyReLU(x) = x if x > 0, else \(slope)·x"
        case .elu(let alpha): "ELU(x) = x if x > 0, else \(alpha)·(e^x − 1)"
        case .selu: "SELU(x) = λ·x if x > 0, else λα(e^x − 1), λ ≈ 1.0507, α ≈ 1.6733"
        case .softplus: "softplus(x) = log(1 + e^x)"
        case .gelu: "GELU(x) = x·Φ(x)"
        case .swish: "swish(x) = x·σ(x)"
        }
    }

    /// The derivative's formula.
    public var derivativeFormula: String {
        switch self {
        case .linear: "f′(x) = 1"
        case .sigmoid: "σ′(x) = σ(x)(1 − σ(x))"
        case .tanh: "tanh′(x) = 1 − tanh²(x)"
        case .relu: "ReLU′(x) = 1 if x > 0, else 0"
        case .leakyRelu(let slope): "LeakyReLU′(x) = 1 if x > 0, else \(slope)"
        case .elu(let alpha): "ELU′(x) = 1 if x > 0, else \(alpha)·e^x"
        case .selu: "SELU′(x) = λ if x > 0, else λα·e^x"
        case .softplus: "softplus′(x) = σ(x)"
        case .gelu: "GELU′(x) = Φ(x) + x·φ(x)"
        case .swish: "swish′(x) = σ(x) + x·σ(x)(1 − σ(x))"
        }
    }

    /// e^−x overflows for x below about −709; the two branches never do.
    private static func logistic(_ x: Double) -> Double {
        if x >= 0 { return 1 / (1 + LibM.exp(-x)) }
        let e = LibM.exp(x)
        return e / (1 + e)
    }

    /// Φ(x) = (1 + erf(x/√2)) / 2.
    private static func normalCDF(_ x: Double) -> Double {
        0.5 * (1 + LibM.erf(x / 2.0.squareRoot()))
    }
}
