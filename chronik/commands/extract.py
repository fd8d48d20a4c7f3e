"""`chronik extract`: read articles and print what chronik finds in each."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator

from chronik.commands import positive_int
from chronik.model import Document
from chronik.pipeline import analyse_safely
from chronik.read import DEFAULT_MAX_BYTES, ReadError, read_paths
from chronik.render import render_text

ORDER = 10


def register(sub: argparse._SubParsersAction) -> None:
    ex = sub.add_parser("extract", help="extract time expressions (and more) from articles",
                        description="Read articles (seed format, plain text, JSON Lines, `-` for "
                                    "stdin) and print what chronik finds in each.")
    ex.add_argument("paths", nargs="+", metavar="FILE", help="input files, or - for standard input")
    ex.add_argument("--format", choices=["text", "json", "jsonl"], default="text",
                    help="text: a report for people; json/jsonl: the output contract")
    add_read_options(ex)
    ex.add_argument("--no-segment", action="store_true",
                    help="skip sentence segmentation (faster; time tagging does not need it)")
    ex.add_argument("--timeout", type=positive_int, default=None, metavar="SECONDS",
                    help="give up on a document after this long (default: 30 s plus 1 s per "
                         "50,000 characters)")
    ex.set_defaults(func=run)


def add_read_options(p: argparse.ArgumentParser) -> None:
    """The options every command that reads articles shares."""
    p.add_argument("--date", help="document date YYYY[-MM[-DD]] for plain text without a header")
    p.add_argument("--lang", help="language code (de, en); detected when not given")
    p.add_argument("--input", choices=["auto", "text", "jsonl"], default="auto",
                   help="input format (auto: .jsonl files are JSON Lines, others text)")
    p.add_argument("--max-bytes", type=positive_int, default=DEFAULT_MAX_BYTES,
                   help=f"refuse files larger than this (default {DEFAULT_MAX_BYTES:,})")


def analysed_documents(args: argparse.Namespace) -> Iterator[Document | ReadError]:
    """Read and analyse every input; a failure becomes a ReadError, never an exception."""
    options = {"date": args.date, "lang": args.lang, "max_bytes": args.max_bytes,
               "input_format": None if args.input == "auto" else args.input}
    segment = not getattr(args, "no_segment", False)
    for item in read_paths(args.paths, **options):
        yield item if isinstance(item, ReadError) else \
            analyse_safely(item, segment=segment, timeout=getattr(args, "timeout", None))


def run(args: argparse.Namespace) -> int:
    failed = 0
    results: list[dict] = []
    out = sys.stdout
    for item in analysed_documents(args):
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
