"""The interpreter benchmark's programs in Python, timed as bench/InterpreterBenchmark
times the same programs in a lesson block. Prints one line per workload:
name, median milliseconds, the value the program computed."""
import sys
import time
from functools import reduce


def accumulate():
    s = 0.0
    for i in range(1_000_000):
        s += float(i)
    return s


def appends():
    a = []
    for i in range(200_000):
        a.append((float(i), 0.5))
    return len(a)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def chain():
    xs = [float(i) for i in range(100_000)]
    return reduce(lambda a, b: a + b, filter(lambda x: x > 1000, map(lambda x: x * 2, xs)), 0.0)


def matmul():
    n = 300
    a = []
    for i in range(n):
        row = []
        for j in range(n):
            row.append(float(i + j) / float(n))
        a.append(row)
    c = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            s = 0.0
            for k in range(n):
                s += a[i][k] * a[k][j]
            c[i][j] = s
    return c[n - 1][n - 1]


def sgd():
    xs = []
    ys = []
    for i in range(1000):
        x = float(i) / 1000
        xs.append(x)
        ys.append(3 * x + 1)
    w = 0.0
    b = 0.0
    for _ in range(200):
        for i in range(len(xs)):
            err = w * xs[i] + b - ys[i]
            w -= 0.1 * err * xs[i]
            b -= 0.1 * err
    return w


WORKLOADS = {
    "accumulate": accumulate,
    "appends": appends,
    "fib": lambda: fib(24),
    "chain": chain,
    "matmul": matmul,
    "sgd": sgd,
}

if __name__ == "__main__":
    repeats = int(sys.argv[1])
    names = sys.argv[2:] or list(WORKLOADS)
    for name in names:
        times, value = [], None
        # One untimed run first, as the Swift side does: a fresh process's first run here
        # took 53-70 ms where the next took 35 (the accumulation).
        WORKLOADS[name]()
        for _ in range(repeats):
            start = time.perf_counter()
            value = WORKLOADS[name]()
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        print(name, times[len(times) // 2], value)
