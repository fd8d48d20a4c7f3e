"""Throughput of the quotation stage, alone and inside the pipeline, on one CPU core.

    .venv/bin/python benchmarks/quotes.py                 # full run, updates docs/benchmarks.md
    .venv/bin/python benchmarks/quotes.py --words 20000 --repeat 2 --no-write

Corpus: the texts of ../shared/data/quotes-de/{dev,train}.jsonl (German Wikinews), taken in
order until --words whitespace-separated words are reached. Measured, best of --repeat:

1. `chronik.extract(text, date=…, lang="de")` with the quotation stage and with it
   replaced by a no-op (read + segmentation + time tagging [+ quotes]);
2. `analyse(doc, segment=False)` with and without quotes (no segmentation: the quotation stage
   then splits sentences itself), which shows the stage's share of a fast pipeline;
3. `chronik.quotes.annotate(doc)` alone on already analysed documents.

The brief: quotes must not halve the pipeline's throughput.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import platform
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

DATA = REPO.parent / "shared" / "data" / "quotes-de"
DEFAULT_OUT = REPO / "docs" / "benchmarks.md"
START_MARK = "<!-- quotes:start -->"
END_MARK = "<!-- quotes:end -->"


def corpus(max_words: int) -> list[tuple[str, str | None]]:
    docs: list[tuple[str, str | None]] = []
    words = 0
    for name in ("dev.jsonl", "train.jsonl"):
        path = DATA / name
        if not path.exists():
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                docs.append((row["text"], (row.get("date") or "")[:10] or None))
                words += len(row["text"].split())
                if words >= max_words:
                    return docs
    return docs


def best_time(fn, repeat: int, clock=time.perf_counter) -> float:
    times = []
    for _ in range(repeat):
        start = clock()
        fn()
        times.append(clock() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, default=50_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-write", action="store_true", help="print only, leave docs/ alone")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    docs = corpus(args.words)
    if not docs:
        print(f"no corpus: {DATA} is absent", file=sys.stderr)
        return 1
    n_words = sum(len(t.split()) for t, _ in docs)

    from chronik import pipeline
    from chronik.quotes import annotate
    from chronik.read.files import document_from_text

    real_stage = pipeline.annotate_quotes

    def run_extract() -> None:
        for text, date in docs:
            pipeline.extract(text, date=date, lang="de")

    def run_analyse() -> None:
        for text, date in docs:
            pipeline.analyse(document_from_text(text, source="b", date=date, lang="de"),
                             segment=False)

    run_extract()  # warm-up: loads segmentation, py3langid, every language file
    rows = []
    found = 0
    for label, fn in (("extract", run_extract), ("analyse(segment=False)", run_analyse)):
        # with and without alternate, so that load from other processes hits both alike
        with_q, without_q = float("inf"), float("inf")
        for _ in range(args.repeat):
            pipeline.annotate_quotes = real_stage
            with_q = min(with_q, best_time(fn, 1, clock=time.process_time))
            pipeline.annotate_quotes = lambda doc: None
            without_q = min(without_q, best_time(fn, 1, clock=time.process_time))
        pipeline.annotate_quotes = real_stage
        rows.append((label, n_words / without_q, n_words / with_q, len(docs) / with_q))

    analysed = [pipeline.extract(t, date=d, lang="de") for t, d in docs]

    def run_stage() -> None:
        for doc in analysed:
            annotate(doc)

    stage = best_time(run_stage, args.repeat)
    # CPU time of this process: on a machine shared with other jobs the wall clock also
    # counts the time the core spent on them; the CPU time is what the stage costs
    stage_cpu = best_time(run_stage, args.repeat, clock=time.process_time)
    found = sum(len(d.quotes) for d in analysed)

    niceness = f"nice -n {os.nice(0)} " if hasattr(os, "nice") and os.nice(0) > 0 else ""
    lines = [
        START_MARK,
        "## Quotation stage (`benchmarks/quotes.py`)",
        "",
        f"- Date: {_dt.datetime.now(_dt.UTC).isoformat(timespec='seconds')}",
        (f"- Machine: {platform.platform()}; CPython {platform.python_version()}; "
         f"nproc {os.cpu_count()}, pinned to one CPU"),
        (f"- Corpus: {len(docs)} German Wikinews articles, {n_words:,} words "
         f"(../shared/data/quotes-de); {found:,} quotations found"),
        (f"- Command: `{niceness}.venv/bin/python benchmarks/quotes.py --words {args.words} "
         f"--repeat {args.repeat}` (best of {args.repeat}, with and without alternating; "
         f"the pipeline rows are CPU time of the process, which other jobs on a shared "
         f"machine do not inflate as they do the wall clock)"),
        "",
        "| Pipeline | words/s without quotes | words/s with quotes | ratio | articles/s with quotes |",
        "|---|---:|---:|---:|---:|",
    ]
    for label, wo, wi, aps in rows:
        lines.append(f"| `{label}` | {wo:,.0f} | {wi:,.0f} | {wi / wo:.2f} | {aps:,.0f} |")
    lines += [
        "",
        (f"Quotation stage alone (`chronik.quotes.annotate` on analysed documents): "
         f"**{n_words / stage:,.0f} words/s**, {len(docs) / stage:,.0f} articles/s, "
         f"{1000 * stage / len(docs):.2f} ms per article (wall clock); CPU time of the "
         f"process **{1000 * stage_cpu / len(docs):.2f} ms per article** "
         f"({n_words / stage_cpu:,.0f} words/s). Load average at the end: "
         f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs."),
        END_MARK,
    ]
    report = "\n".join(lines)
    print(report)
    if not args.no_write:
        old = args.out.read_text(encoding="utf-8") if args.out.exists() else "# Benchmarks\n"
        if START_MARK in old and END_MARK in old:
            head, rest = old.split(START_MARK, 1)
            tail = rest.split(END_MARK, 1)[1]
            new = head + report + tail
        else:
            new = old.rstrip("\n") + "\n\n" + report + "\n"
        args.out.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
