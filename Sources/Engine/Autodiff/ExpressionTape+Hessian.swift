/// Second derivatives of a tape, by forward-over-reverse differentiation: a forward sweep
/// carries each node's value and its derivative along a direction u, and the reverse sweep
/// carries each adjoint with its own derivative along u. The inputs' adjoint derivatives
/// are then the Hessian-vector product H·u, exact up to rounding.
extension ExpressionTape {
    /// H·u at x.
    public func hessianVectorProduct(at x: [Double], direction u: [Double]) -> [Double] {
        let count = nodes.count
        var value = [Double](repeating: 0, count: count)
        var dot = [Double](repeating: 0, count: count)
        for (index, node) in nodes.enumerated() {
            switch node {
            case .input(let i):
                (value[index], dot[index]) = (x[i], u[i])
            case .constant(let c):
                (value[index], dot[index]) = (c, 0)
            case .unary(let op, let a):
                value[index] = op.value(value[a])
                dot[index] = along(op.derivative(value[a], value: value[index]), dot[a])
            case .binary(let op, let a, let b):
                value[index] = op.value(value[a], value[b])
                let (da, db) = op.partials(value[a], value[b], value: value[index])
                dot[index] = along(da, dot[a]) + along(db, dot[b])
            }
        }
        var adjoint = [Double](repeating: 0, count: count)
        var adjointDot = [Double](repeating: 0, count: count)
        adjoint[output] = 1
        for index in stride(from: output, through: 0, by: -1) {
            let (w, wDot) = (adjoint[index], adjointDot[index])
            if w == 0 && wDot == 0 { continue }
            switch nodes[index] {
            case .input, .constant:
                break
            case .unary(let op, let a):
                let first = op.derivative(value[a], value: value[index])
                let second = op.secondDerivative(value[a], value: value[index])
                adjoint[a] += w * first
                adjointDot[a] += wDot * first + along(w * second, dot[a])
            case .binary(let op, let a, let b):
                let (da, db) = op.partials(value[a], value[b], value: value[index])
                let (aa, ab, bb) = op.secondPartials(value[a], value[b], value: value[index])
                adjoint[a] += w * da
                adjoint[b] += w * db
                adjointDot[a] += wDot * da + w * (along(aa, dot[a]) + along(ab, dot[b]))
                adjointDot[b] += along(wDot, db) + w * (along(ab, dot[a]) + along(bb, dot[b]))
            }
        }
        return Array(adjointDot[0..<inputCount])
    }

    /// coefficient × tangent, where a zero tangent contributes exactly 0: x⁴ at x < 0 has
    /// no derivative in its constant exponent (ln x is nan), and nan × 0 would spread.
    @inline(__always)
    private func along(_ coefficient: Double, _ tangent: Double) -> Double {
        tangent == 0 ? 0 : coefficient * tangent
    }

    /// The Hessian at x, one column per input (n products for n inputs), made exactly
    /// symmetric by averaging it with its transpose.
    public func hessian(at x: [Double]) -> [[Double]] {
        let n = inputCount
        let columns = (0..<n).map { j in
            hessianVectorProduct(at: x, direction: (0..<n).map { $0 == j ? 1 : 0 })
        }
        return (0..<n).map { i in (0..<n).map { j in (columns[j][i] + columns[i][j]) / 2 } }
    }
}
