#!/usr/bin/env python3
"""scikit-learn's metrics of `nnstream predict` output, to check `nnstream eval`.

    python3 metrics_ref.py TASK DATA.csv PREDICTIONS.csv MODEL.json

DATA.csv has a header row and the label in the column the model's schema names
(else "label", else the last); PREDICTIONS.csv is what `nnstream predict`
printed for it (a header, then "prediction,p" for binary, "prediction" and one
probability per class for multiclass, "prediction" for regression), one row per
data row. Classes are the schema's, in its order (else 0..K-1). Prints one JSON
object with the keys of `nnstream eval --json`.
"""
import csv
import json
import sys

import numpy as np
from sklearn import metrics


def main():
    if len(sys.argv) != 5:
        raise SystemExit(__doc__)
    task, data_path, pred_path, model_path = sys.argv[1:]
    with open(model_path) as f:
        schema = json.load(f).get("schema")
    classes = schema["label"].get("classes") if schema else None
    label = schema["label"]["name"] if schema else "label"
    with open(data_path, newline="") as f:
        rows = list(csv.reader(f))
    header, rows = rows[0], rows[1:]
    col = header.index(label) if label in header else len(header) - 1
    with open(pred_path, newline="") as f:
        pred = list(csv.reader(f))[1:]
    index = (lambda v: classes.index(v)) if classes else (lambda v: int(float(v)))
    out = {"rows": len(rows)}
    if task == "regression":
        y = np.array([float(r[col]) for r in rows])
        yhat = np.array([float(r[0]) for r in pred])
        out["rmse"] = float(np.sqrt(metrics.mean_squared_error(y, yhat)))
        out["mae"] = float(metrics.mean_absolute_error(y, yhat))
        out["r2"] = float(metrics.r2_score(y, yhat))
    else:
        yt = np.array([index(r[col]) for r in rows])
        yp = np.array([index(r[0]) for r in pred])
        P = np.array([[float(v) for v in r[1:]] for r in pred])
        if task == "binary":
            p1 = P[:, 0]
            proba = np.column_stack([1 - p1, p1])
            out["auc"] = float(metrics.roc_auc_score(yt, p1))
            k = 2
        else:
            proba = P
            k = proba.shape[1]
        labels = list(range(k))
        out["accuracy"] = float(metrics.accuracy_score(yt, yp))
        out["log_loss"] = float(metrics.log_loss(yt, proba, labels=labels, eps=1e-15))
        out["balanced_accuracy"] = float(metrics.balanced_accuracy_score(yt, yp))
        out["confusion"] = metrics.confusion_matrix(yt, yp, labels=labels).tolist()
        p, r, f1, s = metrics.precision_recall_fscore_support(yt, yp, labels=labels, zero_division=0)
        names = classes or [str(i) for i in labels]
        out["per_class"] = {names[i]: {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f1[i]), "support": int(s[i])} for i in labels}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
