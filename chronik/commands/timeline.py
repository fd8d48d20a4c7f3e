"""`chronik timeline`: the merged events of a store, in chronological order."""

from __future__ import annotations

import argparse
import functools
import json
import sys
from json.encoder import encode_basestring

from chronik.commands import positive_int
from chronik.commands.ingest import add_db_option

ORDER = 21
STATUSES = ("planned", "happened", "ongoing", "cancelled", "uncertain")
COLUMNS = ["when", "status", "summary", "participants", "sources"]


def add_period_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="date_from", metavar="DATE",
                   help="from this date on (YYYY, YYYY-MM or YYYY-MM-DD, inclusive)")
    p.add_argument("--to", dest="date_to", metavar="DATE",
                   help="up to this date (inclusive: --to 2022-02 keeps all of February)")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("timeline", help="print the events of a store in chronological order",
                       description="One line per event (the same event reported by several "
                                   "articles is one line, with all its sources).")
    add_db_option(p)
    add_period_options(p)
    p.add_argument("--about", help="words the event's summary, trigger, participants or "
                                   "location must contain (full-text search)")
    p.add_argument("--who", help="a participant (any word of a name: --who Putin)")
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--lang", help="only events reported in articles of this language")
    p.add_argument("--format", choices=["table", "json", "csv", "md"], default="table",
                   help="table: rich in a terminal, tab-separated when piped")
    p.add_argument("--limit", type=positive_int)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from chronik.export.tables import print_listing, timeline_rows
    from chronik.store import Store, StoreError, TimelineQuery
    from chronik.store.query import check_period, collector_paused, timeline_pages

    title = f"chronik timeline · {args.db}"
    try:
        query = TimelineQuery(date_from=check_period(args.date_from, "--from"),
                              date_to=check_period(args.date_to, "--to"), about=args.about,
                              who=args.who, status=args.status, lang=args.lang, limit=args.limit)
        with Store(args.db, create=False) as store, collector_paused():
            pages = timeline_pages(store, query)
            first = next(pages, [])
            if first and _streams(args.format):
                # written a page at a time, exactly as the whole answer at once would be:
                # the first lines are out right after the selection
                _stream(args.format, first, pages)
            else:
                entries = first + [e for page in pages for e in page]
                # JSON prints the entries themselves: the table rows would be thrown away
                print_listing(args.format, entries,
                              timeline_rows(entries) if args.format != "json" else [],
                              COLUMNS, title)
    except (StoreError, ValueError) as err:
        print(f"chronik: error: {err}", file=sys.stderr)
        return 2
    if not first:
        print("chronik: no events match", file=sys.stderr)
    return 0


def _streams(fmt: str) -> bool:
    """JSON, CSV and the piped table can be written page by page (a rich table in a
    terminal and Markdown are laid out as a whole)."""
    return fmt in ("json", "csv") or (fmt == "table" and not sys.stdout.isatty())


def _stream(fmt: str, first: list, pages) -> None:
    """What `print_listing` writes for all entries, written a page at a time."""
    import csv

    from chronik.export.tables import print_table, timeline_rows

    out = sys.stdout
    if fmt == "json":
        # json.dumps(list, indent=2) puts each item on its own lines, indented one level
        # deeper than the item dumped alone (strings hold no raw newlines)
        out.write("[")
        for k, page in enumerate(_chain(first, pages)):
            out.write(("," if k else "") + ",".join("\n  " + _entry_json(e) for e in page))
        out.write("\n]\n")
    elif fmt == "csv":
        rows = timeline_rows(first)
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), extrasaction="ignore",
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        for page in pages:
            writer.writerows(timeline_rows(page))
    else:
        for page in _chain(first, pages):
            print_table(timeline_rows(page), COLUMNS, out)


def _chain(first: list, pages):
    yield first
    yield from pages


_TIME_KEYS = ("value", "utc_offset", "instant", "sources")
_SOURCE_KEYS = ("document", "title", "date", "lang", "url", "source", "value", "utc_offset",
                "status", "summary")
_L2, _L3, _L4, _L5 = "\n    ", "\n      ", "\n        ", "\n          "


def _entry_json(entry) -> str:
    """`_indented(entry.to_dict(), "\n  ")`, written from the entry's known layout (its
    strings, None and one bool) without the generic walk: the same characters (each value
    as the encoder writes it, the same line breaks and spaces); anything else (another
    type, a time with other keys) goes the generic way."""
    try:
        return _entry_layout(entry)
    except (TypeError, _OtherLayout):
        return _indented(entry.to_dict(), "\n  ")


class _OtherLayout(Exception):
    pass


