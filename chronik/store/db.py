"""The chronik store: one SQLite file (WAL) holding documents and everything found in them.

Writes happen in batches, one transaction each (`BEGIN IMMEDIATE`, so two ingests into
one file take turns instead of failing half-way), with a savepoint per document: a
document is stored completely or not at all, and one that fails to store is reported
while the rest of its batch is kept.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Self
from urllib.parse import urlparse

from chronik.model import Document, Entity, Event, Evidence, Mention, Quote, Span, Timex
from chronik.store import members as merged_members
from chronik.store import merge
from chronik.store.jsonfast import json_encoder
from chronik.store.keys import bare_key, content_hash, name_key, place_key, word_key
from chronik.store.schema import MIGRATIONS, SCHEMA, SCHEMA_VERSION

DEFAULT_BUSY_TIMEOUT = 60.0  # seconds to wait for another writer before giving up

# `json.dumps(x, ensure_ascii=False)` and `json.dumps(x)` build a new encoder per call;
# encoders made once write the same text for the dozens of values per document
_to_json = json_encoder(ensure_ascii=False)
_to_ascii_json = json_encoder()


class StoreError(Exception):
    """A store that cannot be used: wrong version, locked too long, not a database."""


@dataclass(slots=True)
class Stored:
    """What happened to one document handed to `Store.add`."""

    status: str  # "stored", "duplicate" or "failed"
    reason: str | None = None
    row_id: int | None = None


class Store:
    """A chronik store in one SQLite file. Use as a context manager or call `close()`."""

    def __init__(self, path: str | Path, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
                 create: bool = True) -> None:
        self.path = Path(path)
        # row ids of entities and sources by key: rows are never deleted, so an id read
        # once stays right; ids met inside a transaction count only once it commits
        self._ids: dict[tuple[str, str], int] = {}
        self._ids_uncommitted: dict[tuple[str, str], int] = {}
        # merged events that another report joined in this batch: their members are
        # computed once, for all of them, before the batch commits (`_write_members`)
        self._stale_members: set[int] = set()
        # the merged events of each day bucket with what an event is compared with (their
        # reports' participant, trigger, location and kind keys), as read from the store
        # and kept up to date by this connection's own inserts; valid while no other
        # connection committed (`PRAGMA data_version` unchanged), nothing else was written
        # through this one (`total_changes`) and nothing was rolled back
        self._signatures: dict[str, dict[int, merge.EventSignature]] = {}
        # and the reports of merged events, as `member_reports` reads them (same validity),
        # resolved as they come
        self._reports: dict[int, merge.Resolver] = {}
        # and their rows as `members.collect` reads them: (reports, participants)
        self._member_rows: dict[int, tuple[list[tuple], list[tuple[str, str]]]] = {}
        # the resolved columns of the merged events reports joined in this batch, written
        # with their members (`_write_members`)
        self._resolved: dict[int, tuple] = {}
        self._signatures_valid_at: tuple[int, int] | None = None
        if not create and not self.path.exists():
            raise StoreError(f"{self.path}: no such store (create it with `chronik ingest`)")
        try:
            # isolation_level=None: transactions are explicit, so a batch is exactly one
            self.db = sqlite3.connect(self.path, timeout=busy_timeout, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._init_schema()
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path}: not a usable chronik store ({err})") from None

    def _init_schema(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            return
        if version in MIGRATIONS:
            self._migrate()
            return
        if version != 0:
            raise StoreError(f"{self.path}: store schema version {version}, this chronik "
                             f"reads version {SCHEMA_VERSION}; re-ingest into a new file")
        with self._transaction():
            for statement in _statements(SCHEMA):
                self.db.execute(statement)
            self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def _migrate(self) -> None:
        """Bring an older store to this version in one transaction (another process may
        have done it meanwhile: the version is read again once the store is ours)."""
        with self._transaction():
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            while version in MIGRATIONS:
                for statement in MIGRATIONS[version]:
                    self.db.execute(statement)
                version += 1
            if version != SCHEMA_VERSION:
                raise StoreError(f"{self.path}: store schema version {version}, this chronik "
                                 f"reads version {SCHEMA_VERSION}; re-ingest into a new file")
            merged_members.fill_missing(self.db)  # schema 3: the merged events' members
            self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions -------------------------------------------------------------------

    def _transaction(self) -> _Transaction:
        return _Transaction(self)

    # -- writing ------------------------------------------------------------------------

    def known_hashes(self, hashes: Sequence[str]) -> set[str]:
        """Which of these content hashes are stored already (for skipping before analysis)."""
        found: set[str] = set()
        for i in range(0, len(hashes), 500):
            chunk = list(hashes[i:i + 500])
            marks = ",".join("?" * len(chunk))
            found.update(h for (h,) in self.db.execute(
                f"SELECT content_hash FROM documents WHERE content_hash IN ({marks})", chunk))
        return found

    def add(self, docs: Sequence[Document], hashes: Sequence[str] | None = None) -> list[Stored]:
        """Store analysed documents in one transaction; returns one `Stored` per document."""
        hashes = list(hashes) if hashes is not None else [content_hash(d) for d in docs]
        # Foreign-key enforcement is off while a batch is written: every reference it
        # writes is a row id it has just inserted or read in the same transaction (or an
        # entity/source id cached from a committed one; rows are never deleted), so the
        # checks, a parent look-up per child row (~0.15 ms per news article), cannot fail.
        # On again before the call returns, for everyone else (deletes cascade); the
        # tests check a written store with `PRAGMA foreign_key_check`. (The pragma cannot
        # change inside a transaction, hence outside `_transaction`.)
        self.db.execute("PRAGMA foreign_keys=OFF")
        try:
            return self._add(docs, hashes)
        finally:
            self.db.execute("PRAGMA foreign_keys=ON")

    def _add(self, docs: Sequence[Document], hashes: list[str]) -> list[Stored]:
        results: list[Stored] = []
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._transaction():
            self._check_signatures()
            # first the whole batch at once: a savepoint per document costs a flush of the
            # full-text index per document. Only if a document fails is the batch undone
            # and stored again document by document, so that the others are kept.
            self.db.execute("SAVEPOINT batch")
            try:
                for doc, digest in zip(docs, hashes, strict=True):
                    if self._is_stored(digest):
                        results.append(Stored("duplicate"))
                    else:
                        results.append(Stored("stored",
                                              row_id=self._insert_document(doc, digest, now)))
                self.db.execute("RELEASE batch")
                self._write_members()
                return results
            except (sqlite3.Error, ValueError, TypeError, KeyError):
                self.db.execute("ROLLBACK TO batch")
                self.db.execute("RELEASE batch")
                self._ids_uncommitted.clear()
                self._forget_kept()
                results = []
            for doc, digest in zip(docs, hashes, strict=True):
                if self._is_stored(digest):
                    results.append(Stored("duplicate"))
                    continue
                self.db.execute("SAVEPOINT doc")
                try:
                    row_id = self._insert_document(doc, digest, now)
                except (sqlite3.Error, ValueError, TypeError, KeyError) as err:
                    self.db.execute("ROLLBACK TO doc")
                    self.db.execute("RELEASE doc")
                    self._ids_uncommitted.clear()  # may name rows just rolled back
                    self._forget_kept()
                    results.append(Stored("failed", f"cannot store: {err}"))
                    continue
                self.db.execute("RELEASE doc")
                results.append(Stored("stored", row_id=row_id))
            self._write_members()
        return results

    def _check_signatures(self) -> None:
        """Forget the kept signatures if the store may have changed behind them (called
        in a write transaction: no other connection can commit until it ends)."""
        if self._signatures_valid_at != self._write_state():
            self._forget_kept()

    def _forget_kept(self) -> None:
        self._signatures.clear()
        self._reports.clear()
        self._member_rows.clear()
        self._resolved.clear()  # resolved again from the rows as they are then

    def _signatures_seen(self) -> None:
        """The kept signatures are those of the store as this connection committed it."""
        if len(self._signatures) > _SIGNATURE_BUCKETS or len(self._reports) > _KEPT_REPORTS \
                or len(self._member_rows) > _KEPT_REPORTS:
            self._forget_kept()  # bounded: a long ingest of many days
        self._signatures_valid_at = self._write_state()

    def _write_state(self) -> tuple[int, int]:
        return (self.db.execute("PRAGMA data_version").fetchone()[0], self.db.total_changes)

    def _write_members(self) -> None:
        """The resolved columns and members of the merged events other reports joined in
        this batch, as their rows are now (kept in memory, or read back: a merged event of
        a rolled-back document is read as it was before; one that no longer exists
        updates nothing)."""
        stale, self._stale_members = sorted(self._stale_members), set()
        if stale:
            kept = {i: self._member_rows[i] for i in stale if i in self._member_rows}
            found = {i: merged_members.encode(m) for i, m in merged_members.collect(
                self.db, [i for i in stale if i not in kept]).items()}
            for i, (reports, participants) in kept.items():
                # in `collect`'s order: by publication date (NULL first), then event id
                reports.sort(key=_by_date_then_id)
                found[i] = merged_members.encoded_of_rows(reports, participants)
            resolved, gone = [], []
            for i in stale:
                columns = self._resolved.pop(i, None) or self._resolve_from_rows(i)
                if columns is None:  # no such merged event (any more): nothing to resolve
                    gone.append((found[i], i))
                else:
                    resolved.append((*columns, found[i], i))
            self.db.executemany(
                "UPDATE merged_events SET sort_key=?, value=?, utc_offset=?, instant=?, "
                "status=?, summary=?, location=?, contradiction=?, n_sources=?, uid=?, "
                "members_json=? WHERE id=?", resolved)
            if gone:
                self.db.executemany("UPDATE merged_events SET members_json=? WHERE id=?", gone)
        self._resolved.clear()

    def _is_stored(self, digest: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE content_hash=?",
                               (digest,)).fetchone() is not None

    def _source_id(self, doc: Document) -> int:
        if doc.url:
            name, kind = urlparse(doc.url).netloc or doc.url, "web"
        else:
            where = doc.source or "<unknown>"
            path, _, line = where.rpartition(":")
            name = path if line.isdigit() and path else where
            kind = "stdin" if name.startswith("<stdin>") else "file"
        return self._row_id("sources", name, kind)

    def _row_id(self, table: str, key: str, *values: str) -> int:
        """Id of the row of `sources` (by name) or `entities` (by key), inserted if new."""
        cached = self._ids.get((table, key)) or self._ids_uncommitted.get((table, key))
        if cached is not None:
            return cached
        if table == "sources":
            self.db.execute("INSERT OR IGNORE INTO sources(name, kind) VALUES (?, ?)",
                            (key, *values))
            row_id = self.db.execute("SELECT id FROM sources WHERE name=?", (key,)).fetchone()[0]
        else:
            self.db.execute("INSERT OR IGNORE INTO entities(key, name, type) VALUES (?,?,?)",
                            (key, *values))
            row_id = self.db.execute("SELECT id FROM entities WHERE key=?", (key,)).fetchone()[0]
        self._ids_uncommitted[(table, key)] = row_id
        return row_id

    def _insert_document(self, doc: Document, digest: str, now: str) -> int:
        db = self.db
        other_fields = {k: v for k, v in doc.fields.items() if k != "text"}
        cur = db.execute(
            "INSERT INTO documents(doc_id, content_hash, source_id, source, url, lang, date, "
            "date_given, date_evidence, title, text, fields_json, ingested_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (doc.id, digest, self._source_id(doc), doc.source, doc.url, doc.lang, doc.date,
             doc.date_given, doc.date_evidence, doc.title, doc.text,
             _to_json(other_fields), now))
        row = cur.lastrowid
        db.execute("INSERT INTO documents_fts(rowid, title, text) VALUES (?,?,?)",
                   (row, doc.title or "", doc.text))
        timex_by_id = {t.id: t for t in doc.timexes}
        db.executemany(
            'INSERT INTO timexes(document_id, tid, field, start, "end", text, type, value, mod, '
            "utc_offset, instant, evidence_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [(row, t.id, t.field, t.start, t.end, t.text, t.type, t.value, t.mod, t.utc_offset,
              t.instant, _to_json(t.evidence.to_dict())
              if t.evidence else None) for t in doc.timexes])
        entity_ids = self._insert_entities(row, doc)
        db.executemany(
            'INSERT INTO quotes(document_id, qid, kind, field, start, "end", text, speaker, '
            "speaker_key, speaker_mention, cue, spans_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [(row, q.id, q.kind, q.field, q.start, q.end, q.text, q.speaker,
              name_key(q.speaker, "PER", doc.lang) if q.speaker else None,
              q.speaker_mention, q.cue,
              _to_ascii_json([[s.field, s.start, s.end] for s in q.spans]) if q.spans else None)
             for q in doc.quotes])
        event_fts: list[tuple] = []
        for order, ev in enumerate(doc.events):
            self._insert_event(row, digest, doc, ev, timex_by_id.get(ev.timex or ""),
                               entity_ids, order, event_fts)
        # the events' full-text rows in one statement (in event order, as one by one):
        # nothing reads the index while the document is written
        db.executemany("INSERT INTO events_fts(rowid, summary, trigger, participants, "
                       "location) VALUES (?,?,?,?,?)", event_fts)
        return row

    def _insert_entities(self, row: int, doc: Document) -> dict[str, tuple[str, int]]:
        """Entity rows shared across documents.

        Returns every way the document names an entity (its canonical name and the text of
        each mention) -> (entity key, entity row), so an event participant written as any
        of them links to the entity.
        """
        ids: dict[str, tuple[str, int]] = {}
        linked: list[tuple] = []
        for ent in doc.entities:
            key = name_key(ent.name, ent.type, doc.lang)
            entity_id = self._row_id("entities", key, ent.name, ent.type)
            for written in (ent.name, *(m.text for m in ent.mentions)):
                ids.setdefault(written, (key, entity_id))
            linked.append((row, entity_id, ent.id, ent.name, ent.type))
        if not linked:
            return ids
        # one statement for the document's entity rows and one for their mentions; the
        # new rows' ids, read back in id order, are in insertion order (SQLite gives a new
        # row the largest id so far plus one)
        self.db.executemany(
            "INSERT INTO document_entities(document_id, entity_id, nid, name, type) "
            "VALUES (?,?,?,?,?)", linked)
        row_ids = [i for (i,) in self.db.execute(
            "SELECT id FROM document_entities WHERE document_id=? ORDER BY id", (row,))]
        mentions = [(de, m.field, m.start, m.end, m.text)
                    for de, ent in zip(row_ids, doc.entities, strict=True) for m in ent.mentions]
        self.db.executemany(
            'INSERT INTO mentions(document_entity_id, field, start, "end", text) '
            "VALUES (?,?,?,?,?)", mentions)
        return ids

    def _insert_event(self, row: int, digest: str, doc: Document, ev: Event, timex: Timex | None,
                      entity_ids: dict[str, tuple[str, int]], order: int,
                      event_fts: list[tuple]) -> None:
        db = self.db
        # participants key by their folded name without a type (merging compares them across
        # documents, whatever each document's entity stage made of the name); one the
        # entity stage knows takes that entity's folded name ("USA" -> "US")
        participants = [(name, bare_key(entity_ids[name][0]) if name in entity_ids
                         else name_key(name, None, doc.lang)) for name in ev.participants]
        signature = merge.EventSignature(
            participants={k for _, k in participants if k},
            triggers={k for k in [word_key(ev.trigger)] if k},
            locations={k for k in [place_key(ev.location)] if k},
            kinds={k for k in [getattr(ev, "kind", None)] if k})
        bucket = merge.day_key(ev.value)
        known = self._bucket_signatures(bucket) if bucket else None
        merged_id = _first_same_event(signature, known) if known else None
        # the zone of the event's time is the zone its timex was written in
        utc_offset = timex.utc_offset if timex else None
        instant = timex.instant if timex else None
        new_merged = merged_id is None
        if new_merged:
            # a merged event of this one report: its row is what `_refresh_merged` would
            # write after reading the report back (a lone report's order decides nothing)
            res = merge.resolve_one(merge.Report(ev.value, utc_offset, instant, ev.status,
                                                 ev.summary, ev.location, doc.date, order=0,
                                                 identity=f"{digest}:{ev.id}"))
            # and its members as `members.collect` would read them back from the rows
            members = merged_members.single(
                doc.id, doc.title, doc.date, doc.lang, doc.url, doc.source, ev.value,
                utc_offset, instant, ev.status, ev.summary, participants)
            merged_id = db.execute(
                "INSERT INTO merged_events(day_key, sort_key, value, utc_offset, instant, "
                "status, summary, location, contradiction, n_sources, uid, members_json) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (bucket, merge.sort_key(res.value, doc.date), res.value, res.utc_offset,
                 res.instant,
                 res.status, res.summary, res.location, int(res.contradiction), 1,
                 res.uid, merged_members.encode(members))).lastrowid
        kind = getattr(ev, "kind", None)
        evidence = getattr(ev, "evidence", None)
        mentions = getattr(ev, "mentions", None)
        event_row = db.execute(
            'INSERT INTO events(document_id, merged_id, eid, field, start, "end", trigger, '
            "trigger_key, summary, value, timex, utc_offset, instant, status, location, "
            "location_key, kind, evidence_json, mentions_json) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (row, merged_id, ev.id, ev.field, ev.start, ev.end, ev.trigger, word_key(ev.trigger),
             ev.summary, ev.value, ev.timex, utc_offset, instant, ev.status, ev.location,
             place_key(ev.location), kind,
             _to_json(evidence.to_dict()) if evidence else None,
             _to_ascii_json([[m.field, m.start, m.end] for m in mentions]) if mentions else None
             )).lastrowid
        db.executemany(
            "INSERT INTO event_participants(event_id, position, name, key, entity_id) "
            "VALUES (?,?,?,?,?)",
            [(event_row, i, name, key, entity_ids[name][1] if name in entity_ids else None)
             for i, (name, key) in enumerate(participants)])
        event_fts.append((event_row, ev.summary, ev.trigger, " ; ".join(ev.participants),
                          ev.location or ""))
        if known is not None:  # the bucket's signatures as a read of the store would give them
            if not (kind is None or isinstance(kind, str)):
                # stored as text, read back as text: keep only what reads back the same
                del self._signatures[bucket]
            elif new_merged:
                known[merged_id] = signature  # the largest id so far: last in id order
            else:
                known[merged_id].absorb(signature)
        report = (ev.value, utc_offset, instant, ev.status, ev.summary, ev.location, doc.date)
        reports = self._reports.get(merged_id) if not new_merged else None
        if not all(v is None or isinstance(v, str) for v in (*report, ev.id)):
            self._reports.pop(merged_id, None)  # read back from the store when needed
        elif new_merged and bucket:
            self._reports[merged_id] = merge.Resolver([merge.Report(
                *report, order=event_row, identity=f"{digest}:{ev.id}")])
        elif reports is not None:  # the largest event id so far: last in id order
            reports.add(merge.Report(*report, order=event_row, identity=f"{digest}:{ev.id}"))
        if bucket:
            self._keep_member_rows(merged_id, new_merged, doc, ev, event_row, utc_offset,
                                   instant, participants)
        if not new_merged:
            self._refresh_merged(merged_id)

    def _keep_member_rows(self, merged_id: int, new_merged: bool, doc: Document, ev: Event,
                          event_row: int, utc_offset: str | None, instant: str | None,
                          participants: list[tuple[str, str]]) -> None:
        """Keep the merged event's rows as `members.collect` reads them back (same validity
        as the kept reports): its members are then written without reading its events,
        documents and participants again at every batch another report joins it."""
        row = (event_row, doc.id, doc.title, doc.date, doc.lang, doc.url, doc.source, ev.value,
               utc_offset, instant, ev.status, ev.summary)
        kept = None if new_merged else self._member_rows.get(merged_id)
        if not all(v is None or isinstance(v, str) for v in row[1:]) \
                or not all(isinstance(v, str) for p in participants for v in p):
            self._member_rows.pop(merged_id, None)  # read back from the store when needed
        elif new_merged:
            self._member_rows[merged_id] = ([row], list(participants))
        elif kept is not None:  # the largest event id so far: participants stay in id order
            # each row with its source entry encoded once (`members.encoded_of_rows`), the
            # first one when a second report joins (most merged events have one report)
            reports = kept[0]
            if len(reports) == 1:
                reports[0] = _with_source(reports[0])
            reports.append(_with_source(row))
            kept[1].extend(participants)

    def _bucket_signatures(self, bucket: str) -> dict[int, merge.EventSignature]:
        known = self._signatures.get(bucket)
        if known is None:
            known = self._signatures[bucket] = self._read_signatures(bucket)
        return known

    def _read_signatures(self, bucket: str) -> dict[int, merge.EventSignature]:
        """The signatures of the bucket's merged events, in id order, from their reports."""
        rows = self.db.execute(
            "SELECT m.id, e.trigger_key, e.location_key, p.key, e.kind FROM merged_events m "
            "JOIN events e ON e.merged_id = m.id "
            "LEFT JOIN event_participants p ON p.event_id = e.id "
            "WHERE m.day_key = ? ORDER BY m.id", (bucket,)).fetchall()
        known: dict[int, merge.EventSignature] = {}
        for merged_id, trigger, location, participant, kind in rows:
            sig = known.setdefault(merged_id, merge.EventSignature())
            if kind:
                sig.kinds.add(kind)
            if trigger:
                sig.triggers.add(trigger)
            if location:
                sig.locations.add(location)
            if participant:
                sig.participants.add(participant)
        return known

    def _refresh_merged(self, merged_id: int) -> None:
        """Resolve a merged event another report joined. Its row is written with its
        members before the batch commits (`_write_members`): once, however many reports
        joined it in the batch, and nothing reads those columns before."""
        resolver = self._reports.get(merged_id)
        if resolver is None:
            resolver = self._reports[merged_id] = merge.Resolver(self.member_reports(merged_id))
        self._resolved[merged_id] = _merged_columns(resolver)
        self._stale_members.add(merged_id)

    def _resolve_from_rows(self, merged_id: int) -> tuple | None:
        """The merged row's columns from its reports as they are now (after a rollback
        made the resolved ones unknown), or None when it has none."""
        reports = self.member_reports(merged_id)
        return _merged_columns(merge.Resolver(reports)) if reports else None

    def member_reports(self, merged_id: int) -> list[merge.Report]:
        return [merge.Report(*r[:7], order=r[7], identity=f"{r[8]}:{r[9]}")
                for r in self.db.execute(
                    "SELECT e.value, e.utc_offset, e.instant, e.status, e.summary, e.location, "
                    "d.date, e.id, d.content_hash, e.eid FROM events e "
                    "JOIN documents d ON d.id = e.document_id WHERE e.merged_id=? "
                    "ORDER BY e.id", (merged_id,))]

    # -- reading ------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        tables = ["documents", "sources", "timexes", "events", "merged_events", "quotes",
                  "entities", "mentions"]
        return {t: self.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}

    def search_documents(self, query: str, limit: int = 20) -> list[tuple[str, str | None, str]]:
        """Full-text search over titles and texts: (document id, title, snippet), best first."""
        return self.db.execute(
            "SELECT d.doc_id, d.title, snippet(documents_fts, 1, '[', ']', '…', 12) "
            "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
            "WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?", (query, limit)).fetchall()

    def documents(self, *, lang: str | None = None) -> Iterator[Document]:
        """Rebuild the stored documents (fields, timexes, events, quotes, entities) in ingest order."""
        for _, doc in self.document_rows(lang=lang):
            yield doc

    def document_rows(self, *, lang: str | None = None) -> Iterator[tuple[int, Document]]:
        """(row id, rebuilt Document) in ingest order."""
        sql = ("SELECT id, doc_id, source, url, lang, date, date_given, date_evidence, title, "
               "text, fields_json FROM documents")
        params: tuple = ()
        if lang:
            sql, params = sql + " WHERE lang=?", (lang,)
        for row in self.db.execute(sql + " ORDER BY id", params).fetchall():
            yield row[0], self._document(row)

    def _document(self, row: tuple) -> Document:
        (rid, doc_id, source, url, lang, date, date_given, date_evidence, title, text,
         fields_json) = row
        fields = {"text": text, **json.loads(fields_json)}
        doc = Document(id=doc_id, fields=fields, regions=[], title=title, lang=lang,
                       date_given=date_given, date=date, date_evidence=date_evidence,
                       source=source, url=url)
        q = self.db.execute
        for (tid, fld, s, e, txt, typ, val, mod, off, inst, evj) in q(
                'SELECT tid, field, start, "end", text, type, value, mod, utc_offset, instant, '
                "evidence_json FROM timexes WHERE document_id=? ORDER BY id", (rid,)):
            evidence = Evidence(**json.loads(evj)) if evj else None
            doc.timexes.append(Timex(tid, fld, s, e, txt, typ, val, mod, off, inst, evidence))
        for (erow, eid, fld, s, e, trig, summ, val, tmx, status, loc, kind, evj, mj) in q(
                'SELECT id, eid, field, start, "end", trigger, summary, value, timex, status, '
                "location, kind, evidence_json, mentions_json FROM events WHERE document_id=? "
                "ORDER BY id", (rid,)).fetchall():
            names = [n for (n,) in q("SELECT name FROM event_participants WHERE event_id=? "
                                     "ORDER BY position", (erow,))]
            ev = Event(eid, fld, s, e, trig, summ, val, tmx, status, names, loc)
            if kind is not None:
                ev.kind = kind
            if evj:
                ev.evidence = Evidence(**json.loads(evj))
            if mj:
                ev.mentions = [Span(*m) for m in json.loads(mj)]
            doc.events.append(ev)
        for (qid, kind, fld, s, e, txt, spk, mention, cue, spans) in q(
                'SELECT qid, kind, field, start, "end", text, speaker, speaker_mention, cue, '
                "spans_json FROM quotes WHERE document_id=? ORDER BY id", (rid,)):
            span_list = [Span(*sp) for sp in json.loads(spans)] if spans else []
            doc.quotes.append(Quote(qid, kind, fld, s, e, txt, spk, mention, cue, span_list))
        for (de, nid, name, typ) in q("SELECT id, nid, name, type FROM document_entities "
                                      "WHERE document_id=? ORDER BY id", (rid,)).fetchall():
            mentions = [Mention(*m) for m in q(
                'SELECT field, start, "end", text FROM mentions WHERE document_entity_id=? '
                "ORDER BY id", (de,))]
            doc.entities.append(Entity(nid, name, typ, mentions))
        return doc


