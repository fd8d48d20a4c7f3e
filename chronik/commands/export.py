"""`chronik export`: a store as iCalendar, TimeML, JSON Lines, CSV or Parquet."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from chronik.commands.ingest import add_db_option

ORDER = 23


def register(sub: argparse._SubParsersAction) -> None:
    from chronik.export.tables import TABLES

    p = sub.add_parser("export", help="write a store as ics, timeml, jsonl, csv or parquet",
                       description="ics: one VEVENT per event with a day (RFC 5545); timeml: "
                                   "one file per document with inline TIMEX3 (--out DIR); "
                                   "jsonl: the output contract, one document per line; "
                                   "csv/parquet: one table (--table).")
    add_db_option(p)
    p.add_argument("--format", required=True, choices=["ics", "timeml", "jsonl", "csv", "parquet"])
    p.add_argument("--out", metavar="PATH",
                   help="output file (a directory for timeml; standard output if not given)")
    p.add_argument("--table", choices=TABLES, default="timeline",
                   help="which table for csv/parquet (default timeline)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from chronik.store import Store, StoreError

    try:
        with Store(args.db, create=False) as store:
            return _export(store, args)
    except BrokenPipeError:
        raise
    except (StoreError, RuntimeError, OSError) as err:
        print(f"chronik: error: {err}", file=sys.stderr)
        return 2


def _write(args: argparse.Namespace, data: str | bytes) -> None:
    if args.out:
        mode = "wb" if isinstance(data, bytes) else "w"
        with open(args.out, mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as f:
            f.write(data)
    elif isinstance(data, bytes):
        sys.stdout.buffer.write(data)
    else:
        sys.stdout.write(data)


def _export(store, args: argparse.Namespace) -> int:
    from chronik.export import tables
    from chronik.store import TimelineQuery, timeline

    if args.format == "ics":
        from chronik.export.ics import to_ics

        last = store.db.execute("SELECT max(ingested_at) FROM documents").fetchone()[0]
        stamp = datetime.fromisoformat(last) if last else datetime.now(UTC)
        data, left_out = to_ics(timeline(store, TimelineQuery()), dtstamp=stamp)
        _write(args, data)
        if left_out:
            print(f"chronik: {left_out} events without a day-precise date are not in the "
                  "calendar", file=sys.stderr)
    elif args.format == "timeml":
        from chronik.export.timeml import to_timeml

        if not args.out:
            for doc in store.documents():
                sys.stdout.write(to_timeml(doc))
            return 0
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        names: set[str] = set()
        for n, doc in enumerate(store.documents(), start=1):
            name = _safe_name(doc.id)
            if name in names:  # two inputs can share an id; the file names must not
                name = f"{name}-{n}"
            names.add(name)
            (out / f"{name}.tml").write_text(to_timeml(doc), encoding="utf-8")
        print(f"chronik: wrote {len(names)} TimeML files to {out}", file=sys.stderr)
    elif args.format == "jsonl":
        merged = {(doc_row, eid): uid for doc_row, eid, uid in store.db.execute(
            "SELECT d.doc_id || char(0) || d.id, e.eid, m.uid FROM events e "
            "JOIN documents d ON d.id = e.document_id JOIN merged_events m ON m.id = e.merged_id")}
        lines = []
        for row, doc in store.document_rows():
            out = doc.to_dict()
            for ev in out["events"]:  # an added field: which merged timeline event it is
                ev["merged_event"] = merged.get((f"{doc.id}\0{row}", ev["id"]))
            lines.append(json.dumps(out, ensure_ascii=False))
        _write(args, "".join(line + "\n" for line in lines))
    elif args.format == "csv":
        _write(args, tables.csv_text(tables.table_rows(store, args.table)))
    else:
        if not args.out:
            print("chronik: error: parquet is binary: give --out FILE.parquet", file=sys.stderr)
            return 2
        tables.write_parquet(tables.table_rows(store, args.table), args.out)
    return 0


def _safe_name(doc_id: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in doc_id) or "document"
