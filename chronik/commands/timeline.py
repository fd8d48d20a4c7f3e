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
            out.write(("," if k else "") + ",".join(
                "\n  " + _indented(e.to_dict(), "\n  ") for e in page))
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
