"""What a timeline row shows besides the merged event itself: its participants, the
reports (sources) it merges and the times they give, kept ready in the merged row.

A timeline answer of thousands of rows spent most of its time joining every row's events,
documents and participants (two queries of tens of thousands of rows); with the members
written once per merged event at ingest (`members_json`, schema 3), the answer is the one
indexed query that selects the rows. The stored form is compact JSON lists:

    [participants, sources, times]
    participants: [name, ...]           one per entity key, in report and position order
    sources:      [[doc_id, title, date, lang, url, source, value, utc_offset, status,
                    summary], ...]      by publication date, then report order
    times:        [{"value": v, "utc_offset": o, "instant": i, "sources": [doc_id, ...]},
                   ...]                 (merge.time_claims; as `TimelineEntry.times` holds them)

`collect` computes it from the rows (after a report joins a merged event, and to fill
stores written before schema 3); `single` computes the same for a merged event of one
report from the report in hand, without reading it back.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from chronik.store import merge
from chronik.store.jsonfast import json_encoder

Members = list  # [participants, sources, times], as above

encode = json_encoder(ensure_ascii=False, separators=(",", ":"))


def single(doc_id: str, title: str | None, date: str | None, lang: str | None,
           url: str | None, source: str | None, value: str | None, utc_offset: str | None,
           instant: str | None, status: str, summary: str,
           participants: Sequence[tuple[str, str]]) -> Members:
    """The members of a merged event of one report; `participants` as (name, key) in
    position order (what `collect` would read back from the rows)."""
    names = _names(participants)
    times = [_time(value, utc_offset, instant, [doc_id])] if value else []
    return [names, [[doc_id, title, date, lang, url, source, value, utc_offset, status,
                     summary]], times]


def collect(db: sqlite3.Connection, merged_ids: Sequence[int]) -> dict[int, Members]:
    """The members of these merged events, read from their events, documents and
    participants (every id gets an entry; one without events gets empty lists)."""
    out: dict[int, Members] = {i: [[], [], []] for i in merged_ids}
    if not out:
        return out
    ids = json.dumps(list(out))
    rows = db.execute(
        "SELECT e.merged_id, e.id, d.doc_id, d.title, d.date, d.lang, d.url, d.source, "
        "e.value, e.utc_offset, e.instant, e.status, e.summary "
        "FROM events e JOIN documents d ON d.id = e.document_id "
        "WHERE e.merged_id IN (SELECT value FROM json_each(?)) "
        "ORDER BY e.merged_id, d.date, e.id", (ids,)).fetchall()
    names = db.execute(
        "SELECT e.merged_id, p.name, p.key FROM events e "
        "JOIN event_participants p ON p.event_id = e.id "
        "WHERE e.merged_id IN (SELECT value FROM json_each(?)) ORDER BY e.id, p.position",
        (ids,)).fetchall()
    by_merged: dict[int, list[tuple]] = {}
    for r in names:
        by_merged.setdefault(r[0], []).append(r[1:])
    grouped: dict[int, list[tuple]] = {}
    for r in rows:
        grouped.setdefault(r[0], []).append(r[1:])
    for merged_id in out:
        out[merged_id] = of_rows(grouped.get(merged_id, []), by_merged.get(merged_id, []))
    return out


def of_rows(reports: Sequence[tuple], participants: Sequence[tuple[str, str]]) -> Members:
    """The members of one merged event from its reports, (event id, doc_id, title, date,
    lang, url, source, value, utc_offset, instant, status, summary) by publication date
    then event id, and its participants, (name, key) by event id then position."""
    names = _names(participants)
    sources = [[r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[10], r[11]] for r in reports]
    if len(reports) == 1:  # the common case: one report, one time
        r = reports[0]
        return [names, sources, [_time(r[7], r[8], r[9], [r[1]])] if r[7] else []]
    claims = merge.time_claims([merge.Report(r[7], r[8], r[9], r[10], r[11], None, r[3], r[0], "")
                                for r in reports])
    return [names, sources, [_time(c.value, c.utc_offset, c.instant,
                                   [reports[i][1] for i in c.reports]) for c in claims]]


def encoded_of_rows(reports: Sequence[tuple], participants: Sequence[tuple[str, str]]) -> str:
    """`encode(of_rows(reports, participants))` for reports that carry their source entry
    already encoded, `encode(source)`, as their last item: a merged event joined by its
    200th report encodes one source, not 200. (`encode` writes a list as "[" + its items
    encoded, joined by "," + "]"; a test holds the two together.)"""
    names = _names(participants)
    # `merge.time_claims` of the reports: one claim per (value, utc_offset) with the
    # instant of its first report, sorted by value and offset (stable: ties keep their
    # first-seen order)
    claims: dict[tuple[str, str | None], dict] = {}
    for r in reports:
        if r[7]:
            claim = claims.get((r[7], r[8]))
            if claim is None:
                claim = claims[(r[7], r[8])] = _time(r[7], r[8], r[9], [])
            claim["sources"].append(r[1])
    times = sorted(claims.values(), key=lambda c: (c["value"], c["utc_offset"] or ""))
    sources = ",".join([r[-1] for r in reports])
    return f"[{encode(names)},[{sources}],{encode(times)}]"


def _names(participants: Sequence[tuple[str, str]]) -> list[str]:
    """The participants' names, one per entity key ("Sorelien" and "Sorélien" are one), in
    their order."""
    names, keys = [], set()
    for name, key in participants:
        if key not in keys:
            keys.add(key)
            names.append(name)
    return names


def source_of_row(r: tuple) -> list:
    """The source entry of a report row as `of_rows` lists it."""
    return [r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[10], r[11]]


def _time(value: str, utc_offset: str | None, instant: str | None,
          doc_ids: list[str]) -> dict:
    return {"value": value, "utc_offset": utc_offset, "instant": instant, "sources": doc_ids}


def fill_missing(db: sqlite3.Connection, chunk: int = 5000) -> int:
    """Write `members_json` of every merged event that lacks it (a store written before
    schema 3, or rows written directly); returns how many were filled."""
    missing = [i for (i,) in db.execute(
        "SELECT id FROM merged_events WHERE members_json IS NULL ORDER BY id")]
    for k in range(0, len(missing), chunk):
        found = collect(db, missing[k:k + chunk])
        db.executemany("UPDATE merged_events SET members_json=? WHERE id=?",
                       [(encode(m), i) for i, m in found.items()])
    return len(missing)
