"""The `chronik` command line: thin commands that parse arguments, call the API and render."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator

from chronik import __version__
from chronik.model import Document
from chronik.pipeline import analyse
from chronik.read import DEFAULT_MAX_BYTES, ReadError, read_paths
from chronik.read.errors import InputError
from chronik.render import render_text


def _positive_int(raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {raw!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive, got {value}")
    return value


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="chronik", description=__doc__)
    p.add_argument("--version", action="version", version=f"chronik {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract time expressions (and more) from articles",
                        description="Read articles (seed format, plain text, JSON Lines, `-` for "
                                    "stdin) and print what chronik finds in each.")
    ex.add_argument("paths", nargs="+", metavar="FILE", help="input files, or - for standard input")
    ex.add_argument("--format", choices=["text", "json", "jsonl"], default="text",
                    help="text: a report for people; json/jsonl: the output contract")
    ex.add_argument("--date", help="document date YYYY[-MM[-DD]] for plain text without a header")
    ex.add_argument("--lang", help="language code (de, en); detected when not given")
    ex.add_argument("--input", choices=["auto", "text", "jsonl"], default="auto",
                    help="input format (auto: .jsonl files are JSON Lines, others text)")
    ex.add_argument("--max-bytes", type=_positive_int, default=DEFAULT_MAX_BYTES,
                    help=f"refuse files larger than this (default {DEFAULT_MAX_BYTES:,})")
    ex.add_argument("--no-segment", action="store_true",
                    help="skip sentence segmentation (faster; time tagging does not need it)")
    ex.set_defaults(func=cmd_extract)

    ev = sub.add_parser("eval", help="score the temporal tagger on TimeML files (TempEval-3)",
                        description="Tag the text of TimeML documents and compare with their gold "
                                    "TIMEX3s: strict/relaxed P/R/F1, value F1, type F1.")
    ev.add_argument("paths", nargs="+", metavar="TIMEML", help="TimeML files or directories")
    ev.add_argument("--lang", default="de", help="language of the documents (default de)")
    ev.add_argument("--errors", action="store_true", help="list every wrong or missing timex")
    ev.add_argument("--max-errors", type=int, default=None)
    ev.add_argument("--format", choices=["text", "json"], default="text")
    ev.set_defaults(func=cmd_eval)
    return p


def _documents(args: argparse.Namespace) -> Iterator[Document | ReadError]:
    options = {"date": args.date, "lang": args.lang, "max_bytes": args.max_bytes,
               "input_format": None if args.input == "auto" else args.input}
    for item in read_paths(args.paths, **options):
        if isinstance(item, ReadError):
            yield item
            continue
        try:
            yield analyse(item, segment=not args.no_segment)
        except (InputError, ValueError) as err:
            yield ReadError(item.source or item.id, str(err))
        except Exception as err:  # noqa: BLE001 - one bad document must not stop a batch
            yield ReadError(item.source or item.id, f"internal error: {type(err).__name__}: {err}")


def cmd_extract(args: argparse.Namespace) -> int:
    failed = 0
    results: list[dict] = []
    out = sys.stdout
    for item in _documents(args):
        if isinstance(item, ReadError):
            failed += 1
            print(f"chronik: error: {item}", file=sys.stderr)
            continue
        if args.format == "jsonl":
            out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
            out.flush()
        elif args.format == "json":
            results.append(item.to_dict())
        else:
            out.write(render_text(item) + "\n")
    if args.format == "json":
        payload = results[0] if len(results) == 1 and len(args.paths) == 1 and failed == 0 \
            and not _may_hold_many(args) else results
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    return 1 if failed else 0


def _may_hold_many(args: argparse.Namespace) -> bool:
    """JSON Lines input can hold several documents: print an array even if it held one."""
    return args.input == "jsonl" or any(p.endswith((".jsonl", ".ndjson")) for p in args.paths)


def cmd_eval(args: argparse.Namespace) -> int:
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


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # `chronik extract ... | head` is fine
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
