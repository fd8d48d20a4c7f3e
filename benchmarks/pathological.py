"""Linear time on pathological input: each hostile text at two sizes, one core.

    .venv/bin/python benchmarks/pathological.py            # writes docs/robustness.md section
    .venv/bin/python benchmarks/pathological.py --no-write --scale 0.2

For every case the text is built at size n and 4n; the ratio of seconds should be about
4 (linear). A ratio far above 4 points to a quadratic pass or a backtracking regex.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import docs_section  # benchmarks/docs_section.py: the script's folder is on sys.path

import chronik

DOC = REPO / "docs" / "robustness.md"
START, END = "<!-- pathological:start -->", "<!-- pathological:end -->"

CASES = {
    "paragraph without punctuation": ("wort ", 200_000),
    "quotation marks only": ("„\"»«‚‘", 20_000),
    "digits and dots only": ("1.2.3.4.5.6.7.8.9.10.11.12.", 4_000),
    "line of dates and times": ("am 10. Januar 2020 um 10 Uhr ", 2_000),
    "table of date-like numbers": ("12.12.2020 | 31.1. | 24:00 | 1990-2000\n", 2_000),
    "unbalanced quotes": ("Er sagte: „Wir kommen am Montag. ", 2_000),
    "English dates and clock times": ("on March 3, 2022 at 2 p.m. EST ", 2_000),
}


def seconds(text: str, lang: str) -> float:
    t0 = time.perf_counter()
    chronik.extract(text, date="2021-12-30", lang=lang)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every size")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    for lang in ("de", "en"):  # load each language's data before timing
        chronik.extract("Heute. Today.", date="2021-12-30", lang=lang)
    rows = ["| case | chars (n) | s at n | s at 4n | ratio (4 = linear) |", "|---|---:|---:|---:|---:|"]
    for name, (unit, count) in CASES.items():
        n = max(1, int(count * args.scale))
        lang = "en" if name.startswith("English") else "de"
        small, large = seconds(unit * n, lang), seconds(unit * 4 * n, lang)
        ratio = large / small if small > 0 else float("nan")
        rows.append(f"| {name} | {len(unit) * n:,} | {small:.2f} | {large:.2f} | {ratio:.1f} |")
        print(rows[-1], flush=True)
    cmd = "python benchmarks/pathological.py" + (f" --scale {args.scale}" if args.scale != 1 else "")
    block = "\n".join([START, f"Measured with `{cmd}` on {time.strftime('%Y-%m-%d')}, one core:", "",
                       *rows, END])
    if not args.no_write:
        docs_section.write_section(DOC, START, END, block, "# Robustness\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
