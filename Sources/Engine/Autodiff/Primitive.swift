/// The closed set of one-argument operations a tape can record. Each one's derivative sits
/// beside its value; everything else is composed from these.
public enum UnaryPrimitive: String, CaseIterable, Sendable {
    case negate, exp, log, sin, cos, tanh, sigmoid, abs, sqrt, relu

    @inline(__always)
    public func value(_ x: Double) -> Double {
        switch self {
        case .negate: -x
        case .exp: LibM.exp(x)
        case .log: LibM.log(x)
        case .sin: LibM.sin(x)
        case .cos: LibM.cos(x)
        case .tanh: LibM.tanh(x)
        case .sigmoid: Activation.sigmoid(x)
        case .abs: Swift.abs(x)
        case .sqrt: x.squareRoot()
        case .relu: x > 0 ? x : 0
        }
    }

    /// d value / dx at x, given y = value(x) (which several derivatives reuse).
    @inline(__always)
    public func derivative(_ x: Double, value y: Double) -> Double {
        switch self {
        case .negate: -1
        case .exp: y
        case .log: 1 / x
        case .sin: LibM.cos(x)
        case .cos: -LibM.sin(x)
        case .tanh: 1 - y * y
        case .sigmoid: y * (1 - y)
        // |x|′ and ReLU′ at their kinks are taken as 0, as the frameworks do.
        case .abs: x > 0 ? 1 : (x < 0 ? -1 : 0)
        case .sqrt: 0.5 / y
        case .relu: x > 0 ? 1 : 0
        }
    }
}

extension UnaryPrimitive {
    /// d²value/dx² at x, given y = value(x): what Hessians need.
    @inline(__always)
    public func secondDerivative(_ x: Double, value y: Double) -> Double {
        switch self {
        case .negate, .abs, .relu: 0
        case .exp: y
        case .log: -1 / (x * x)
        case .sin: -LibM.sin(x)
        case .cos: -LibM.cos(x)
        case .tanh: -2 * y * (1 - y * y)
        case .sigmoid: y * (1 - y) * (1 - 2 * y)
        case .sqrt: -0.25 / (x * y)
        }
    }
}

/// The closed set of two-argument operations a tape can record, with their partial derivatives.
public enum BinaryPrimitive: String, CaseIterable, Sendable {
    case add, subtract, multiply, divide, power, maximum, minimum

    @inline(__always)
    public func value(_ a: Double, _ b: Double) -> Double {
        switch self {
        case .add: a + b
        case .subtract: a - b
        case .multiply: a * b
        case .divide: a / b
        case .power: LibM.pow(a, b)
        case .maximum: Swift.max(a, b)
        case .minimum: Swift.min(a, b)
        }
    }

    /// (∂/∂a, ∂/∂b) at (a, b), given y = value(a, b).
    @inline(__always)
    public func partials(_ a: Double, _ b: Double, value y: Double) -> (Double, Double) {
        switch self {
        case .add: (1, 1)
        case .subtract: (1, -1)
        case .multiply: (b, a)
        case .divide: (1 / b, -y / b)
        // d(a^b)/da = b·a^(b−1); d(a^b)/db = a^b·ln a, taken as 0 where a^b is 0.
        case .power: (b == 0 ? 0 : b * LibM.pow(a, b - 1), y == 0 ? 0 : y * LibM.log(a))
        // Ties send the whole gradient to the first argument.
        case .maximum: a >= b ? (1, 0) : (0, 1)
        case .minimum: a <= b ? (1, 0) : (0, 1)
        }
    }
}

extension BinaryPrimitive {
    /// (∂²/∂a², ∂²/∂a∂b, ∂²/∂b²) at (a, b), given y = value(a, b).
    @inline(__always)
    public func secondPartials(_ a: Double, _ b: Double, value y: Double) -> (Double, Double, Double) {
        switch self {
        case .add, .subtract, .maximum, .minimum: (0, 0, 0)
        case .multiply: (0, 1, 0)
        case .divide: (0, -1 / (b * b), 2 * a / (b * b * b))
        case .power:
            // As in `partials`, the terms with ln a are taken as 0 where a^b is 0.
            (
                b == 0 || b == 1 ? 0 : b * (b - 1) * LibM.pow(a, b - 2),
                b == 0 ? 0 : LibM.pow(a, b - 1) * (1 + (y == 0 ? 0 : b * LibM.log(a))),
                y == 0 ? 0 : y * LibM.log(a) * LibM.log(a)
            )
        }
    }
}
