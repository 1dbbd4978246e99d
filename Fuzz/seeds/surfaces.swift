let f = { (x: Double, y: Double) in x*x - y*y }
let runs = [1e-1, 1e-3].map { descend(f, from: (1, $0), learningRate: 0.1, steps: 40) }
check(classify(f, at: (0, 0)) == .saddle, "saddle")
let h = hessian(f, at: (0, 0))
print(eigenvalues(h), criticalPoint(himmelblau, near: (3, 2)))
contour(f, x: -2...2, y: -2...2, paths: runs, levels: 6)
let map = basins(himmelblau, x: -5...5, y: -5...5, resolution: 5, learningRate: 0.01, steps: 20)
table(runs.map { ($0.steps, $0.final.value) }, columns: ["steps", "value"])
