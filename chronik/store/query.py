"""Questions to a store: the timeline of merged events and the quotations of a speaker."""

from __future__ import annotations

import calendar
import gc
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from chronik.store import members, merge
from chronik.store.db import Store
from chronik.store.keys import query_keys

_PERIOD = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def check_period(raw: str | None, option: str) -> str | None:
    """`--from`/`--to` take YYYY, YYYY-MM or YYYY-MM-DD."""
    if raw is None:
        return None
    if not _PERIOD.match(raw.strip()):
        raise ValueError(f"{option} {raw!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    return raw.strip()


def _upper(to: str) -> str:
    # every value that starts with `to` sorts below `to` + DEL: `--to 2022-02` keeps all of February
    return to + "\x7f"


@dataclass(slots=True)
class SourceRef:
    """One report of a merged event: which article said what."""

    document: str
    title: str | None
    date: str | None
    lang: str | None
    url: str | None
    source: str | None
    value: str | None
    utc_offset: str | None
    status: str
    summary: str

    def to_dict(self) -> dict[str, Any]:
        return {"document": self.document, "title": self.title, "date": self.date,
                "lang": self.lang, "url": self.url, "source": self.source, "value": self.value,
                "utc_offset": self.utc_offset, "status": self.status, "summary": self.summary}


class TimelineEntry:
    """One merged event: its time (and every conflicting time), status, who, where, sources.

    Its participants, sources and times come from the merged row's stored members
    (`members_json`); an entry read from a store parses them on first use, a page of rows
    at once (`_StoredMembers`): an answer of thousands of rows is in hand after the
    selection, and who reads every entry pays one parse per page, as before."""

    __slots__ = (
        "_participants",
        "_sources",
        "_stored",
        "_times",
        "contradiction",
        "id",
        "instant",
        "location",
        "status",
        "summary",
        "uid",
        "utc_offset",
        "value",
    )

    def __init__(self, id: int, uid: str, value: str | None, utc_offset: str | None,
                 instant: str | None, status: str, summary: str, location: str | None,
                 contradiction: bool, participants: list[str] | None = None,
                 times: list[dict[str, Any]] | None = None,
                 sources: list[SourceRef] | None = None) -> None:
        self.id = id
        self.uid = uid
        self.value = value
        self.utc_offset = utc_offset
        self.instant = instant
        self.status = status
        self.summary = summary
        self.location = location
        self.contradiction = contradiction
        self._participants = [] if participants is None else participants
        self._times = [] if times is None else times
        self._sources = [] if sources is None else sources
        self._stored: _StoredMembers | None = None  # members not yet read (see _load)

    def _load(self) -> None:
        self._stored.fill()

    @property
    def participants(self) -> list[str]:
        if self._stored is not None:
            self._load()
        return self._participants

    @participants.setter
    def participants(self, value: list[str]) -> None:
        if self._stored is not None:
            self._load()
        self._participants = value

    @property
    def times(self) -> list[dict[str, Any]]:
        if self._stored is not None:
            self._load()
        return self._times

    @times.setter
    def times(self, value: list[dict[str, Any]]) -> None:
        if self._stored is not None:
            self._load()
        self._times = value

    @property
    def sources(self) -> list[SourceRef]:
        if self._stored is not None:
            self._load()
        return self._sources

    @sources.setter
    def sources(self, value: list[SourceRef]) -> None:
        if self._stored is not None:
            self._load()
        self._sources = value

    def _fields(self) -> tuple:
        return (self.id, self.uid, self.value, self.utc_offset, self.instant, self.status,
                self.summary, self.location, self.contradiction, self.participants, self.times,
                self.sources)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def __repr__(self) -> str:
        names = ("id", "uid", "value", "utc_offset", "instant", "status", "summary", "location",
                 "contradiction", "participants", "times", "sources")
        return "TimelineEntry(" + ", ".join(
            f"{n}={v!r}" for n, v in zip(names, self._fields(), strict=True)) + ")"

    @property
    def when(self) -> str:
        """The time as shown: `2023-03-23 21:30 +01:00` where the zone is known; a weekday
        of a week not known as its article's month and the day (`2022-02, a Monday`)."""
        open_weekday = merge.OPEN_WEEKDAY.match(self.value or "")
        month = open_weekday and next(
            (s.date[:7] for s in self.sources if s.date and len(s.date) >= 7), None)
        if open_weekday and month:
            day = calendar.day_name[int(open_weekday.group(1)) - 1]
            rest = self.value[len(open_weekday.group()) + 1:]  # "22:00", "EV" after the "T"
            shown = _DAY_PARTS.get(rest, rest)
            return f"{month}, a {day}" + (f" {shown}" if shown else "") + (
                f" {self.utc_offset}" if self.utc_offset and rest[:1].isdigit() else "")
        return format_value(self.value, self.utc_offset)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.uid, "value": self.value, "utc_offset": self.utc_offset,
                "instant": self.instant, "status": self.status, "summary": self.summary,
                "participants": list(self.participants), "location": self.location,
                "contradiction": self.contradiction, "times": self.times,
                "sources": [s.to_dict() for s in self.sources]}


