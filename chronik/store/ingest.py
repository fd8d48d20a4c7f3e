"""Ingest: read -> skip what is stored -> analyse (in worker processes) -> store in batches.

Analysis runs in workers; every write happens in the parent, in input order, so the
store is the same whatever the number of workers.
"""

from __future__ import annotations

import glob
import itertools
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path

from chronik.model import Document
from chronik.pipeline import analyse_all_safely, warm_up
from chronik.read import ReadError, read_paths
from chronik.store.db import Store
from chronik.store.keys import content_hash
from chronik.store.query import collector_paused
from chronik.store.transport import register as register_transport

# A directory is read recursively for the files chronik has readers for; a README in a
# folder of articles is not an article. Files named explicitly are always read.
ARTICLE_SUFFIXES = (".txt", ".text", ".jsonl", ".ndjson", ".rss", ".atom", ".xml",
                    ".html", ".htm", ".warc", ".warc.gz")
_NOT_ARTICLES = {"readme.txt", "readme.md", "license.txt"}


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files to read: `-` as is, globs expanded, directories walked (sorted, hidden skipped)."""
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        matches = sorted(glob.glob(raw, recursive=True)) if glob.has_magic(raw) else [raw]
        if not matches:
            yield raw  # the reader reports "no such file" with the name the user gave
        for path in matches:
            if os.path.isdir(path):
                yield from _walk(path)
            else:
                yield path


def _walk(root: str) -> Iterator[str]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            low = name.lower()
            if name.startswith(".") or low in _NOT_ARTICLES or not low.endswith(ARTICLE_SUFFIXES):
                continue
            yield str(Path(dirpath, name))


@dataclass(slots=True)
class IngestReport:
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    words: int = 0
    seconds: float = 0.0
    errors: list[ReadError] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.stored + self.duplicates + self.failed

    def summary(self) -> str:
        rate = self.seen / self.seconds if self.seconds else 0.0
        return (f"{self.stored} stored, {self.duplicates} already in the store, "
                f"{self.failed} failed ({self.seen} documents in {self.seconds:.1f} s, "
                f"{rate:.0f} documents/s)")


Progress = Callable[[IngestReport], None]

# documents read ahead per worker and analysed stage by stage together (written in batches
# of `batch_size`): from 64 to 256, ~0.15 ms less CPU per news article
ANALYSED_TOGETHER = 256


def already_analysed(doc: Document) -> Document:
    """The `analyse` step for documents that come with their results (batch Parquet)."""
    return doc


def ingest(store: Store, items: Iterable[Document | ReadError], *, workers: int = 1,
           batch_size: int = 64, on_error: Callable[[ReadError], None] | None = None,
           progress: Progress | None = None,
           analyse: Callable[[Document], Document | ReadError] | None = None) -> IngestReport:
    """Analyse and store documents; documents whose content is stored already are skipped
    before analysis, so an interrupted ingest resumes where it stopped.

    `analyse` replaces the pipeline (`analyse_safely`, run stage by stage over each chunk
    of documents as `analyse_all_safely` does) with a function of one document."""
    report = IngestReport()
    started = time.perf_counter()

    def fail(err: ReadError) -> None:
        report.failed += 1
        report.errors.append(err)
        if on_error:
            on_error(err)

    def fresh(chunk: list[Document | ReadError]) -> tuple[list[Document], list[str]]:
        """The chunk's documents not stored yet (read errors are reported here)."""
        pending: list[Document] = []
        hashes: list[str] = []
        seen_here: set[str] = set()
        digests = [content_hash(d) if isinstance(d, Document) else "" for d in chunk]
        known = store.known_hashes([h for h in digests if h])
        for item, digest in zip(chunk, digests, strict=True):
            if isinstance(item, ReadError):
                fail(item)
                continue
            if digest in known or digest in seen_here:
                report.duplicates += 1
                continue
            seen_here.add(digest)
            pending.append(item)
            hashes.append(digest)
        return pending, hashes

    def store_results(analysed: Iterable[Document | ReadError], hashes: list[str]) -> None:
        good: list[Document] = []
        good_hashes: list[str] = []
        for result, digest in zip(analysed, hashes, strict=True):
            if isinstance(result, ReadError):
                fail(result)
            else:
                good.append(result)
                good_hashes.append(digest)
        for i in range(0, len(good), batch_size):
            docs, digests = good[i:i + batch_size], good_hashes[i:i + batch_size]
            for doc, outcome in zip(docs, store.add(docs, digests), strict=True):
                if outcome.status == "stored":
                    report.stored += 1
                    report.words += len(doc.text.split())
                elif outcome.status == "duplicate":
                    report.duplicates += 1  # stored earlier in this ingest or by another
                else:
                    fail(ReadError(doc.source or doc.id, outcome.reason or "cannot store"))
            report.seconds = time.perf_counter() - started
            if progress:
                progress(report)
        if not good:  # a chunk of nothing new still moves the counts on
            report.seconds = time.perf_counter() - started
            if progress:
                progress(report)

    pool = _worker_pool(workers) if workers > 1 else None
    try:
        window = max(batch_size, ANALYSED_TOGETHER) * max(1, workers)
        # With workers, the next chunk is handed to them before the parent stores the
        # current one, so writing does not leave them idle. Writes stay in input order.
        in_flight: tuple[Iterable[Document | ReadError], list[str]] | None = None
        for chunk in _chunks(items, window):
            pending, hashes = fresh(chunk)
            analysed = _analyse(pending, analyse, pool, workers)
            if in_flight is not None:
                with collector_paused_for_chunk():
                    store_results(*in_flight)
            in_flight = (analysed, hashes)
        if in_flight is not None:
            with collector_paused_for_chunk():
                store_results(*in_flight)
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)
    report.seconds = time.perf_counter() - started
    return report


