func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
func half(_ x: Double, _ y: Double) -> Double { x >= 1.5 ? 0.5 * x - y : 1 - y * 2 }
func step(_ n: Int) -> Int { n > 100 ? n : step(n * 3) }
var xs: [Double] = []
for i in 0..<20 {
    let x = Double(i) / 20
    xs.append(3 * x + 1)
}
var w = 0.0
for _ in 0..<3 {
    for i in 0..<xs.count {
        let err = w * xs[i] - 1 / xs[i]
        w -= 0.1 * err
        if err < 0 { w += 1 } else if err == 0.0 { w = 0 } else { w -= 0.5 }
    }
}
[Double(fib(12)), half(2, 0.25), half(1, 1), Double(step(1)), w, Double(7 / 2), Double(-7 % 3)]