_DAY_PARTS = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening",
              "NI": "night", "DT": "daytime"}


def format_value(value: str | None, utc_offset: str | None) -> str:
    if not value:
        return "?"
    shown = value.replace("T", " ", 1) if re.match(r"^\d{4}-\d{2}-\d{2}T\d", value) else value
    return f"{shown} {utc_offset}" if utc_offset else shown


@dataclass(slots=True)
class TimelineQuery:
    date_from: str | None = None
    date_to: str | None = None
    about: str | None = None
    who: str | None = None
    status: str | None = None
    lang: str | None = None
    limit: int | None = None


def _who_clause(column: str) -> str:
    # word-level containment on normalised keys: "putin" finds "wladimir putin", and
    # "ida varga" finds "PER:ida varga" (the type prefix counts as a word break)
    return f"instr(' ' || replace({column}, ':', ' ') || ' ', ' ' || ? || ' ') > 0"


def who_match(column: str, who: str) -> tuple[str, list[str]]:
    """SQL matching a name query against a key column, and its parameters."""
    keys = query_keys(who)
    return "(" + " OR ".join(_who_clause(column) for _ in keys) + ")", keys


def timeline(store: Store, q: TimelineQuery) -> list[TimelineEntry]:
    """Merged events with a calendar time, in chronological order, filtered as asked.

    One indexed query: each row brings its participants, sources and times along
    (`members_json`, written at ingest; see chronik.store.members)."""
    with collector_paused():
        pages = list(timeline_pages(store, q))
        answer = [page[0]._stored for page in pages]
        for stored in answer:
            stored.answer = answer
        return [entry for page in pages for entry in page]


# rows per page of `timeline_pages`: small enough that the first page is out soon after
# the selection, large enough that a page's one JSON parse costs more than the call
PAGE_ROWS = 512


def timeline_pages(store: Store, q: TimelineQuery, page_rows: int | None = None
                   ) -> Iterator[list[TimelineEntry]]:
    """`timeline` a page of entries at a time, in the same order: an answer of thousands of
    rows can be written out while the rest are read (the selection itself, one indexed
    query, is done before the first page)."""
    cur = store.db.execute(*_merged_rows_sql(q, ", m.members_json"))
    while rows := cur.fetchmany(page_rows or PAGE_ROWS):
        with collector_paused():
            entries = _entries(store, rows)
        yield entries


