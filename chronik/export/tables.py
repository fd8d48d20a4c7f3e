"""Flat tables of a store (timeline, events, quotes, entities, documents, timexes) and
their renderings: CSV, Markdown, a terminal table, Parquet."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Sequence
from typing import IO, Any

from chronik.store.db import Store
from chronik.store.query import QuoteEntry, SourceRef, TimelineEntry, TimelineQuery, timeline

TABLES = ("timeline", "events", "quotes", "entities", "documents", "timexes")


def source_label(title: str | None, date: str | None, fallback: str) -> str:
    return f"{title or fallback} ({date or 'undated'})"


def _source_labels(sources: Sequence[SourceRef]) -> str:
    """One label per article, in order: two reports of one event in one article (an
    "approved" and a "vote" in the same sentence) are one source."""
    labels: dict[str, str] = {}
    for s in sources:
        labels.setdefault(s.document, source_label(s.title, s.date, s.document))
    return "; ".join(labels.values())


def timeline_rows(entries: Sequence[TimelineEntry]) -> list[dict[str, Any]]:
    """One row per merged event; conflicting times are spelled out in `when`."""
    rows = []
    for e in entries:
        when = e.when
        if e.contradiction:
            others = [t for t in e.times if (t["value"], t["utc_offset"]) != (e.value, e.utc_offset)]
            when += " (conflicting: " + "; ".join(
                f"{t['value']}{' ' + t['utc_offset'] if t['utc_offset'] else ''} per "
                + ", ".join(t["sources"]) for t in others) + ")"
        rows.append({
            "when": when, "status": e.status, "summary": e.summary,
            "participants": ", ".join(e.participants), "location": e.location or "",
            # one label per article: two reports of one event in one article are one source
            "sources": _source_labels(e.sources),
            "value": e.value or "", "utc_offset": e.utc_offset or "", "instant": e.instant or "",
            "contradiction": e.contradiction, "n_sources": len({s.document for s in e.sources}),
            "uid": e.uid,
        })
    return rows


def quote_rows(entries: Sequence[QuoteEntry]) -> list[dict[str, Any]]:
    return [{"date": q.date or "", "speaker": q.speaker or q.speaker_mention or "?",
             "kind": q.kind, "text": q.text, "cue": q.cue or "",
             "source": source_label(q.title, q.date, q.document), "url": q.url or ""}
            for q in entries]


def table_rows(store: Store, table: str) -> list[dict[str, Any]]:
    """Rows of one named table, as plain dictionaries (the CSV/Parquet export)."""
    db = store.db
    if table == "timeline":
        return timeline_rows(timeline(store, TimelineQuery()))
    queries = {
        "events": "SELECT d.doc_id AS document, d.date AS document_date, e.eid AS id, "
                  "e.trigger, e.summary, e.value, e.utc_offset, e.instant, e.status, "
                  "e.location, (SELECT group_concat(name, '; ') FROM event_participants p "
                  "WHERE p.event_id = e.id) AS participants, m.uid AS merged_event, "
                  "e.field, e.start, e.\"end\" FROM events e "
                  "JOIN documents d ON d.id = e.document_id "
                  "JOIN merged_events m ON m.id = e.merged_id ORDER BY e.id",
        "quotes": "SELECT d.doc_id AS document, d.date AS document_date, q.qid AS id, q.kind, "
                  "q.text, q.speaker, q.speaker_mention, q.cue, q.field, q.start, q.\"end\" "
                  "FROM quotes q JOIN documents d ON d.id = q.document_id ORDER BY q.id",
        "entities": "SELECT n.key, n.name, n.type, COUNT(DISTINCT de.document_id) AS documents, "
                    "COUNT(mn.id) AS mentions FROM entities n "
                    "LEFT JOIN document_entities de ON de.entity_id = n.id "
                    "LEFT JOIN mentions mn ON mn.document_entity_id = de.id "
                    "GROUP BY n.id ORDER BY n.id",
        "documents": "SELECT d.doc_id AS id, d.content_hash, s.name AS source_name, d.source, "
                     "d.url, d.lang, d.date, d.date_given, d.title, length(d.text) AS chars "
                     "FROM documents d LEFT JOIN sources s ON s.id = d.source_id ORDER BY d.id",
        "timexes": "SELECT d.doc_id AS document, t.tid AS id, t.field, t.start, t.\"end\", "
                   "t.text, t.type, t.value, t.mod, t.utc_offset, t.instant FROM timexes t "
                   "JOIN documents d ON d.id = t.document_id ORDER BY t.id",
    }
    if table not in queries:
        raise ValueError(f"unknown table {table!r} (have: {', '.join(TABLES)})")
    cur = db.execute(queries[table])
    names = [c[0] for c in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur]


def write_csv(rows: Sequence[dict[str, Any]], out: IO[str], columns: Sequence[str] | None = None
              ) -> None:
    columns = list(columns or (rows[0].keys() if rows else []))
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def to_markdown(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    def cell(v: object) -> str:
        return str(v).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(r[c]) for c in columns) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def print_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], out: IO[str] | None = None,
                *, title: str | None = None) -> None:
    """A rich table in a terminal; one tab-separated line per row when piped."""
    out = out or sys.stdout
    if out.isatty():
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title, show_lines=False, expand=True)
        for c in columns:
            table.add_column(c, overflow="fold", no_wrap=c in ("when", "date", "status"))
        for r in rows:
            # in a terminal each source gets its own line within the cell
            table.add_row(*(str(r[c]).replace("; ", "\n") if c == "sources" else str(r[c])
                            for c in columns))
        Console(file=out).print(table)
        return
    for r in rows:
        out.write("\t".join(str(r[c]).replace("\t", " ").replace("\n", " ") for c in columns)
                  + "\n")


def write_parquet(rows: Sequence[dict[str, Any]], path: str) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise RuntimeError("Parquet export needs pyarrow: pip install 'chronik[parquet]' "
                           "(or pip install pyarrow)") from None
    pq.write_table(pa.Table.from_pylist(list(rows)), path)


def csv_text(rows: Sequence[dict[str, Any]], columns: Sequence[str] | None = None) -> str:
    buf = io.StringIO()
    write_csv(rows, buf, columns)
    return buf.getvalue()


def print_listing(fmt: str, items: Sequence[Any], rows: Sequence[dict[str, Any]],
                  columns: Sequence[str], title: str) -> None:
    """A command's result on stdout: `json` (the items' dicts), `csv`, `md` or a table."""
    if fmt == "json":
        print(json.dumps([item.to_dict() for item in items], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        sys.stdout.write(csv_text(rows))
    elif fmt == "md":
        sys.stdout.write(to_markdown(rows, columns))
    else:
        print_table(rows, columns, title=title)
