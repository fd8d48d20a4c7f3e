"""Work units: the pieces of input one engine task reads, and how they are read.

A JSON Lines shard is split at line boundaries into byte ranges of about `split_bytes`,
so one large file still spreads over all workers; a WARC, HTML or text file is one unit.
Each unit has a key derived from its path and byte offset only, so output file names are
the same on every run and on every retry of a task (see `chronik.batch.output`).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass

from chronik.model import Document
from chronik.read import ReadError, read_path
from chronik.read.errors import InputError
from chronik.read.files import document_from_record

JSONL_SUFFIXES = (".jsonl", ".ndjson")
DEFAULT_SPLIT_BYTES = 32 * 1024 * 1024
_SCAN = 1 << 20


@dataclass(frozen=True, slots=True)
class ReadOptions:
    lang: str | None = None
    date: str | None = None
    max_bytes: int = 20 * 1024 * 1024  # one document (a JSONL line, a WARC record, a file)
    segment: bool = True


@dataclass(frozen=True, slots=True)
class WorkUnit:
    path: str
    start: int = 0
    end: int | None = None  # None: the whole file
    first_line: int = 1

    @property
    def shard_key(self) -> str:
        return path_key(self.path)

    @property
    def key(self) -> str:
        return f"{self.shard_key}-{self.start:012d}"

    def to_dict(self) -> dict:
        return asdict(self)


def path_key(path: str) -> str:
    """A short stable name for an input file (its absolute path hashed)."""
    return hashlib.sha1(os.path.abspath(path).encode("utf-8")).hexdigest()[:16]


def is_jsonl(path: str) -> bool:
    return path.lower().endswith(JSONL_SUFFIXES)


def plan_units(paths: list[str], *, split_bytes: int = DEFAULT_SPLIT_BYTES) -> list[WorkUnit]:
    """Cut the inputs into units; JSON Lines at line ends, counting lines for record ids."""
    units: list[WorkUnit] = []
    for path in paths:
        if not is_jsonl(path) or not os.path.isfile(path):
            units.append(WorkUnit(path))  # a missing file becomes a ReadError in its task
            continue
        units.extend(_split_jsonl(path, split_bytes))
    return units


def _split_jsonl(path: str, split_bytes: int) -> list[WorkUnit]:
    size = os.path.getsize(path)
    units: list[WorkUnit] = []
    with open(path, "rb") as fh:
        start, line = 0, 1
        while start < size or not units:
            end = _line_end_after(fh, start + split_bytes, size)
            units.append(WorkUnit(path, start, end, line))
            line += _count_newlines(fh, start, end)
            start = end
    return units


def _line_end_after(fh, position: int, size: int) -> int:
    """The offset just past the first newline at or after `position` (or the file's end)."""
    if position >= size:
        return size
    fh.seek(position)
    while True:
        chunk = fh.read(_SCAN)
        if not chunk:
            return size
        found = chunk.find(b"\n")
        if found >= 0:
            return position + found + 1
        position += len(chunk)


def _count_newlines(fh, start: int, end: int) -> int:
    fh.seek(start)
    count, left = 0, end - start
    while left > 0:
        chunk = fh.read(min(_SCAN, left))
        if not chunk:
            break
        count += chunk.count(b"\n")
        left -= len(chunk)
    return count


def read_unit(unit: WorkUnit, options: ReadOptions) -> Iterator[Document | ReadError]:
    """The documents of one unit, exactly as `chronik extract` reads them from the same file."""
    if unit.end is None:
        yield from read_path(unit.path, lang=options.lang, date=options.date,
                             max_bytes=options.max_bytes)
        return
    try:
        with open(unit.path, "rb") as fh:
            fh.seek(unit.start)
            data = fh.read(unit.end - unit.start)
    except OSError as err:
        yield ReadError(unit.path, f"cannot read: {err.strerror or err}")
        return
    if unit.start == 0:
        data = data.removeprefix(b"\xef\xbb\xbf")
    for number, raw in enumerate(data.split(b"\n"), start=unit.first_line):
        if not raw.strip():
            continue
        if len(raw) > options.max_bytes:
            yield ReadError(unit.path, f"record too large: {len(raw):,} bytes > limit "
                                       f"{options.max_bytes:,}", line=number)
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            yield ReadError(unit.path, f"not UTF-8: invalid byte 0x{raw[err.start]:02x}",
                            line=number)
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield ReadError(unit.path, f"not valid JSON ({err.msg} at column {err.colno})",
                            line=number)
            continue
        try:
            yield document_from_record(record, source=unit.path, line=number, lang=options.lang)
        except InputError as err:
            yield ReadError(unit.path, str(err), line=number)
