let xs = linspace(-10, 10, count: 2001)
let slopes = xs.map { sigmoid.derivative($0) }
check(slopes.max() <= 0.25, "σ′(x) ≤ 1/4 at every point of the grid")
check(slopes.min() > 0, "σ′(x) is positive everywhere, even where σ saturates")
check(sigmoid.derivative(0) == 0.25, "σ′(0) = 1/4 exactly")
print("largest slope on the grid:", slopes.max())
print("slope at x = ±10:", sigmoid.derivative(10), "and", sigmoid.derivative(-10))
