"""The spirals workload of networks_numpy.py in JAX: the same data, widths, Glorot weights,
shuffles and float32, with every update's loss and gradient norm recorded, compiled with
jax.jit as one lax.scan over the epochs, each a lax.scan over its batches (the last, smaller
batch of each epoch is a step of its own). Run on one thread (the caller sets XLA_FLAGS).
Prints the median time in ms of the compiled run (compiled in the warm-up run) and its final loss.
Exits with status 3 when JAX is not installed: the benchmark then runs without it."""
import sys
import time

import numpy as np

try:
    import jax
    import jax.numpy as jnp
    from jax import lax
except ImportError:
    sys.exit(3)

from networks_numpy import glorot_uniform, median_ms, spirals_data


def make_train(n, batch, rate):
    full = n // batch * batch

    def loss_of(params, xb, yb):
        h = xb
        for w, b in params[:-1]:
            h = jnp.tanh(h @ w + b)
        w, b = params[-1]
        z = h @ w + b
        z = z - z.max(axis=1, keepdims=True)
        log_p = z - jnp.log(jnp.exp(z).sum(axis=1, keepdims=True))
        return -(yb * log_p).sum() / xb.shape[0]

    def step(params, xb, yb):
        loss, grads = jax.value_and_grad(loss_of)(params, xb, yb)
        norm = jnp.sqrt(sum((g * g).sum() for g in jax.tree_util.tree_leaves(grads)))
        params = jax.tree_util.tree_map(lambda p, g: p - rate * g, params, grads)
        return params, (loss, norm)

    def epoch(params, order, x, onehot):
        xs, ys = x[order], onehot[order]
        batches = (xs[:full].reshape(-1, batch, xs.shape[1]), ys[:full].reshape(-1, batch, ys.shape[1]))
        params, (losses, norms) = lax.scan(lambda p, b: step(p, *b), params, batches)
        if full < n:
            params, (loss, norm) = step(params, xs[full:], ys[full:])
            losses, norms = jnp.append(losses, loss), jnp.append(norms, norm)
        return params, (losses, norms)

    @jax.jit
    def train(params, x, onehot, orders):
        return lax.scan(lambda p, order: epoch(p, order, x, onehot), params, orders)

    return train


if __name__ == "__main__":
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    x, labels = spirals_data()
    rng = np.random.default_rng(4)
    widths = [2, 64, 64, 64, 2]
    params = [(glorot_uniform(rng, widths[i], widths[i + 1]), np.zeros(widths[i + 1], np.float32)) for i in range(4)]
    epochs, batch = 100, 32
    orders = np.stack([rng.permutation(len(x)) for _ in range(epochs)])
    onehot = np.eye(2, dtype=np.float32)[labels]
    train = make_train(len(x), batch, np.float32(0.1))
    args = (params, jnp.asarray(x), jnp.asarray(onehot), jnp.asarray(orders))

    def run():
        return jax.block_until_ready(train(*args))

    ms = median_ms(run, repeats)  # its warm-up run compiles
    _, (losses, _) = run()
    print(f"{ms:.3f} {float(losses[-1][-1]):.6f}")
