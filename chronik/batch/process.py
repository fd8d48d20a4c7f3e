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
    pid: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@cache
def prepare_worker() -> int:
    """Load language data, models and the extractors once per worker process, not per document.

    Analysing one tiny document per supported language fills the per-process caches
    (functools.cache in each stage); later documents in this process reuse them.
    """
    from chronik.pipeline import extract
    from chronik.text.langid import supported_languages

    for lang in supported_languages():
        extract("Am Montag, dem 3. Januar 2022, beginnt das Treffen.", date="2022-01-01",
                lang=lang)
    return os.getpid()


def process_unit(unit: WorkUnit | dict, out_dir: str,
                 options: ReadOptions | dict | None = None) -> dict[str, Any]:
    """Analyse every document of `unit` and write its rows under `out_dir`; never raises for bad input."""
    from chronik.pipeline import analyse

    unit = WorkUnit(**unit) if isinstance(unit, dict) else unit
    options = ReadOptions(**options) if isinstance(options, dict) else (options or ReadOptions())
    began = time.perf_counter()
    prepare_worker()
    buffers: dict[tuple[str, str], dict[str, list[dict]]] = defaultdict(
        lambda: {table: [] for table in TABLES if table != "errors"})
    errors: list[dict] = []
    documents = 0
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
    write_unit(out_dir, unit.key, buffers, errors)
    return UnitResult(unit.key, unit.path, documents, len(errors),
                      time.perf_counter() - began, os.getpid()).to_dict()


def _analyse_error(where: dict, doc, reason: str) -> dict:
    return {**where, "source": doc.source or doc.id, "line": None, "doc_id": doc.id,
            "stage": "analyse", "reason": reason}


def write_unit(out_dir: str, key: str, buffers: dict[tuple[str, str], dict[str, list[dict]]],
               errors: list[dict]) -> None:
    """Write one unit's rows: every table in every partition it touched, and its errors."""
    import pyarrow as pa

    schemas = arrow_schemas()
    for (lang, month), tables in buffers.items():
        for table in ("documents", *ITEM_KEYS):
            # item tables are written even when empty, so every partition has every table
            directory = os.path.join(out_dir, table, f"lang={lang}", f"month={month}")
            _write(pa.Table.from_pylist(tables[table], schema=schemas[table]), directory, key)
    _write(pa.Table.from_pylist(errors, schema=schemas["errors"]),
           os.path.join(out_dir, "errors"), key)


def _write(table, directory: str, key: str) -> None:
    import pyarrow.parquet as pq

    os.makedirs(directory, exist_ok=True)
    final = os.path.join(directory, f"part-{key}.parquet")
    # hidden name: Spark, Dask and DuckDB globs skip dot-files while it is being written
    temporary = os.path.join(directory, f".part-{key}.parquet.{uuid.uuid4().hex}.tmp")
    pq.write_table(table, temporary, compression="zstd")
    os.replace(temporary, final)


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
