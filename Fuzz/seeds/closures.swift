let f = { (x: Double) -> Double in x * x }
let xs = stride(from: 0, through: 1, by: 0.25).map(f)
print(xs.reduce(0, +), xs.sorted(by: >))
