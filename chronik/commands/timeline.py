"""`chronik timeline`: the merged events of a store, in chronological order."""

from __future__ import annotations

import argparse
import sys

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
    from chronik.store import Store, StoreError, TimelineQuery, timeline
    from chronik.store.query import check_period

    try:
        query = TimelineQuery(date_from=check_period(args.date_from, "--from"),
                              date_to=check_period(args.date_to, "--to"), about=args.about,
                              who=args.who, status=args.status, lang=args.lang, limit=args.limit)
        with Store(args.db, create=False) as store:
            entries = timeline(store, query)
    except (StoreError, ValueError) as err:
        print(f"chronik: error: {err}", file=sys.stderr)
        return 2
    print_listing(args.format, entries, timeline_rows(entries),
                  COLUMNS, f"chronik timeline · {args.db}")
    if not entries:
        print("chronik: no events match", file=sys.stderr)
    return 0
