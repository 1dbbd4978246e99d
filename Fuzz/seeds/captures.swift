func count(_ n: Int) -> Int { n <= 0 ? 0 : 1 + count(n - 1) }
func pick(_ x: Double) -> Double { x > 0.5 ? x : pick(x + 0.25) }
var grid: [[Double]] = []
for i in 0..<4 {
    var row: [Double] = []
    for j in 0..<3 { row.append(Double(i * 3 + j) / 2) }
    grid.append(row)
}
var s = 0.0
var n = 10
func local() -> Double {
    var t = 1.0
    var k = 7
    for i in 0..<4 {
        for j in 0..<3 {
            t += grid[i][j] * grid[3 - i][2 - j]
            t -= 0.5
            t *= 1.0
            t /= 1.0
        }
        k %= 5
        k += i
        k *= 2
        k -= 1
        k /= 1
    }
    return t + Double(k)
}
for i in 0..<4 {
    for j in 0..<3 {
        s += grid[i][j] * grid[i][j]
        n -= 1
    }
}
n *= 3
n /= 2
[s, Double(n), local(), Double(count(20)), pick(0.1), grid[1][2] + grid[3][0]]
