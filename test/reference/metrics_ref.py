#!/usr/bin/env python3
"""scikit-learn's metrics of `nnstream predict` output, to check `nnstream eval`.

    python3 metrics_ref.py TASK DATA.csv PREDICTIONS.csv

DATA.csv has a header row and the label in the column named "label" (else the
last); PREDICTIONS.csv is what `nnstream predict` printed for it (a header, then
"prediction,p" for binary, "prediction,p0..pK-1" for multiclass, "prediction" for
regression), one row per data row. Prints one JSON object with the keys of
`nnstream eval --json`.
"""
import csv
import json
import sys

import numpy as np
from sklearn import metrics


def main():
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    task, data_path, pred_path = sys.argv[1:]
    with open(data_path, newline="") as f:
        rows = list(csv.reader(f))
    header, rows = rows[0], rows[1:]
    col = header.index("label") if "label" in header else len(header) - 1
    y = np.array([float(r[col]) for r in rows])
    with open(pred_path, newline="") as f:
        pred = list(csv.reader(f))[1:]
    P = np.array([[float(v) for v in r] for r in pred])
    out = {"rows": int(len(y))}
    if task == "regression":
        yhat = P[:, 0]
        out["rmse"] = float(np.sqrt(metrics.mean_squared_error(y, yhat)))
        out["mae"] = float(metrics.mean_absolute_error(y, yhat))
        out["r2"] = float(metrics.r2_score(y, yhat))
    else:
        yt = y.astype(np.int64)
        yp = P[:, 0].astype(np.int64)
        if task == "binary":
            p1 = P[:, 1]
            proba = np.column_stack([1 - p1, p1])
            out["auc"] = float(metrics.roc_auc_score(yt, p1))
            k = 2
        else:
            proba = P[:, 1:]
            k = proba.shape[1]
        labels = list(range(k))
        out["accuracy"] = float(metrics.accuracy_score(yt, yp))
        out["log_loss"] = float(metrics.log_loss(yt, proba, labels=labels, eps=1e-15))
        out["balanced_accuracy"] = float(metrics.balanced_accuracy_score(yt, yp))
        out["confusion"] = metrics.confusion_matrix(yt, yp, labels=labels).tolist()
        p, r, f1, s = metrics.precision_recall_fscore_support(yt, yp, labels=labels, zero_division=0)
        out["per_class"] = {str(i): {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f1[i]), "support": int(s[i])} for i in labels}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
