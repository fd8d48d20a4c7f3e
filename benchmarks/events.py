"""What the event stage costs: words/s of the pipeline with and without it, on one CPU core.

    .venv/bin/python benchmarks/events.py                # updates the numbers in docs/events.md
    .venv/bin/python benchmarks/events.py --repeat 3 --no-write

Input: the 100 KRAUTS Dolomiten articles (../shared/data/temporal-de/KRAUTS-Dolomiten-100,
read with chronik.eval.timeml; each with its document date); without them the German
demo articles in examples/ (the output then says FALLBACK). Measured, best of --repeat:

1. `chronik.extract(text, date=dct, lang="de")` with the event stage, and with it
   replaced by a no-op (everything else identical: reading, segmentation, time tagging),
   the two run alternately; times are CPU times (`time.process_time`), which other
   jobs on a shared machine disturb far less than wall time;
2. `analyse(doc, segment=False)` the same two ways (no segmentation, so the event stage's
   share is easier to see);
3. `chronik.events.annotate(doc)` alone on documents already tagged, in words/s and
   articles/s, and how many events it found;
4. the same on one text made of the articles joined five times: words/s must not fall
   with text length (a pass quadratic in the text would show here).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import gc
import os
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

KRAUTS_DIR = REPO.parent / "shared" / "data" / "temporal-de" / "KRAUTS-Dolomiten-100"
EXAMPLES_DIR = REPO / "examples"
DOC = REPO / "docs" / "events.md"
START, END = "<!-- events-benchmark:start -->", "<!-- events-benchmark:end -->"
_HEADER = re.compile(r"^\ufeff?[ \t]?date[ \t]+(\S+)[^\n]*\n")


def corpus() -> tuple[list[tuple[str, str | None]], str]:
    if KRAUTS_DIR.is_dir():
        from chronik.eval.timeml import iter_timeml

        return [(d.text, d.dct[:10] if d.dct else None) for d in iter_timeml(KRAUTS_DIR)], \
            "KRAUTS Dolomiten, 100 German news articles"
    docs = []
    for path in sorted(EXAMPLES_DIR.glob("*_de_*.txt")):
        text = path.read_text(encoding="utf-8")
        m = _HEADER.match(text)
        docs.append((text[m.end():] if m else text, m.group(1) if m else None))
    return docs, "FALLBACK: examples/*_de_*.txt (not comparable with KRAUTS numbers)"


def best_of(repeat: int, fn) -> float:
    """Least CPU time of `repeat` runs. CPU time (process_time), not wall time: on a
    machine shared with other jobs the wall clock mostly measures the others."""
    times = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return min(times)


def paired(repeat: int, with_fn, without_fn) -> tuple[float, float]:
    """Best CPU times of two variants run alternately, so both see the same disturbance."""
    a, b = [], []
    for _ in range(repeat):
        a.append(best_of(1, with_fn))
        b.append(best_of(1, without_fn))
    return min(a), min(b)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    from chronik import pipeline
    from chronik.events import annotate
    from chronik.read.dates import parse_given_date
    from chronik.read.files import document_from_text

    docs, source = corpus()
    words = sum(len(text.split()) for text, _ in docs)
    with_events = pipeline.annotate_events

    def run_extract() -> None:
        for text, dct in docs:
            pipeline.extract(text, date=dct, lang="de")

    def built():
        return [document_from_text(text, source="bench", doc_id="bench",
                                   date=parse_given_date(dct) if dct else None, lang="de")
                for text, dct in docs]

    def run_analyse() -> None:
        for doc in built():
            pipeline.analyse(doc, segment=False)

    run_extract()  # warm-up: loads py3langid, segmentation, language data
    results: dict[str, float] = {}
    def variant(fn, stage):
        def run() -> None:
            pipeline.annotate_events = stage
            try:
                fn()
            finally:
                pipeline.annotate_events = with_events
        return run

    for name, fn in (("extract", run_extract), ("analyse(segment=False)", run_analyse)):
        results[f"{name} with events"], results[f"{name} without events"] = paired(
            args.repeat, variant(fn, with_events), variant(fn, lambda doc: None))

    tagged = [pipeline.extract(text, date=dct, lang="de") for text, dct in docs]
    n_events = sum(len(d.events) for d in tagged)

    def run_annotate() -> None:
        for d in tagged:
            annotate(d)

    results["events.annotate alone"] = best_of(args.repeat, run_annotate)

    # linearity: the same articles joined five times into one text, one annotate() call
    long_doc = document_from_text("\n\n".join(text for text, _ in docs) * 5, source="bench",
                                  doc_id="long", date=None, lang="de")
    pipeline.analyse(long_doc, segment=False)

    def run_long() -> None:
        annotate(long_doc)

    long_seconds = best_of(args.repeat, run_long)

    rows = []
    for name, seconds in results.items():
        rows.append(f"| {name} | {words / seconds:,.0f} | {len(docs) / seconds:,.0f} |")
    rows.append(f"| events.annotate, one text of {5 * words:,} words | "
                f"{5 * words / long_seconds:,.0f} | – |")
    cost = {n: results[f"{n} with events"] / results[f"{n} without events"] - 1
            for n in ("extract", "analyse(segment=False)")}
    stamp = _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    report = "\n".join([
        (f"Measured {stamp} by `.venv/bin/python benchmarks/events.py --repeat {args.repeat}` "
        f"on {source} ({words:,} words), one core, least CPU time of {args.repeat}; "
        f"{n_events} events found."),
        "",
        "| run | words/s | articles/s |",
        "|---|---:|---:|",
        *rows,
        "",
        (f"The event stage adds {cost['extract']:+.1%} to `extract` and "
        f"{cost['analyse(segment=False)']:+.1%} to `analyse(segment=False)` "
        "(with and without are run alternately; differences of a few percent are noise)."),
    ])
    print(report)
    if not args.no_write and DOC.exists():
        text = DOC.read_text(encoding="utf-8")
        if START in text and END in text:
            head, rest = text.split(START, 1)
            _, tail = rest.split(END, 1)
            DOC.write_text(f"{head}{START}\n{report}\n{END}{tail}", encoding="utf-8")
            print(f"wrote {DOC.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