def collector_paused_for_chunk() -> AbstractContextManager[None]:
    """Python's cyclic garbage collector paused while a chunk is analysed and stored, then
    run once on the objects made meanwhile that are still alive. A chunk's analysed
    documents are hundreds of thousands of objects alive until they are written: the
    collector walked the young ones every few hundred new objects and all of them in
    every full collection (~0.15 ms per news article of an ingest) and found nothing to
    free, reference counting frees all of it. Cyclic garbage, if any (the traceback of a
    failed document), is collected when the chunk is done (the young objects only: in the
    parent the chunk's documents are gone by then; a worker walks its part's once). The
    worker processes are forked before the first chunk is stored, with the collector on,
    and pause it around each part they analyse."""
    return collector_paused(collect_after=1)


def _analyse(pending: list[Document], analyse: Callable[[Document], Document | ReadError] | None,
             pool: ProcessPoolExecutor | None, workers: int) -> Iterable[Document | ReadError]:
    """The analysed documents (or their errors) in order, computed when first iterated in
    this process, in the workers' own time with a pool."""
    share = max(1, len(pending) // (4 * workers))  # four parts per worker: balanced ends
    if analyse is not None:
        return pool.map(analyse, pending, chunksize=share) if pool else map(analyse, pending)
    if pool:
        parts = [pending[i:i + share] for i in range(0, len(pending), share)]
        return itertools.chain.from_iterable(pool.map(_analysed_in_worker, parts))
    return _later(analyse_all_safely, pending)


def _analysed_in_worker(part: list[Document]) -> list[Document | ReadError]:
    """`analyse_all_safely` in a worker process, with the collector paused as the parent
    pauses it (there the part's documents are only read back and written)."""
    with collector_paused_for_chunk():
        return analyse_all_safely(part)


def _later(analyse_all: Callable[[list[Document]], list[Document | ReadError]],
           pending: list[Document]) -> Iterator[Document | ReadError]:
    yield from analyse_all(pending)


def _worker_pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes; forked ones inherit the language data and models loaded here once,
    instead of each compiling and loading them again (about a second of CPU per worker)."""
    register_transport()  # analysed documents come back pickled: the faster reducers
    if multiprocessing.get_start_method(allow_none=False) == "fork":
        warm_up()
    return ProcessPoolExecutor(max_workers=workers, initializer=register_transport)


def ingest_paths(store: Store, paths: Iterable[str], *, workers: int = 1,
                 read_options: dict | None = None, **kwargs: object) -> IngestReport:
    """`chronik ingest` as a function: expand paths, read, and `ingest`."""
    items = read_paths(expand_paths(paths), **(read_options or {}))
    return ingest(store, items, workers=workers, **kwargs)  # type: ignore[arg-type]


def _chunks(items: Iterable[Document | ReadError], size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
