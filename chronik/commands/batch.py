"""`chronik batch`: analyse many shards on a process pool, Spark or Dask; write Parquet tables."""

from __future__ import annotations

import argparse
import sys

from chronik.commands import positive_int
from chronik.read import DEFAULT_MAX_BYTES

ORDER = 30


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "batch", help="analyse many shards (JSONL, WARC, HTML, text) into Parquet tables",
        description="Run the per-document pipeline over input shards on a local process pool, "
                    "Spark or Dask, and write Parquet tables (documents, timexes, events, quotes, "
                    "entities, errors) partitioned by language and month. Re-running over the "
                    "same inputs replaces their output. See docs/batch.md.")
    p.add_argument("paths", nargs="+", metavar="INPUT",
                   help="input shards: .jsonl, .warc, .warc.gz, .html, .txt")
    p.add_argument("--out", required=True, metavar="DIR", help="output directory")
    p.add_argument("--engine", choices=["local", "spark", "dask"], default="local",
                   help="local: process pool (no extra dependency); spark / dask: "
                        'pip install "chronik[spark]" / "chronik[dask]"')
    p.add_argument("--workers", type=positive_int, default=1,
                   help="worker processes (local pool, Spark local[N], Dask LocalCluster)")
    p.add_argument("--master", help="Spark master URL (default local[WORKERS], or spark-submit's)")
    p.add_argument("--scheduler", help="Dask scheduler address (default: a LocalCluster)")
    p.add_argument("--split-mb", type=positive_int, default=32,
                   help="split JSON Lines shards into pieces of about this many MB (default 32)")
    p.add_argument("--date", help="document date for inputs that give none")
    p.add_argument("--lang", help="language code (de, en); detected when not given")
    p.add_argument("--max-bytes", type=positive_int, default=DEFAULT_MAX_BYTES,
                   help="largest single document (file, JSONL line or WARC record) in bytes")
    p.add_argument("--no-segment", action="store_true",
                   help="skip sentence segmentation (faster; the time tagger does not need it)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from chronik.batch import EngineUnavailable, ReadOptions, run_batch

    options = ReadOptions(lang=args.lang, date=args.date, max_bytes=args.max_bytes,
                          segment=not args.no_segment)
    try:
        summary = run_batch(args.paths, args.out, engine=args.engine, workers=args.workers,
                            options=options, split_bytes=args.split_mb * 1024 * 1024,
                            master=args.master, scheduler=args.scheduler)
    except EngineUnavailable as err:
        print(f"chronik: error: {err}", file=sys.stderr)
        return 2
    print(f"chronik batch: {summary.documents:,} documents, {summary.errors:,} errors "
          f"({summary.units} units from {summary.inputs} inputs) in {summary.seconds:.1f} s "
          f"= {summary.documents_per_second:,.0f} documents/s on {args.engine} "
          f"with {args.workers} worker(s); tables in {args.out}", file=sys.stderr)
    if summary.errors:
        print(f"chronik batch: the errors table lists the {summary.errors:,} documents "
              "that could not be read or analysed", file=sys.stderr)
    return 0
