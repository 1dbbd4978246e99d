let grid = linspace(-5, 5, count: 1001)
let tanhSlopes = grid.map { tanh.derivative($0) }
check(tanhSlopes.max() == 1, "tanh′ peaks at 1")
check(tanh.derivative(0) == 1, "the peak of tanh′ is at x = 0")
check(tanhSlopes.max() == 4 * sigmoid.derivative(0), "tanh′ peaks four times higher than σ′")
plot([tanh.derivative, sigmoid.derivative], over: -5...5, title: "tanh′ and σ′")
