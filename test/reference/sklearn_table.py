#!/usr/bin/env python3
"""scikit-learn baselines for CSV files with text, categories and missing values.

    python3 sklearn_table.py TRAIN.csv TEST.csv --label NAME [--task classification|regression]
        [--sep ,] [--decimal .] [--ignore A,B]

Reads both files with Python's csv module (header row; empty, NA, N/A, NaN, null,
None and ? are missing). A column whose values all read as numbers is numeric:
SimpleImputer(mean) + StandardScaler; any other is categorical:
SimpleImputer(constant) + OneHotEncoder(handle_unknown="ignore"), in one
ColumnTransformer fit on the training rows. Classification fits LogisticRegression
and MLPClassifier(32 relu units, adam, random_state 0) and prints their accuracy on
the test rows; regression wraps Ridge and MLPRegressor(32) in a
TransformedTargetRegressor(StandardScaler) and prints R². One JSON object:
{"logistic"|"ridge": score, "mlp": score, "best": the larger}.
"""
import argparse
import csv
import json
import warnings

import numpy as np
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor
from sklearn.exceptions import ConvergenceWarning
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.metrics import r2_score
from sklearn.neural_network import MLPClassifier, MLPRegressor
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NA = {"", "na", "n/a", "nan", "null", "none", "?"}


def read(path, sep):
    with open(path, newline="") as f:
        rows = list(csv.reader(f, delimiter=sep))
    header = [h.strip() for h in rows[0]]
    return header, [r for r in rows[1:] if r]


def number(text, decimal):
    t = text.strip()
    if t.lower() in NA:
        return np.nan
    if decimal == ",":
        t = t.replace(",", ".")
    return float(t)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("train")
    ap.add_argument("test")
    ap.add_argument("--label", required=True)
    ap.add_argument("--task", default="classification", choices=["classification", "regression"])
    ap.add_argument("--sep", default=",")
    ap.add_argument("--decimal", default=".")
    ap.add_argument("--ignore", default="")
    o = ap.parse_args()
    sep = "\t" if o.sep in ("tab", "\\t") else o.sep
    header, train = read(o.train, sep)
    header2, test = read(o.test, sep)
    ignore = {c for c in o.ignore.split(",") if c}
    li = header.index(o.label)
    cols = [i for i, h in enumerate(header) if i != li and h not in ignore and h != ""]
    numeric, categorical = [], []
    for k, i in enumerate(cols):
        try:
            [number(r[i], o.decimal) for r in train]
            numeric.append(k)
        except ValueError:
            categorical.append(k)

    def frame(rows, hdr):
        idx = [hdr.index(header[i]) for i in cols]
        X = np.empty((len(rows), len(cols)), dtype=object)
        for j, r in enumerate(rows):
            for k, i in enumerate(idx):
                v = r[i]
                if k in numeric:
                    X[j, k] = number(v, o.decimal)
                else:
                    X[j, k] = "(missing)" if v.strip().lower() in NA else v.strip()
        return X

    X_train, X_test = frame(train, header), frame(test, header2)
    y_train = [r[li].strip() for r in train]
    y_test = [r[header2.index(o.label)].strip() for r in test]
    prep = ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="mean"), StandardScaler()), numeric),
        ("cat", make_pipeline(SimpleImputer(strategy="constant", fill_value="(missing)"), OneHotEncoder(handle_unknown="ignore")), categorical),
    ])
    result = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        if o.task == "classification":
            models = {"logistic": LogisticRegression(max_iter=5000), "mlp": MLPClassifier(hidden_layer_sizes=(32,), max_iter=2000, random_state=0)}
            for name, m in models.items():
                p = make_pipeline(prep, m).fit(X_train, y_train)
                result[name] = float(np.mean(p.predict(X_test) == np.array(y_test)))
        else:
            yt = np.array([number(v, o.decimal) for v in y_train])
            ys = np.array([number(v, o.decimal) for v in y_test])
            models = {"ridge": Ridge(), "mlp": MLPRegressor(hidden_layer_sizes=(32,), max_iter=2000, random_state=0)}
            for name, m in models.items():
                p = make_pipeline(prep, TransformedTargetRegressor(regressor=m, transformer=StandardScaler())).fit(X_train, yt)
                result[name] = float(r2_score(ys, p.predict(X_test)))
    result["best"] = max(result.values())
    print(json.dumps(result))


if __name__ == "__main__":
    main()
