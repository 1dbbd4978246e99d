/// The activations over a layer's `Float` pre-activations, sixteen lanes at a time. The
/// cases a network trains with every day have lane kernels; softplus and GELU (log and erf)
/// go element by element through the `Double` definitions, which is slower but exact.
extension Activation {
    typealias Vector = FloatLanes.Vector

    /// a = f(z) over n elements.
    func forward(_ n: Int, _ z: UnsafePointer<Float>, into a: UnsafeMutablePointer<Float>) {
        switch self {
        case .linear: a.update(from: z, count: n)
        case .sigmoid: FloatLanes.map(n, z, into: a, 0, Lanes.sigmoid)
        case .tanh: FloatLanes.map(n, z, into: a, 0, Lanes.tanh)
        case .relu: FloatLanes.map(n, z, into: a, 0, Lanes.relu)
        case .leakyRelu(let slope): FloatLanes.map(n, z, into: a, Float(slope), Lanes.leakyRelu)
        case .elu(let alpha): FloatLanes.map(n, z, into: a, Float(alpha), Lanes.elu)
        case .selu: FloatLanes.map(n, z, into: a, 0, Lanes.selu)
        case .swish: FloatLanes.map(n, z, into: a, 0, Lanes.swish)
        case .softplus, .gelu:
            for k in 0..<n { a[k] = Float(self(Double(z[k]))) }
        }
    }

    /// g = g ⊙ f′(z), given a = f(z): turns ∂L/∂a into ∂L/∂z in place.
    func backward(_ n: Int, z: UnsafePointer<Float>, a: UnsafePointer<Float>, gradient g: UnsafeMutablePointer<Float>) {
        switch self {
        case .linear: return
        case .sigmoid: FloatLanes.update(n, z, a, g, 0, Lanes.sigmoidBackward)
        case .tanh: FloatLanes.update(n, z, a, g, 0, Lanes.tanhBackward)
        case .relu: FloatLanes.update(n, z, a, g, 0, Lanes.reluBackward)
        case .leakyRelu(let slope): FloatLanes.update(n, z, a, g, Float(slope), Lanes.leakyReluBackward)
        case .elu(let alpha): FloatLanes.update(n, z, a, g, Float(alpha), Lanes.eluBackward)
        case .selu: FloatLanes.update(n, z, a, g, 0, Lanes.seluBackward)
        case .swish: FloatLanes.update(n, z, a, g, 0, Lanes.swishBackward)
        case .softplus, .gelu:
            for k in 0..<n { g[k] *= Float(derivative(Double(z[k]))) }
        }
    }

    /// Each activation and its derivative on sixteen lanes, with its one parameter. They are
    /// named functions, not closures, because closures given to `map` and `update` were
    /// compiled out of line, one call per sixteen elements: tanh′ took 3.8% of training a
    /// tanh network as a closure and 1.4% as a function.
    private enum Lanes {
        @inline(__always)
        static func sigmoid(_ z: Vector, _: Float) -> Vector { FloatLanes.sigmoid(z) }

        @inline(__always)
        static func sigmoidBackward(_: Vector, _ a: Vector, _ g: Vector, _: Float) -> Vector { g * (a * (1 - a)) }

        @inline(__always)
        static func tanh(_ z: Vector, _: Float) -> Vector { FloatLanes.tanh(z) }

        @inline(__always)
        static func tanhBackward(_: Vector, _ a: Vector, _ g: Vector, _: Float) -> Vector { g * (1 - a * a) }

        /// Exactly 0 below, not z · 0, which would be −0 for −0 and NaN for −∞.
        @inline(__always)
        static func relu(_ z: Vector, _: Float) -> Vector { z.replacing(with: 0, where: z .<= 0) }

        @inline(__always)
        static func reluBackward(_ z: Vector, _: Vector, _ g: Vector, _: Float) -> Vector { g.replacing(with: 0, where: z .<= 0) }

        @inline(__always)
        static func leakyRelu(_ z: Vector, _ slope: Float) -> Vector { z.replacing(with: z * slope, where: z .<= 0) }

        @inline(__always)
        static func leakyReluBackward(_ z: Vector, _: Vector, _ g: Vector, _ slope: Float) -> Vector {
            g.replacing(with: g * slope, where: z .<= 0)
        }

        @inline(__always)
        static func elu(_ z: Vector, _ alpha: Float) -> Vector {
            z.replacing(with: alpha * (FloatLanes.exp(z) - 1), where: z .<= 0)
        }

        /// For z ≤ 0, f′ = αeᶻ = f(z) + α.
        @inline(__always)
        static func eluBackward(_ z: Vector, _ a: Vector, _ g: Vector, _ alpha: Float) -> Vector {
            g.replacing(with: g * (a + alpha), where: z .<= 0)
        }

        static let (seluAlpha, seluLambda) = (Float(Activation.seluAlpha), Float(Activation.seluLambda))

        @inline(__always)
        static func selu(_ z: Vector, _: Float) -> Vector { seluLambda * elu(z, seluAlpha) }

        @inline(__always)
        static func seluBackward(_ z: Vector, _ a: Vector, _ g: Vector, _: Float) -> Vector {
            (g * seluLambda).replacing(with: g * (a + seluLambda * seluAlpha), where: z .<= 0)
        }

        @inline(__always)
        static func swish(_ z: Vector, _: Float) -> Vector { z * FloatLanes.sigmoid(z) }

        @inline(__always)
        static func swishBackward(_ z: Vector, _: Vector, _ g: Vector, _: Float) -> Vector {
            let s = FloatLanes.sigmoid(z)
            return g * (s + z * s * (1 - s))
        }
    }
}
