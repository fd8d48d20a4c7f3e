"""One task: read a unit, run the per-document pipeline, write its Parquet files.

Every engine calls `process_unit` (in a pool process, a Spark Python worker or a Dask
worker), so all of them write the same rows. Output files are named after the unit
(`part-<unit key>.parquet`) and written to a hidden temporary name, then renamed into
place: a retried or re-run task replaces its own files and never duplicates rows, and a
reader never sees half a file.
"""

from __future__ import annotations

import os
import time
import uuid
from collections import defaultdict
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from chronik.batch.rows import ITEM_KEYS, TABLES, arrow_schemas, document_rows, partition_of
from chronik.batch.units import ReadOptions, WorkUnit, read_unit
from chronik.read import ReadError
from chronik.read.errors import InputError


@dataclass(slots=True)
class UnitResult:
    key: str
    path: str
    documents: int
    errors: int
    seconds: float
    cpu_seconds: float  # this worker's CPU time on the unit (robust to a shared machine)
    pid: int
    max_rss_mib: float  # the worker process's peak resident memory so far

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@cache
def prepare_worker() -> int:
    """Load language data, models and the extractors once per worker process, not per document.

    Analysing one tiny document per supported language fills the per-process caches
    (functools.cache in each stage); later documents in this process reuse them.
    """
    from chronik.pipeline import extract
    from chronik.text.langid import identify_language, supported_languages

    identify_language("Die Minister treffen sich am Montag in Genf.")  # loads the langid model
    for lang in supported_languages():
        extract("Am Montag, dem 3. Januar 2022, beginnt das Treffen.", date="2022-01-01",
                lang=lang)
    return os.getpid()


FLUSH_DOCUMENTS = 1000  # rows of this many documents are held before they are written


def process_unit(unit: WorkUnit | dict, out_dir: str,
                 options: ReadOptions | dict | None = None) -> dict[str, Any]:
    """Analyse every document of `unit` and write its rows under `out_dir`; never raises for bad input."""
    from chronik.pipeline import analyse

    unit = WorkUnit(**unit) if isinstance(unit, dict) else unit
    options = ReadOptions(**options) if isinstance(options, dict) else (options or ReadOptions())
    began, cpu_began = time.perf_counter(), time.process_time()
    prepare_worker()
    writer = UnitWriter(out_dir, unit.key)
    buffers: dict[tuple[str, str], dict[str, list[dict]]] = _new_buffers()
    errors: list[dict] = []
    documents = pending = 0
    for position, item in enumerate(read_unit(unit, options)):
        where = {"shard": unit.path, "shard_offset": unit.start, "position": position}
        if isinstance(item, ReadError):
            errors.append({**where, "source": item.source, "line": item.line, "doc_id": None,
                           "stage": "read", "reason": item.reason})
            continue
        try:
            document = analyse(item, segment=options.segment).to_dict()
        except (InputError, ValueError) as err:
            errors.append(_analyse_error(where, item, str(err)))
            continue
        except Exception as err:  # noqa: BLE001 - one bad document must not stop a batch
            errors.append(_analyse_error(
                where, item, f"internal error: {type(err).__name__}: {err}"))
            continue
        rows = document_rows(document, shard=unit.path, shard_offset=unit.start,
                             position=position)
        bucket = buffers[partition_of(document)]
        for table, table_rows in rows.items():
            bucket[table].extend(table_rows)
        documents += 1
        pending += 1
        if pending >= FLUSH_DOCUMENTS:
            # bounded memory: a WARC shard can hold tens of thousands of articles
            writer.add(buffers)
            buffers, pending = _new_buffers(), 0
    writer.add(buffers)
    writer.close(errors)
    return UnitResult(unit.key, unit.path, documents, len(errors),
                      time.perf_counter() - began, time.process_time() - cpu_began,
                      os.getpid(), _max_rss_mib()).to_dict()


def _new_buffers() -> dict[tuple[str, str], dict[str, list[dict]]]:
    return defaultdict(lambda: {table: [] for table in TABLES if table != "errors"})


def _max_rss_mib() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _analyse_error(where: dict, doc, reason: str) -> dict:
    return {**where, "source": doc.source or doc.id, "line": None, "doc_id": doc.id,
            "stage": "analyse", "reason": reason}


class UnitWriter:
    """The Parquet files of one unit: appended to in row groups, renamed into place on close."""

    def __init__(self, out_dir: str, key: str) -> None:
        self.out_dir, self.key = out_dir, key
        self.schemas = arrow_schemas()
        self.open: dict[tuple[str, str], tuple[Any, str, str]] = {}
        self.partitions: set[tuple[str, str]] = set()

    def add(self, buffers: dict[tuple[str, str], dict[str, list[dict]]]) -> None:
        for (lang, month), tables in buffers.items():
            self.partitions.add((lang, month))
            for table, rows in tables.items():
                if rows:
                    self._append(table, self._directory(table, lang, month), rows)

    def close(self, errors: list[dict]) -> None:
        # every partition gets every table (empty where the unit found nothing), and
        # every unit an errors file, so globs over a table always find files
        for lang, month in self.partitions:
            for table in ("documents", *ITEM_KEYS):
                self._append(table, self._directory(table, lang, month), [])
        self._append("errors", os.path.join(self.out_dir, "errors"), errors)
        for writer, temporary, final in self.open.values():
            writer.close()
            os.replace(temporary, final)
        self.open.clear()

    def _directory(self, table: str, lang: str, month: str) -> str:
        return os.path.join(self.out_dir, table, f"lang={lang}", f"month={month}")

    def _append(self, table: str, directory: str, rows: list[dict]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        entry = self.open.get((table, directory))
        if entry is None:
            os.makedirs(directory, exist_ok=True)
            final = os.path.join(directory, f"part-{self.key}.parquet")
            # hidden name: Spark, Dask and DuckDB skip dot-files while it is being written
            temporary = os.path.join(directory,
                                     f".part-{self.key}.parquet.{uuid.uuid4().hex}.tmp")
            entry = (pq.ParquetWriter(temporary, self.schemas[table], compression="zstd"),
                     temporary, final)
            self.open[(table, directory)] = entry
        if rows:
            entry[0].write_table(pa.Table.from_pylist(rows, schema=self.schemas[table]))


def write_unit(out_dir: str, key: str, buffers: dict[tuple[str, str], dict[str, list[dict]]],
               errors: list[dict]) -> None:
    """Write one unit's rows at once (all tables of every partition it touched, its errors)."""
    writer = UnitWriter(out_dir, key)
    writer.add(buffers)
    writer.close(errors)


def clear_outputs(out_dir: str, shard_keys: set[str]) -> int:
    """Delete earlier output of these input files (and stale temporaries), before a run.

    A re-run over the same input then replaces its rows rather than adding to them, even
    where a document now lands in another partition; output of other inputs is kept.
    """
    removed = 0
    for root, _dirs, files in os.walk(out_dir, topdown=False):
        for name in files:
            stem = name.removeprefix(".").removeprefix("part-")
            if name.startswith(("part-", ".part-")) and stem[:16] in shard_keys:
                os.remove(os.path.join(root, name))
                removed += 1
        if root != out_dir and not os.listdir(root):
            os.rmdir(root)
    return removed
