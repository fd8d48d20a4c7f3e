"""Train the quotation candidate model (chronik/quotes/models/<lang>.json).

    .venv/bin/python training/quotes/train.py                     # writes models/de.json
    .venv/bin/python training/quotes/train.py --out /tmp/m.json --heldout-only

Data: ../shared/data/quotes-de/train.jsonl only (dev is never read). Every training
article goes through the pipeline; the rules' candidates (chronik.quotes.learned.candidates:
their quotations, silent reports and the other sentences) get their features and a label:
1 when the candidate shares at least half of the longer span with a gold quotation (the
match of `chronik eval-quotes`).

Model: L2-regularised logistic regression, full-batch gradient descent with Adam (numpy,
deterministic; the seed fixes nothing random but is recorded). Choice of the
regularisation and of the two cut-offs: trained on articles 1–450, chosen by the
candidate-level F1 on articles 451–700 (a held-out part of train); the shipped model is
then trained on all 700 articles with that choice.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from candidates import MODEL_DIR, candidates

from chronik.eval.quotes import read_gold
from chronik.pipeline import extract
from chronik.quotes import rule_quotes

DATA = REPO.parent / "shared" / "data" / "quotes-de" / "train.jsonl"
SEED = 20261126
HELDOUT_FROM = 450  # articles 451–700 choose the settings


def _overlap(a, b) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _length(spans) -> int:
    return sum(e - s for s, e in spans)


def collect(path: Path, lang: str):
    """(features, label, origin, article index) of every candidate; gold count per article."""
    rows, gold_counts = [], []
    for i, g in enumerate(read_gold(str(path))):
        doc = extract(g.text, date=(g.date or "")[:10] or None, lang=lang, doc_id=g.id)
        gold = [q.spans for q in g.quotes]
        gold_counts.append(len(gold))
        for name in doc.fields:
            if name != "text":
                continue
            ft, found = rule_quotes(doc, name)
            for c in candidates(ft, found):
                spans = c.found.spans
                label = any(
                    (sh := _overlap(spans, gs)) and 2 * sh >= max(_length(spans), _length(gs))
                    for gs in gold)
                rows.append((c.features, int(label), c.origin, i))
    return rows, gold_counts


def fit(rows, l2: float, iterations: int = 400, min_count: int = 2):
    counts = Counter(f for feats, *_ in rows for f in set(feats))
    vocab = {f: k for k, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    n, d = len(rows), len(vocab)
    row_idx, col_idx = [], []
    for r, (feats, *_rest) in enumerate(rows):
        for f in set(feats):
            k = vocab.get(f)
            if k is not None:
                row_idx.append(r)
                col_idx.append(k)
    row_idx, col_idx = np.array(row_idx), np.array(col_idx)
    y = np.array([lab for _, lab, *_ in rows], dtype=float)
    w, b = np.zeros(d), 0.0
    m_w, v_w, m_b, v_b = np.zeros(d), np.zeros(d), 0.0, 0.0
    lr, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
    for t in range(1, iterations + 1):
        z = np.bincount(row_idx, weights=w[col_idx], minlength=n) + b
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        err = (p - y) / n
        g_w = np.bincount(col_idx, weights=err[row_idx], minlength=d) + l2 * w
        g_b = err.sum()
        m_w = beta1 * m_w + (1 - beta1) * g_w
        v_w = beta2 * v_w + (1 - beta2) * g_w ** 2
        m_b = beta1 * m_b + (1 - beta1) * g_b
        v_b = beta2 * v_b + (1 - beta2) * g_b ** 2
        w -= lr * (m_w / (1 - beta1 ** t)) / (np.sqrt(v_w / (1 - beta2 ** t)) + eps)
        b -= lr * (m_b / (1 - beta1 ** t)) / (np.sqrt(v_b / (1 - beta2 ** t)) + eps)
    weights = {f: float(w[k]) for f, k in vocab.items()}
    return weights, float(b)


def probabilities(rows, weights, bias):
    z = np.array([bias + sum(weights.get(f, 0.0) for f in feats) for feats, *_ in rows])
    return 1 / (1 + np.exp(-np.clip(z, -30, 30)))


def choose_cutoffs(rows, probs, gold_total: int):
    """The (drop_below, add_from) pair with the best candidate-level F1: a kept candidate
    with label 1 counts as a match (an approximation of the one-to-one match)."""
    best = None
    origin = np.array([o for _, _, o, _ in rows])
    y = np.array([lab for _, lab, *_ in rows])
    for drop in np.arange(0.0, 0.61, 0.05):
        for add in np.arange(0.3, 0.96, 0.05):
            keep = np.where(origin == "rule", probs >= drop, probs >= add)
            tp, pred = int((keep & (y == 1)).sum()), int(keep.sum())
            prec, rec = tp / max(1, pred), tp / max(1, gold_total)
            f1 = 2 * prec * rec / max(1e-9, prec + rec)
            if best is None or f1 > best[0]:
                best = (f1, round(float(drop), 2), round(float(add), 2), prec, rec)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--lang", default="de")
    ap.add_argument("--out", type=Path, default=None, help="default: chronik/quotes/models/<lang>.json")
    ap.add_argument("--heldout-only", action="store_true",
                    help="write the model trained on articles 1–450 (to measure it on 451–700)")
    args = ap.parse_args(argv)
    np.random.seed(SEED)
    start = time.perf_counter()
    rows, gold_counts = collect(args.data, args.lang)
    collected = time.perf_counter() - start
    fit_rows = [r for r in rows if r[3] < HELDOUT_FROM]
    held = [r for r in rows if r[3] >= HELDOUT_FROM]
    held_gold = sum(gold_counts[HELDOUT_FROM:])
    print(f"{len(rows)} candidates from {len(gold_counts)} articles "
          f"({sum(r[1] for r in rows)} positive) in {collected:.1f} s", file=sys.stderr)
    # the rules alone on the held-out part, same approximation
    y = np.array([r[1] for r in held])
    rule = np.array([r[2] == "rule" for r in held])
    tp, pred = int((rule & (y == 1)).sum()), int(rule.sum())
    p0, r0 = tp / pred, tp / held_gold
    print(f"held-out 451-700, rules alone: P {100 * p0:.1f} R {100 * r0:.1f} "
          f"F1 {200 * p0 * r0 / (p0 + r0):.1f}", file=sys.stderr)
    best = None
    for l2 in (1e-4, 3e-4, 1e-3, 3e-3):
        weights, bias = fit(fit_rows, l2)
        choice = choose_cutoffs(held, probabilities(held, weights, bias), held_gold)
        print(f"l2 {l2:g}: held-out F1 {100 * choice[0]:.1f} (P {100 * choice[3]:.1f} "
              f"R {100 * choice[4]:.1f}) drop_below {choice[1]} add_from {choice[2]}",
              file=sys.stderr)
        if best is None or choice[0] > best[1][0]:
            best = (l2, choice, weights, bias)
    l2, choice, weights, bias = best
    if not args.heldout_only:
        weights, bias = fit(rows, l2)
    weights = {f: round(v, 4) for f, v in sorted(weights.items()) if abs(v) >= 5e-4}
    out = args.out or MODEL_DIR / f"{args.lang}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    model = {
        "about": "chronik quotation candidate model (training/quotes/train.py); "
                 "logistic regression over string features",
        "trained_on": f"{args.data.name}, articles "
                      + ("1-450" if args.heldout_only else f"1-{len(gold_counts)}"),
        "seed": SEED, "l2": l2,
        "heldout_f1": round(100 * choice[0], 2),
        "drop_below": choice[1], "add_from": choice[2],
        "bias": round(bias, 4), "weights": weights,
    }
    out.write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                   encoding="utf-8")
    print(f"wrote {out} ({len(weights)} weights, l2 {l2:g}) in "
          f"{time.perf_counter() - start:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
