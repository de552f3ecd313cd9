#!/usr/bin/env python3
"""scikit-learn baselines for held-out accuracy.

    python3 sklearn_ref.py TRAIN.csv TEST.csv

Both files have a header row and the label in the last column. The features are
standardized with the training rows' mean and variance (StandardScaler), then
LogisticRegression and MLPClassifier (one hidden layer of 32 relu units, adam,
random_state 0) are fit on the training rows and scored on the test rows. Prints
one JSON object: {"logistic": accuracy, "mlp": accuracy, "best": the larger}.
"""
import json
import sys
import warnings

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler


def load(path):
    data = np.loadtxt(path, delimiter=",", skiprows=1, ndmin=2)
    return data[:, :-1], data[:, -1].astype(np.int64)


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    X_train, y_train = load(sys.argv[1])
    X_test, y_test = load(sys.argv[2])
    scaler = StandardScaler().fit(X_train)
    X_train, X_test = scaler.transform(X_train), scaler.transform(X_test)
    models = {
        "logistic": LogisticRegression(max_iter=5000),
        "mlp": MLPClassifier(hidden_layer_sizes=(32,), max_iter=2000, random_state=0),
    }
    result = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        for name, model in models.items():
            model.fit(X_train, y_train)
            result[name] = float(np.mean(model.predict(X_test) == y_test))
    result["best"] = max(result.values())
    print(json.dumps(result))


if __name__ == "__main__":
    main()
