let s = String(format: "%.3f %5d %s", 2.0 / 3, 42, "x")
let t = "\(s) and \([1, 2].map { $0 * 2 })"
print(t.count)
