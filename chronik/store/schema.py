"""The SQLite schema of a chronik store (documented in docs/store.md).

`SCHEMA_VERSION` is stored in `PRAGMA user_version`; a store of version 2 is migrated
when opened (`MIGRATIONS`), one written by any other version is refused with a message
instead of being misread.
"""

from __future__ import annotations

SCHEMA_VERSION = 3  # 2: events keep kind, evidence and their other mentions; 3: merged
# events keep their members (participants, sources, times) ready for the timeline

SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,      -- feed/web host, or the input file path
    kind        TEXT NOT NULL              -- file, jsonl, feed, web, stdin
);

CREATE TABLE IF NOT EXISTS documents (
    id            INTEGER PRIMARY KEY,
    doc_id        TEXT NOT NULL,           -- Document.id as read (not unique across inputs)
    content_hash  TEXT NOT NULL UNIQUE,    -- keys.content_hash: the same content is stored once
    source_id     INTEGER REFERENCES sources(id),
    source        TEXT,                    -- file path (and line) or feed item it came from
    url           TEXT,
    lang          TEXT,
    date          TEXT,                    -- refined document date (YYYY[-MM[-DD]])
    date_given    TEXT,
    date_evidence TEXT,
    title         TEXT,
    text          TEXT NOT NULL,           -- fields["text"]: offsets of "text" items index it
    fields_json   TEXT NOT NULL,           -- the other fields (e.g. "title" of a JSONL record)
    ingested_at   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_date ON documents(date);
CREATE INDEX IF NOT EXISTS documents_lang ON documents(lang);

CREATE TABLE IF NOT EXISTS timexes (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    tid         TEXT NOT NULL,
    field       TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    type        TEXT NOT NULL,
    value       TEXT NOT NULL,
    mod         TEXT,
    utc_offset  TEXT,
    instant     TEXT,
    evidence_json TEXT
);
CREATE INDEX IF NOT EXISTS timexes_document ON timexes(document_id);
CREATE INDEX IF NOT EXISTS timexes_value ON timexes(value);

-- One row per event that the same event reported by several articles maps to.
CREATE TABLE IF NOT EXISTS merged_events (
    id            INTEGER PRIMARY KEY,
    sort_key      TEXT,                    -- representative value (ISO prefix), NULL if not a date
    day_key       TEXT,                    -- value cut to the day: the merge bucket
    value         TEXT,                    -- representative value (see docs/store.md)
    utc_offset    TEXT,
    instant       TEXT,
    status        TEXT NOT NULL,           -- status in the latest report
    summary       TEXT NOT NULL,
    location      TEXT,
    contradiction INTEGER NOT NULL DEFAULT 0,  -- 1: sources give incompatible times
    n_sources     INTEGER NOT NULL DEFAULT 0,
    uid           TEXT NOT NULL,           -- stable id (iCalendar UID), from its first report
    members_json  TEXT                     -- participants, sources, times (store/members.py)
);
CREATE INDEX IF NOT EXISTS merged_sort ON merged_events(sort_key, id);
CREATE INDEX IF NOT EXISTS merged_day ON merged_events(day_key);
CREATE INDEX IF NOT EXISTS merged_status_sort ON merged_events(status, sort_key);

CREATE TABLE IF NOT EXISTS events (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    merged_id   INTEGER NOT NULL REFERENCES merged_events(id),
    eid         TEXT NOT NULL,
    field       TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    trigger     TEXT NOT NULL,
    trigger_key TEXT,
    summary     TEXT NOT NULL,
    value       TEXT,
    timex       TEXT,
    utc_offset  TEXT,                      -- copied from its timex, where the text fixes a zone
    instant     TEXT,
    status      TEXT NOT NULL,
    location    TEXT,
    location_key TEXT,
    kind        TEXT,                      -- class of happening (meeting, call, …) if known
    evidence_json TEXT,
    mentions_json TEXT                     -- other trigger spans of the same event
);
CREATE INDEX IF NOT EXISTS events_document ON events(document_id);
CREATE INDEX IF NOT EXISTS events_merged ON events(merged_id);

CREATE TABLE IF NOT EXISTS event_participants (
    event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    key         TEXT NOT NULL,
    entity_id   INTEGER REFERENCES entities(id),
    PRIMARY KEY (event_id, position)
);
CREATE INDEX IF NOT EXISTS participants_key ON event_participants(key);

CREATE TABLE IF NOT EXISTS entities (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,      -- keys.name_key: one row per canonical name
    name        TEXT NOT NULL,             -- the name as first seen
    type        TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS document_entities (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id   INTEGER NOT NULL REFERENCES entities(id),
    nid         TEXT NOT NULL,
    name        TEXT NOT NULL,
    type        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS document_entities_document ON document_entities(document_id);
CREATE INDEX IF NOT EXISTS document_entities_entity ON document_entities(entity_id);

CREATE TABLE IF NOT EXISTS mentions (
    id                 INTEGER PRIMARY KEY,
    document_entity_id INTEGER NOT NULL REFERENCES document_entities(id) ON DELETE CASCADE,
    field              TEXT NOT NULL,
    start              INTEGER NOT NULL,
    "end"              INTEGER NOT NULL,
    text               TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_document_entity ON mentions(document_entity_id);

CREATE TABLE IF NOT EXISTS quotes (
    id              INTEGER PRIMARY KEY,
    document_id     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    qid             TEXT NOT NULL,
    kind            TEXT NOT NULL,
    field           TEXT NOT NULL,
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    text            TEXT NOT NULL,
    speaker         TEXT,
    speaker_key     TEXT,
    speaker_mention TEXT,
    cue             TEXT,
    spans_json      TEXT
);
CREATE INDEX IF NOT EXISTS quotes_document ON quotes(document_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_key);

-- Full-text search (FTS5). Document text is external content (stored once, in documents);
-- the event index keeps its own copy of the short summaries, rowid = events.id.
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
    title, text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5(
    summary, trigger, participants, location,
    tokenize='unicode61 remove_diacritics 2');
"""

# the versions whose tables a reader of this version understands (schema 3 only adds a
# column a reader may do without: `members_json`)
READABLE_VERSIONS = (2, 3)

# version -> what brings a store of that version to the next one (run in one transaction)
MIGRATIONS = {
    2: ["ALTER TABLE merged_events ADD COLUMN members_json TEXT"],
}
