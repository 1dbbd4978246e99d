extension Optimizer {
    /// One update of `count` coordinates: next = x − η · (the rule's step), with the rule's
    /// state in `first` and `second`. `next` may be `x` itself, to update in place. Descent
    /// runs it in `Double` on many starts at once; networks run it in `Float` on their weights.
    /// `t` counts updates from 1, for Adam's bias correction.
    @inline(__always)
    func step<T: BinaryFloatingPoint>(
        from x: UnsafeMutablePointer<T>, to next: UnsafeMutablePointer<T>, _ g: UnsafePointer<T>,
        _ first: UnsafeMutablePointer<T>, _ second: UnsafeMutablePointer<T>,
        count: Int, eta: Double, t: Int, random: inout RandomSource
    ) {
        let eta = T(eta)
        switch self {
        case .gradientDescent:
            for k in 0..<count { next[k] = x[k] - eta * g[k] }
        case .momentum(let beta):
            let beta = T(beta)
            for k in 0..<count {
                first[k] = beta * first[k] + g[k]
                next[k] = x[k] - eta * first[k]
            }
        case .nesterov(let beta):
            let beta = T(beta)
            for k in 0..<count {
                first[k] = beta * first[k] + g[k]
                next[k] = x[k] - eta * (g[k] + beta * first[k])
            }
        case .adagrad(let epsilon):
            let epsilon = T(epsilon)
            for k in 0..<count {
                first[k] += g[k] * g[k]
                next[k] = x[k] - eta * g[k] / (first[k].squareRoot() + epsilon)
            }
        case .rmsprop(let rho, let epsilon):
            let (rho, epsilon) = (T(rho), T(epsilon))
            for k in 0..<count {
                first[k] = rho * first[k] + (1 - rho) * g[k] * g[k]
                next[k] = x[k] - eta * g[k] / (first[k].squareRoot() + epsilon)
            }
        case .adam(let beta1, let beta2, let epsilon):
            let correction1 = T(1 - LibM.pow(beta1, Double(t))), correction2 = T(1 - LibM.pow(beta2, Double(t)))
            let (beta1, beta2, epsilon) = (T(beta1), T(beta2), T(epsilon))
            for k in 0..<count {
                first[k] = beta1 * first[k] + (1 - beta1) * g[k]
                second[k] = beta2 * second[k] + (1 - beta2) * g[k] * g[k]
                next[k] = x[k] - eta * (first[k] / correction1) / ((second[k] / correction2).squareRoot() + epsilon)
            }
        case .noisy(let sigma):
            for k in 0..<count { next[k] = x[k] - eta * (g[k] + T(sigma * random.normal())) }
        }
    }
}
