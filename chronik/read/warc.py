"""WARC files (plain or record-gzipped, as news crawls publish them) -> Documents.

Only HTTP `response` records with a successful status and an HTML body become documents;
requests, metadata, redirects and images are skipped silently, because a crawl is full of
them and none is an article. A damaged record (wrong Content-Length, digest mismatch,
truncated file) becomes a ReadError naming its byte offset, and reading goes on with the
next record that can be found, so one bad record never costs the rest of a shard.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import BinaryIO

from chronik.model import Document
from chronik.read.errors import InputError, ReadError
from chronik.read.opening import open_input
from chronik.read.web import document_from_html

WARC_SUFFIXES = (".warc", ".warc.gz")
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."
_SCAN_CHUNK = 1 << 20


def is_warc(source: str) -> bool:
    return source.lower().endswith(WARC_SUFFIXES)


def _archive_iterator(fh: BinaryIO):
    from warcio.archiveiterator import ArchiveIterator

    class QuietIterator(ArchiveIterator):
        # warcio prints a warning for a record whose length is wrong; we count it
        # (err_count) and report it as a ReadError instead
        INC_RECORD = ""

    # "raise": a block or payload digest that does not match is an error for that record
    return QuietIterator(fh, check_digests="raise")


def read_warc(path: str, *, lang: str | None = None, date: str | None = None,
              max_bytes: int | None = None) -> Iterator[Document | ReadError]:
    """Yield one Document per HTML response record of a WARC file, or a ReadError per bad record.

    `max_bytes` limits one record's payload (a WARC shard itself may be gigabytes);
    `date` is used only when neither the page nor the record gives a date.
    """
    source = os.fspath(path)
    fh = open_input(source, "*.warc.gz")
    if isinstance(fh, ReadError):
        yield fh
        return
    with fh:  # a generator holds it; closed also when the caller stops early
        head = fh.read(len(_GZIP_MAGIC))
        if not head:
            yield ReadError(source, "empty file")
            return
        marker = _GZIP_MAGIC if head.startswith(_GZIP_MAGIC[:2]) else _WARC_MAGIC
        yield from _read_from(fh, source, marker, lang=lang, date=date, max_bytes=max_bytes)


def _read_from(fh: BinaryIO, source: str, marker: bytes, *, lang: str | None,
               date: str | None, max_bytes: int | None) -> Iterator[Document | ReadError]:
    start = 0
    while True:
        fh.seek(start)
        archive = _archive_iterator(fh)
        records = iter(archive)
        last_start = start
        last_was_bad = False
        while True:
            failed_at = archive.offset
            try:
                record = next(records)
            except StopIteration:
                return
            except Exception as err:  # noqa: BLE001 - warcio's parse errors vary by damage
                yield ReadError(source, f"record at byte offset {failed_at}: unreadable WARC "
                                        f"record ({_reason(err)})")
                # resynchronise: a record whose length was wrong swallowed the start of the
                # next one, so look again right after its own start
                floor = last_start + 1 if last_was_bad else failed_at + 1
                resumed = _next_marker(fh, max(floor, start + 1), marker)
                if resumed is None:
                    return
                start = resumed
                break
            last_start = archive.offset
            errors_before = archive.err_count
            problem: str | None = None
            doc = None
            try:
                doc = _document(record, source, last_start, lang=lang, date=date,
                                max_bytes=max_bytes)
            except InputError as err:
                problem = str(err)
            except Exception as err:  # noqa: BLE001 - digest mismatch, decompression errors
                problem = _reason(err)
            try:
                archive.read_to_end()  # consume the rest, so a wrong length shows now
            except Exception as err:  # noqa: BLE001
                problem = problem or _reason(err)
            if problem is None and archive.err_count > errors_before:
                problem = "Content-Length does not match the record (no blank line after it)"
            last_was_bad = problem is not None
            if problem is not None:
                yield ReadError(source, f"record at byte offset {last_start}: {problem}")
            elif doc is not None:
                yield doc


def _document(record, source: str, offset: int, *, lang: str | None, date: str | None,
              max_bytes: int | None) -> Document | None:
    """The Document in one record, None when the record is not an HTML page (skipped)."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    status = record.http_headers.get_statuscode() or ""
    if not status.startswith("2"):
        return None
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    if ctype and "html" not in ctype:
        return None
    if max_bytes and record.length and record.length > max_bytes:
        raise InputError(f"record too large: {record.length:,} bytes > limit {max_bytes:,}")
    payload = record.content_stream().read()
    if getattr(record.raw_stream, "limit", 0) > 0:
        raise InputError(f"record truncated: {record.raw_stream.limit:,} bytes of its "
                         "Content-Length missing")
    headers = record.rec_headers
    url = headers.get_header("WARC-Target-URI") or None
    record_id = (headers.get_header("WARC-Record-ID") or "").strip("<> ") or None
    warc_date = headers.get_header("WARC-Date") or date
    return document_from_html(payload, source=f"{source}@{offset}", doc_id=record_id or url,
                              url=url, fallback_date=warc_date, lang=lang)


def _next_marker(fh: BinaryIO, position: int, marker: bytes) -> int | None:
    """Byte offset of the next record start (gzip member or `WARC/1.` line) at or after `position`."""
    fh.seek(position)
    overlap = b""
    base = position
    while True:
        chunk = fh.read(_SCAN_CHUNK)
        if not chunk:
            return None
        data = overlap + chunk
        at = 0
        while True:
            found = data.find(marker, at)
            if found < 0:
                break
            # a WARC header line starts a line; a gzip magic can start anywhere
            starts_record = (marker is _GZIP_MAGIC or found == 0
                             or data[found - 1:found] == b"\n")
            if starts_record and base + found >= position:
                return base + found
            at = found + 1
        keep = len(marker)
        overlap = data[-keep:]
        base += len(data) - len(overlap)


def _reason(err: BaseException) -> str:
    text = " ".join(str(err).split())
    return f"{type(err).__name__}: {text[:200]}" if text else type(err).__name__
