"""Benchmark the store: full-pipeline ingest throughput and timeline query latency.

1. Ingest: >= --docs documents generated at run time by recombining paragraphs of the demo
   articles (`examples/`) and, when present, of the shared German quotation corpus
   (`../shared/data/quotes-de/train.jsonl`), written to a temporary JSONL file (nothing is
   committed) and ingested with `chronik.store.ingest_paths` (read -> language id ->
   segmentation -> time tagging -> later stages -> store), once with one worker and once
   with `--workers 2`, each into a fresh store. Reports documents/s, words/s, the store's
   size per 1,000 documents, and checks the two stores hold the same rows.
2. Timeline: a store with --events synthetic events (rows written directly, merged events
   sharing ~30% of their reports, two participants each) is queried through
   `chronik.store.timeline` with typical filters; each query's median over 7 runs must be
   below 100 ms.

Writes its section of docs/benchmarks.md and docs/store.md (between `<!-- ingest:start -->`
and `<!-- ingest:end -->`).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import docs_section  # benchmarks/docs_section.py: the script's folder is on sys.path

from chronik import __version__
from chronik.pipeline import warm_up
from chronik.store import Store, TimelineQuery, ingest, ingest_paths, members, timeline
from chronik.store.query import PAGE_ROWS, select_merged, timeline_pages
from chronik.text.langid import identify_language

SHARED_QUOTES = ROOT.parent / "shared" / "data" / "quotes-de" / "train.jsonl"
START_MARK = "<!-- ingest:start -->"
END_MARK = "<!-- ingest:end -->"
TARGET_MS = 100.0


def paragraphs() -> tuple[list[tuple[str, str]], str]:
    """(lang, paragraph) pool and a description of where it came from."""
    pool: list[tuple[str, str]] = []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        lang = "en" if "_en_" in path.name else "de"
        body = path.read_text(encoding="utf-8").split("\n", 1)[1]
        pool += [(lang, p.strip()) for p in body.split("\n\n") if p.strip()]
    for line in (ROOT / "examples" / "wire.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        # a record without a language is identified as chronik would (one of them is German)
        lang = rec.get("lang") or identify_language(rec["text"])[0]
        pool += [(lang, p.strip()) for p in rec["text"].split("\n\n") if p.strip()]
    origin = f"{len(pool)} paragraphs of examples/"
    if SHARED_QUOTES.exists():
        shared = []
        with SHARED_QUOTES.open(encoding="utf-8") as f:
            for line in f:
                text = json.loads(line)["text"]
                shared += [("de", p.strip()) for p in text.split("\n") if len(p.split()) > 8]
        pool += shared
        origin += f" + {len(shared)} of {SHARED_QUOTES.relative_to(ROOT.parent)}"
    else:
        origin += " (shared quotes-de corpus absent)"
    return pool, origin


def generate(n_docs: int, path: Path, seed: int = 7) -> int:
    """Write n_docs recombined articles as JSONL; returns the number of words."""
    rng = random.Random(seed)
    pool, _ = paragraphs()
    by_lang = {"de": [p for lang, p in pool if lang == "de"],
               "en": [p for lang, p in pool if lang == "en"]}
    words = 0
    start = date(2022, 1, 1)
    with path.open("w", encoding="utf-8") as f:
        for i in range(n_docs):
            lang = "de" if rng.random() < 0.8 else "en"
            body = "\n\n".join(rng.sample(by_lang[lang], k=min(len(by_lang[lang]),
                                                                 rng.randint(3, 7))))
            day = start + timedelta(days=rng.randrange(730))
            words += len(body.split())
            f.write(json.dumps({"id": f"gen-{i:05d}", "date": day.isoformat(),
                                "title": body.split(".")[0][:80], "text": body},
                               ensure_ascii=False) + "\n")
    return words


def store_bytes(db: Path) -> int:
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))


def bench_ingest(n_docs: int, tmp: Path) -> dict:
    corpus = tmp / "corpus.jsonl"
    words = generate(n_docs, corpus)
    out: dict = {"docs": n_docs, "words": words}
    dumps = []
    for workers in (1, 2):
        db = tmp / f"ingest-{workers}.db"
        print(f"ingest: {n_docs} documents, workers={workers} ...", file=sys.stderr)
        # each run in a fresh process, so each pays its own model loading
        run = subprocess.run([sys.executable, __file__, "--ingest-run", str(corpus), str(db),
                              str(workers)], check=True, capture_output=True, text=True)
        r = json.loads(run.stdout)
        cpu = r["cpu_seconds"]
        out[f"w{workers}"] = {
            "seconds": r["seconds"], "stored": r["stored"], "failed": r["failed"],
            "docs_per_s": r["stored"] / r["seconds"], "words_per_s": words / r["seconds"],
            "cpu_seconds": cpu, "docs_per_cpu_s": r["stored"] / cpu,
            "load_cpu_seconds": r["load_cpu_seconds"],
            "docs_per_cpu_s_loaded": r["stored"] / (cpu - r["load_cpu_seconds"]),
            "bytes": store_bytes(db), "counts": r["counts"]}
        con = sqlite3.connect(db)
        dumps.append([con.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
                      for t in ("timexes", "events", "merged_events", "quotes", "entities")])
        con.close()
    out["identical"] = dumps[0] == dumps[1]
    # the same documents through the stages one by one (benchmarks/pipeline.py's passes):
    # where an ingest document's CPU time goes, next to pipeline.py's dev articles
    print("ingest: the stages one by one ...", file=sys.stderr)
    run = subprocess.run([sys.executable, __file__, "--stages-run", str(corpus)], check=True,
                         capture_output=True, text=True)
    out["stages"] = json.loads(run.stdout)
    # the store's own share: the same documents again (all skipped by content hash), and
    # the analysed documents written into a fresh store without analysing them again
    with Store(tmp / "ingest-1.db") as s:
        again = ingest_paths(s, [str(corpus)])
        analysed = list(s.documents())
    out["reingest_seconds"] = again.seconds
    out["reingest_skipped"] = again.duplicates
    with Store(tmp / "write-only.db") as s:
        t0, cpu0 = time.perf_counter(), time.process_time()
        written = ingest(s, analysed, analyse=_as_analysed)
        out["write_seconds"] = time.perf_counter() - t0
        out["write_cpu_ms_per_doc"] = 1000 * (time.process_time() - cpu0) / written.stored
    out["write_docs_per_s"] = written.stored / out["write_seconds"]
    return out


def ingest_run(corpus: str, db: str, workers: int) -> None:
    """One measured ingest (run in its own process by `bench_ingest`); prints JSON.

    The languages' data and models are loaded first and timed apart (`warm_up`, what the
    first documents would otherwise pay); with workers, forked ones inherit them."""
    cpu0 = cpu_seconds()
    warm_up()
    load = cpu_seconds() - cpu0
    with Store(Path(db)) as s:
        report = ingest_paths(s, [corpus], workers=workers, batch_size=64)
        counts = s.counts()
    print(json.dumps({"seconds": report.seconds, "stored": report.stored,
                      "failed": report.failed, "cpu_seconds": cpu_seconds() - cpu0,
                      "load_cpu_seconds": load, "counts": counts}))


def stages_run(corpus: str, passes: int = 2) -> None:
    """CPU ms per document of each stage over the ingest corpus (`pipeline.one_pass`, the
    calls `analyse` makes plus the store), best of `passes` passes after loading; prints
    JSON. The first pass meets the documents as an ingest does (once, after loading)."""
    import pipeline  # benchmarks/pipeline.py: the script's folder is on sys.path

    pipeline.pin_one_core()
    warm_up()
    best: dict[str, float] = {}
    first: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="chronik-stages-") as tmp:
        for k in range(passes):
            spent, n = pipeline.one_pass([corpus], Path(tmp))
            ms = {stage: 1000 * seconds / n for stage, seconds in spent.items()}
            first = first or ms
            best = {stage: min(best.get(stage, v), v) for stage, v in ms.items()}
    print(json.dumps({"first": first, "best": best, "stages": list(pipeline.STAGES)}))


def cpu_seconds() -> float:
    """CPU time of this process plus its finished children (the worker processes)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _as_analysed(doc):
    return doc


