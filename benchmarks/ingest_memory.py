"""Peak memory of `chronik ingest` on a JSON Lines file of 100 MB and of 1 GB.

    .venv/bin/python benchmarks/ingest_memory.py              # writes a docs/robustness.md section
    .venv/bin/python benchmarks/ingest_memory.py --sizes 100 --no-write

The file is generated in a temporary folder from hand-written sentences: a few thousand
distinct articles, repeated under new ids until the file has the size asked for (repeats
have the same content hash, so they are read, hashed and skipped; the distinct ones are
analysed and stored). Peak RSS of the ingest process should not grow with the file size:
readers stream record by record and ingest works in fixed-size batches.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import docs_section  # benchmarks/docs_section.py: the script's folder is on sys.path

REPO = Path(__file__).resolve().parent.parent
DOC = REPO / "docs" / "robustness.md"
START, END = "<!-- ingest_memory:start -->", "<!-- ingest_memory:end -->"

SENTENCES = [
    "Das Treffen soll am {d}. März in Genf stattfinden.",
    "Am Montag sagte die Ministerin Lenka Marović, man sei bereit, über Abflussmengen zu reden.",
    "Vor drei Wochen war die Sitzung um 21:30 Uhr MEZ abgesagt worden.",
    "„Wir fahren nicht nach Genf, um Fotos zu machen“, sagte Aurel Dascu am Sonntagabend.",
    "Seit Jahren fließt jeden Dienstag weniger Wasser durch den Kessla-Staudamm.",
    "The summit is scheduled for March {d} at 2 p.m. EST, officials said on Friday.",
]


def write_corpus(path: Path, megabytes: int, distinct: int) -> int:
    rng = random.Random(1)
    texts = [" ".join(rng.choice(SENTENCES).format(d=rng.randint(1, 28))
                      for _ in range(rng.randint(20, 60))) for _ in range(distinct)]
    limit, written, n = megabytes * 1_000_000, 0, 0
    with path.open("w", encoding="utf-8") as f:
        while written < limit:
            line = json.dumps({"id": f"r{n}", "date": "2023-02-20", "lang": "de",
                               "text": texts[n % distinct]}, ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    return n


def measure(path: Path, db: Path) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "chronik", "ingest", "--db", str(db), str(path)],
                   check=True, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the largest child so far: run sizes from small to large
    return max(peak, before) / 1024, seconds


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000", help="file sizes in MB, ascending")
    ap.add_argument("--distinct", type=int, default=2000, help="distinct articles")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    rows = ["| JSONL file | records | distinct analysed | peak RSS of ingest | time |",
            "|---:|---:|---:|---:|---:|"]
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sorted(int(s) for s in args.sizes.split(",")):
            path = Path(tmp) / f"corpus-{mb}.jsonl"
            n = write_corpus(path, mb, args.distinct)
            peak, seconds = measure(path, Path(tmp) / f"store-{mb}.db")
            rows.append(f"| {mb:,} MB | {n:,} | {min(n, args.distinct):,} | {peak:,.0f} MB "
                        f"| {seconds:,.0f} s |")
            print(rows[-1], flush=True)
            path.unlink()
    header = (f"Measured with `python benchmarks/ingest_memory.py --sizes {args.sizes} "
              f"--distinct {args.distinct}` "
              f"on {time.strftime('%Y-%m-%d')}:")
    block = "\n".join([START, header, "", *rows, END])
    if not args.no_write:
        docs_section.write_section(DOC, START, END, block, "# Robustness\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
