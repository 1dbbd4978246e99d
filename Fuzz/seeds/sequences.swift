let n = 3
let a = randomNormal(count: n * n, seed: 4)
let m = (0..<n).map { i in (0..<n).map { j in (a[i * n + j] + a[j * n + i]) / 2 } }
let pairs: [(Int, CriticalPoint)] = [(1, .minimum), (2, .saddle)]
let g = { (x: Double) in x * x * x }
print(zip(a, a.dropFirst()).filter { $0 < $1 }.count, g.derivative.derivative(1), floor(-2.5), Array(1...4))
