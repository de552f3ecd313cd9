#!/usr/bin/env python3
"""An independent numpy implementation of nnstream's training algorithm.

Written from SEED.md and PRODUCT.md, not from the TypeScript: it is the reference
the TypeScript core is checked against (PRODUCT.md, "Exact": the same costs to 1e-9
relative).

    python3 numpy_ref.py DATA.csv --init MODEL.json [--lr 0.1] [--batch 64]
        [--epochs 1] [--optimizer sgd|momentum|adam] [--l2 0] [--standardize]
        [--task binary|multiclass|regression] [--classes K]

DATA.csv has a header row and the label in its last column. MODEL.json is a model
in the JSON form of PRODUCT.md ("layers": [{"activation", "W": rows, "b"}]): the
initial parameters. One JSON line per training step is printed on stdout:
{"step", "cost", "accuracy"} (accuracy is null for regression).

The algorithm, in SEED.md's notation (X is (n[0], m), one column per sample):
  batches    m consecutive rows in file order, never spanning two epochs
  standardize  running count/mean/M2 merged with the batch (Chan et al.) before the
             batch is used; x -> (x - mean) / sqrt(M2 / count), or x - mean when
             the variance is 0. A regression target is standardized the same way
             (its own running statistics): the network learns the scaled target,
             and the cost is reported in the target's units, i.e. the scaled cost
             times the target's running variance (1 when that is 0)
  forward    Z[l] = W[l] A[l-1] + b[l], A[l] = g[l](Z[l])
  cost       binary: sigmoid + cross-entropy, multiclass: softmax + categorical
             cross-entropy, regression: linear + 1/(2m) sum (a - y)^2;
             + lambda/(2m) sum_l ||W[l]||^2 with L2. Step k's cost is its own
             forward pass, before its update.
  backward   dZ[L] = A[L] - Y; dW[l] = (1/m) dZ[l] A[l-1]^T (+ (lambda/m) W[l]);
             db[l] = (1/m) row sums of dZ[l]; dZ[l-1] = W[l]^T dZ[l] * g'(Z[l-1])
  update     sgd: W -= lr dW; momentum: v = 0.9 v + 0.1 dW, W -= lr v;
             adam: beta1 0.9, beta2 0.999, eps 1e-8, bias-corrected, t counts steps.
"""
import argparse
import json
import sys

import numpy as np

LEAK = 0.01


# ---- activations: g(z) and g'(z) -------------------------------------------------

def g(name, Z):
    if name == "sigmoid":
        return 1.0 / (1.0 + np.exp(-Z))
    if name == "tanh":
        return np.tanh(Z)
    if name == "relu":
        return np.maximum(Z, 0.0)
    if name == "leaky_relu":
        return np.where(Z >= 0, Z, LEAK * Z)
    if name == "linear":
        return Z
    if name == "softmax":
        E = np.exp(Z - Z.max(axis=0, keepdims=True))
        return E / E.sum(axis=0, keepdims=True)
    raise SystemExit(f"unknown activation {name!r}")


def g_prime(name, Z, A):
    """g'(Z) for a hidden activation (relu and leaky relu: g'(0) = 1)."""
    if name == "sigmoid":
        return A * (1.0 - A)
    if name == "tanh":
        return 1.0 - A * A
    if name == "relu":
        return (Z >= 0).astype(np.float64)
    if name == "leaky_relu":
        return np.where(Z >= 0, 1.0, LEAK)
    raise SystemExit(f"{name!r} is not a hidden activation")


OUTPUT = {"binary": "sigmoid", "multiclass": "softmax", "regression": "linear"}


# ---- cost and accuracy --------------------------------------------------------

def loss_sum(task, ZL, AL, Y):
    if task == "binary":
        # -[y log s(z) + (1-y) log(1 - s(z))], written so that it never overflows
        return np.sum(np.maximum(ZL, 0.0) - ZL * Y + np.log1p(np.exp(-np.abs(ZL))))
    if task == "multiclass":
        zmax = ZL.max(axis=0)
        logsumexp = zmax + np.log(np.exp(ZL - zmax).sum(axis=0))
        return np.sum(logsumexp - (Y * ZL).sum(axis=0))
    return 0.5 * np.sum((AL - Y) ** 2)


def correct(task, AL, labels):
    if task == "binary":
        return int(np.sum((AL[0] > 0.5).astype(np.float64) == labels))
    if task == "multiclass":
        return int(np.sum(np.argmax(AL, axis=0) == labels))
    return None


def targets(task, labels, units):
    if task == "multiclass":
        Y = np.zeros((units, labels.size))
        Y[labels.astype(np.int64), np.arange(labels.size)] = 1.0
        return Y
    return labels.reshape(1, -1).astype(np.float64)


# ---- optimizers ------------------------------------------------------------------

class Sgd:
    def __init__(self, lr, shapes):
        self.lr = lr

    def step(self, params, grads):
        for p, dp in zip(params, grads):
            p -= self.lr * dp


class Momentum:
    def __init__(self, lr, shapes, beta=0.9):
        self.lr, self.beta = lr, beta
        self.v = [np.zeros(s) for s in shapes]

    def step(self, params, grads):
        for p, dp, v in zip(params, grads, self.v):
            v *= self.beta
            v += (1.0 - self.beta) * dp
            p -= self.lr * v


