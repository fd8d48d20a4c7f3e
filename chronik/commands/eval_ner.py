"""`chronik eval-ner`: score the NER tagger on token-per-line gold files (conlleval semantics)."""

from __future__ import annotations

import argparse
import json
import sys
import time

ORDER = 55


def register(sub: argparse._SubParsersAction) -> None:
    ev = sub.add_parser(
        "eval-ner", help="score the NER tagger on CoNLL/GermEval files (entity P/R/F1)",
        description="Tag the tokens of CoNLL-style files (token per line; BIO/BIOES tags; "
                    "GermEval TSV with index column and '#' comments) with chronik's model "
                    "and report exact-match entity precision, recall and F1 per type.")
    ev.add_argument("paths", nargs="+", metavar="FILE", help="gold files")
    ev.add_argument("--lang", default="de", help="model language (default de)")
    ev.add_argument("--scheme", choices=["outer4", "fine"], default="outer4",
                    help="outer4: PER/ORG/LOC/MISC, GermEval *deriv/*part read as O (default); "
                         "fine: the derived/part classes scored as classes of their own")
    ev.add_argument("--format", choices=["text", "json"], default="text")
    ev.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from chronik.entities.tagger import load_model
    from chronik.eval.ner import NerFormatError, format_report, read_sentences, score

    model = load_model(args.lang)
    if model is None:
        print(f"chronik eval-ner: no NER model for language {args.lang!r}", file=sys.stderr)
        return 2
    results = {}
    for path in args.paths:
        try:
            sentences = list(read_sentences(path))
        except (OSError, NerFormatError, UnicodeDecodeError) as exc:
            print(f"chronik eval-ner: {path}: {exc}", file=sys.stderr)
            return 2
        t0 = time.perf_counter()
        # decoded in batches, as the pipeline tags a document's sentences together
        runs = [s.tokens for s in sentences]
        predicted = [tags for i in range(0, len(runs), 256)
                     for tags in model.tag_token_runs(runs[i:i + 256])]
        seconds = time.perf_counter() - t0
        report = score(((s.tags, p) for s, p in zip(sentences, predicted)), args.scheme)
        report.seconds = seconds
        results[path] = report
    if args.format == "json":
        out = {p: r.to_dict() for p, r in results.items()}
        print(json.dumps(out if len(out) > 1 else next(iter(out.values())), indent=2))
    else:
        print("\n\n".join(format_report(r, f"{p} ({args.scheme}, lang {args.lang})")
                          for p, r in results.items()))
    return 0
