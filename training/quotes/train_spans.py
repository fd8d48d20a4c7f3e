"""Train the quotation span tagger (experiment, see spans.py: not shipped).

    nice -n 10 .venv/bin/python training/quotes/train_spans.py --study
    nice -n 10 .venv/bin/python training/quotes/train_spans.py --study --sentences all \
        --biases= --settings '{"add": false, "veto_below": 0.1}' '{"everywhere": true}'
    nice -n 10 .venv/bin/python training/quotes/train_spans.py --out DIR   # all of train

Data: ../shared/data/quotes-de/train.jsonl only (dev is never read). `--study` trains on
articles 1–450 and scores the rules with the tagger on articles 451–700 for each O-label
bias in `--biases` (the measure of `chronik eval-quotes`); the shipped model is then
trained on all 700 articles with the chosen settings (`--o-bias`, `--min-margin`; the
package would read it from chronik/quotes/models/ — not done, since no setting won).

Every article goes through the pipeline without a tagger; the rules' quotations
(chronik.quotes.rule_quotes) give the attributes (spans.py here), the gold
quotations the labels: a token inside a gold quotation is I, the first token of a gold
span B, every other O. Only the sentences the tagger sees at run time are trained on:
those no quotation of the rules touches (`--sentences all` trains on every sentence).
python-crfsuite, L-BFGS with elastic net, deterministic; its own model file stays in
/tmp, what ships is chronik's weight table (chronik/entities/crf.py).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import pycrfsuite

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import spans

import chronik.quotes as quotes_stage
from chronik.entities.crf import export_crfsuite
from chronik.eval.quotes import GoldDocument, evaluate, read_gold
from chronik.pipeline import extract

rule_quotes = quotes_stage.rule_quotes  # the rules alone


def _rules_and_tagger(doc, field_name):
    """`rule_quotes` with the tagger's quotations added (and its vetoes applied), as the
    package would call it in `quotes_in` if the tagger shipped."""
    ft, found = rule_quotes(doc, field_name)
    tagger = spans.load_tagger(ft.lang.code)
    if tagger is not None:
        learned = spans.learned_quotes(ft, found, tagger)  # may reshape `found` in place
        found = sorted(found + learned, key=lambda f: f.start)
    return ft, found


quotes_stage.rule_quotes = _rules_and_tagger  # this process only: the experiment's hook

DATA = REPO.parent / "shared" / "data" / "quotes-de" / "train.jsonl"
STUDY = 450  # articles 1–450 to learn from, 451–700 to choose by


def _analyse(g: GoldDocument):
    return extract(g.text, date=g.date[:10] if g.date else None, lang=g.lang or "de",
                   doc_id=g.id)


# `--kinds`: whole sentences that describe or report ("S") apart from clauses ("C")
KIND_OF_TYPE = {"Reported": "S", "FreeIndirect": "S"}


def labels_for(run: spans.Run, gold: list[list[tuple[int, int]]],
               kinds: list[str] | None = None) -> list[str]:
    """I for a token inside a gold quotation, B for the first token of each of its spans
    (with `kinds`, each gold quotation's kind appended: "B-S", "I-C")."""
    out = ["O"] * len(run.spans)
    for n, q in enumerate(gold):
        for s, e in q:
            first = True
            for i, (a, b) in enumerate(run.spans):
                if s <= a < e:
                    if first and out[i] != "I":
                        out[i] = "B" if a > run.spans[0][0] or s > a - 3 else "I"
                    elif out[i] == "O":
                        out[i] = "I"
                    first = False
    if kinds is not None:
        kind_at = ["O"] * len(run.spans)
        for n, q in enumerate(gold):
            for s, e in q:
                for i, (a, _b) in enumerate(run.spans):
                    if s <= a < e and kind_at[i] == "O":
                        kind_at[i] = kinds[n]
        out = [lab if lab == "O" else f"{lab}-{k}" for lab, k in zip(out, kind_at)]
    return out


def sequences(golds: list[GoldDocument], which: str, kinds: bool = False
              ) -> list[tuple[list[list[str]], list[str]]]:
    no_model = tempfile.mkdtemp()
    saved = spans.MODEL_DIR
    spans.MODEL_DIR = Path(no_model)
    spans.load_tagger.cache_clear()
    out = []
    try:
        for g in golds:
            doc = _analyse(g)
            ft, found = rule_quotes(doc, "text")
            chosen = spans.candidate_sentences(ft, found) if which == "candidates" else None
            gold = [q.spans for q in g.quotes]
            for run in spans.sentence_runs(ft, found, chosen):
                out.append((run.attributes, labels_for(
                    run, gold, [KIND_OF_TYPE.get(q.type, "C") for q in g.quotes]
                    if kinds else None)))
    finally:
        spans.MODEL_DIR = saved
        spans.load_tagger.cache_clear()
    return out


def train(seqs, out_dir: Path, c1: float, c2: float, iterations: int,
          settings: dict) -> Path:
    trainer = pycrfsuite.Trainer(verbose=False)
    for attrs, labels in seqs:
        trainer.append(attrs, labels)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                        "feature.possible_transitions": True, "feature.minfreq": 1})
    crf_path = Path(tempfile.gettempdir()) / "chronik-spans-de.crfsuite"
    trainer.train(str(crf_path))
    out_dir.mkdir(parents=True, exist_ok=True)
    export_crfsuite(crf_path, out_dir / "spans-de.npz")
    (out_dir / "spans-de.json").write_text(json.dumps({"settings": settings}, indent=2) + "\n")
    return crf_path


