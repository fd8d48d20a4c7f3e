"""Read-only questions to a chronik store for the web app: pages of events, entities,
documents, and one of each with everything attached.

This module reads the SQLite schema of `chronik.store` (docs/store.md) directly through a
read-only connection: the server must never be able to change a store, and the store's own
`Store` class opens files for writing (it creates the schema). Every list is paginated
(`limit`, `offset`) and returns its total, so no request can ask for an unbounded result.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from chronik.store.keys import bare_key
from chronik.store.query import TimelineQuery, format_value, fts_phrase, timeline_where, who_match
from chronik.store.schema import READABLE_VERSIONS, SCHEMA_VERSION
from chronik.text.segment import sentences as segment_sentences

STATUSES = ("planned", "happened", "ongoing", "cancelled", "uncertain")
MAX_SOURCES_LISTED = 20  # per event in a list; the event itself pages through all of them
_PERIOD = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class StoreUnavailable(Exception):
    """The store file is missing, not a chronik store, or of another schema version."""


class BadQuery(ValueError):
    """A query parameter that is well-typed but meaningless (month 13, no words to search)."""


class ReadOnlyConnection(sqlite3.Connection):
    """A connection that remembers the totals of recent list queries until the store
    changes (`PRAGMA data_version` moves when another connection commits): paging through
    a filtered list counts its matches once, not on every page."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.counts: dict[tuple[str, tuple], int] = {}
        self.counts_version: int | None = None


def count(conn: sqlite3.Connection, sql: str, params: list[Any]) -> int:
    """`SELECT COUNT(*) …` through the connection's cache, where it has one."""
    cache = getattr(conn, "counts", None)
    if cache is None:
        return conn.execute(sql, params).fetchone()[0]
    version = conn.execute("PRAGMA data_version").fetchone()[0]
    if version != conn.counts_version:  # type: ignore[attr-defined]
        cache.clear()
        conn.counts_version = version  # type: ignore[attr-defined]
    key = (sql, tuple(params))
    if key not in cache:
        if len(cache) >= 1024:
            cache.clear()
        cache[key] = conn.execute(sql, params).fetchone()[0]
    return cache[key]


def connect(path: str | Path) -> sqlite3.Connection:
    """Open a store read-only; refuse a missing file or another schema version clearly."""
    path = Path(path)
    if not path.is_file():
        raise StoreUnavailable(f"{path}: no such store (create it with `chronik ingest`)")
    try:
        # mode=ro: SQLite itself refuses every write, whatever the code above it does
        conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True,
                               check_same_thread=False, factory=ReadOnlyConnection)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("SELECT 1 FROM merged_events LIMIT 1").fetchall()
    except sqlite3.DatabaseError as err:
        raise StoreUnavailable(f"{path}: not a usable chronik store ({err})") from None
    # read-only: an older store the server cannot migrate is read as it is (its queries
    # use the event tables every readable version has)
    if version not in READABLE_VERSIONS:
        conn.close()
        raise StoreUnavailable(f"{path}: store schema version {version}, this chronik reads "
                               f"versions {', '.join(map(str, READABLE_VERSIONS))} (writes "
                               f"{SCHEMA_VERSION}); re-ingest into a new file")
    return conn


