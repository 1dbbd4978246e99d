"""The network workloads of the networks issue in numpy, float32, one thread, with
hand-written backprop, exactly as `lessons` computes them:

spirals: 1 000 points, MLP 2-64-64-64-2 (tanh hidden, softmax cross-entropy), Glorot uniform,
         SGD with learning rate 0.1, batch 32, 100 epochs, shuffled every epoch; the loss
         and gradient norm of every update recorded.
init:    a 30-layer, width-256 ReLU MLP (He normal), a batch of 1 024, one forward and
         backward pass (mean squared error) with per-layer statistics: activation mean and
         std, the fraction of dead units, and the mean per-example gradient norm.

Prints the median times in ms: spirals, then init, then the spirals run's final loss."""
import sys
import time

import numpy as np


def spirals_data(count=1000, seed=1):
    rng = np.random.default_rng(seed)
    per = count // 2
    r = (np.arange(per) + 0.5) / per
    xs, labels = [], []
    for c in range(2):
        angle = 2 * np.pi * (r + c / 2)
        xs.append(np.stack([r * np.cos(angle), r * np.sin(angle)], axis=1) + 0.02 * rng.standard_normal((per, 2)))
        labels.append(np.full(per, c))
    x = np.concatenate(xs).astype(np.float32)
    x = (x - x.mean(axis=0)) / x.std(axis=0)
    return x, np.concatenate(labels)


def glorot_uniform(rng, n, m):
    limit = np.sqrt(6 / (n + m))
    return rng.uniform(-limit, limit, (n, m)).astype(np.float32)


def spirals(x, labels, epochs=100, batch=32, rate=np.float32(0.1), seed=4):
    rng = np.random.default_rng(seed)
    widths = [2, 64, 64, 64, 2]
    ws = [glorot_uniform(rng, widths[i], widths[i + 1]) for i in range(4)]
    bs = [np.zeros(widths[i + 1], np.float32) for i in range(4)]
    onehot = np.eye(2, dtype=np.float32)[labels]
    losses, norms = [], []
    n = len(x)
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch):
            idx = order[start:start + batch]
            xb, yb = x[idx], onehot[idx]
            acts = [xb]
            for i in range(3):
                acts.append(np.tanh(acts[-1] @ ws[i] + bs[i]))
            z = acts[-1] @ ws[3] + bs[3]
            z = z - z.max(axis=1, keepdims=True)
            logsum = np.log(np.exp(z).sum(axis=1, keepdims=True))
            losses.append(float(-(yb * (z - logsum)).sum() / len(xb)))
            delta = (np.exp(z - logsum) - yb) / np.float32(len(xb))
            gw, gb = [None] * 4, [None] * 4
            for i in range(3, -1, -1):
                gw[i] = acts[i].T @ delta
                gb[i] = delta.sum(axis=0)
                if i > 0:
                    delta = (delta @ ws[i].T) * (1 - acts[i] * acts[i])
            norms.append(float(np.sqrt(sum((g * g).sum() for g in gw) + sum((g * g).sum() for g in gb))))
            for i in range(4):
                ws[i] -= rate * gw[i]
                bs[i] -= rate * gb[i]
    return losses[-1]


def init_study(x, ws):
    acts, zs = [x], []
    for w in ws:
        zs.append(acts[-1] @ w)
        acts.append(np.maximum(zs[-1], 0))
    rows = len(x)
    delta = 2 * acts[-1] / np.float32(acts[-1].shape[1] * rows)  # MSE against 0
    stats = []
    for i in range(len(ws) - 1, -1, -1):
        delta = np.where(zs[i] > 0, delta, 0)
        a = acts[i + 1]
        per_example = np.linalg.norm(acts[i], axis=1) * np.linalg.norm(delta, axis=1) * rows
        stats.append((a.mean(), a.std(), (a == 0).all(axis=0).mean(), per_example.mean()))
        gw = acts[i].T @ delta
        if i > 0:
            delta = delta @ ws[i].T
    return stats, gw


def median_ms(f, repeats):
    f()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        f()
        times.append(time.perf_counter() - start)
    times.sort()
    return times[len(times) // 2] * 1000


if __name__ == "__main__":
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 11
    x, labels = spirals_data()
    rng = np.random.default_rng(2)
    batch = rng.standard_normal((1024, 256)).astype(np.float32)
    ws = [(rng.standard_normal((256, 256)) * np.sqrt(2 / 256)).astype(np.float32) for _ in range(30)]
    spirals_ms = median_ms(lambda: spirals(x, labels), repeats)
    init_ms = median_ms(lambda: init_study(batch, ws), repeats)
    print(f"{spirals_ms:.3f} {init_ms:.3f} {spirals(x, labels):.6f}")
