"""Exports: iCalendar that parses back, TimeML with inline TIMEX3, contract JSONL, tables."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime

import pytest

from chronik.cli import main
from chronik.model import Timex
from chronik.store import Store, ingest
from tests.store.helpers import article, as_is, entity, event, quote, summit_reports


def timed_reports():
    a = article("cet", "2023-03-23", "Pressekonferenz um 21:30 Uhr MEZ in Genf.")
    a.timexes.append(Timex("t1", "text", 19, 32, "21:30 Uhr MEZ", "TIME", "2023-03-23T21:30",
                           utc_offset="+01:00", instant="2023-03-23T20:30:00Z"))
    event(a, "Pressekonferenz um 21:30 Uhr MEZ", trigger="Pressekonferenz",
          value="2023-03-23T21:30", status="planned", location="Genf").timex = "t1"
    b = article("floating", "2023-03-01", "Abstimmung um 18 Uhr; Wahl im März.")
    event(b, "Abstimmung um 18 Uhr", trigger="Abstimmung", value="2023-03-28T18:00",
          status="planned")
    event(b, "Wahl im März", trigger="Wahl", value="2023-03", status="planned")
    return [*summit_reports(), a, b]


@pytest.fixture
def full_store(db_path):
    with Store(db_path) as s:
        ingest(s, timed_reports(), analyse=as_is)
        yield s


def export(capsys, db_path, *argv: str) -> tuple[int, str, str]:
    code = main(["export", "--db", str(db_path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def parse_ics(data: bytes):
    from icalendar import Calendar

    return [c for c in Calendar.from_ical(data).walk() if c.name == "VEVENT"]


def test_ics_has_one_vevent_per_merged_event_with_a_day(full_store, db_path, tmp_path, capsys):
    out = tmp_path / "chronik.ics"
    code, _, err = export(capsys, db_path, "--format", "ics", "--out", str(out))
    assert code == 0
    assert "1 events without a day-precise date" in err  # "Wahl im März"
    events = {str(e["summary"]): e for e in parse_ics(out.read_bytes())}
    assert len(events) == 4
    press = events["Pressekonferenz um 21:30 Uhr MEZ"].decoded("dtstart")
    assert press == datetime(2023, 3, 23, 20, 30, tzinfo=UTC)  # the UTC instant
    assert b"DTSTART:20230323T203000Z" in out.read_bytes()
    summit = next(e for e in events.values() if "Gipfel" in str(e["summary"]))
    assert summit.decoded("dtstart") == date(2023, 3, 9)
    assert b"DTSTART;VALUE=DATE:20230309" in out.read_bytes()
    vote = events["Abstimmung um 18 Uhr"].decoded("dtstart")
    assert vote == datetime(2023, 3, 28, 18, 0) and vote.tzinfo is None  # floating: no zone given
    description = str(summit["description"])
    assert "Gipfel angekündigt (2023-03-01, planned)" in description
    assert "Gipfel in Genf (2023-03-10, happened)" in description
    assert str(summit["status"]) == "CONFIRMED"
    farmers = next(e for e in events.values() if "Farmers" in str(e["summary"]))
    assert farmers.decoded("dtstart") == date(2023, 2, 23)  # "TEV" (evening): the day is known


def test_ics_uids_are_stable_across_stores_and_ingest_order(tmp_path, capsys):
    uids = []
    for name, docs in [("a", timed_reports()), ("b", list(reversed(timed_reports())))]:
        db = tmp_path / f"{name}.db"
        with Store(db) as s:
            ingest(s, docs, analyse=as_is)
        _, out, _ = export(capsys, db, "--format", "ics")
        uids.append(sorted(str(e["uid"]) for e in parse_ics(out.encode())))
    assert uids[0] == uids[1] and len(set(uids[0])) == 4


def test_timeml_inlines_each_timex_where_it_stands(full_store, db_path, tmp_path, capsys):
    out = tmp_path / "tml"
    code, _, _ = export(capsys, db_path, "--format", "timeml", "--out", str(out))
    assert code == 0
    root = ET.parse(out / "cet.tml").getroot()
    assert root.find("DOCID").text == "cet"
    assert root.find("DCT/TIMEX3").get("value") == "2023-03-23"
    [timex] = root.find("TEXT").iter("TIMEX3")
    assert (timex.get("tid"), timex.get("value"), timex.text) == (
        "t1", "2023-03-23T21:30", "21:30 Uhr MEZ")
    assert "".join(root.find("TEXT").itertext()) == "Pressekonferenz um 21:30 Uhr MEZ in Genf."
    assert len(list(out.glob("*.tml"))) == 5


def test_jsonl_export_is_the_contract_of_each_stored_document(full_store, db_path, capsys):
    code, out, _ = export(capsys, db_path, "--format", "jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    originals = {d.id: d.to_dict() for d in timed_reports()}
    assert code == 0 and [r["id"] for r in records] == list(originals)
    for record in records:
        merged = [ev.pop("merged_event") for ev in record["events"]]
        assert all(merged)
        original = originals[record["id"]]
        original["document"]["source"] = record["document"]["source"]
        assert record == original
    # both reports of the summit point to the same merged event (an added field)
    assert merged_of(out, "announce") == merged_of(out, "held") != merged_of(out, "farmers")


def merged_of(jsonl: str, doc_id: str) -> str:
    record = next(r for r in map(json.loads, jsonl.splitlines()) if r["id"] == doc_id)
    return record["events"][0]["merged_event"]


def test_quotes_and_entities_survive_the_store(db_path, capsys):
    a = article("q", "2023-03-01", "„Wir sind bereit“, sagte Kremlsprecher Dmitri Peskow.")
    entity(a, "Dmitri Peskow", "PER", "Kremlsprecher Dmitri Peskow")
    quote(a, "Wir sind bereit", speaker="Dmitri Peskow", mention="Kremlsprecher Dmitri Peskow",
          cue="sagte")
    with Store(db_path) as s:
        ingest(s, [a], analyse=as_is)
    _, out, _ = export(capsys, db_path, "--format", "jsonl")
    record = json.loads(out)
    assert record["quotes"] == [q.to_dict() for q in a.quotes]
    assert record["entities"] == [n.to_dict() for n in a.entities]


def test_csv_tables(full_store, db_path, capsys):
    _, out, _ = export(capsys, db_path, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["value"] for r in rows] == ["2023-02-23TEV", "2023-03", "2023-03-09",
                                          "2023-03-23T21:30", "2023-03-28T18:00"]
    assert rows[2]["n_sources"] == "2"
    _, out, _ = export(capsys, db_path, "--format", "csv", "--table", "events")
    events = list(csv.DictReader(io.StringIO(out)))
    assert len(events) == 6 and events[0]["participants"] == "Valdarien; Sorelien"
    assert events[0]["merged_event"] == events[1]["merged_event"]
    _, out, _ = export(capsys, db_path, "--format", "csv", "--table", "documents")
    assert len(list(csv.DictReader(io.StringIO(out)))) == 5


def test_parquet_tables(full_store, db_path, tmp_path, capsys):
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is the optional [parquet] extra")
    out = tmp_path / "timexes.parquet"
    code, _, _ = export(capsys, db_path, "--format", "parquet", "--table", "events",
                        "--out", str(out))
    table = pq.read_table(out)
    assert code == 0 and table.num_rows == 6
    assert table.column("trigger").to_pylist()[:2] == ["Gipfel", "Gipfel"]
    code, _, err = export(capsys, db_path, "--format", "parquet")
    assert code == 2 and "--out" in err


def test_parquet_without_pyarrow_says_what_to_install(full_store, db_path, tmp_path, capsys,
                                                       monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_pyarrow(name, *args, **kwargs):
        if name.startswith("pyarrow"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    code, _, err = export(capsys, db_path, "--format", "parquet", "--out", str(tmp_path / "x"))
    assert code == 2 and "pip install 'chronik[parquet]'" in err


def test_event_kind_evidence_and_mentions_survive_the_store(db_path, capsys):
    from chronik.model import Evidence, Span

    a = article("k", "2023-03-01", "Das Treffen am 9. März: ein Treffen in Genf.")
    ev = event(a, "Das Treffen am 9. März", trigger="Treffen", value="2023-03-09",
               status="planned", kind="meeting")
    ev.evidence = Evidence("trigger Treffen + future modal", anchor="t1")
    ev.mentions = [Span("text", 28, 35)]
    with Store(db_path) as s:
        ingest(s, [a], analyse=as_is)
    _, out, _ = export(capsys, db_path, "--format", "jsonl")
    [stored] = json.loads(out)["events"]
    stored.pop("merged_event")
    assert stored == ev.to_dict()


def test_a_store_of_another_schema_version_is_refused(db_path):
    import sqlite3

    from chronik.store import StoreError

    Store(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA user_version=1")
    con.close()
    with pytest.raises(StoreError, match="schema version 1"):
        Store(db_path)


@pytest.mark.parametrize("value, expected", [
    ("2025-11-14T24:00", datetime(2025, 11, 15, 0, 0)),  # the end of a day: next midnight
    ("2025-11-14T09:30", datetime(2025, 11, 14, 9, 30)),
    ("2025-11-14TEV", date(2025, 11, 14)),
    ("2025-02-30", None),  # no such day: no calendar entry, no crash
    ("2025-11", None),
])
def test_the_start_of_a_calendar_entry(value, expected):
    from chronik.export.ics import dtstart
    from chronik.store.query import TimelineEntry

    entry = TimelineEntry(id=1, uid="u", value=value, utc_offset=None, instant=None,
                          status="planned", summary="s", location=None, contradiction=False)
    assert dtstart(entry) == expected
