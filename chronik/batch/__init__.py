"""Batch runs: many shards (JSONL, WARC, HTML, text) -> Parquet tables, on one of three engines.

    from chronik.batch import run_batch, read_tables
    summary = run_batch(["news.jsonl", "crawl.warc.gz"], "out/", engine="local", workers=2)
    for document in read_tables("out/"):   # contract dicts, as `chronik extract` prints them
        ...

Tables (docs/batch.md has the schema): documents, timexes, events, quotes, entities,
partitioned `lang=<code>/month=<YYYY-MM>`, and errors. Re-running over the same inputs
replaces their output (see `chronik.batch.process`).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chronik.batch.engines import ENGINES, EngineUnavailable, run_dask, run_local, run_spark
from chronik.batch.process import clear_outputs, process_unit
from chronik.batch.rows import ITEM_KEYS, TABLES, UNKNOWN_LANG, rows_to_document
from chronik.batch.units import DEFAULT_SPLIT_BYTES, ReadOptions, WorkUnit, plan_units

__all__ = ["ENGINES", "TABLES", "BatchSummary", "EngineUnavailable", "ReadOptions", "WorkUnit",
           "plan_units", "process_unit", "read_tables", "run_batch"]

MANIFEST = "_chronik_batch.json"


@dataclass(slots=True)
class BatchSummary:
    engine: str
    workers: int
    inputs: int
    units: int
    documents: int
    errors: int
    seconds: float
    worker_pids: list[int] = field(default_factory=list)
    max_worker_rss_mib: float = 0.0
    worker_cpu_seconds: float = 0.0  # CPU time the workers spent on units, summed

    @property
    def documents_per_cpu_second(self) -> float:
        return self.documents / self.worker_cpu_seconds if self.worker_cpu_seconds else 0.0

    @property
    def documents_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


def run_batch(paths: list[str], out_dir: str, *, engine: str = "local", workers: int = 1,
              options: ReadOptions | None = None, split_bytes: int = DEFAULT_SPLIT_BYTES,
              master: str | None = None, scheduler: str | None = None,
              spark=None, dask_client=None) -> BatchSummary:
    """Analyse every document of `paths` and (re)write their rows under `out_dir`."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    options = options or ReadOptions()
    began = time.perf_counter()
    os.makedirs(out_dir, exist_ok=True)
    units = plan_units(list(paths), split_bytes=split_bytes)
    clear_outputs(out_dir, {u.shard_key for u in units})
    if engine == "local":
        results = run_local(units, out_dir, options, workers)
    elif engine == "spark":
        results = run_spark(units, out_dir, options, workers, master=master, spark=spark)
    else:
        results = run_dask(units, out_dir, options, workers, scheduler=scheduler,
                           client=dask_client)
    summary = BatchSummary(
        engine=engine, workers=workers, inputs=len(set(paths)), units=len(units),
        documents=sum(r["documents"] for r in results),
        errors=sum(r["errors"] for r in results), seconds=time.perf_counter() - began,
        worker_pids=sorted({r["pid"] for r in results}),
        max_worker_rss_mib=max((r["max_rss_mib"] for r in results), default=0.0),
        worker_cpu_seconds=sum(r["cpu_seconds"] for r in results))
    _write_manifest(out_dir, paths, summary)
    return summary


def _write_manifest(out_dir: str, paths: list[str], summary: BatchSummary) -> None:
    manifest = Path(out_dir) / MANIFEST
    runs = []
    if manifest.exists():
        try:
            runs = json.loads(manifest.read_text(encoding="utf-8")).get("runs", [])
        except (OSError, ValueError):
            runs = []
    runs.append({"inputs": [os.path.abspath(p) for p in paths], "engine": summary.engine,
                 "workers": summary.workers, "documents": summary.documents,
                 "errors": summary.errors, "seconds": round(summary.seconds, 3),
                 "finished": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())})
    temporary = manifest.with_name(f".{MANIFEST}.tmp")
    temporary.write_text(json.dumps({"tables": list(TABLES), "runs": runs[-100:]}, indent=1),
                         encoding="utf-8")
    os.replace(temporary, manifest)


def _read_rows(directory: Path) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    rows: list[dict[str, Any]] = []
    for path in sorted(directory.glob("part-*.parquet")):
        rows.extend(pq.read_table(path).to_pylist())
    return rows


def read_tables(directory: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """The documents of a batch output as contract dicts (what `chronik extract` prints).

    Reads one (lang, month) partition at a time, so memory stays at one partition;
    partitions come in sorted order and documents within one in input order.
    """
    root = Path(directory)
    for doc_dir in sorted((root / "documents").glob("lang=*/month=*")):
        lang = doc_dir.parent.name.removeprefix("lang=")
        relative = doc_dir.relative_to(root / "documents")
        items: dict[str, dict[tuple, list[dict]]] = {}
        for table in ITEM_KEYS:
            grouped: dict[tuple, list[dict]] = {}
            for row in _read_rows(root / table / relative):
                grouped.setdefault(_position(row), []).append(row)
            items[table] = grouped
        for doc_row in sorted(_read_rows(doc_dir), key=_position):
            key = _position(doc_row)
            yield rows_to_document(
                doc_row, None if lang == UNKNOWN_LANG and not doc_row.get("has_lang") else lang,
                {table: items[table].get(key, []) for table in ITEM_KEYS})


def _position(row: dict[str, Any]) -> tuple:
    return (row["shard"], row["shard_offset"], row["position"])
