/// The activations over a layer's `Float` pre-activations, sixteen lanes at a time. The
/// cases a network trains with every day have lane kernels; softplus and GELU (log and erf)
/// go element by element through the `Double` definitions, which is slower but exact.
extension Activation {
    typealias Vector = FloatLanes.Vector

    /// a = f(z) over n elements.
    func forward(_ n: Int, _ z: UnsafePointer<Float>, into a: UnsafeMutablePointer<Float>) {
        switch self {
        case .linear:
            a.update(from: z, count: n)
        case .sigmoid:
            FloatLanes.map(n, z, into: a, FloatLanes.sigmoid)
        case .tanh:
            FloatLanes.map(n, z, into: a, FloatLanes.tanh)
        case .relu:
            FloatLanes.map(n, z, into: a) { $0.replacing(with: 0, where: $0 .<= 0) }
        case .leakyRelu(let slope):
            let s = Float(slope)
            FloatLanes.map(n, z, into: a) { $0.replacing(with: $0 * s, where: $0 .<= 0) }
        case .elu(let alpha):
            let alpha = Float(alpha)
            FloatLanes.map(n, z, into: a) { x in x.replacing(with: alpha * (FloatLanes.exp(x) - 1), where: x .<= 0) }
        case .selu:
            let (alpha, lambda) = (Float(Self.seluAlpha), Float(Self.seluLambda))
            FloatLanes.map(n, z, into: a) { x in lambda * x.replacing(with: alpha * (FloatLanes.exp(x) - 1), where: x .<= 0) }
        case .swish:
            FloatLanes.map(n, z, into: a) { x in x * FloatLanes.sigmoid(x) }
        case .softplus, .gelu:
            for k in 0..<n { a[k] = Float(self(Double(z[k]))) }
        }
    }

    /// g = g ⊙ f′(z), given a = f(z): turns ∂L/∂a into ∂L/∂z in place.
    func backward(_ n: Int, z: UnsafePointer<Float>, a: UnsafePointer<Float>, gradient g: UnsafeMutablePointer<Float>) {
        switch self {
        case .linear:
            return
        case .sigmoid:
            FloatLanes.update(n, z, a, g) { _, a, g in g * (a * (1 - a)) }
        case .tanh:
            FloatLanes.update(n, z, a, g) { _, a, g in g * (1 - a * a) }
        case .relu:
            FloatLanes.update(n, z, a, g) { z, _, g in g.replacing(with: 0, where: z .<= 0) }
        case .leakyRelu(let slope):
            let s = Float(slope)
            FloatLanes.update(n, z, a, g) { z, _, g in g.replacing(with: g * s, where: z .<= 0) }
        case .elu(let alpha):
            // For z ≤ 0, f′ = αeᶻ = f(z) + α.
            let alpha = Float(alpha)
            FloatLanes.update(n, z, a, g) { z, a, g in g.replacing(with: g * (a + alpha), where: z .<= 0) }
        case .selu:
            let (alpha, lambda) = (Float(Self.seluAlpha), Float(Self.seluLambda))
            FloatLanes.update(n, z, a, g) { z, a, g in (g * lambda).replacing(with: g * (a + lambda * alpha), where: z .<= 0) }
        case .swish:
            FloatLanes.update(n, z, a, g) { z, _, g in
                let s = FloatLanes.sigmoid(z)
                return g * (s + z * s * (1 - s))
            }
        case .softplus, .gelu:
            for k in 0..<n { g[k] *= Float(derivative(Double(z[k]))) }
        }
    }
}