def check_period(raw: str | None, name: str) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD naming a real month and day (`2022-13` is refused)."""
    if raw is None or raw == "":
        return None
    m = _PERIOD.match(raw.strip())
    if not m:
        raise BadQuery(f"{name}={raw!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = m.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError as err:
        raise BadQuery(f"{name}={raw!r}: not a calendar date ({err})") from None
    return raw.strip()


def _upper(to: str) -> str:
    # every value that starts with `to` sorts below `to` + DEL: to=2022-02 keeps all February
    return to + "\x7f"


@dataclass(slots=True)
class Page:
    """One page of a list: the items, the total matching, and where the page starts."""

    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "limit": self.limit, "offset": self.offset,
                "items": self.items}


def _event_where(query: TimelineQuery) -> tuple[str, list[Any]]:
    """The CLI's timeline filter; errors name the API's parameters (`entity`, `q`)."""
    try:
        return timeline_where(query, who_option="entity", about_option="q")
    except ValueError as err:  # "entity needs a word" -> "entity=… needs a word"
        message = str(err)
        for name in ("entity", "q"):
            if message.startswith(f"{name} "):
                message = f"{name}=" + message[len(name) + 1:]
        raise BadQuery(message) from None


def _phrase(text: str, name: str) -> str:
    try:
        return fts_phrase(text, option=name)
    except ValueError as err:
        raise BadQuery(str(err).replace(f"{name} ", f"{name}=", 1)) from None


_EVENT_COLUMNS = ("m.id, m.uid, m.value, m.utc_offset, m.instant, m.status, m.summary, "
                  "m.location, m.contradiction, m.n_sources")


def _event_item(row: tuple) -> dict[str, Any]:
    return {"id": row[0], "uid": row[1], "value": row[2], "when": format_value(row[2], row[3]),
            "utc_offset": row[3], "instant": row[4], "status": row[5], "summary": row[6],
            "location": row[7], "contradiction": bool(row[8]), "n_sources": row[9],
            "participants": [], "sources": []}


def events(conn: sqlite3.Connection, f: TimelineQuery, limit: int, offset: int) -> Page:
    """Merged events with a calendar time, chronological, filtered, one page of them."""
    where, params = _event_where(f)
    total = count(conn, f"SELECT COUNT(*) FROM merged_events m WHERE {where}", params)
    rows = conn.execute(f"SELECT {_EVENT_COLUMNS} FROM merged_events m WHERE {where} "
                        "ORDER BY m.sort_key, m.id LIMIT ? OFFSET ?",
                        [*params, limit, offset]).fetchall()
    items = [_event_item(r) for r in rows]
    _attach_members(conn, items)
    return Page(items, total, limit, offset)


def _attach_members(conn: sqlite3.Connection, items: list[dict[str, Any]]) -> None:
    """Participants and source documents of a page of events: two queries for the page."""
    by_id = {item["id"]: item for item in items}
    if not by_id:
        return
    ids = json.dumps(list(by_id))
    seen: dict[int, set[str]] = {}
    for merged_id, name, key in conn.execute(
            "SELECT e.merged_id, p.name, p.key FROM events e "
            "JOIN event_participants p ON p.event_id = e.id "
            "WHERE e.merged_id IN (SELECT value FROM json_each(?)) ORDER BY e.id, p.position",
            (ids,)):
        keys = seen.setdefault(merged_id, set())
        if key not in keys:  # one name per key: "Sorelien" and "Sorélien" are one
            keys.add(key)
            by_id[merged_id]["participants"].append(name)
    for merged_id, doc_row, doc_id, title, doc_date, lang, status, value in conn.execute(
            "SELECT e.merged_id, d.id, d.doc_id, d.title, d.date, d.lang, e.status, e.value "
            "FROM events e JOIN documents d ON d.id = e.document_id "
            "WHERE e.merged_id IN (SELECT value FROM json_each(?)) "
            "ORDER BY e.merged_id, d.date, e.id", (ids,)):
        sources = by_id[merged_id]["sources"]
        if len(sources) < MAX_SOURCES_LISTED:  # n_sources tells how many there are
            sources.append({"document": doc_row, "doc_id": doc_id, "title": title,
                            "date": doc_date, "lang": lang, "status": status, "value": value})


def sentence_around(text: str, start: int, end: int, lang: str | None) -> tuple[int, int]:
    """The sentence holding text[start:end] (sentences are not stored; segmenting one
    document again is cheap, and the rules are the pipeline's own)."""
    try:
        spans = segment_sentences(text, lang or "de")
    except Exception:  # noqa: BLE001 - no segmentation data for a language: the span itself
        return start, end
    first = next((s for s in spans if s.start <= start < s.end), None)
    last = next((s for s in spans if s.start < end <= s.end), None)
    if first is None or last is None:
        return start, end
    return min(first.start, start), max(last.end, end)


def event(conn: sqlite3.Connection, merged_id: int, limit: int = 50, offset: int = 0
          ) -> dict[str, Any] | None:
    """One merged event with its reports (one page of them, `reports_total` in all): the
    source article, the sentence that reports it (offsets into the field), and the
    quotations of that article."""
    row = conn.execute(f"SELECT {_EVENT_COLUMNS} FROM merged_events m WHERE m.id = ?",
                       (merged_id,)).fetchone()
    if row is None:
        return None
    item = _event_item(row)
    _attach_members(conn, [item])
    reports = []
    for (erow, doc_row, doc_id, title, doc_date, lang, url, source, fld, start, end, trigger,
         summary, value, utc_offset, status, location, fields_json, text) in conn.execute(
            "SELECT e.id, d.id, d.doc_id, d.title, d.date, d.lang, d.url, d.source, e.field, "
            'e.start, e."end", e.trigger, e.summary, e.value, e.utc_offset, e.status, '
            "e.location, d.fields_json, d.text FROM events e "
            "JOIN documents d ON d.id = e.document_id WHERE e.merged_id = ? "
            "ORDER BY d.date, e.id LIMIT ? OFFSET ?", (merged_id, limit, offset)):
        field_text = text if fld == "text" else json.loads(fields_json).get(fld, "")
        s_start, s_end = sentence_around(field_text, start, end, lang)
        quotes = [_quote(q) for q in conn.execute(
            f"SELECT {_QUOTE_COLUMNS} FROM quotes q JOIN documents d ON d.id = q.document_id "
            "WHERE q.document_id = ? ORDER BY q.start LIMIT 50", (doc_row,))]
        reports.append({
            "event": erow, "document": doc_row, "doc_id": doc_id, "title": title,
            "date": doc_date, "lang": lang, "url": url, "source": source,
            "field": fld, "start": start, "end": end, "trigger": trigger, "summary": summary,
            "value": value, "when": format_value(value, utc_offset), "status": status,
            "location": location,
            "sentence": {"field": fld, "start": s_start, "end": s_end,
                         "text": field_text[s_start:s_end]},
            "quotes": quotes})
    item["reports"] = reports
    item["reports_total"] = conn.execute("SELECT COUNT(*) FROM events WHERE merged_id = ?",
                                         (merged_id,)).fetchone()[0]
    return item


_QUOTE_COLUMNS = ('q.id, q.qid, q.kind, q.field, q.start, q."end", q.text, q.speaker, '
                  "q.speaker_mention, q.cue, d.id, d.doc_id, d.title, d.date")


def _quote(r: tuple) -> dict[str, Any]:
    return {"id": r[0], "qid": r[1], "kind": r[2], "field": r[3], "start": r[4], "end": r[5],
            "text": r[6], "speaker": r[7], "speaker_mention": r[8], "cue": r[9],
            "document": r[10], "doc_id": r[11], "title": r[12], "date": r[13]}


# -- entities ---------------------------------------------------------------------------------

def entities(conn: sqlite3.Connection, *, q: str | None, type_: str | None, limit: int,
             offset: int) -> Page:
    """Entities with how many documents and mentions name them, most mentioned first."""
    where, params = ["1"], []
    if q:
        # word containment on the normalised key: "marov" does not match, "marovic" does
        clause, keys = who_match("e.key", q)
        where.append(f"({clause} OR substr(e.key, instr(e.key, ':') + 1) LIKE ?)")
        params += [*keys, keys[0].replace("%", "").replace("_", "") + "%"]
    if type_:
        where.append("e.type = ?")
        params.append(type_)
    clause = " AND ".join(where)
    total = count(conn, f"SELECT COUNT(*) FROM entities e WHERE {clause}", params)
    rows = conn.execute(
        "SELECT e.id, e.name, e.type, e.key, "
        "(SELECT COUNT(DISTINCT de.document_id) FROM document_entities de "
        " WHERE de.entity_id = e.id), "
        "(SELECT COUNT(*) FROM document_entities de JOIN mentions mn "
        " ON mn.document_entity_id = de.id WHERE de.entity_id = e.id) AS n_mentions "
        f"FROM entities e WHERE {clause} ORDER BY n_mentions DESC, e.name, e.id "
        "LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    items = [{"id": r[0], "name": r[1], "type": r[2], "key": r[3], "n_documents": r[4],
              "n_mentions": r[5]} for r in rows]
    return Page(items, total, limit, offset)