class Adam:
    def __init__(self, lr, shapes, beta1=0.9, beta2=0.999, eps=1e-8):
        self.lr, self.beta1, self.beta2, self.eps = lr, beta1, beta2, eps
        self.m = [np.zeros(s) for s in shapes]
        self.s = [np.zeros(s) for s in shapes]
        self.t = 0

    def step(self, params, grads):
        self.t += 1
        for p, dp, m, s in zip(params, grads, self.m, self.s):
            m[...] = self.beta1 * m + (1.0 - self.beta1) * dp
            s[...] = self.beta2 * s + (1.0 - self.beta2) * dp * dp
            m_hat = m / (1.0 - self.beta1 ** self.t)
            s_hat = s / (1.0 - self.beta2 ** self.t)
            p -= self.lr * m_hat / (np.sqrt(s_hat) + self.eps)


OPTIMIZERS = {"sgd": Sgd, "momentum": Momentum, "adam": Adam}


# ---- running standardization --------------------------------------------------

class Standardizer:
    def __init__(self, n):
        self.count = 0
        self.mean = np.zeros((n, 1))
        self.M2 = np.zeros((n, 1))

    def merge(self, X):
        """Chan et al.: merge the batch's count, mean and M2 into the running ones."""
        nb = X.shape[1]
        mean_b = X.mean(axis=1, keepdims=True)
        M2_b = ((X - mean_b) ** 2).sum(axis=1, keepdims=True)
        na, n = self.count, self.count + nb
        delta = mean_b - self.mean
        self.mean = self.mean + delta * (nb / n)
        self.M2 = self.M2 + M2_b + delta ** 2 * (na * nb / n)
        self.count = n

    def apply(self, X):
        var = self.M2 / self.count
        sd = np.where(var > 0, np.sqrt(np.where(var > 0, var, 1.0)), 1.0)
        return (X - self.mean) / sd


# ---- training ----------------------------------------------------------------------

def train(X_all, labels_all, model, o):
    task = o.task or model["task"]
    Ws = [np.array(layer["W"], dtype=np.float64) for layer in model["layers"]]
    bs = [np.array(layer["b"], dtype=np.float64).reshape(-1, 1) for layer in model["layers"]]
    acts = [layer["activation"] for layer in model["layers"]]
    if acts[-1] != OUTPUT[task]:
        raise SystemExit(f"a {task} model must end in {OUTPUT[task]}, this one ends in {acts[-1]}")
    units = Ws[-1].shape[0]
    if task == "multiclass" and o.classes is not None and o.classes != units:
        raise SystemExit(f"--classes {o.classes} but the model has {units} output units")
    L = len(Ws)
    params = [p for pair in zip(Ws, bs) for p in pair]  # W1, b1, W2, b2, ...
    opt = OPTIMIZERS[o.optimizer](o.lr, [p.shape for p in params])
    std = Standardizer(X_all.shape[0]) if o.standardize else None
    target_std = Standardizer(1) if o.standardize and task == "regression" else None
    lam = o.l2
    N = X_all.shape[1]
    step = 0
    out = sys.stdout
    for _epoch in range(o.epochs):
        for start in range(0, N, o.batch):
            X = X_all[:, start:start + o.batch]
            labels = labels_all[start:start + o.batch]
            m = X.shape[1]
            if std is not None:
                std.merge(X)
                X = std.apply(X)
            # forward
            As, Zs = [X], []
            for l in range(L):
                Z = Ws[l] @ As[-1] + bs[l]
                Zs.append(Z)
                As.append(g(acts[l], Z))
            AL = As[-1]
            unit_scale = 1.0
            if target_std is not None:
                T = labels.reshape(1, -1).astype(np.float64)
                target_std.merge(T)
                labels = target_std.apply(T).ravel()
                var = float(target_std.M2[0, 0] / target_std.count)
                unit_scale = var if var > 0 else 1.0
            Y = targets(task, labels, units)
            cost = loss_sum(task, Zs[-1], AL, Y) / m
            if lam != 0:
                cost += lam / (2 * m) * sum(np.sum(W * W) for W in Ws)
            cost *= unit_scale
            c = correct(task, AL, labels)
            # backward
            dWs, dbs = [None] * L, [None] * L
            dZ = AL - Y
            for l in range(L - 1, -1, -1):
                dWs[l] = (dZ @ As[l].T) / m
                if lam != 0:
                    dWs[l] = dWs[l] + (lam / m) * Ws[l]
                dbs[l] = dZ.sum(axis=1, keepdims=True) / m
                if l > 0:
                    dZ = (Ws[l].T @ dZ) * g_prime(acts[l - 1], Zs[l - 1], As[l])
            opt.step(params, [d for pair in zip(dWs, dbs) for d in pair])
            out.write(json.dumps({"step": step, "cost": float(cost), "accuracy": None if c is None else c / m}) + "\n")
            step += 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data")
    ap.add_argument("--init", required=True, help="model JSON with the initial parameters")
    ap.add_argument("--lr", type=float, default=0.1)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--optimizer", choices=sorted(OPTIMIZERS), default="sgd")
    ap.add_argument("--l2", type=float, default=0.0)
    ap.add_argument("--standardize", action="store_true")
    ap.add_argument("--task", choices=sorted(OUTPUT))
    ap.add_argument("--classes", type=int)
    o = ap.parse_args()
    data = np.loadtxt(o.data, delimiter=",", skiprows=1, ndmin=2)
    X_all = np.ascontiguousarray(data[:, :-1].T)  # (n, N): one column per sample
    labels_all = data[:, -1]
    with open(o.init) as f:
        model = json.load(f)
    train(X_all, labels_all, model, o)


if __name__ == "__main__":
    main()