def _text(value: object) -> str:
    # a string (the encoder's own function; TypeError for anything else) or null
    return "null" if value is None else encode_basestring(value)


def _texts(values: list, indent: str) -> str:
    """A list of strings as a value at `indent`."""
    if not values:
        return "[]"
    inner = indent + "  "
    return "[" + inner + ("," + inner).join(map(encode_basestring, values)) + indent + "]"


def _entry_layout(e) -> str:
    from chronik.store.query import SourceRef

    contradiction = e.contradiction
    if type(contradiction) is not bool:
        raise _OtherLayout
    times = e.times
    if times:
        parts = []
        for t in times:
            if type(t) is not dict or tuple(t) != _TIME_KEYS or type(t["sources"]) is not list:
                raise _OtherLayout
            parts.append("{" + _L4 + '"value": ' + _text(t["value"]) + "," + _L4
                         + '"utc_offset": ' + _text(t["utc_offset"]) + "," + _L4
                         + '"instant": ' + _text(t["instant"]) + "," + _L4 + '"sources": '
                         + _texts(t["sources"], _L4) + _L3 + "}")
        times_json = "[" + _L3 + ("," + _L3).join(parts) + _L2 + "]"
    else:
        times_json = "[]"
    sources = e.sources
    if sources:
        if sources[0].__class__ is not SourceRef or tuple(sources[0].to_dict()) != _SOURCE_KEYS:
            raise _OtherLayout
        sources_json = "[" + _L3 + ("," + _L3).join(
            "{" + _L4 + _source_items(s) + _L3 + "}" for s in sources) + _L2 + "]"
    else:
        sources_json = "[]"
    participants = e.participants
    if type(participants) is not list:
        raise _OtherLayout
    return ("{" + _L2 + '"id": ' + _text(e.uid) + "," + _L2 + '"value": ' + _text(e.value)
            + "," + _L2 + '"utc_offset": ' + _text(e.utc_offset) + "," + _L2 + '"instant": '
            + _text(e.instant) + "," + _L2 + '"status": ' + _text(e.status) + "," + _L2
            + '"summary": ' + _text(e.summary) + "," + _L2 + '"participants": '
            + _texts(participants, _L2) + "," + _L2 + '"location": ' + _text(e.location)
            + "," + _L2 + '"contradiction": ' + ("true" if contradiction else "false") + ","
            + _L2 + '"times": ' + times_json + "," + _L2 + '"sources": ' + sources_json
            + "\n  }")


def _source_items(s) -> str:
    """A source's items at the fourth level, as `_indented` writes a dict of plain values
    (`SourceRef.to_dict`'s keys, in its order)."""
    sep = "," + _L4
    return ('"document": ' + _text(s.document) + sep + '"title": ' + _text(s.title) + sep
            + '"date": ' + _text(s.date) + sep + '"lang": ' + _text(s.lang) + sep + '"url": '
            + _text(s.url) + sep + '"source": ' + _text(s.source) + sep + '"value": '
            + _text(s.value) + sep + '"utc_offset": ' + _text(s.utc_offset) + sep
            + '"status": ' + _text(s.status) + sep + '"summary": ' + _text(s.summary))


def _indented(value: object, indent: str) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2)` nested at `indent` (a newline and
    the spaces of the level the value starts at), character for character. With an indent
    the standard library encodes in Python, value by value; here a container of plain
    values is written by its C encoder in one call, with the level's line break and spaces
    as the separator between items (the C and Python encoders write the same values)."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if kind is not dict and kind is not list:
        return _flat("")(value)  # another plain value: the same at any level
    if not value:
        return "{}" if kind is dict else "[]"
    inner = indent + "  "
    if kind is dict:
        if not all(type(k) is str for k in value):  # keys the encoder converts
            return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", indent)
        if all(type(v) in _PLAIN for v in value.values()):
            flat = _flat(inner)(value)
            return "{" + inner + flat[1:-1] + indent + "}"
        return ("{" + inner + ("," + inner).join(
            encode_basestring(k) + ": " + _indented(v, inner) for k, v in value.items())
            + indent + "}")
    if all(type(v) in _PLAIN for v in value):
        flat = _flat(inner)(value)
        return "[" + inner + flat[1:-1] + indent + "]"
    return "[" + inner + ("," + inner).join(_indented(v, inner) for v in value) + indent + "]"


_PLAIN = frozenset({str, int, float, bool, type(None)})


@functools.cache
def _flat(inner: str):
    """The C encoder writing items separated by `,` and `inner` (one per nesting level)."""
    return json.JSONEncoder(ensure_ascii=False, separators=("," + inner, ": ")).encode
