let gradient = 1e-6
let learningRate = 1e-4
let step = learningRate * gradient
check(step == 1e-10, "a gradient of 1e-6 at a learning rate of 1e-4 moves a weight by 1e-10")

let weight = 0.5
let updated = weight - learningRate * gradient
print("before:", weight, " after:", updated)
check(abs((weight - updated) - 1e-10) < 1e-16, "the weight changes by 1e-10, up to rounding")
