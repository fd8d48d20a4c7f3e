"""Throughput of chronik's NER stage on one CPU core, alone and inside the whole pipeline.

    nice -n 10 .venv/bin/python benchmarks/ner.py             # updates docs/benchmarks.md
    .venv/bin/python benchmarks/ner.py --articles 50 --no-write

Corpus: German news articles of the quotation corpus (../shared/data/quotes-de/dev.jsonl),
read once; token counts are chronik's NER tokens (chronik/entities/tokens.py).
Measured in CPU time of this process (the machine is shared), each as the best of
--repeat passes over the same articles:
1. tagger   `tag_units` over each article's sentences, one batch per article as `annotate`
            does it (segmentation done beforehand, untimed);
            first pass with an empty per-word feature cache ("cold"), then warm passes.
2. entities `chronik.entities.annotate(doc)`: tagging plus grouping into referents.
3. pipeline `chronik.pipeline.analyse(doc)`: language id, segmentation, time, entities.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import platform
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from chronik.entities import annotate, tag_units
from chronik.entities.tagger import load_model
from chronik.entities.tokens import tokenize
from chronik.pipeline import analyse
from chronik.read.files import document_from_text

SOURCE = REPO.parent / "shared" / "data" / "quotes-de" / "dev.jsonl"
OUT = REPO / "docs" / "benchmarks.md"
START, END = "<!-- ner:start -->", "<!-- ner:end -->"


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=150)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    if not SOURCE.exists():
        print(f"benchmarks/ner.py: {SOURCE} not found (needs ../shared)", file=sys.stderr)
        return 2
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    except (AttributeError, OSError):
        pass
    records = [json.loads(line) for line in SOURCE.open(encoding="utf-8")][: args.articles]
    texts = [r["text"] for r in records]
    tokens = sum(len(tokenize(t)) for t in texts)

    t0 = time.perf_counter()
    load_model("de")
    load_seconds = time.perf_counter() - t0

    def make_docs():
        return [document_from_text(t, source="bench", doc_id=str(i), lang="de")
                for i, t in enumerate(texts)]

    docs = [analyse(d) for d in make_docs()]  # sentences for the tagger-only runs
    doc_units = [[(d.fields[s.field], s.start, s.end) for s in d.sentences] for d in docs]

    def tag_all():
        for units in doc_units:
            tag_units(units, "de")

    load_model("de").decoder._reset()  # empty per-word cache: cold pass
    cold = best(tag_all, 1)
    warm = best(tag_all, args.repeat)

    def entities_all():
        for d in docs:
            annotate(d)

    ent = best(entities_all, args.repeat)

    def pipeline_all():
        for d in make_docs():
            analyse(d)

    pipe = best(pipeline_all, args.repeat)
    n = len(texts)
    entities = sum(len(d.entities) for d in docs)
    rows = [
        ("Corpus", f"{n} German news articles, {tokens:,} tokens ({SOURCE.name} of quotes-de)"),
        ("Model load (CRF + lexicon)", f"{1000 * load_seconds:.0f} ms"),
        ("NER tagger, cold feature cache", f"{tokens / cold:,.0f} tokens/s"),
        ("NER tagger, warm", (f"**{tokens / warm:,.0f} tokens/s** ({n / warm:,.0f} articles/s,"
                              f" {1000 * warm / n:.2f} ms/article)")),
        ("Entities stage (tag + group)",
         (f"{tokens / ent:,.0f} tokens/s ({n / ent:,.0f} articles/s, {1000 * ent / n:.2f} "
          f"ms/article); {entities} entities")),
        ("Whole pipeline (`analyse`)",
         f"{tokens / pipe:,.0f} tokens/s ({n / pipe:,.1f} articles/s)"),
        ("NER share of the pipeline",
         f"{100 * warm / pipe:.0f}% (tagger) / {100 * ent / pipe:.0f}% (stage)"),
    ]
    section = "\n".join([
        START,
        "## Named entities (`benchmarks/ner.py`)",
        "",
        f"- Date: {_dt.datetime.now(_dt.UTC).isoformat(timespec='seconds')}",
        f"- Machine: {platform.platform()}; CPython {platform.python_version()}; one core",
        "- Command: `nice -n 10 .venv/bin/python benchmarks/ner.py`",
        "- Times are CPU time of this process (`time.process_time`): the machine is shared",
        "  by several jobs, and wall-clock rates there measure the neighbours, not chronik.",
        "",
        "| Measure | Result |",
        "|---|---|",
        *[f"| {a} | {b} |" for a, b in rows],
        END,
    ])
    print(section)
    if not args.no_write:
        doc = OUT.read_text(encoding="utf-8") if OUT.exists() else "# Benchmarks\n"
        if START in doc:
            doc = re.sub(re.escape(START) + ".*?" + re.escape(END), lambda _: section, doc,
                         flags=re.DOTALL)
        else:
            doc = doc.rstrip("\n") + "\n\n" + section + "\n"
        OUT.write_text(doc, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
