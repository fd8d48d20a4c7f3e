"""Each merged event keeps its members (participants, sources, times) ready for the timeline,
and a store written before they were kept (schema 2) is brought up to date when opened."""

from __future__ import annotations

import sqlite3

import pytest

from chronik.store import Store, TimelineQuery, ingest, timeline
from chronik.store import members as merged_members
from chronik.store.schema import SCHEMA_VERSION
from tests.store.helpers import article, as_is, event, summit_reports


def _contradicting_reports():
    a = article("first", "2023-03-01", "Das Treffen von Anna Keller ist am Montag.")
    event(a, "Das Treffen", trigger="Treffen", value="2023-03-06", status="planned",
          participants=["Anna Keller"])
    b = article("second", "2023-03-02", "Das Treffen von Anna Keller war um 10 Uhr.")
    event(b, "Das Treffen", trigger="Treffen", value="2023-03-06T10:00", status="happened",
          participants=["Anna Keller", "Boris Novak"])
    return [a, b]


def test_the_members_written_at_ingest_are_those_read_back_from_the_rows(db_path):
    with Store(db_path) as s:
        ingest(s, summit_reports() + _contradicting_reports(), analyse=as_is)
        stored = dict(s.db.execute("SELECT id, members_json FROM merged_events"))
        read_back = merged_members.collect(s.db, list(stored))
    assert len(stored) >= 3
    assert stored == {i: merged_members.encode(m) for i, m in read_back.items()}


def test_a_merged_event_lists_its_sources_times_and_participants(db_path):
    with Store(db_path) as s:
        ingest(s, _contradicting_reports(), analyse=as_is)
        [entry] = timeline(s, TimelineQuery())
    assert [src.document for src in entry.sources] == ["first", "second"]
    assert entry.participants == ["Anna Keller", "Boris Novak"]
    assert entry.times == [
        {"value": "2023-03-06", "utc_offset": None, "instant": None, "sources": ["first"]},
        {"value": "2023-03-06T10:00", "utc_offset": None, "instant": None,
         "sources": ["second"]}]


def test_a_schema_2_store_is_migrated_when_opened_and_answers_as_before(db_path):
    with Store(db_path) as s:
        ingest(s, summit_reports() + _contradicting_reports(), analyse=as_is)
        before = [e.to_dict() for e in timeline(s, TimelineQuery())]
    # what a schema 2 store looked like: the merged events without their members column
    con = sqlite3.connect(db_path)
    columns = [r[1] for r in con.execute("PRAGMA table_info(merged_events)")
               if r[1] != "members_json"]
    con.execute(f"CREATE TABLE merged_v2 AS SELECT {', '.join(columns)} FROM merged_events")
    con.execute("DROP TABLE merged_events")
    con.execute("ALTER TABLE merged_v2 RENAME TO merged_events")
    con.execute("PRAGMA user_version=2")
    con.commit()
    con.close()
    with Store(db_path, create=False) as s:
        assert s.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert s.db.execute("SELECT COUNT(*) FROM merged_events "
                            "WHERE members_json IS NULL").fetchone()[0] == 0
        assert [e.to_dict() for e in timeline(s, TimelineQuery())] == before


def test_rows_written_without_members_are_answered_from_their_events(db_path):
    with Store(db_path) as s:
        ingest(s, summit_reports(), analyse=as_is)
        before = [e.to_dict() for e in timeline(s, TimelineQuery())]
        s.db.execute("UPDATE merged_events SET members_json = NULL")
        assert [e.to_dict() for e in timeline(s, TimelineQuery())] == before
        assert merged_members.fill_missing(s.db) == len(before)
        assert [e.to_dict() for e in timeline(s, TimelineQuery())] == before


def test_the_read_only_server_reads_a_schema_2_store_it_cannot_migrate(db_path):
    from chronik.serve.queries import StoreUnavailable, connect

    with Store(db_path) as s:
        ingest(s, summit_reports(), analyse=as_is)
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA user_version=2")
    con.commit()
    con.close()
    conn = connect(db_path)
    assert conn.execute("SELECT COUNT(*) FROM merged_events").fetchone()[0] > 0
    conn.close()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA user_version=1")
    con.commit()
    con.close()
    with pytest.raises(StoreUnavailable, match="schema version 1"):
        connect(db_path)


def test_members_encoded_from_rows_with_their_sources_encoded_are_those_encoded_whole():
    import random

    rng = random.Random(3)
    for n in range(1, 40):
        rows = sorted(
            (i, f"doc-{rng.randint(1, 5)}", rng.choice(["Gipfel in Genf", None, "„Zitat“"]),
             rng.choice(["2023-03-01", "2023-02-28", None]), rng.choice(["de", "en"]),
             rng.choice([None, "https://example.org/a"]), f"doc{i}.txt",
             rng.choice(["2023-03-06", "2023-03-06T10:00", "2023-03", None, ""]),
             rng.choice([None, "+01:00", ""]), rng.choice([None, "2023-03-06T09:00Z"]),
             rng.choice(["planned", "happened"]), f"das Treffen {i}")
            for i in range(n))
        participants = [(rng.choice(["Anna Keller", "Sorelien", "Sorélien"]),
                         rng.choice(["anna keller", "sorelien"])) for _ in range(rng.randint(0, 4))]
        carried = [(*r, merged_members.encode(merged_members.source_of_row(r))) for r in rows]
        assert merged_members.encoded_of_rows(carried, participants) == \
            merged_members.encode(merged_members.of_rows(rows, participants))
