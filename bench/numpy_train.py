"""numpy peer of `npm run bench`: the same training step as nnstream's Learner
(forward, cost, backward, plain SGD update) on a 2-layer network, float64.

Reads one JSON request per line on stdin:
    {"shape": "M", "n0": 784, "n1": 128, "act": "relu", "m": 128, "seconds": 0.6}
and answers one JSON line: {"samples_per_s": ..., "steps": ..., "seconds": ...}.
The first line it prints describes numpy (version, BLAS). Run it with one BLAS
thread (OPENBLAS_NUM_THREADS=1): the comparison is one core against one core.
"""
import json
import sys
import time

import numpy as np


def blas_info():
    try:
        cfg = np.show_config(mode="dicts")
        blas = cfg.get("Build Dependencies", {}).get("blas", {})
        return f"{blas.get('name', '?')} {blas.get('version', '')}".strip()
    except Exception:  # older numpy
        return "unknown"


class Problem:
    def __init__(self, n0, n1, act, m, seed=1):
        rng = np.random.default_rng(seed)
        self.m = m
        self.act = act
        self.W1 = rng.standard_normal((n1, n0)) * 0.01
        self.b1 = np.zeros((n1, 1))
        self.W2 = rng.standard_normal((1, n1)) * 0.01
        self.b2 = np.zeros((1, 1))
        self.X = np.sin(np.arange(n0 * m, dtype=np.float64) * 12.9898).reshape((m, n0)).T.copy()
        self.Y = (np.arange(m) % 2).astype(np.float64).reshape((1, m))
        self.lr = 0.1

    def step(self):
        m, X, Y = self.m, self.X, self.Y
        Z1 = self.W1 @ X + self.b1
        A1 = np.tanh(Z1) if self.act == "tanh" else np.maximum(Z1, 0)
        Z2 = self.W2 @ A1 + self.b2
        A2 = 1 / (1 + np.exp(-Z2))
        cost = np.sum(np.maximum(Z2, 0) - Z2 * Y + np.log1p(np.exp(-np.abs(Z2)))) / m
        dZ2 = A2 - Y
        dW2 = (dZ2 @ A1.T) / m
        db2 = np.sum(dZ2, axis=1, keepdims=True) / m
        dA1 = self.W2.T @ dZ2
        dZ1 = dA1 * (1 - A1 * A1) if self.act == "tanh" else dA1 * (Z1 >= 0)
        dW1 = (dZ1 @ X.T) / m
        db1 = np.sum(dZ1, axis=1, keepdims=True) / m
        self.W1 -= self.lr * dW1
        self.b1 -= self.lr * db1
        self.W2 -= self.lr * dW2
        self.b2 -= self.lr * db2
        return cost


def main():
    print(json.dumps({"numpy": np.__version__, "blas": blas_info()}), flush=True)
    problems = {}
    for line in sys.stdin:
        if not line.strip():
            continue
        q = json.loads(line)
        key = (q["n0"], q["n1"], q["act"], q["m"])
        if key not in problems:
            problems[key] = Problem(*key)
            for _ in range(3):
                problems[key].step()
        p = problems[key]
        steps = 0
        t0 = time.perf_counter()
        while True:
            p.step()
            steps += 1
            t = time.perf_counter() - t0
            if t >= q["seconds"]:
                break
        print(json.dumps({"samples_per_s": steps * p.m / t, "steps": steps, "seconds": t}), flush=True)


if __name__ == "__main__":
    main()