def entity(conn: sqlite3.Connection, entity_id: int, limit: int, offset: int
           ) -> dict[str, Any] | None:
    """One entity: its mentions (with their documents), its quotations as a speaker and the
    events it takes part in, each list one page (`limit`, `offset`) with its total."""
    row = conn.execute("SELECT id, name, type, key FROM entities WHERE id = ?",
                       (entity_id,)).fetchone()
    if row is None:
        return None
    eid, name, type_, key = row
    out: dict[str, Any] = {"id": eid, "name": name, "type": type_, "key": key}
    total = conn.execute(
        "SELECT COUNT(*) FROM document_entities de JOIN mentions mn "
        "ON mn.document_entity_id = de.id WHERE de.entity_id = ?", (eid,)).fetchone()[0]
    mentions = [{"document": r[0], "doc_id": r[1], "title": r[2], "date": r[3], "field": r[4],
                 "start": r[5], "end": r[6], "text": r[7]} for r in conn.execute(
        'SELECT d.id, d.doc_id, d.title, d.date, mn.field, mn.start, mn."end", mn.text '
        "FROM document_entities de JOIN mentions mn ON mn.document_entity_id = de.id "
        "JOIN documents d ON d.id = de.document_id WHERE de.entity_id = ? "
        "ORDER BY d.date, d.id, mn.start LIMIT ? OFFSET ?", (eid, limit, offset))]
    out["mentions"] = Page(mentions, total, limit, offset).to_dict()
    # a quotation belongs to the entity when its speaker has the entity's key
    total = conn.execute("SELECT COUNT(*) FROM quotes q WHERE q.speaker_key = ?",
                         (key,)).fetchone()[0]
    quotes = [_quote(r) for r in conn.execute(
        f"SELECT {_QUOTE_COLUMNS} FROM quotes q JOIN documents d ON d.id = q.document_id "
        "WHERE q.speaker_key = ? ORDER BY d.date, d.id, q.start LIMIT ? OFFSET ?",
        (key, limit, offset))]
    out["quotes"] = Page(quotes, total, limit, offset).to_dict()
    merged = ("SELECT DISTINCT e.merged_id FROM event_participants p "
              "JOIN events e ON e.id = p.event_id WHERE p.key = ? OR p.entity_id = ?")
    key = bare_key(key)  # participants are keyed without the entity's type
    total = conn.execute(f"SELECT COUNT(*) FROM ({merged})", (key, eid)).fetchone()[0]
    rows = conn.execute(
        f"SELECT {_EVENT_COLUMNS} FROM merged_events m WHERE m.id IN ({merged}) "
        "ORDER BY m.sort_key IS NULL, m.sort_key, m.id LIMIT ? OFFSET ?",
        (key, eid, limit, offset)).fetchall()
    items = [_event_item(r) for r in rows]
    _attach_members(conn, items)
    out["events"] = Page(items, total, limit, offset).to_dict()
    return out


