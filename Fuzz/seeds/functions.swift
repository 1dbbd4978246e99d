func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
var total = 0
for i in 0..<10 where true { total += fib(i) }
