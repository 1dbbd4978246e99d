/// Linear least squares in closed form, with the ridge penalty: the reference a lesson
/// compares gradient descent against.
public enum RidgeRegression {
    /// The weights w and bias b that minimise (1/n) Σᵢ (xᵢ·w + b − yᵢ)² + λ‖w‖², the cost
    /// a one-layer linear network trained with mean squared error and the penalty λΣw²
    /// minimises (the bias is not penalised). With inputs and targets centred, b drops out
    /// and w = (XᵀX/n + λI)⁻¹ Xᵀy/n, which is scikit-learn's ridge with α = nλ; λ = 0 gives
    /// ordinary least squares. Nil when the system is singular (λ = 0 with collinear inputs).
    public static func solve(_ data: Dataset, lambda: Double) -> (weights: [Double], bias: Double)? {
        guard case .values(let targets) = data.targets, targets.columns == 1, data.count > 0 else { return nil }
        let (n, d) = (data.count, data.features)
        let x = (0..<n).map { data.inputs.row($0).map(Double.init) }
        let y = targets.storage.map(Double.init)
        let means = (0..<d).map { j in x.reduce(0) { $0 + $1[j] } / Double(n) }
        let meanY = y.reduce(0, +) / Double(n)
        var gram = [[Double]](repeating: [Double](repeating: 0, count: d), count: d)
        var moment = [Double](repeating: 0, count: d)
        for i in 0..<n {
            let centred = (0..<d).map { x[i][$0] - means[$0] }
            for j in 0..<d {
                moment[j] += centred[j] * (y[i] - meanY) / Double(n)
                for k in 0..<d { gram[j][k] += centred[j] * centred[k] / Double(n) }
            }
        }
        for j in 0..<d { gram[j][j] += lambda }
        guard let weights = LinearSolve.solve(gram, moment) else { return nil }
        return (weights, meanY - zip(weights, means).reduce(0) { $0 + $1.0 * $1.1 })
    }
}
