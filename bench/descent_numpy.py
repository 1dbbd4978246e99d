"""The descent workload in vectorised numpy: 1 000 gradient-descent runs x 500 steps on
f(x, y) = x^4 - 3x^2 + x + y^2 from a 40 x 25 grid over [-2.5, 2.5]^2, keeping every run's
points, values and gradient norms, as `lessons` does. Prints the median time in ms."""
import sys
import time

import numpy as np


def workload(steps=500, rate=0.01):
    X, Y = np.meshgrid(np.linspace(-2.5, 2.5, 40), np.linspace(-2.5, 2.5, 25), indexing="ij")
    x, y = X.ravel().copy(), Y.ravel().copy()
    path_x = np.empty((steps + 1, x.size))
    path_y = np.empty((steps + 1, x.size))
    values = np.empty((steps + 1, x.size))
    norms = np.empty((steps + 1, x.size))
    for t in range(steps + 1):
        gx = 4 * x * x * x - 6 * x + 1
        gy = 2 * y
        path_x[t], path_y[t] = x, y
        values[t] = x * x * x * x - 3 * x * x + x + y * y
        norms[t] = np.sqrt(gx * gx + gy * gy)
        if t == steps:
            break
        x = x - rate * gx
        y = y - rate * gy
    return path_x, path_y, values, norms


if __name__ == "__main__":
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 21
    workload()  # warm up
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        path_x, path_y, values, norms = workload()
        times.append(time.perf_counter() - start)
    times.sort()
    # The final value of the first run, to check both sides computed the same thing.
    print(f"{times[len(times) // 2] * 1000:.3f} {values[-1][0]!r}")