def score_with(model_dir: Path | None, golds: list[GoldDocument]) -> dict:
    saved = spans.MODEL_DIR
    spans.MODEL_DIR = model_dir if model_dir is not None else Path(tempfile.mkdtemp())
    spans.load_tagger.cache_clear()
    try:
        report = evaluate(golds, _analyse)
    finally:
        spans.MODEL_DIR = saved
        spans.load_tagger.cache_clear()
    d = report.to_dict()
    return {k: d[k] for k in ("predicted", "matched", "precision", "recall", "f1",
                              "speaker_accuracy")} | {
        "recall_by_type": d["recall_by_type"],
        "learned": (d["predicted_by_rule"].get(spans.LEARNED_RULE, 0),
                    d["precision_by_rule"].get(spans.LEARNED_RULE))}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--study", action="store_true",
                    help="train on articles 1–450, score on 451–700 (nothing shipped)")
    ap.add_argument("--sentences", choices=["candidates", "all"], default="candidates")
    ap.add_argument("--kinds", action="store_true",
                    help="label clauses (B-C/I-C) apart from whole reporting sentences (B-S/I-S)")
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--iterations", type=int, default=200)
    ap.add_argument("--biases", default="-0.5,0", help="O-label biases tried in --study")
    ap.add_argument("--settings", nargs="*", default=[],
                    help="--study: settings (JSON objects of SpanSettings fields) to score")
    ap.add_argument("--margins", default="0,2,4,6", help="span margins tried in --study")
    ap.add_argument("--min-tokens", type=int, default=3)
    ap.add_argument("--o-bias", type=float, default=0.0, help="the shipped model's bias")
    ap.add_argument("--min-margin", type=float, default=0.0, help="the shipped model's margin")
    ap.add_argument("--out", type=Path, default=None, help="where the model is written")
    ap.add_argument("--keep", type=Path, default=None, help="--study: keep the model here")
    args = ap.parse_args()

    golds = list(read_gold(str(DATA)))
    t0 = time.time()
    if args.study:
        study, held = golds[:STUDY], golds[STUDY:]
        seqs = sequences(study, args.sentences, args.kinds)
        print(f"{len(seqs)} sentences, {sum(len(s[1]) for s in seqs)} tokens, "
              f"{time.time() - t0:.0f}s", flush=True)
        out = args.keep or Path(tempfile.mkdtemp())
        train(seqs, out, args.c1, args.c2, args.iterations, {})
        print(f"trained {time.time() - t0:.0f}s; model {(out / 'spans-de.npz').stat().st_size} B",
              flush=True)
        print("rules alone", json.dumps(score_with(None, held)), flush=True)
        for tried in args.settings:
            (out / "spans-de.json").write_text(json.dumps({"settings": json.loads(tried)}))
            print(tried, json.dumps(score_with(out, held)), flush=True)
        for bias in (float(b) for b in args.biases.split(",") if b):
            for margin in (float(m) for m in args.margins.split(",")):
                settings = {"o_bias": bias, "min_margin": margin, "min_tokens": args.min_tokens}
                (out / "spans-de.json").write_text(json.dumps({"settings": settings}))
                print(f"o_bias {bias} margin {margin}", json.dumps(score_with(out, held)),
                      flush=True)
        return 0
    if args.out is None:
        ap.error("--out DIR is needed without --study (nothing is shipped)")
    seqs = sequences(golds, args.sentences, args.kinds)
    settings = {"o_bias": args.o_bias, "min_margin": args.min_margin,
                "min_tokens": args.min_tokens}
    train(seqs, args.out, args.c1, args.c2, args.iterations, settings)
    meta = json.loads((args.out / "spans-de.json").read_text())
    meta["training"] = {"articles": len(golds), "sentences": len(seqs),
                        "which_sentences": args.sentences, "c1": args.c1, "c2": args.c2,
                        "iterations": args.iterations, "algorithm": "lbfgs"}
    (args.out / "spans-de.json").write_text(json.dumps(meta, indent=2) + "\n")
    print(json.dumps(meta, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