@contextmanager
def collector_paused(collect_after: int | None = None) -> Iterator[None]:
    """Python's cyclic garbage collector paused while an answer is built. Thousands of
    rows are hundreds of thousands of new lists, dicts and entries, and every few hundred
    of them the collector walked the young ones and every so often all of them: a fifth
    of the time of a 13,000-row answer. Nothing built here forms a cycle (reference
    counting frees all of it), and the collector runs again as before afterwards, first
    once on generation `collect_after` when given (the ingest's chunks, which may leave a
    failed document's traceback). Nothing changes when the collector is off already."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if collect_after is not None:
            gc.collect(collect_after)
        gc.enable()


class _StoredMembers:
    """The stored members of a page of entries, given to all of them by one parse when the
    first needs its own (one JSON array of them all: a call per row cost more than the
    parsing; and who reads one entry's members mostly reads its neighbours' too). Rows
    written without members (see members.py) come computed, by position, in `found`."""

    __slots__ = ("answer", "entries", "found", "raw")

    def __init__(self, raw: list[str | None], found: dict[int, list],
                 entries: list[TimelineEntry]) -> None:
        self.raw = raw
        self.found = found
        self.entries = entries
        # the pages of one whole answer (`timeline`), filled together: who reads one
        # entry's members reads all of them, and one pause of the collector for all pages
        # spares it walking each page's new objects again and again
        self.answer: list[_StoredMembers] | None = None

    def fill(self) -> None:
        pages, self.answer = self.answer or [self], None
        with collector_paused():
            for page in pages:
                page.answer = None  # (also ends the pages' cycle through the list)
                page._fill()

    def _fill(self) -> None:
        entries, self.entries = self.entries, []  # (also ends the entries' cycle with it)
        stored = iter(json.loads("[" + ",".join(r for r in self.raw if r is not None) + "]"))
        found = self.found
        for k, (entry, raw) in enumerate(zip(entries, self.raw, strict=True)):
            names, sources, times = next(stored) if raw is not None else found[k]
            entry._participants, entry._times = names, times
            entry._sources = [SourceRef(*s) for s in sources]
            entry._stored = None
        self.raw = []


def _entries(store: Store, rows: list[tuple]) -> list[TimelineEntry]:
    missing = [r[0] for r in rows if r[9] is None]  # rows written without (see members.py)
    found = members.collect(store.db, missing) if missing else {}
    entries = [TimelineEntry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8]))
               for r in rows]
    page = _StoredMembers([r[9] for r in rows],
                          {k: found[r[0]] for k, r in enumerate(rows) if r[9] is None},
                          entries)
    for entry in entries:
        entry._stored = page
    return entries


def timeline_where(q: TimelineQuery, *, who_option: str = "--who",
                   about_option: str = "--about") -> tuple[str, list[Any]]:
    """The WHERE clause (on `merged_events m`) and parameters of a timeline filter.

    Shared by `chronik timeline` and the web API; the option names only word the error
    a query without words gets (ValueError from fts_phrase).
    """
    where = ["m.sort_key IS NOT NULL"]
    params: list[Any] = []
    if q.date_from:
        where.append("m.sort_key >= ?")
        params.append(q.date_from)
    if q.date_to:
        where.append("m.sort_key < ?")
        params.append(_upper(q.date_to))
    if q.status:
        where.append("m.status = ?")
        params.append(q.status)
    if q.lang:
        where.append("EXISTS (SELECT 1 FROM events e JOIN documents d ON d.id = e.document_id "
                     "WHERE e.merged_id = m.id AND d.lang = ?)")
        params.append(q.lang)
    if q.who and (q.date_from or q.date_to):
        # within a period the date index has already narrowed the rows: check each one's
        # participant keys (word match: "putin" is a word of "wladimir putin")
        clause, keys = who_match("p.key", q.who)
        where.append("EXISTS (SELECT 1 FROM events e JOIN event_participants p "
                     f"ON p.event_id = e.id WHERE e.merged_id = m.id AND {clause})")
        params.extend(keys)
    elif q.who:
        # over all time the word index of participant names finds the few rows directly
        where.append("m.id IN (SELECT e.merged_id FROM events_fts f JOIN events e "
                     "ON e.id = f.rowid WHERE events_fts MATCH ?)")
        params.append("participants : (" + fts_phrase(q.who, option=who_option) + ")")
    if q.about:
        where.append("m.id IN (SELECT e.merged_id FROM events_fts f JOIN events e "
                     "ON e.id = f.rowid WHERE events_fts MATCH ?)")
        params.append(fts_phrase(q.about, option=about_option))
    return " AND ".join(where), params


def select_merged(store: Store, q: TimelineQuery) -> list[TimelineEntry]:
    """The timeline's rows without their sources and participants (one indexed query)."""
    return [TimelineEntry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8]))
            for r in store.db.execute(*_merged_rows_sql(q))]


def _merged_rows_sql(q: TimelineQuery, extra: str = "") -> tuple[str, list[Any]]:
    """The one indexed query that picks and orders the timeline's merged events."""
    where, params = timeline_where(q)
    sql = ("SELECT m.id, m.uid, m.value, m.utc_offset, m.instant, m.status, m.summary, "
           f"m.location, m.contradiction{extra} FROM merged_events m WHERE {where} "
           "ORDER BY m.sort_key, m.id")
    if q.limit:
        sql += " LIMIT ?"
        params.append(q.limit)
    return sql, params


def fts_phrase(text: str, option: str = "--about") -> str:
    """User words as an FTS5 query: every word must occur (quoted, so no query syntax leaks)."""
    words = re.findall(r"\w+", text)
    if not words:
        raise ValueError(f"{option} {text!r}: no words to search for")
    return " AND ".join('"' + w + '"' for w in words)


@dataclass(slots=True)
class QuoteEntry:
    speaker: str | None
    speaker_mention: str | None
    kind: str
    text: str
    cue: str | None
    document: str
    title: str | None
    date: str | None
    url: str | None
    source: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "speaker_mention": self.speaker_mention,
                "kind": self.kind, "text": self.text, "cue": self.cue, "document": self.document,
                "title": self.title, "date": self.date, "url": self.url, "source": self.source}


def quotes(store: Store, *, who: str | None = None, date_from: str | None = None,
           date_to: str | None = None, lang: str | None = None,
           limit: int | None = None) -> list[QuoteEntry]:
    """Quotations by publication date of their article, optionally of one speaker."""
    where, params = ["1"], []
    if who:
        clause, keys = who_match("q.speaker_key", who)
        where.append(f"({clause} OR lower(q.speaker_mention) = lower(?))")
        params += [*keys, who]
    if date_from:
        where.append("d.date >= ?")
        params.append(date_from)
    if date_to:
        where.append("d.date < ?")
        params.append(_upper(date_to))
    if lang:
        where.append("d.lang = ?")
        params.append(lang)
    sql = ("SELECT q.speaker, q.speaker_mention, q.kind, q.text, q.cue, d.doc_id, d.title, "
           "d.date, d.url, d.source FROM quotes q JOIN documents d ON d.id = q.document_id "
           f"WHERE {' AND '.join(where)} ORDER BY d.date, d.id, q.start")
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    return [QuoteEntry(*r) for r in store.db.execute(sql, params)]