NAMES = [f"{first} {last}" for first in ("Anna", "Boris", "Clara", "Dmitri", "Eva", "Felix",
                                         "Greta", "Hugo", "Ilse", "Jonas")
         for last in ("Marović", "Dascu", "Hummel", "Lysenko", "Moraru", "Keller", "Novak",
                      "Peskow", "Weber", "Zimmer")] + ["NATO", "UNO", "EU", "Valdarien", "Sorelien"]
TRIGGERS = ["Gipfel", "Treffen", "Abstimmung", "Wahl", "Besuch", "Streik", "Konferenz",
            "Verhandlung", "Unterzeichnung", "Ratifizierung", "Sitzung", "Anhörung"]
STATUSES = ["planned", "happened", "happened", "ongoing", "cancelled", "uncertain"]


def synth_store(db: Path, n_events: int, seed: int = 11) -> dict:
    """A store with n_events events written directly (no pipeline), merged ~30% in pairs."""
    rng = random.Random(seed)
    Store(db).close()
    con = sqlite3.connect(db)
    con.execute("PRAGMA synchronous=OFF")
    n_docs = max(1, n_events // 50)
    first = date(2019, 1, 1)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    con.executemany(
        "INSERT INTO documents(id, doc_id, content_hash, source, lang, date, date_given, title, "
        "text, fields_json, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [(i, f"doc-{i}", f"hash-{i}", f"synthetic/{i}.txt", "de" if i % 5 else "en",
          (first + timedelta(days=i * 1826 // n_docs)).isoformat(), None, f"Artikel {i}",
          f"Text {i}", "{}", now) for i in range(1, n_docs + 1)])
    events, merged, participants, fts = [], [], [], []
    merged_id = 0
    for eid in range(1, n_events + 1):
        doc = rng.randint(1, n_docs)
        if merged and rng.random() < 0.3:  # another report of a recent event
            mid, day, trig, status, people = merged[-rng.randint(1, min(50, len(merged)))][:5]
        else:
            merged_id += 1
            day = (first + timedelta(days=rng.randrange(1826))).isoformat()
            trig, status = rng.choice(TRIGGERS), rng.choice(STATUSES)
            people = rng.sample(NAMES, 2)
            hour = rng.choice([None, None, "10:00", "14:30", "21:30"])
            value = f"{day}T{hour}" if hour else day
            mid = merged_id
            merged.append((mid, day, trig, status, people, value))
        value = next(m[5] for m in merged[-60:] if m[0] == mid) if mid != merged_id \
            else merged[-1][5]
        summary = f"{trig} von {people[0]} und {people[1]} in Stadt{rng.randrange(200)}"
        events.append((eid, doc, mid, f"e{eid}", "text", 0, 1, trig, trig.lower(), summary,
                       value, status))
        participants += [(eid, i, p, p.lower(), None) for i, p in enumerate(people)]
        fts.append((eid, summary, trig, " ; ".join(people), ""))
    con.executemany(
        "INSERT INTO merged_events(id, sort_key, day_key, value, status, summary, "
        "contradiction, n_sources, uid) VALUES (?,?,?,?,?,?,0,1,?)",
        [(m[0], m[5], m[1], m[5], m[3], f"{m[2]} von {m[4][0]}", f"u{m[0]}") for m in merged])
    con.executemany(
        'INSERT INTO events(id, document_id, merged_id, eid, field, start, "end", trigger, '
        "trigger_key, summary, value, status) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", events)
    con.executemany("INSERT INTO event_participants VALUES (?,?,?,?,?)", participants)
    con.executemany("INSERT INTO events_fts(rowid, summary, trigger, participants, location) "
                    "VALUES (?,?,?,?,?)", fts)
    con.commit()
    # what chronik's own writes keep in each merged row: its participants, sources, times
    members.fill_missing(con)
    con.commit()
    con.execute("ANALYZE")
    con.close()
    return {"events": n_events, "merged": len(merged), "documents": n_docs,
            "bytes": store_bytes(db)}


QUERIES = [
    ("one month: `--from 2022-03 --to 2022-03`", TimelineQuery(date_from="2022-03",
                                                                date_to="2022-03")),
    ("one month, first 50: `... --limit 50`", TimelineQuery(date_from="2022-03",
                                                             date_to="2022-03", limit=50)),
    ("everything, first 100: `--limit 100`", TimelineQuery(limit=100)),
    ("one person, first 50: `--who Peskow --limit 50`", TimelineQuery(who="Peskow", limit=50)),
    ("one person in a quarter: `--who Peskow --from 2022-01 --to 2022-03`",
     TimelineQuery(who="Peskow", date_from="2022-01", date_to="2022-03")),
    ("one person, all years: `--who Peskow`", TimelineQuery(who="Peskow")),
    ("status in a quarter: `--status cancelled --from 2021-01 --to 2021-03`",
     TimelineQuery(status="cancelled", date_from="2021-01", date_to="2021-03")),
    ("full text in a year: `--about Streik --from 2020 --to 2020`",
     TimelineQuery(about="Streik", date_from="2020", date_to="2020")),
    ("language in a month: `--lang en --from 2022-03 --to 2022-03`",
     TimelineQuery(lang="en", date_from="2022-03", date_to="2022-03")),
]


def bench_timeline(n_events: int, tmp: Path) -> dict:
    db = tmp / "timeline.db"
    print(f"timeline: synthesising {n_events:,} events ...", file=sys.stderr)
    info = synth_store(db, n_events)
    results = []
    with Store(db) as s:
        for label, q in QUERIES:
            timeline(s, q)  # warm the page cache
            times, select_times, first_times, read_times, rows = [], [], [], [], 0
            for _ in range(7):
                t0 = time.process_time()
                rows = len(timeline(s, q))
                times.append((time.process_time() - t0) * 1000)
                # the same answer with every entry's participants, sources and times read
                # (parsed from the stored members on first use, a page at a time)
                t0 = time.process_time()
                for entry in timeline(s, q):
                    _ = entry.sources
                read_times.append((time.process_time() - t0) * 1000)
                t0 = time.process_time()
                select_merged(s, q)
                select_times.append((time.process_time() - t0) * 1000)
                # what `chronik timeline` has in hand when it writes its first lines
                t0 = time.process_time()
                pages = timeline_pages(s, q)
                for entry in next(pages, []):
                    _ = entry.sources
                first_times.append((time.process_time() - t0) * 1000)
                pages.close()
            results.append({"query": label, "rows": rows, "median_ms": statistics.median(times),
                            "max_ms": max(times),
                            "read_ms": statistics.median(read_times),
                            "select_ms": statistics.median(select_times),
                            "first_page_ms": statistics.median(first_times)})
        plan = s.db.execute("EXPLAIN QUERY PLAN SELECT id FROM merged_events m WHERE "
                            "m.sort_key >= ? AND m.sort_key < ? ORDER BY m.sort_key, m.id",
                            ("2022-03", "2022-03\x7f")).fetchall()
    info["queries"] = results
    info["plan"] = "; ".join(r[-1] for r in plan)
    return info


def markdown(res: dict) -> str:
    ing, tl = res["ingest"], res["timeline"]
    lines = [START_MARK, "## Store: ingest and timeline (`benchmarks/ingest.py`)", "",
             f"- Date: {res['date']}",
             (f"- Machine: {res['machine']}; nproc {os.cpu_count()}; load average "
             f"{res['load_before']} before, {res['load_after']} after (other processes share "
             "the cores: a load above the core count inflates every time below)"),
             f"- chronik {__version__}",
             f"- Command: `{res['command']}`", ""]
    if ing:
        lines += [
            (f"Ingest of {ing['docs']:,} generated documents ({ing['words']:,} words; "
            f"{res['origin']}) through the whole pipeline into a fresh store:"), "",
            ("| Workers | Seconds | Documents/s | Words/s | CPU s | of which loading "
             "| Documents per CPU-second | after loading | Store size per 1,000 docs | Failed |"),
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for w in (1, 2):
            r = ing[f"w{w}"]
            lines.append(f"| {w} | {r['seconds']:.1f} | {r['docs_per_s']:.0f} | "
                         f"{r['words_per_s']:,.0f} | {r['cpu_seconds']:.1f} | "
                         f"{r['load_cpu_seconds']:.1f} | {r['docs_per_cpu_s']:.0f} | "
                         f"{r['docs_per_cpu_s_loaded']:.0f} | "
                         f"{r['bytes'] / ing['docs'] * 1000 / 2**20:.1f} MiB "
                         f"| {r['failed']} |")
        lines += ["", ("Each run is a fresh process. Documents/s is wall-clock time and falls "
                       "when other processes share the cores (see the load average above); "
                       "documents per CPU-second counts only the CPU time of the ingest and "
                       "its workers, including loading the language data and models once "
                       "(*of which loading*; forked workers inherit what the parent loaded); "
                       "*after loading* leaves that one-time cost out — the rate of a "
                       "long-running ingest.")]
        c = ing["w1"]["counts"]
        lines += ["", (f"Rows: {c['documents']:,} documents, {c['timexes']:,} timexes, "
                      f"{c['events']:,} events ({c['merged_events']:,} merged), "
                      f"{c['quotes']:,} quotes, {c['entities']:,} entities. "
                      f"Stores from 1 and 2 workers identical: **{ing['identical']}**."), "",
                  (f"The store's own share: ingesting the same file again skips all "
                   f"{ing['reingest_skipped']:,} documents by content hash in "
                   f"{ing['reingest_seconds']:.2f} s; writing the {c['documents']:,} analysed "
                   f"documents into a fresh store without analysing them takes "
                   f"{ing['write_seconds']:.2f} s ({ing['write_docs_per_s']:,.0f} documents/s; "
                   f"{ing['write_cpu_ms_per_doc']:.2f} ms CPU per document)."),
                  ""]
        if ing.get("stages"):
            st = ing["stages"]
            names = [*st["stages"], "language"]
            total_first = sum(st["first"][k] for k in names)
            total_best = sum(st["best"][k] for k in names)
            lines += [
                ("Where an ingest document's CPU time goes: the same documents through the "
                 "stages one at a time (`benchmarks/pipeline.py`'s passes, language id "
                 "included since these documents do not give theirs), one process pinned "
                 "to one CPU, after loading; the first pass meets them as the ingest does, "
                 "the better of two passes is what warm word caches give. These documents "
                 f"are longer ({ing['words'] / ing['docs']:.0f} words) than pipeline.py's "
                 "articles, a fifth of them English, and their paragraphs come from a "
                 "corpus of quotations, so they carry more quotations, events and rows to "
                 "store per document. The passes run with Python's garbage collector on, "
                 "as `chronik extract` does; the ingest pauses it while a chunk is "
                 "analysed and stored (~0.1 ms less per document, docs/speed.md round "
                 "nineteen)."), "",
                "| stage | first pass, ms/document | better pass, ms/document |",
                "|---|---:|---:|"]
            lines += [f"| {k} | {st['first'][k]:.2f} | {st['best'][k]:.2f} |" for k in names]
            lines += [(f"| **total** | **{total_first:.2f}** ({1000 / total_first:.0f}/s) | "
                       f"**{total_best:.2f}** ({1000 / total_best:.0f}/s) |"), ""]
    if not tl:
        return "\n".join(lines + [END_MARK]) + "\n"
    lines += [
        ("Timeline queries (`chronik.store.timeline`; sources, times and participants in each "
         "entry, parsed on first use: see *members read*) over "
        f"{tl['events']:,} synthetic events ({tl['merged']:,} merged events, "
        f"{tl['documents']:,} documents, store {tl['bytes'] / 2**20:.0f} MiB), median of 7 runs, "
        "CPU time of the process (SQLite runs inside it; the machine's other jobs count "
        "little):"),
        ("Selection = the one indexed query that picks and orders the merged events "
        "(`select_merged`); full = `timeline()`, every entry of the answer with its stored "
        "sources, times and participants in hand, which grows with the number of rows "
        "returned (parsed when the first entry reads them, for the whole answer at once); *members "
        "read* = the full answer with every entry's members read too (what the CLI does "
        f"to print them); first page = the first {PAGE_ROWS} rows with their members read, "
        "what `chronik timeline` writes out before it reads the rest (`timeline_pages`)."), "",
        ("| Query | Rows | Selection (median) | First page (median) | Full (median) "
         "| Full (max) | Full < 100 ms | Members read (median) |"),
        "|---|---:|---:|---:|---:|---:|---|---:|"]
    for q in tl["queries"]:
        ok = "yes" if q["median_ms"] < TARGET_MS else "**no**"
        lines.append(f"| {q['query']} | {q['rows']:,} | {q['select_ms']:.1f} ms | "
                     f"{q['first_page_ms']:.1f} ms | "
                     f"{q['median_ms']:.1f} ms | {q['max_ms']:.1f} ms | {ok} | "
                     f"{q.get('read_ms', q['median_ms']):.1f} ms |")
    lines += ["", f"Query plan of the date range: `{tl['plan']}`.", END_MARK]
    return "\n".join(lines) + "\n"


def write_section(path: Path, section: str, heading: str) -> None:
    docs_section.write_section(path, START_MARK, END_MARK, section, heading)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--ingest-run"]:  # internal: one measured run in a fresh process
        ingest_run(argv[1], argv[2], int(argv[3]))
        return 0
    if argv[:1] == ["--stages-run"]:  # internal: the stages one by one, in a fresh process
        stages_run(argv[1])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=2000, help="documents to ingest (default 2000)")
    ap.add_argument("--events", type=int, default=100_000,
                    help="synthetic events for the timeline queries (default 100000)")
    ap.add_argument("--skip-ingest", action="store_true", help="only the timeline queries")
    ap.add_argument("--skip-timeline", action="store_true", help="only the ingest")
    ap.add_argument("--no-write", action="store_true", help="do not touch docs/")
    args = ap.parse_args(argv)
    _, origin = paragraphs()
    res: dict = {"date": datetime.now(UTC).isoformat(timespec="seconds"),
                 "machine": f"{platform.platform()}; CPython {platform.python_version()}",
                 "command": (f"nice -n {os.nice(0)} " if os.nice(0) else "")
                 + ".venv/bin/python benchmarks/ingest.py " + " ".join(argv),
                 "origin": origin}
    res["load_before"] = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    with tempfile.TemporaryDirectory(prefix="chronik-bench-") as tmp:
        res["ingest"] = None if args.skip_ingest else bench_ingest(args.docs, Path(tmp))
        res["timeline"] = None if args.skip_timeline else bench_timeline(args.events, Path(tmp))
    res["load_after"] = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    section = markdown(res)
    print(section)
    if not args.no_write:
        write_section(ROOT / "docs" / "benchmarks.md", section,
                      "# Benchmarks\n\nGenerated by the scripts in `benchmarks/`.\n")
        write_section(ROOT / "docs" / "store.md", section, "# The store\n")
    # the target is for the indexed selection; a 13,000-row answer takes longer to print
    slow = [q for q in (res["timeline"] or {"queries": []})["queries"]
            if q["select_ms"] >= TARGET_MS]
    return 1 if slow else 0


if __name__ == "__main__":
    raise SystemExit(main())