# -- documents --------------------------------------------------------------------------------

def documents(conn: sqlite3.Connection, *, q: str | None, lang: str | None,
              date_from: str | None, date_to: str | None, limit: int, offset: int) -> Page:
    """Documents by date with how much was found in each."""
    where, params = ["1"], []
    if q:
        where.append("d.id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)")
        params.append(_phrase(q, "q"))
    if lang:
        where.append("d.lang = ?")
        params.append(lang)
    if date_from:
        where.append("d.date >= ?")
        params.append(date_from)
    if date_to:
        where.append("d.date < ?")
        params.append(_upper(date_to))
    clause = " AND ".join(where)
    total = count(conn, f"SELECT COUNT(*) FROM documents d WHERE {clause}", params)
    rows = conn.execute(
        "SELECT d.id, d.doc_id, d.title, d.date, d.lang, d.url, d.source, "
        "(SELECT COUNT(*) FROM timexes t WHERE t.document_id = d.id), "
        "(SELECT COUNT(*) FROM events e WHERE e.document_id = d.id), "
        "(SELECT COUNT(*) FROM quotes x WHERE x.document_id = d.id), "
        "(SELECT COUNT(*) FROM document_entities n WHERE n.document_id = d.id) "
        f"FROM documents d WHERE {clause} ORDER BY d.date, d.id LIMIT ? OFFSET ?",
        [*params, limit, offset]).fetchall()
    items = [{"id": r[0], "doc_id": r[1], "title": r[2], "date": r[3], "lang": r[4],
              "url": r[5], "source": r[6],
              "counts": {"timexes": r[7], "events": r[8], "quotes": r[9], "entities": r[10]}}
             for r in rows]
    return Page(items, total, limit, offset)