_SIGNATURE_BUCKETS = 50_000  # day buckets whose signatures a store keeps at most
_KEPT_REPORTS = 200_000  # merged events whose reports a store keeps at most


def _merged_columns(resolver: merge.Resolver) -> tuple:
    """sort_key, value, utc_offset, instant, status, summary, location, contradiction,
    n_sources and uid of a merged event of the resolver's reports."""
    res = resolver.resolution()
    sort_key = merge.sort_key(res.value, resolver.reports[0].doc_date)
    # identity is "content hash:event id": distinct hashes are distinct documents
    return (sort_key, res.value, res.utc_offset, res.instant, res.status, res.summary,
            res.location, int(res.contradiction), len(resolver.documents), res.uid)


def _with_source(row: tuple) -> tuple:
    return (*row, merged_members.encode(merged_members.source_of_row(row)))


def _by_date_then_id(row: tuple) -> tuple:
    """A kept member row's place in `members.collect`'s `ORDER BY d.date, e.id` (text
    compares as SQLite compares UTF-8 text: by code point)."""
    return (row[3] is not None, row[3] or "", row[0])


def _first_same_event(signature: merge.EventSignature,
                      known: dict[int, merge.EventSignature]) -> int | None:
    """The first merged event (in id order) the event with `signature` joins, or None."""
    for merged_id, sig in known.items():  # insertion order = id order: deterministic
        if merge.same_event(signature, sig):
            return merged_id
    return None


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception; a busy store becomes StoreError."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def __enter__(self) -> None:
        try:
            self.store.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as err:
            if "locked" in str(err) or "busy" in str(err):
                raise StoreError(
                    f"{self.store.path}: the store is busy (another `chronik ingest` is writing "
                    "to it) and stayed busy longer than the busy timeout; wait for it to finish "
                    "or raise --busy-timeout") from None
            raise

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            self.store.db.execute("COMMIT")
            self.store._ids.update(self.store._ids_uncommitted)
            self.store._signatures_seen()
        else:
            self.store.db.execute("ROLLBACK")
            self.store._forget_kept()
        self.store._ids_uncommitted.clear()


def _statements(script: str) -> list[str]:
    """Split the schema script on `;` at line ends (no statement in it has one inside)."""
    lines = [ln for ln in script.splitlines() if not ln.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";\n") if s.strip().rstrip(";")]
