"""`chronik quotes`: who said what, when, where it was reported."""

from __future__ import annotations

import argparse
import sys

from chronik.commands import positive_int
from chronik.commands.ingest import add_db_option
from chronik.commands.timeline import add_period_options

ORDER = 22
COLUMNS = ["date", "speaker", "kind", "text", "source"]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("quotes", help="list the quotations in a store",
                       description="Quotations with speaker, date and source, by date.")
    add_db_option(p)
    p.add_argument("--who", help="the speaker (any word of the name: --who Peskow)")
    add_period_options(p)
    p.add_argument("--lang")
    p.add_argument("--format", choices=["table", "json", "csv", "md"], default="table")
    p.add_argument("--limit", type=positive_int)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from chronik.export.tables import print_listing, quote_rows
    from chronik.store import Store, StoreError, quotes
    from chronik.store.query import check_period

    try:
        with Store(args.db, create=False) as store:
            found = quotes(store, who=args.who, date_from=check_period(args.date_from, "--from"),
                           date_to=check_period(args.date_to, "--to"), lang=args.lang,
                           limit=args.limit)
    except (StoreError, ValueError) as err:
        print(f"chronik: error: {err}", file=sys.stderr)
        return 2
    print_listing(args.format, found, quote_rows(found),
                  COLUMNS, "chronik quotes")
    if not found:
        print("chronik: no quotations match", file=sys.stderr)
    return 0
