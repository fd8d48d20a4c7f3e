"""Reading documents from files, standard input and JSON Lines."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from chronik.model import Document, Region
from chronik.read.dates import parse_given_date
from chronik.read.errors import InputError, ReadError
from chronik.read.opening import open_input
from chronik.read.warc import is_warc, read_warc
from chronik.read.web import HTML_SUFFIXES, read_html

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # a news article is kilobytes; 20 MB is surely not one

# ` date 2021-12 Title`: the seed format's header line (leading space optional).
_HEADER = re.compile(r"^\ufeff?[ \t]?date[ \t]+(\d\S*)(?:[ \t]+(.*?))?[ \t]*$")


def decode(data: bytes, source: str) -> str:
    """Decode bytes the way `open(path, encoding="utf-8").read()` would.

    Offsets index exactly this string: a BOM stays as U+FEFF at offset 0 and Windows
    (and old Mac) line endings read as `\\n`, so a user who opens the file in Python
    slices the same text chronik reports.
    """
    if not data.replace(b"\xef\xbb\xbf", b"", 1).strip():
        raise InputError("empty file" if len(data) <= 3 else "file contains only white space")
    if b"\x00" in data[:8192]:
        raise InputError("binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            f"not UTF-8: invalid byte 0x{data[err.start]:02x} at byte offset {err.start} "
            "(convert the file to UTF-8, e.g. `iconv -f latin1 -t utf-8`)") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def doc_id_for(source: str) -> str:
    name = os.path.basename(source)
    for ext in (".txt", ".text", ".md"):
        if name.endswith(ext):
            return name[: -len(ext)]
    return name


def document_from_text(text: str, *, source: str, doc_id: str | None = None,
                       date: str | None = None, lang: str | None = None,
                       title: str | None = None) -> Document:
    """Build a Document from a decoded file: the seed format if it has a `date` header, else plain text."""
    first_nl = text.find("\n")
    first_line = text if first_nl < 0 else text[:first_nl]
    m = _HEADER.match(first_line)
    regions: list[Region] = []
    date_given = None
    if m:
        date_given = parse_given_date(m.group(1))
        if m.group(2):
            title = m.group(2)
            regions.append(Region("text", m.start(2), m.end(2), "title"))
        body_start = len(first_line) + 1 if first_nl >= 0 else len(text)
    else:
        body_start = 0
    if date is not None:
        # an explicit --date overrides a header: the user knows better than the file
        date_given = parse_given_date(date)
    regions.append(Region("text", body_start, len(text), "body"))
    return Document(id=doc_id or doc_id_for(source), fields={"text": text}, regions=regions,
                    title=title, lang=lang, date_given=date_given, source=source)


def document_from_record(record: object, *, source: str, line: int,
                         lang: str | None = None) -> Document:
    """Build a Document from one JSON Lines record (`text` required; `id`, `date`, `lang`, `title`, `url` optional)."""
    if not isinstance(record, dict):
        raise InputError(f"record is a JSON {type(record).__name__}, not an object")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError("record has no `text` string" if text is None
                         else f"`text` is a JSON {type(text).__name__}, not a string")
    if not text.strip():
        raise InputError("`text` is empty")
    title = record.get("title")
    if title is not None and not isinstance(title, str):
        raise InputError("`title` is not a string")
    for key, allowed in (("lang", str), ("url", str), ("id", (str, int))):
        value = record.get(key)
        if value is not None and (not isinstance(value, allowed) or isinstance(value, bool)):
            raise InputError(f"`{key}` is a JSON {type(value).__name__}, not a string")
    raw_date = record.get("date")
    date_given = parse_given_date(str(raw_date)) if raw_date not in (None, "") else None
    fields = {"text": text}
    regions = []
    if title:
        fields["title"] = title
        regions.append(Region("title", 0, len(title), "title"))
    regions.append(Region("text", 0, len(text), "body"))
    doc_id = record.get("id")
    return Document(
        id=str(doc_id) if doc_id not in (None, "") else f"{doc_id_for(source)}:{line}",
        fields=fields, regions=regions, title=title or None,
        lang=record.get("lang") or lang, date_given=date_given,
        source=f"{source}:{line}", url=record.get("url"))


def iter_jsonl(data: str, *, source: str, lang: str | None = None,
               first_line: int = 1) -> Iterator[Document | ReadError]:
    for number, line in enumerate(data.split("\n"), start=first_line):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield ReadError(source, f"not valid JSON ({err.msg} at column {err.colno})", line=number)
            continue
        try:
            yield document_from_record(record, source=source, line=number, lang=lang)
        except InputError as err:
            yield ReadError(source, str(err), line=number)


def iter_jsonl_stream(stream: BinaryIO, *, source: str, lang: str | None = None,
                      max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | ReadError]:
    """Read JSON Lines from a binary stream one record at a time, in constant memory.

    A file of any size streams through; `max_bytes` limits each record (line), and an
    oversized or undecodable line is reported and skipped without loading it whole.
    """
    seen_content = False
    for number in range(1, sys.maxsize):
        raw = stream.readline(max_bytes + 1)
        if not raw:
            break
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of the line in chunks
                raw = stream.readline(1 << 20)
            yield ReadError(source, f"record too large: more than {max_bytes:,} bytes "
                                    "(raise the limit with --max-bytes)", line=number)
            seen_content = True
            continue
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        seen_content = True
        if b"\x00" in raw:
            yield ReadError(source, "binary data (NUL bytes), not a JSON line", line=number)
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            yield ReadError(source, f"not UTF-8: invalid byte 0x{raw[err.start]:02x}",
                            line=number)
            continue
        yield from iter_jsonl(line, source=source, lang=lang, first_line=number)
    if not seen_content:
        yield ReadError(source, "empty file")


def read_bytes(data: bytes, *, source: str, input_format: str | None = None,
               date: str | None = None, lang: str | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | ReadError]:
    """Read documents from raw bytes; `input_format` is `"jsonl"`, `"text"` or None (guess from the name)."""
    if max_bytes and len(data) > max_bytes:
        yield ReadError(source, f"file too large: {len(data):,} bytes > limit {max_bytes:,} "
                                "(raise it with --max-bytes)")
        return
    from chronik.read.feeds import looks_like_feed, read_feed

    if input_format == "feed" or (input_format is None and looks_like_feed(source, data)):
        yield from read_feed(data, source=source, lang=lang)
        return
    fmt = input_format or ("jsonl" if source.endswith((".jsonl", ".ndjson")) else
                           "html" if source.lower().endswith(HTML_SUFFIXES) else "text")
    if fmt == "html":
        yield from read_html(data, source=source, date=date, lang=lang)
        return
    try:
        text = decode(data, source)
        if fmt == "jsonl":
            # offsets of a record index its fields, so a BOM before line 1 can simply go
            yield from iter_jsonl(text.removeprefix("\ufeff"), source=source, lang=lang)
            return
        yield document_from_text(text, source=source, date=date, lang=lang)
    except InputError as err:
        yield ReadError(source, str(err))


def read_path(path: str | os.PathLike[str], **options: object) -> Iterator[Document | ReadError]:
    """Read one file (or `-` for standard input)."""
    source = os.fspath(path)
    limit = options.get("max_bytes")
    max_bytes = DEFAULT_MAX_BYTES if limit is None else int(limit)  # type: ignore[arg-type]
    if max_bytes <= 0:
        raise ValueError("max_bytes must be a positive number of bytes")
    jsonl = options.get("input_format") == "jsonl" or (
        options.get("input_format") is None and source.endswith((".jsonl", ".ndjson")))
    if jsonl:
        yield from _stream_jsonl(source, max_bytes, options.get("lang"))  # type: ignore[arg-type]
        return
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            yield ReadError("<stdin>", f"file too large: more than {max_bytes:,} bytes "
                                       "(raise the limit with --max-bytes)")
            return
        yield from read_bytes(data, source="<stdin>", **options)  # type: ignore[arg-type]
        return
    if options.get("input_format") in (None, "warc") and is_warc(source):
        # a WARC shard can be gigabytes: stream it record by record (max_bytes is per record)
        yield from read_warc(source, lang=options.get("lang"),  # type: ignore[arg-type]
                             date=options.get("date"), max_bytes=max_bytes)  # type: ignore[arg-type]
        return
    p = Path(source)
    try:
        if p.is_dir():
            yield ReadError(source, "is a directory (give the files, e.g. dir/*.txt)")
            return
        size = p.stat().st_size
        if size > max_bytes:
            yield ReadError(source, f"file too large: {size:,} bytes > limit {max_bytes:,} "
                                    "(raise it with --max-bytes)")
            return
        data = p.read_bytes()
    except FileNotFoundError:
        yield ReadError(source, "no such file")
        return
    except OSError as err:
        yield ReadError(source, f"cannot read: {err.strerror or err}")
        return
    yield from read_bytes(data, source=source, **options)  # type: ignore[arg-type]


def _stream_jsonl(source: str, max_bytes: int, lang: str | None) -> Iterator[Document | ReadError]:
    if source == "-":
        yield from iter_jsonl_stream(sys.stdin.buffer, source="<stdin>", lang=lang,
                                     max_bytes=max_bytes)
        return
    stream = open_input(source, "*.jsonl")
    if isinstance(stream, ReadError):
        yield stream
        return
    with stream:  # closed also when the caller stops early
        try:
            yield from iter_jsonl_stream(stream, source=source, lang=lang, max_bytes=max_bytes)
        except OSError as err:
            yield ReadError(source, f"cannot read: {err.strerror or err}")


def read_paths(paths: Iterable[str], **options: object) -> Iterator[Document | ReadError]:
    for path in paths:
        yield from read_path(path, **options)
