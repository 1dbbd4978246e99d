/// What the second-derivative test says of a critical point.
public enum CriticalPointKind: String, CaseIterable, Sendable {
    /// Every eigenvalue of the Hessian is positive.
    case minimum
    /// Every eigenvalue is negative.
    case maximum
    /// Some are positive and some negative: downhill in some directions, uphill in others.
    case saddle
    /// Some eigenvalue is zero, and the test cannot tell (x⁴ at 0, the monkey saddle).
    case degenerate
}

/// Finding and classifying the points where a function's gradient vanishes.
public enum CriticalPoints {
    /// The kind of point x is by the Hessian's eigenvalues, and the eigenvalues. An
    /// eigenvalue within 1e-8 of the largest in magnitude (or of 1) counts as zero.
    public static func classify(_ tape: ExpressionTape, at x: [Double]) -> (kind: CriticalPointKind, eigenvalues: [Double]) {
        let eigenvalues = SymmetricEigen.values(of: tape.hessian(at: x))
        let zero = 1e-8 * max(1, eigenvalues.map(abs).max() ?? 0)
        let kind: CriticalPointKind
        if eigenvalues.contains(where: { abs($0) <= zero }) {
            kind = .degenerate
        } else if eigenvalues.allSatisfy({ $0 > 0 }) {
            kind = .minimum
        } else if eigenvalues.allSatisfy({ $0 < 0 }) {
            kind = .maximum
        } else {
            kind = .saddle
        }
        return (kind, eigenvalues)
    }

    /// A critical point near `start`, by Newton's method on ∇f = 0: x ← x − H⁻¹∇f. Nil when
    /// the Hessian is singular on the way, or the iteration wanders off or does not settle
    /// in 100 steps.
    public static func find(_ tape: ExpressionTape, near start: [Double]) -> [Double]? {
        var x = start
        for _ in 0..<100 {
            let gradient = tape.gradient(at: x).gradient
            let norm = gradient.map { $0 * $0 }.reduce(0, +).squareRoot()
            if norm <= 1e-12 * max(1, x.map(abs).max() ?? 0) { return x }
            guard let step = LinearSolve.solve(tape.hessian(at: x), gradient) else { return nil }
            x = zip(x, step).map { $0 - $1 }
            guard x.allSatisfy({ $0.isFinite && abs($0) < 1e8 }) else { return nil }
            if step.map(abs).max() ?? 0 <= 1e-15 * max(1, x.map(abs).max() ?? 0) { return x }
        }
        return nil
    }
}
