"""`chronik eval-quotes`: score quotation finding and attribution on gold JSON Lines."""

from __future__ import annotations

import argparse
import json
import sys

from chronik.commands import positive_int

ORDER = 55


def register(sub: argparse._SubParsersAction) -> None:
    ev = sub.add_parser(
        "eval-quotes", help="score quotations and speakers on gold JSON Lines",
        description="Run chronik on each line's text and compare its quotations with the gold "
                    "ones: precision/recall/F1 of quote spans (match = shares at least half of "
                    "the longer span, greedy one-to-one), recall by type, speaker accuracy.")
    ev.add_argument("paths", nargs="+", metavar="FILE.jsonl",
                    help="gold files (lines with text, date, quotes)")
    ev.add_argument("--lang", default=None, help="language of the texts (default: each line's "
                                                 "`lang`, else de)")
    ev.add_argument("--errors", action="store_true",
                    help="list every missed, spurious or wrongly attributed quotation")
    ev.add_argument("--max-errors", type=positive_int, default=None)
    ev.add_argument("--limit", type=positive_int, default=None,
                    help="score only the first N documents of each file")
    ev.add_argument("--format", choices=["text", "json"], default="text")
    ev.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from itertools import islice

    from chronik.eval.quotes import GoldDocument, GoldError, evaluate, format_report, read_gold
    from chronik.pipeline import extract

    def analyse(g: GoldDocument):
        date = g.date[:10] if g.date else None
        return extract(g.text, date=date, lang=args.lang or g.lang or "de", doc_id=g.id)

    def golds():
        for path in args.paths:
            yield from islice(read_gold(path), args.limit)

    try:
        report = evaluate(golds(), analyse, keep_errors=args.errors)
    except (GoldError, OSError) as exc:
        print(f"chronik eval-quotes: {exc}", file=sys.stderr)
        return 2
    if args.format == "json":
        out = report.to_dict()
        if args.errors:
            out["errors"] = [vars(m) for m in report.errors[:args.max_errors]]
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(format_report(report, errors=args.errors, max_errors=args.max_errors))
    return 0
