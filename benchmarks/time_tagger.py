"""Throughput benchmark of chronik's temporal tagger (German and English) on one CPU core.

    .venv/bin/python benchmarks/time_tagger.py                  # full run, updates docs/benchmarks.md
    .venv/bin/python benchmarks/time_tagger.py --words 20000 --repeat 3 --json --no-write

What is measured (see benchmarks/README.md for how to read it):

1. load    `load_language("de")` (TOML + regex compilation), once, cold; then one warm-up
           pass over the source documents (not timed into the results).
2. tagger  `chronik.time.tag(text, date=dct, lang="de")` called once per document over a
           corpus of >= --words whitespace-separated words (the KRAUTS documents repeated);
           --repeat repetitions, best and median reported as words/s and documents/s.
3. memory  ru_maxrss after the tagger runs, and the tracemalloc peak of a separate pass.
4. length  the same documents concatenated into texts of ~1k, ~10k and ~100k words, each
           size given ~100k words in total: words/s must not fall with text length
           (a drop points to a pass that is quadratic in the text); cProfile is run on the
           longest text when it does.
5. english `tag(text, date=dct, lang="en")` over >= --words words of English news-style
           documents assembled from the hand-written sentences in this script (no published
           text), dated across a year; same repetitions and report as 2.
6. pipeline `chronik.extract(text, date=dct)` (language ID + segmentation + all stages) and
           `chronik.analyse(doc, segment=False)` on a smaller sample, for comparison.
7. stage   the time stage as `chronik ingest` runs it (`chronik.time.tag_document`: title and
           body, document date refined) over --ingest-docs documents made by
           benchmarks/ingest.py's generator (recombined paragraphs of examples/ and the shared
           German quotation corpus; ~80% German), language identified beforehand; CPU ms per
           article and words/s per language, best of --repeat rounds.

Everything runs in this one process pinned to a single CPU (os.sched_setaffinity);
throughput and latency are CPU time of the process (time.process_time), load and import
times wall-clock.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as _dt
import gc
import io
import json
import os
import platform
import pstats
import re
import resource
import shlex
import statistics
import sys
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(REPO))

import docs_section  # benchmarks/docs_section.py: the script's folder is on sys.path

KRAUTS_DIR = Path("/work/shared/data/temporal-de/KRAUTS-Dolomiten-100")
EXAMPLES_DIR = REPO / "examples"
DEFAULT_OUT = REPO / "docs" / "benchmarks.md"
START_MARK = "<!-- time_tagger:start -->"
END_MARK = "<!-- time_tagger:end -->"

TARGET_WPS = 50_000      # words/s per core we aim for
HEIDELTIME_WPS = 2_000   # HeidelTime, German, one JVM (reference point, not measured here)
LENGTH_SIZES = (1_000, 10_000, 100_000)
FLAT_RATIO = 0.7         # 100k-word words/s below 70% of 1k-word words/s counts as a drop

_HEADER = re.compile(r"^\ufeff?[ \t]?date[ \t]+(\S+)")


@dataclass(frozen=True)
class Doc:
    doc_id: str
    text: str
    date: str | None
    words: int


def log(*args: object) -> None:
    print(*args, file=LOG, flush=True)


LOG = sys.stdout
# Throughput and latency are CPU time of this process: on a shared machine (other jobs on
# the same core) wall-clock time would measure the neighbours as much as the tagger.
CLOCK = time.process_time


# --- setup -------------------------------------------------------------------------------


def pin_one_core() -> tuple[int | None, int]:
    """Pin this process to the first CPU it may run on; return (cpu, CPUs allowed before)."""
    if not hasattr(os, "sched_setaffinity"):
        return None, os.cpu_count() or 1
    allowed = sorted(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {allowed[0]})
    return allowed[0], len(allowed)


def load_source_docs() -> tuple[list[Doc], str]:
    """The KRAUTS documents, or the German demo articles when the shared corpus is absent."""
    if KRAUTS_DIR.is_dir() and any(KRAUTS_DIR.glob("*.tml")):
        from chronik.eval.timeml import iter_timeml

        docs = [Doc(d.doc_id, d.text, d.dct, len(d.text.split())) for d in iter_timeml(KRAUTS_DIR)]
        return docs, f"KRAUTS-Dolomiten-100 ({KRAUTS_DIR})"
    docs = demo_docs()
    if not docs:
        sys.exit(f"error: neither {KRAUTS_DIR} nor {EXAMPLES_DIR}/*.txt is available")
    return docs, (f"FALLBACK: {KRAUTS_DIR} not found; using {len(docs)} German demo articles "
                  f"from {EXAMPLES_DIR}/*.txt (header line stripped)")


def demo_docs() -> list[Doc]:
    """examples/*.txt without their ` date ...` header line; the German ones where the file
    name says the language (only de.toml exists, English text would not measure German)."""
    files = sorted(EXAMPLES_DIR.glob("*.txt"))
    german = [p for p in files if "_de_" in p.name] or files
    docs = []
    for path in german:
        header, _, body = path.read_text(encoding="utf-8").partition("\n")
        m = _HEADER.match(header)
        docs.append(Doc(path.stem, body, m.group(1) if m else None, len(body.split())))
    return docs


# Hand-written, fictional English news sentences (people and places of the examples/
# storyline): forty with time expressions, forty without. That is about one timex per 25
# words, denser than real news copy (TimeBank: one per 44 words), so the measure errs low.
ENGLISH_SENTENCES = (
    "Valdarien and Sorelien agreed on a draft treaty on the Merava river late on Thursday.",
    "The foreign ministers met at the Palais des Nations in Geneva, officials said.",
    "The talks lasted twelve hours and ended shortly before midnight.",
    "Swiss mediator Beatrice Hummel announced the agreement at 21:30 CET.",
    "The dam operator said the gates would open on April 7 at 9 a.m. local time.",
    "Farmers marched through Tamasch yesterday evening to demand more water.",
    "The protest was the largest in the capital since 1998.",
    "Water levels have fallen for two years, according to the Borysthenes Water Institute.",
    "The institute publishes its flow data every Tuesday.",
    "Its figures showed the outflow at about 0.8 million cubic metres a day.",
    "Sorelien's parliament approved the draft on March 28 by a wide margin.",
    "The vote was scheduled for 6 p.m. Moscow time but started an hour late.",
    "Opposition leaders said the deal gave away too much.",
    "A second round of talks is planned for next month in Vienna.",
    "The treaty will be signed on Feb. 23, 2024, if both parliaments agree.",
    "Engineers expect the new spillway to be finished by the end of the year.",
    "The ministry said reservoir levels were currently below average.",
    "In the 1990s the river carried twice as much water in the summer.",
    "Three days ago, a convoy of tankers reached the northern villages.",
    "The government will present its budget in the third quarter.",
    "Hummel told reporters that both sides had shown patience.",
    "Nobody expected the closure of the gates, a spokesman said.",
    "The agreement runs for ten years and can be extended.",
    "Prices for irrigation water rose 12 percent last week.",
    "The next meeting of the joint commission is set for 02/14/2024.",
    "Schools in Korvin stayed closed on Monday because of the heat.",
    "The heat wave is expected to end early next week.",
    "Since January, the two capitals have exchanged daily reports.",
    "The minister will travel to Kyiv on Friday for two days.",
    "Delegates gathered at noon for a ceremony in the old town hall.",
    "Room 1030 of the conference centre was reserved for the press.",
    "Under Section 5 of the draft, disputes go to an arbitration panel.",
    "May said the arbitration clause was the heart of the deal.",
    "The commission meets annually and reports to both parliaments.",
    "Analysts said the deal could become a model for other rivers.",
    "Trade between the two countries fell sharply in 2022.",
    "Fishermen on the lower Merava said they had lost most of their catch.",
    "The rains that usually arrive this summer may come late.",
    "Officials promised to publish the full text tonight.",
    "Local radio stations broadcast the ceremony live.",
    # sentences without a time expression, as most of a news article is
    "The river rises in the mountains of Valdarien and flows south into Sorelien.",
    "Farmers along its lower course depend on it to irrigate their fields.",
    "The Kessla dam was built to generate electricity and store water for dry periods.",
    "Its operator, Kessla Energie, is owned by the state and several regional banks.",
    "Critics say the company has put profits before the needs of its neighbours.",
    "The company rejects the accusation and points to the low rainfall in the region.",
    "Independent hydrologists have measured the flow at three stations downstream.",
    "Their figures differ sharply from those published by the operator.",
    "Diplomats from both countries have described the atmosphere as tense but constructive.",
    "The Swiss foreign ministry offered to host the negotiations on neutral ground.",
    "Both delegations brought teams of lawyers, engineers and economists.",
    "A joint commission is to monitor the release of water at the dam.",
    "Its members will be appointed by the two governments in equal numbers.",
    "Disputes that the commission cannot settle will go to an independent panel.",
    "Environmental groups welcomed the deal but asked for stricter limits.",
    "They want the operator to keep a minimum flow for fish and wetlands.",
    "The wetlands at the mouth of the river are home to rare birds.",
    "Tourism in the delta has suffered from the low water levels.",
    "Hotel owners reported that many guests had cancelled their bookings.",
    "The ministry of agriculture has promised compensation for lost harvests.",
    "Farm associations say the money will not cover their losses.",
    "Several villages have had to rely on water delivered by tanker trucks.",
    "The army helped to distribute drinking water in the worst affected areas.",
    "Opposition parties in both parliaments have criticised their governments.",
    "They accuse the ministers of giving in to pressure from abroad.",
    "The treaty text runs to more than forty pages and four annexes.",
    "One annex sets out how the flow is to be measured and reported.",
    "Another describes the procedure for emergencies such as floods.",
    "Observers from the United Nations attended the final round as guests.",
    "The European Union said it would support the commission with experts.",
    "Neighbouring states are watching the process closely.",
    "Many of them share rivers with countries upstream or downstream.",
    "Scientists warn that droughts in the region are becoming more frequent.",
    "They call for better forecasts and more efficient irrigation.",
    "Some farmers have already switched to crops that need less water.",
    "Others are digging wells, which lowers the groundwater table.",
    "The debate about the dam has divided families and communities.",
    "In the capital, the mood was one of cautious relief.",
    "Newspapers printed the main points of the agreement on their front pages.",
    "Few expect the dispute to disappear entirely.",
)


def english_docs(min_words: int) -> list[Doc]:
    """English documents of ~180 words from ENGLISH_SENTENCES (rotated, so that documents
    differ), dated day by day through 2023, until the corpus has >= min_words words."""
    docs: list[Doc] = []
    words = 0
    n = len(ENGLISH_SENTENCES)
    start = _dt.date(2023, 1, 2)
    while words < min_words:
        i = len(docs)
        picked, doc_words, k = [], 0, 0
        while doc_words < 180:
            sentence = ENGLISH_SENTENCES[(i * 7 + k * 3) % n]  # 3 and 80 are coprime
            picked.append(sentence)
            doc_words += len(sentence.split())
            k += 1
        text = " ".join(picked[:4]) + "\n\n" + " ".join(picked[4:])
        date = (start + _dt.timedelta(days=i % 365)).isoformat()
        docs.append(Doc(f"en{i:04d}", text, date, len(text.split())))
        words += docs[-1].words
    return docs


def build_corpus(source: list[Doc], min_words: int) -> list[Doc]:
    """Repeat the source documents in order until the corpus has >= min_words words."""
    corpus: list[Doc] = []
    words = 0
    while words < min_words:
        for d in source:
            corpus.append(d)
            words += d.words
            if words >= min_words:
                break
    return corpus


def long_texts(source: list[Doc], size: int, total: int) -> list[Doc]:
    """Texts of ~`size` words made by joining source documents (blank line between them),
    as many as needed for ~`total` words; each takes the date of its first document."""
    texts: list[Doc] = []
    i = 0
    words_total = 0
    while words_total < total:
        parts: list[str] = []
        words = 0
        date = source[i % len(source)].date
        while words < size:
            d = source[i % len(source)]
            parts.append(d.text.strip())
            words += d.words
            i += 1
        text = "\n\n".join(parts)
        texts.append(Doc(f"concat{size}_{len(texts)}", text, date, len(text.split())))
        words_total += texts[-1].words
    return texts


# --- measuring ---------------------------------------------------------------------------


def tag_all(tag, docs: list[Doc], lang: str = "de") -> tuple[float, int, list[float]]:
    """Tag every document; return (seconds, timexes found, per-document seconds)."""
    found = 0
    per_doc: list[float] = []
    clock = CLOCK
    t0 = clock()
    for d in docs:
        s = clock()
        try:
            found += len(tag(d.text, date=d.date, lang=lang))
        except Exception as exc:
            raise TaggerError(f"tag() raised on document {d.doc_id!r} (date {d.date}): "
                              f"{type(exc).__name__}: {exc}") from exc
        per_doc.append(clock() - s)
    return clock() - t0, found, per_doc


class TaggerError(RuntimeError):
    pass


def repeated(fn, docs: list[Doc], repeat: int) -> dict:
    """Run `fn(docs)` `repeat` times (gc collected before each); summarise the timings."""
    return repeated_interleaved([(fn, docs)], repeat)[0]


def repeated_interleaved(jobs: list[tuple], repeat: int) -> list[dict]:
    """Run every `fn(docs)` of `jobs` once per round, `repeat` rounds: jobs measured side by
    side see the same machine load (other processes on a shared machine), so their ratio
    holds even when the absolute numbers are lowered."""
    runs: list[tuple[list[float], int, list[float]]] = [([], 0, []) for _ in jobs]
    for _ in range(repeat):
        for i, (fn, docs) in enumerate(jobs):
            gc.collect()
            secs, found, per_doc = fn(docs)
            runs[i] = (runs[i][0] + [secs], found, per_doc)
    return [_summarise(docs, times, found, per_doc)
            for (_, docs), (times, found, per_doc) in zip(jobs, runs)]


def _summarise(docs: list[Doc], times: list[float], found: int, per_doc: list[float]) -> dict:
    words = sum(d.words for d in docs)
    repeat = len(times)
    best, median = min(times), statistics.median(times)
    per_doc_sorted = sorted(per_doc)
    return {
        "documents": len(docs),
        "words": words,
        "chars": sum(len(d.text) for d in docs),
        "repeat": repeat,
        "seconds": [round(t, 4) for t in times],
        "best_s": round(best, 4),
        "median_s": round(median, 4),
        "words_per_s_best": round(words / best),
        "words_per_s_median": round(words / median),
        "docs_per_s_best": round(len(docs) / best, 1),
        "docs_per_s_median": round(len(docs) / median, 1),
        "timexes": found,
        "doc_ms_median": round(1000 * statistics.median(per_doc_sorted), 3),
        "doc_ms_p99": round(1000 * per_doc_sorted[min(len(per_doc_sorted) - 1,
                                                      int(0.99 * len(per_doc_sorted)))], 3),
        "doc_ms_max": round(1000 * per_doc_sorted[-1], 3),
    }


def maxrss_mib() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(rss / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def traced(fn) -> tuple[float, float]:
    """(peak, retained) MiB allocated by Python while `fn()` runs, per tracemalloc."""
    gc.collect()
    tracemalloc.start()
    base, _ = tracemalloc.get_traced_memory()
    fn()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return round((peak - base) / 2**20, 2), round((current - base) / 2**20, 2)


def length_series(tag, source: list[Doc], repeat: int, always_profile: bool,
                  per_doc_wps: int | None = None) -> dict:
    """words/s for texts of each LENGTH_SIZES size (~max size words per size) built from `source`."""
    length: dict = {"sizes": []}
    for size in LENGTH_SIZES:
        texts = long_texts(source, size, max(LENGTH_SIZES))
        r = repeated(lambda docs: tag_all(tag, docs), texts, repeat)
        length["sizes"].append({
            "target_words": size,
            "texts": len(texts),
            "words_per_text": round(r["words"] / len(texts)),
            "words": r["words"],
            "best_s": r["best_s"],
            "words_per_s_best": r["words_per_s_best"],
            "timexes": r["timexes"],
        })
        log(f"  ~{size:>7,} words/text: {r['words_per_s_best']:>8,} words/s "
            f"({len(texts)} texts, {r['timexes']} timexes)")
    first, last = length["sizes"][0], length["sizes"][-1]
    ratios = [last["words_per_s_best"] / first["words_per_s_best"]]
    length["ratio_longest_to_shortest"] = round(ratios[0], 3)
    if per_doc_wps:
        ratios.append(last["words_per_s_best"] / per_doc_wps)
        length["ratio_longest_to_corpus"] = round(ratios[1], 3)
    length["flat"] = min(ratios) >= FLAT_RATIO
    if not length["flat"] or always_profile:
        length["profile_longest"] = profile_longest(
            tag, long_texts(source, max(LENGTH_SIZES), max(LENGTH_SIZES))[0])
    return length


def profile_longest(tag, doc: Doc, top: int = 12) -> str:
    prof = cProfile.Profile()
    prof.enable()
    tag(doc.text, date=doc.date, lang="de")
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).strip_dirs().sort_stats("tottime").print_stats(top)
    return out.getvalue()


def run(args: argparse.Namespace) -> dict:
    cpu, allowed = pin_one_core()
    results: dict = {
        "date": _dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "command": command_line(),
        "machine": {
            "platform": platform.platform(),
            "python": f"{platform.python_implementation()} {platform.python_version()}",
            "cpu_model": docs_section.cpu_model(),
            "nproc": os.cpu_count(),
            "cpus_allowed": allowed,
            "pinned_cpu": cpu,
        },
        "target_words_per_s": TARGET_WPS,
        "heideltime_words_per_s": HEIDELTIME_WPS,
        # other processes share the cores: a loaded machine lowers every number below
        "load_average_start": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
    }
    log(f"pinned to CPU {cpu} (of {allowed} allowed)" if cpu is not None
        else "os.sched_setaffinity unavailable: not pinned")

    # 1. import and language data, cold (the corpus reader imports chronik, so time it first)
    t0 = time.perf_counter()
    import chronik
    from chronik.time import load_language, tag
    import_s = time.perf_counter() - t0

    source, corpus_note = load_source_docs()
    results["corpus_source"] = corpus_note
    log(f"corpus: {corpus_note}")
    if corpus_note.startswith("FALLBACK"):
        print(f"warning: {corpus_note}", file=sys.stderr)

    t0, c0 = time.perf_counter(), CLOCK()
    load_language("de")
    load_s = time.perf_counter() - t0
    load_cpu_s = CLOCK() - c0
    results["chronik_version"] = getattr(chronik, "__version__", "?")
    results["load"] = {"import_s": round(import_s, 4), "load_language_de_s": round(load_s, 4),
                       "load_language_de_cpu_s": round(load_cpu_s, 4)}
    log(f"import chronik: {import_s * 1000:.0f} ms; load_language('de'): {load_s * 1000:.0f} ms")

    # warm-up over the distinct documents (regex/vocabulary caches, first-call costs)
    t0 = time.perf_counter()
    _, warm_found, _ = tag_all(tag, source)
    results["load"]["warmup_s"] = round(time.perf_counter() - t0, 4)
    results["load"]["warmup_docs"] = len(source)

    # 2. the tagger on the corpus, German and English round by round (see 5.)
    corpus = build_corpus(source, args.words)
    t0, c0 = time.perf_counter(), CLOCK()
    load_language("en")
    results["load"]["load_language_en_s"] = round(time.perf_counter() - t0, 4)
    results["load"]["load_language_en_cpu_s"] = round(CLOCK() - c0, 4)
    english = english_docs(args.words)
    tag_all(tag, english[:50], "en")  # warm-up
    log(f"tagger: {len(corpus)} documents, {sum(d.words for d in corpus):,} words, and "
        f"english: {len(english)} documents, {sum(d.words for d in english):,} words, "
        f"{args.repeat} rounds ...")
    tagger, results["english"] = repeated_interleaved(
        [(lambda docs: tag_all(tag, docs), corpus), (lambda docs: tag_all(tag, docs, "en"), english)],
        args.repeat)
    results["tagger"] = tagger
    results["tagger"]["timexes_distinct_docs"] = warm_found
    results["tagger"]["ru_maxrss_mib"] = maxrss_mib()

    # 3. tracemalloc passes (slow; separate so they do not distort the timings): the corpus
    #    document by document, and the longest concatenated text in one call
    peak, retained = traced(lambda: tag_all(tag, corpus))
    results["tagger"]["tracemalloc_peak_mib"] = peak
    results["tagger"]["tracemalloc_retained_mib"] = retained
    longest = long_texts(source, max(LENGTH_SIZES), max(LENGTH_SIZES))[0]
    peak, _ = traced(lambda: tag_all(tag, [longest]))
    results["tagger"]["tracemalloc_peak_longest_mib"] = peak
    results["tagger"]["longest_words"] = longest.words

    # 4. throughput vs. document length, on the corpus and (for the code paths KRAUTS does not
    #    reach: "Ortszeit", time zones, ...) on the German demo articles
    log("length:")
    results["length"] = length_series(tag, source, max(1, min(args.repeat, 3)), args.profile,
                                      per_doc_wps=tagger["words_per_s_best"])
    if not corpus_note.startswith("FALLBACK"):
        demo = demo_docs()
        if demo:
            log("length, German demo articles (examples/*_de_*.txt):")
            results["length_demo"] = length_series(tag, demo, max(1, min(args.repeat, 2)),
                                                   args.profile)

    # 5. English: measured in 2., interleaved with the German corpus
    # 6. the full pipeline, for comparison
    if args.pipeline_words > 0:
        results["pipeline"] = pipeline_bench(source, args)
    # 7. the time stage on generated ingest documents
    if args.ingest_docs > 0:
        results["ingest_stage"] = ingest_stage_bench(args.ingest_docs, args.repeat)
    results["ru_maxrss_mib_end"] = maxrss_mib()
    results["load_average_end"] = round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None
    return results


def ingest_stage_bench(n_docs: int, repeat: int) -> dict:
    """CPU time of `tag_document` per generated ingest document, German and English."""
    import tempfile

    import ingest  # benchmarks/ingest.py: its document generator

    from chronik.model import Region
    from chronik.read.dates import parse_given_date
    from chronik.read.files import document_from_text
    from chronik.text.langid import identify_language
    from chronik.time import tag_document

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "generated.jsonl"
        ingest.generate(n_docs, path)
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    by_lang: dict[str, list] = {}
    words: dict[str, int] = {}
    for rec in records:  # as chronik ingest reads a JSONL record with a title
        doc = document_from_text(rec["text"], source=rec["id"], doc_id=rec["id"],
                                 date=parse_given_date(rec["date"]))
        doc.fields["title"] = doc.title = rec["title"]
        doc.regions.insert(0, Region("title", 0, len(rec["title"]), "title"))
        doc.lang = identify_language(rec["text"])[0]
        by_lang.setdefault(doc.lang, []).append(doc)
        words[doc.lang] = words.get(doc.lang, 0) + len(rec["text"].split()) \
            + len(rec["title"].split())
    for docs in by_lang.values():  # warm-up
        for doc in docs:
            tag_document(doc)
    best: dict[str, float] = {}
    for _ in range(repeat):
        for lang, docs in by_lang.items():
            gc.collect()
            t0 = CLOCK()
            for doc in docs:
                tag_document(doc)
            best[lang] = min(best.get(lang, float("inf")), CLOCK() - t0)
    out = {"documents": len(records), "repeat": repeat, "languages": {}}
    for lang, docs in sorted(by_lang.items(), key=lambda kv: -len(kv[1])):
        out["languages"][lang] = {
            "documents": len(docs), "words_per_doc": round(words[lang] / len(docs)),
            "ms_per_doc_best": round(best[lang] * 1000 / len(docs), 3),
            "words_per_s_best": round(words[lang] / best[lang]),
        }
    total = sum(best.values())
    out["ms_per_doc_all"] = round(total * 1000 / len(records), 3)
    log(f"time stage on {len(records)} generated ingest documents: "
        + ", ".join(f"{lang} {v['ms_per_doc_best']} ms/doc ({fmt(v['words_per_s_best'])} words/s)"
                    for lang, v in out["languages"].items()))
    return out


def pipeline_bench(source: list[Doc], args: argparse.Namespace) -> dict:
    import chronik
    from chronik.pipeline import analyse
    from chronik.read.dates import parse_given_date
    from chronik.read.files import document_from_text

    sample = build_corpus(source, args.pipeline_words)
    out: dict = {"documents": len(sample), "words": sum(d.words for d in sample)}
    # first call loads py3langid's model and the stages' data; time it apart
    t0 = time.perf_counter()
    chronik.extract(source[0].text, date=source[0].date)
    out["first_call_s"] = round(time.perf_counter() - t0, 4)
    for d in source[:20]:
        chronik.extract(d.text, date=d.date)

    def extract_all(docs: list[Doc]) -> tuple[float, int, list[float]]:
        found, per_doc = 0, []
        t_start = CLOCK()
        for d in docs:
            s = CLOCK()
            found += len(chronik.extract(d.text, date=d.date).timexes)
            per_doc.append(CLOCK() - s)
        return CLOCK() - t_start, found, per_doc

    def analyse_all(docs: list[Doc], lang: str | None = None) -> tuple[float, int, list[float]]:
        found, per_doc = 0, []
        t_start = CLOCK()
        for d in docs:
            s = CLOCK()
            doc = document_from_text(d.text, source=d.doc_id, doc_id=d.doc_id,
                                     date=parse_given_date(d.date) if d.date else None, lang=lang)
            found += len(analyse(doc, segment=False).timexes)
            per_doc.append(CLOCK() - s)
        return CLOCK() - t_start, found, per_doc

    rep = max(1, min(args.repeat, 3))
    variants = [
        ("extract", "chronik.extract(text, date=dct): read + language ID + segmentation + all stages",
         extract_all),
        ("analyse_nosegment", "analyse(doc, segment=False): read + language ID + all stages, no sentences",
         analyse_all),
        ("analyse_nosegment_lang_de",
         "analyse(doc, segment=False) with lang='de' given: read + all stages, no sentences",
         lambda docs: analyse_all(docs, "de")),
    ]
    for key, label, fn in variants:
        try:
            r = repeated(fn, sample, rep)
        except Exception as exc:
            raise TaggerError(f"pipeline variant {key} raised: {type(exc).__name__}: {exc}") from exc
        out[key] = {"label": label, **{k: r[k] for k in (
            "best_s", "median_s", "words_per_s_best", "words_per_s_median", "docs_per_s_best",
            "timexes", "repeat")}}
        log(f"  {label}: {r['words_per_s_best']:,} words/s")
    return out


# --- reporting ---------------------------------------------------------------------------


def command_line() -> str:
    exe = sys.executable
    try:
        exe = os.path.relpath(exe)
    except ValueError:
        pass
    script = os.path.relpath(__file__) if not os.path.isabs(sys.argv[0]) else sys.argv[0]
    return shlex.join([exe, script, *sys.argv[1:]])


def fmt(n: float) -> str:
    return f"{n:,.0f}"


def summary(res: dict) -> str:
    t, ld = res["tagger"], res["load"]
    lines = [
        "",
        (f"chronik {res['chronik_version']} temporal tagger, 1 core "
        f"(CPU {res['machine']['pinned_cpu']}, {res['machine']['cpu_model']})"),
        f"  corpus          {t['documents']:,} docs, {t['words']:,} words  [{res['corpus_source']}]",
        (f"  load            import {ld['import_s'] * 1000:.0f} ms, load_language('de') "
        f"{ld['load_language_de_s'] * 1000:.0f} ms, warm-up {ld['warmup_s'] * 1000:.0f} ms"),
        (f"  tag() words/s   best {fmt(t['words_per_s_best'])}, median {fmt(t['words_per_s_median'])}"
        f"  ({t['repeat']} runs: {', '.join(f'{s:.3f}' for s in t['seconds'])} s)"),
        (f"  tag() docs/s    best {fmt(t['docs_per_s_best'])}, median {fmt(t['docs_per_s_median'])}; "
        f"per doc median {t['doc_ms_median']} ms, p99 {t['doc_ms_p99']} ms, max {t['doc_ms_max']} ms"),
        (f"  timexes         {t['timexes']:,} in the corpus ({t['timexes_distinct_docs']} in the "
        f"distinct documents)"),
        (f"  memory          ru_maxrss {t['ru_maxrss_mib']} MiB; tracemalloc peak "
        f"{t['tracemalloc_peak_mib']} MiB, retained {t['tracemalloc_retained_mib']} MiB; "
        f"peak for one {t['longest_words']:,}-word text {t['tracemalloc_peak_longest_mib']} MiB"),
        (f"  target          >= {fmt(res['target_words_per_s'])} words/s per core: "
        f"{'MET' if t['words_per_s_best'] >= res['target_words_per_s'] else 'NOT MET'} "
        f"({t['words_per_s_best'] / res['target_words_per_s']:.2f}x target); HeidelTime "
        f"~{fmt(res['heideltime_words_per_s'])} words/s in one JVM "
        f"({t['words_per_s_best'] / res['heideltime_words_per_s']:.0f}x)"),
    ]
    for key, label in LENGTH_SERIES:
        if key not in res:
            continue
        ln = res[key]
        lines += [
            f"  {label:<15} " + ", ".join(
                f"~{s['words_per_text']:,} w/text {fmt(s['words_per_s_best'])} w/s"
                for s in ln["sizes"]),
            f"                  {ratio_text(ln)}: "
            + ("flat" if ln["flat"] else f"DROPS with length (< {FLAT_RATIO}) - quadratic pass?"),
        ]
    if "english" in res:
        e = res["english"]
        lines.append(f"  english         {e['documents']:,} docs, {e['words']:,} words: tag() best "
                     f"{fmt(e['words_per_s_best'])} words/s, median {fmt(e['words_per_s_median'])}; "
                     f"{e['timexes']:,} timexes; load_language('en') "
                     f"{res['load']['load_language_en_s'] * 1000:.0f} ms")
    if "pipeline" in res:
        p = res["pipeline"]
        lines.append(f"  pipeline        {p['documents']} docs, {p['words']:,} words; first call "
                     f"(loads langid + stage data) {p['first_call_s'] * 1000:.0f} ms")
        for key in ("extract", "analyse_nosegment", "analyse_nosegment_lang_de"):
            v = p[key]
            lines.append(f"    {fmt(v['words_per_s_best']):>9} words/s  {v['label']}")
    if "ingest_stage" in res:
        st = res["ingest_stage"]
        lines.append(f"  time stage      {st['documents']:,} generated ingest docs, tag_document "
                     f"CPU best of {st['repeat']}: {st['ms_per_doc_all']} ms/doc; " + ", ".join(
                         f"{lang} {v['ms_per_doc_best']} ms/doc ({v['words_per_doc']} words) "
                         f"{fmt(v['words_per_s_best'])} words/s"
                         for lang, v in st["languages"].items()))
    lines.append(f"  ru_maxrss at end {res['ru_maxrss_mib_end']} MiB")
    for key, label in LENGTH_SERIES:
        if "profile_longest" in res.get(key, {}):
            lines += ["", f"cProfile of tag() on the longest text ({label}; top by own time):",
                      res[key]["profile_longest"]]
    return "\n".join(lines)


LENGTH_SERIES = (("length", "length"), ("length_demo", "length (demo)"))


def ratio_text(ln: dict) -> str:
    text = f"ratio longest/shortest {ln['ratio_longest_to_shortest']:.2f}"
    if "ratio_longest_to_corpus" in ln:
        text += f", longest/per-doc corpus {ln['ratio_longest_to_corpus']:.2f}"
    return text


def length_table(ln: dict) -> list[str]:
    return [
        "| Words per text | Texts | words/s (best) | Timexes |",
        "|---:|---:|---:|---:|",
        *(f"| {s['words_per_text']:,} | {s['texts']} | {fmt(s['words_per_s_best'])} | {s['timexes']:,} |"
          for s in ln["sizes"]),
        "",
        f"{ratio_text(ln).capitalize()}: "
        + ("**flat**." if ln["flat"] else
           f"**drops with length** (< {FLAT_RATIO}): a pass is worse than linear in the text length."),
    ]


def markdown(res: dict) -> str:
    t, ld, m = res["tagger"], res["load"], res["machine"]
    met = t["words_per_s_best"] >= res["target_words_per_s"]
    rows = [
        ("Corpus", f"{t['documents']:,} documents, {t['words']:,} words ({res['corpus_source']})"),
        ("`import chronik`", f"{ld['import_s'] * 1000:.0f} ms"),
        ("`load_language('de')` (cold)",
         f"{ld['load_language_de_s'] * 1000:.0f} ms"
         + (f" ({ld['load_language_de_cpu_s'] * 1000:.0f} ms CPU; `load_language('en')` "
            f"{ld['load_language_en_cpu_s'] * 1000:.0f} ms CPU)"
            if "load_language_en_cpu_s" in ld else "")),
        ("Warm-up pass", f"{ld['warmup_s'] * 1000:.0f} ms over {ld['warmup_docs']} documents"),
        ("`tag()` words/s, best / median",
         (f"**{fmt(t['words_per_s_best'])}** / {fmt(t['words_per_s_median'])} "
         f"({t['repeat']} runs)")),
        ("`tag()` documents/s, best / median",
         f"{fmt(t['docs_per_s_best'])} / {fmt(t['docs_per_s_median'])}"),
        ("Per-document latency", (f"median {t['doc_ms_median']} ms, p99 {t['doc_ms_p99']} ms, "
                                 f"max {t['doc_ms_max']} ms")),
        ("Timexes found", f"{t['timexes']:,} ({t['timexes_distinct_docs']} in the distinct documents)"),
        ("Peak RSS (ru_maxrss)", (f"{t['ru_maxrss_mib']} MiB after the timed runs, "
                                 f"{res['ru_maxrss_mib_end']} MiB at the end")),
        ("tracemalloc peak (separate pass)", (f"{t['tracemalloc_peak_mib']} MiB "
                                              f"(retained after the pass: {t['tracemalloc_retained_mib']} MiB); "
                                              f"{t['tracemalloc_peak_longest_mib']} MiB for one "
                                              f"{t['longest_words']:,}-word text")),
        ("Target ≥ 50,000 words/s per core",
         f"{'met' if met else '**not met**'} ({t['words_per_s_best'] / res['target_words_per_s']:.2f}× target)"),
        ("HeidelTime reference (~2,000 words/s, one JVM)",
         f"{t['words_per_s_best'] / res['heideltime_words_per_s']:.0f}× faster"),
    ]
    out = [
        START_MARK,
        "## Temporal tagger (`benchmarks/time_tagger.py`)",
        "",
        f"- Date: {res['date']}",
        (f"- Machine: {m['platform']}; {m['python']}; CPU: {m['cpu_model']}; nproc {m['nproc']} "
        f"({m['cpus_allowed']} allowed), pinned to CPU {m['pinned_cpu']}"),
        f"- chronik {res['chronik_version']}",
        f"- Command: `{res['command']}`",
        (f"- Load average (1 min) at start / end: {res.get('load_average_start')} / "
         f"{res.get('load_average_end')} (on {m['nproc']} CPUs; words/s and latencies are "
         "CPU time of this process, so other processes lower them less than wall-clock "
         "time would, though a busy machine still slows a core down)"),
        "",
        "| Measure | Result |",
        "|---|---|",
        *(f"| {k} | {v} |" for k, v in rows),
        "",
        "Throughput against text length (the corpus documents concatenated, ~100k words per size):",
        "",
        *length_table(res["length"]),
    ]
    if "length_demo" in res:
        out += [
            "",
            ("The same with the German demo articles (`examples/*_de_*.txt`), which reach code "
            "KRAUTS does not (`Ortszeit`, time zones, ...):"),
            "",
            *length_table(res["length_demo"]),
        ]
    if "english" in res:
        e = res["english"]
        met_en = e["words_per_s_best"] >= res["target_words_per_s"]
        out += [
            "",
            (f"English (`lang='en'`), {e['documents']:,} documents of hand-written news-style "
             f"sentences (`ENGLISH_SENTENCES` in the script), {e['words']:,} words; "
             f"`load_language('en')` {res['load']['load_language_en_s'] * 1000:.0f} ms:"),
            "",
            "| Measure | Result |",
            "|---|---|",
            (f"| `tag()` words/s, best / median | **{fmt(e['words_per_s_best'])}** / "
             f"{fmt(e['words_per_s_median'])} ({e['repeat']} runs) |"),
            f"| `tag()` documents/s, best | {fmt(e['docs_per_s_best'])} |",
            f"| Per-document latency | median {e['doc_ms_median']} ms, p99 {e['doc_ms_p99']} ms |",
            f"| Timexes found | {e['timexes']:,} |",
            (f"| Target ≥ 50,000 words/s per core | {'met' if met_en else '**not met**'} "
             f"({e['words_per_s_best'] / res['target_words_per_s']:.2f}× target) |"),
            (f"| English / German words/s (best), measured round by round in one process | "
             f"{e['words_per_s_best'] / t['words_per_s_best']:.2f} |"),
        ]
    if "pipeline" in res:
        p = res["pipeline"]
        out += [
            "",
            (f"Full pipeline for comparison ({p['documents']} documents, {p['words']:,} words; "
            f"first call, which loads py3langid and the stage data: {p['first_call_s'] * 1000:.0f} ms):"),
            "",
            "| Pipeline | words/s (best) | words/s (median) | documents/s |",
            "|---|---:|---:|---:|",
            *(f"| {p[k]['label']} | {fmt(p[k]['words_per_s_best'])} | "
              f"{fmt(p[k]['words_per_s_median'])} | {fmt(p[k]['docs_per_s_best'])} |"
              for k in ("extract", "analyse_nosegment", "analyse_nosegment_lang_de")),
        ]
    if "ingest_stage" in res:
        st = res["ingest_stage"]
        out += [
            "",
            (f"The time stage as `chronik ingest` runs it (`tag_document`: title and body, "
             f"document date refined) on {st['documents']:,} documents made by "
             f"`benchmarks/ingest.py`'s generator, CPU time, best of {st['repeat']} rounds; "
             f"{st['ms_per_doc_all']} ms per document over all:"),
            "",
            "| Language | Documents | Words/document | ms/document (CPU) | words/s |",
            "|---|---:|---:|---:|---:|",
            *(f"| {lang} | {v['documents']:,} | {v['words_per_doc']} | {v['ms_per_doc_best']} | "
              f"{fmt(v['words_per_s_best'])} |" for lang, v in st["languages"].items()),
        ]
    out.append(END_MARK)
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    global LOG
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, default=100_000,
                    help="minimum corpus size in whitespace-separated words (default 100000)")
    ap.add_argument("--repeat", type=int, default=5,
                    help="timed repetitions of the corpus (default 5; length and pipeline "
                         "runs use min(N, 3))")
    ap.add_argument("--pipeline-words", type=int, default=20_000,
                    help="sample size for the chronik.extract comparison (0 skips it)")
    ap.add_argument("--ingest-docs", type=int, default=2_000,
                    help="generated ingest documents for the time-stage measurement "
                         "(default 2000; 0 skips it)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT,
                    help="Markdown file whose time_tagger section is written (default "
                         "docs/benchmarks.md in the repository)")
    ap.add_argument("--no-write", action="store_true", help="do not write the Markdown file")
    ap.add_argument("--json", action="store_true",
                    help="print the results as JSON on stdout (progress goes to stderr)")
    ap.add_argument("--profile", action="store_true",
                    help="always print a cProfile of tag() on the longest text")
    args = ap.parse_args(argv)
    if args.words < 1 or args.repeat < 1:
        ap.error("--words and --repeat must be positive")
    if args.json:
        LOG = sys.stderr
    try:
        res = run(args)
    except TaggerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    log(summary(res))
    if not args.no_write:
        docs_section.write_section(
            args.out, START_MARK, END_MARK, markdown(res),
            heading="# Benchmarks\n\nGenerated by the scripts in `benchmarks/` "
                    "(see benchmarks/README.md); each section is rewritten by its script.\n")
        log(f"\nwrote {args.out}")
    if args.json:
        print(json.dumps(res, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
