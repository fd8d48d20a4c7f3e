"""The chronik store: ingest analysed documents into one SQLite file and query them.

    from chronik.store import Store, ingest_paths, timeline, TimelineQuery
    with Store("chronik.db") as store:
        ingest_paths(store, ["examples/"])
        for entry in timeline(store, TimelineQuery(date_from="2023-03")):
            print(entry.when, entry.status, entry.summary)

Schema, merge rule and reading tips: docs/store.md.
"""

from chronik.store.db import DEFAULT_BUSY_TIMEOUT, Store, StoreError
from chronik.store.ingest import IngestReport, expand_paths, ingest, ingest_paths
from chronik.store.query import (
    QuoteEntry,
    TimelineEntry,
    TimelineQuery,
    quotes,
    timeline,
    timeline_pages,
)

__all__ = [
    "DEFAULT_BUSY_TIMEOUT",
    "IngestReport",
    "QuoteEntry",
    "Store",
    "StoreError",
    "TimelineEntry",
    "TimelineQuery",
    "expand_paths",
    "ingest",
    "ingest_paths",
    "quotes",
    "timeline",
    "timeline_pages",
]