def document(conn: sqlite3.Connection, row_id: int) -> dict[str, Any] | None:
    """One document in the output contract's shape (docs/contract.md), plus its row id and
    its field texts, so the offsets of every item can be shown in place."""
    row = conn.execute(
        "SELECT id, doc_id, source, url, lang, date, date_given, date_evidence, title, text, "
        "fields_json FROM documents WHERE id = ?", (row_id,)).fetchone()
    if row is None:
        return None
    (rid, doc_id, source, url, lang, doc_date, date_given, date_evidence, title, text,
     fields_json) = row
    meta: dict[str, Any] = {"date": doc_date, "date_given": date_given,
                            "date_evidence": date_evidence, "lang": lang, "title": title}
    if url:
        meta["url"] = url
    if source:
        meta["source"] = source
    timexes = []
    for (tid, fld, s, e, txt, typ, val, mod, off, inst, evj) in conn.execute(
            'SELECT tid, field, start, "end", text, type, value, mod, utc_offset, instant, '
            "evidence_json FROM timexes WHERE document_id = ? ORDER BY id", (rid,)):
        t: dict[str, Any] = {"id": tid, "field": fld, "start": s, "end": e, "text": txt,
                             "type": typ, "value": val, "mod": mod}
        if off is not None:
            t["utc_offset"], t["instant"] = off, inst
        if evj:
            t["evidence"] = json.loads(evj)
        timexes.append(t)
    participants: dict[int, list[str]] = {}
    for erow, pname in conn.execute(
            "SELECT p.event_id, p.name FROM event_participants p JOIN events e "
            "ON e.id = p.event_id WHERE e.document_id = ? ORDER BY p.event_id, p.position",
            (rid,)):
        participants.setdefault(erow, []).append(pname)
    events_out = [{"id": eid, "field": fld, "start": s, "end": e, "trigger": trig,
                   "summary": summ, "value": val, "timex": tmx, "status": status,
                   "participants": participants.get(erow, []), "location": loc,
                   "merged_event": merged}
                  for (erow, eid, fld, s, e, trig, summ, val, tmx, status, loc, merged)
                  in conn.execute(
                      'SELECT id, eid, field, start, "end", trigger, summary, value, timex, '
                      "status, location, merged_id FROM events WHERE document_id = ? "
                      "ORDER BY id", (rid,))]
    quotes_out = [{"id": qid, "kind": kind, "field": fld, "start": s, "end": e, "text": txt,
                   "speaker": spk, "speaker_mention": mention, "cue": cue}
                  for (qid, kind, fld, s, e, txt, spk, mention, cue) in conn.execute(
                      'SELECT qid, kind, field, start, "end", text, speaker, speaker_mention, '
                      "cue FROM quotes WHERE document_id = ? ORDER BY id", (rid,))]
    entities_out = []
    for (de, nid, ename, etype, entity_row) in conn.execute(
            "SELECT id, nid, name, type, entity_id FROM document_entities "
            "WHERE document_id = ? ORDER BY id", (rid,)).fetchall():
        mentions = [{"field": f, "start": s, "end": e, "text": t} for f, s, e, t in conn.execute(
            'SELECT field, start, "end", text FROM mentions WHERE document_entity_id = ? '
            "ORDER BY id", (de,))]
        entities_out.append({"id": nid, "name": ename, "type": etype, "mentions": mentions,
                             "entity": entity_row})
    return {"id": doc_id, "row": rid, "document": meta,
            "fields": {"text": text, **json.loads(fields_json)},
            "timexes": timexes, "events": events_out, "quotes": quotes_out,
            "entities": entities_out}


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows per table, and `on_timeline`: merged events with a calendar time."""
    tables = ["documents", "events", "merged_events", "quotes", "entities", "timexes"]
    out = {t: count(conn, f"SELECT COUNT(*) FROM {t}", []) for t in tables}
    out["on_timeline"] = count(conn, "SELECT COUNT(*) FROM merged_events "
                                     "WHERE sort_key IS NOT NULL", [])
    return out


def time_span(conn: sqlite3.Connection) -> tuple[str | None, str | None]:
    """First and last event time in the store (the timeline's initial view)."""
    lo = conn.execute("SELECT MIN(sort_key) FROM merged_events "
                      "WHERE sort_key IS NOT NULL").fetchone()[0]
    hi = conn.execute("SELECT MAX(sort_key) FROM merged_events").fetchone()[0]
    return lo, hi
