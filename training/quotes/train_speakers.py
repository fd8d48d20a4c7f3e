"""Train the speaker ranker (chronik/quotes/models/speakers-<lang>.json).

    .venv/bin/python training/quotes/train_speakers.py            # writes the shipped model
    .venv/bin/python training/quotes/train_speakers.py --heldout-only --out /tmp/s.json

Data: ../shared/data/quotes-de/train.jsonl only. Each article goes through the pipeline;
every quotation the rules output that matches a gold quotation (the one-to-one match of
`chronik eval-quotes`) and whose gold quotation has a speaker gives one group of
candidates (chronik.quotes.speakers.candidates), each labelled right or wrong by the
scorer's own test (chronik.eval.quotes.speaker_correct). Model: L2 logistic regression
over the candidates' string features, each candidate a right/wrong example (train.fit:
numpy, full-batch Adam, deterministic; a softmax over each quotation's candidates was
tried and scored lower on the held-out part, 81.5 against 82.2 %).
Settings (L2, margin) are chosen by speaker accuracy on articles 451–700 with a model
trained on 1–450; the shipped model is then trained on all 700 articles.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from train import fit

import chronik.quotes as stage
from chronik.eval.quotes import match, read_gold, speaker_correct
from chronik.model import Quote, Span
from chronik.pipeline import extract
from chronik.quotes.speakers import MODEL_DIR, SpeakerModel, choose

DATA = REPO.parent / "shared" / "data" / "quotes-de" / "train.jsonl"
SEED = 20261126
HELDOUT_FROM = 450


def _right(f, mention, speaker, gold, text: str) -> bool:
    q = Quote(id="", kind=f.kind, field="text", start=f.start, end=f.end, text="",
              speaker=speaker, cue=None,
              speaker_mention=text[mention[0]:mention[1]] if mention else None,
              speaker_span=Span("text", *mention) if mention else None)
    return speaker_correct(q, gold, text)


def _with_candidates(doc):
    """The rules' output quotations of the document's text, each with its candidates."""
    ft, found = stage.rule_quotes(doc, "text")
    pending = []

    def keep(f, last) -> None:
        pending.append((f, stage.speaker_candidates(ft, f, last)))

    stage._attribute(ft, found, keep)
    return pending


def collect(path: Path, lang: str):
    """Groups of (candidate features, right?, the rules' choice?) with the article index
    and whether the rules' own choice was right."""
    groups = []
    for i, g in enumerate(read_gold(str(path))):
        doc = extract(g.text, date=(g.date or "")[:10] or None, lang=lang, doc_id=g.id)
        out = _with_candidates(doc)
        for pi, gi in match([f.spans for f, _ in out], [q.spans for q in g.quotes]):
            gold = g.quotes[gi]
            if not gold.speaker_spans:
                continue
            f, cands = out[pi]
            rows = [(c.features, int(_right(f, c.mention, c.speaker, gold, g.text)),
                     "rule" in c.sources) for c in cands]
            groups.append((i, rows, _right(f, f.mention, f.speaker, gold, g.text)))
    return groups


def accuracy(groups, model: SpeakerModel) -> float:
    from chronik.quotes.speakers import SpeakerCandidate

    ok = 0
    for _, rows, rule_right in groups:
        cands = [SpeakerCandidate(None, str(k), "", {"rule"} if is_rule else set(), feats)
                 for k, (feats, _, is_rule) in enumerate(rows)]
        best = choose(model, cands)
        ok += rows[int(best.speaker)][1] if best is not None else rule_right
    return ok / max(1, len(groups))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--lang", default="de")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--heldout-only", action="store_true")
    args = ap.parse_args(argv)
    start = time.perf_counter()
    groups = collect(args.data, args.lang)
    fit_groups = [g for g in groups if g[0] < HELDOUT_FROM]
    held = [g for g in groups if g[0] >= HELDOUT_FROM]
    oracle = sum(any(r[1] for r in rows) for _, rows, _ in held) / len(held)
    rules = sum(g[2] for g in held) / len(held)
    print(f"{len(groups)} quotations with a gold speaker ({time.perf_counter() - start:.1f} s);"
          f" held-out 451-700: rules {100 * rules:.1f}%, best candidate (oracle) "
          f"{100 * oracle:.1f}%", file=sys.stderr)
    best = None
    for l2 in (1e-4, 1e-3, 3e-3, 1e-2):
        weights, bias = fit([(feats, lab, None, None) for _, rows, _ in fit_groups
                             for feats, lab, _ in rows], l2)
        for margin in (0.0, 0.5, 1.0, 1.5, 2.0, 3.0):
            acc = accuracy(held, SpeakerModel(weights, bias, margin))
            if best is None or acc > best[0]:
                best = (acc, l2, margin, weights, bias)
        print(f"l2 {l2:g}: best held-out accuracy so far {100 * best[0]:.1f}% "
              f"(l2 {best[1]:g}, margin {best[2]})", file=sys.stderr)
    acc, l2, margin, weights, bias = best
    if not args.heldout_only:
        weights, bias = fit([(feats, lab, None, None) for _, rows, _ in groups
                             for feats, lab, _ in rows], l2)
    weights = {f: round(v, 4) for f, v in sorted(weights.items()) if abs(v) >= 5e-4}
    out = args.out or MODEL_DIR / f"speakers-{args.lang}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({
        "about": "chronik speaker ranker (training/quotes/train_speakers.py): logistic "
                 "regression over candidate features",
        "trained_on": f"{args.data.name}, articles "
                      + ("1-450" if args.heldout_only else "1-700"),
        "seed": SEED, "l2": l2, "margin": margin,
        "heldout_accuracy": round(100 * acc, 2), "heldout_rules_accuracy": round(100 * rules, 2),
        "bias": round(bias, 4), "weights": weights,
    }, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(weights)} weights) in {time.perf_counter() - start:.1f} s",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
