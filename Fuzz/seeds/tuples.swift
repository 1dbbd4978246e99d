var p = (x: 1.0, y: 2.0)
p.x += 1
let (a, b) = p
for (i, v) in [a, b].enumerated() { print(i, v) }
zip([1], ["a"])
