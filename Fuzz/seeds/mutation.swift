var xs: [Double] = []
xs.append(1)
var ps = [(Double, Double)]()
ps.append((1, 2))
var grid = [(Double, Double)](repeating: (0, 1), count: 3)
grid[1] = (2.5, 3)
var s = 0.0
func f() -> Double {
    s = 10
    return 1
}
s += f()
var n = 7
n %= 4
xs[0] = 3
print(xs, ps, grid, s, n, [1.0, 2.0].reduce(0, +), [3, 1].sorted(by: <))
