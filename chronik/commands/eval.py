"""`chronik eval`: score the temporal tagger on TimeML files (TempEval-3 measures)."""

from __future__ import annotations

import argparse
import json

ORDER = 50


def register(sub: argparse._SubParsersAction) -> None:
    ev = sub.add_parser("eval", help="score the temporal tagger on TimeML files (TempEval-3)",
                        description="Tag the text of TimeML documents and compare with their gold "
                                    "TIMEX3s: strict/relaxed P/R/F1, value F1, type F1.")
    ev.add_argument("paths", nargs="+", metavar="TIMEML", help="TimeML files or directories")
    ev.add_argument("--lang", default="de", help="language of the documents (default de)")
    ev.add_argument("--errors", action="store_true", help="list every wrong or missing timex")
    ev.add_argument("--max-errors", type=int, default=None)
    ev.add_argument("--format", choices=["text", "json"], default="text")
    ev.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from chronik.eval.tempeval import evaluate, format_report
    from chronik.eval.timeml import iter_timeml
    from chronik.time import tag

    def tagger(text: str, dct: str | None):
        return tag(text, date=dct, lang=args.lang)

    def docs():
        for path in args.paths:
            yield from iter_timeml(path)

    report = evaluate(docs(), tagger)
    if args.format == "json":
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report, errors=args.errors, max_errors=args.max_errors))
    return 0
