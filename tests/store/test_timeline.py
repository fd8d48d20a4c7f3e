"""The timeline: one line per merged event, chronological, filtered, contradictions shown."""

from __future__ import annotations

import json

import pytest

from chronik.cli import main
from chronik.store import Store, TimelineQuery, ingest, quotes, timeline
from tests.store.helpers import article, as_is, entity, event, quote, summit_reports


@pytest.fixture
def summit_store(db_path):
    with Store(db_path) as s:
        ingest(s, summit_reports(), analyse=as_is)
        yield s


def test_the_same_summit_reported_twice_is_one_event_with_both_sources(summit_store):
    entries = timeline(summit_store, TimelineQuery())
    assert [e.value for e in entries] == ["2023-02-23TEV", "2023-03-09"]
    summit = entries[1]
    assert [s.document for s in summit.sources] == ["announce", "held"]
    assert [s.date for s in summit.sources] == ["2023-03-01", "2023-03-10"]
    assert summit.status == "happened"  # the later report knows it took place
    assert summit.participants == ["Valdarien", "Sorelien"]  # Sorélien is the same key
    assert not summit.contradiction


def test_entities_with_the_same_name_key_are_one_row(summit_store):
    names = summit_store.db.execute("SELECT key, name FROM entities ORDER BY id").fetchall()
    # keys from chronik.entities.entity_key: type, then the folded name ("Sorélien" alike)
    assert names == [("LOC:valdarien", "Valdarien"), ("LOC:sorelien", "Sorelien")]
    assert summit_store.db.execute("SELECT COUNT(*) FROM document_entities").fetchone()[0] == 3


def test_events_on_other_days_or_in_other_places_stay_apart(store):
    a = article("a", "2023-03-01", "Gipfel in Genf. Gipfel in Wien. Gipfel in Genf.")
    event(a, "Gipfel in Genf", trigger="Gipfel", value="2023-03-09", status="planned",
          location="Genf")
    event(a, "Gipfel in Wien", trigger="Gipfel", value="2023-03-09", status="planned",
          location="Wien")
    b = article("b", "2023-03-02", "Gipfel in Genf am 10. März.")
    event(b, "Gipfel in Genf", trigger="Gipfel", value="2023-03-10", status="planned",
          location="Genf")
    ingest(store, [a, b], analyse=as_is)
    assert [(e.value, e.location) for e in timeline(store, TimelineQuery())] == [
        ("2023-03-09", "Genf"), ("2023-03-09", "Wien"), ("2023-03-10", "Genf")]


def contradicting_store(store):
    a = article("cet", "2023-03-23", "Die Gespräche beginnen um 9:30 Uhr in Genf.")
    event(a, "Die Gespräche beginnen um 9:30 Uhr", trigger="Gespräche",
          value="2023-03-23T09:30", status="planned", participants=["Valdarien"])
    b = article("wire", "2023-03-23", "Die Gespräche beginnen um 10 Uhr.")
    event(b, "Die Gespräche beginnen um 10 Uhr", trigger="Gespräche", value="2023-03-23T10:00",
          status="planned", participants=["Valdarien"])
    c = article("vague", "2023-03-22", "Die Gespräche beginnen morgen.")
    event(c, "Die Gespräche beginnen morgen", trigger="Gespräche", value="2023-03-23",
          status="planned", participants=["Valdarien"])
    ingest(store, [a, b, c], analyse=as_is)
    return store


def test_contradicting_times_for_one_event_are_all_shown(store):
    [entry] = timeline(contradicting_store(store), TimelineQuery())
    assert entry.contradiction
    assert [(t["value"], t["sources"]) for t in entry.times] == [
        ("2023-03-23", ["vague"]), ("2023-03-23T09:30", ["cet"]), ("2023-03-23T10:00", ["wire"])]
    # the day-only report agrees with both precise ones: the day is what all three support
    assert entry.value == "2023-03-23"


def test_a_less_precise_report_is_not_a_contradiction(store):
    a = article("a", "2023-03-01", "Gipfel am 9. März um 10 Uhr.")
    event(a, "Gipfel am 9. März um 10 Uhr", trigger="Gipfel", value="2023-03-09T10:00",
          status="planned")
    b = article("b", "2023-03-02", "Gipfel am 9. März.")
    event(b, "Gipfel am 9. März", trigger="Gipfel", value="2023-03-09", status="planned")
    ingest(store, [a, b], analyse=as_is)
    [entry] = timeline(store, TimelineQuery())
    assert (entry.value, entry.contradiction) == ("2023-03-09T10:00", False)


def test_the_same_instant_written_in_two_zones_agrees(store):
    from chronik.model import Timex

    a = article("cet", "2023-03-23", "Beginn um 21:30 Uhr MEZ.")
    a.timexes.append(Timex("t1", "text", 10, 23, "21:30 Uhr MEZ", "TIME", "2023-03-23T21:30",
                           utc_offset="+01:00", instant="2023-03-23T20:30:00Z"))
    event(a, "Beginn um 21:30 Uhr MEZ", trigger="Beginn", value="2023-03-23T21:30",
          status="planned").timex = "t1"
    b = article("utc", "2023-03-23", "Start at 20:30 UTC.")
    b.timexes.append(Timex("t1", "text", 9, 19, "20:30 UTC", "TIME", "2023-03-23T20:30",
                           utc_offset="+00:00", instant="2023-03-23T20:30:00Z"))
    event(b, "Start at 20:30 UTC", trigger="Beginn", value="2023-03-23T20:30",
          status="planned").timex = "t1"
    ingest(store, [a, b], analyse=as_is)
    [entry] = timeline(store, TimelineQuery())
    assert not entry.contradiction
    assert entry.when == "2023-03-23 21:30 +01:00"


@pytest.mark.parametrize(("query", "expected"), [
    (TimelineQuery(date_from="2023-03"), ["2023-03-09"]),
    (TimelineQuery(date_to="2023-02"), ["2023-02-23TEV"]),
    (TimelineQuery(date_from="2023-02-23", date_to="2023-02-23"), ["2023-02-23TEV"]),
    (TimelineQuery(about="Genf"), ["2023-03-09"]),
    (TimelineQuery(about="Tamasch farmers"), ["2023-02-23TEV"]),
    (TimelineQuery(who="Sorelien"), ["2023-03-09"]),
    (TimelineQuery(who="sorélien"), ["2023-03-09"]),
    (TimelineQuery(status="happened"), ["2023-02-23TEV", "2023-03-09"]),
    (TimelineQuery(status="planned"), []),
    (TimelineQuery(lang="en"), ["2023-02-23TEV"]),
    (TimelineQuery(limit=1), ["2023-02-23TEV"]),
])
def test_timeline_filters(summit_store, query, expected):
    assert [e.value for e in timeline(summit_store, query)] == expected


def test_who_matches_any_word_of_a_participant_name(store):
    a = article("a", "2023-03-01", "Wladimir Putin trifft den Kanzler.")
    event(a, "Wladimir Putin trifft den Kanzler", trigger="trifft", value="2023-03-02",
          status="planned", participants=["Wladimir Putin", "Kanzler"])
    ingest(store, [a], analyse=as_is)
    assert len(timeline(store, TimelineQuery(who="Putin"))) == 1
    assert timeline(store, TimelineQuery(who="Put")) == []


def test_quotes_of_a_speaker_with_date_and_source(store):
    a = article("a", "2023-03-01", "„Wir sind bereit“, sagte Kremlsprecher Dmitri Peskow.")
    quote(a, "Wir sind bereit", speaker="Dmitri Peskow", mention="Kremlsprecher Dmitri Peskow",
          cue="sagte")
    b = article("b", "2023-03-05", "„Nein“, sagte Hummel.")
    quote(b, "Nein", speaker="Beatrice Hummel", mention="Hummel", cue="sagte")
    ingest(store, [b, a], analyse=as_is)
    found = quotes(store, who="Peskow")
    assert [(q.speaker, q.text, q.date, q.document) for q in found] == [
        ("Dmitri Peskow", "Wir sind bereit", "2023-03-01", "a")]
    assert [q.document for q in quotes(store)] == ["a", "b"]  # by date
    assert [q.document for q in quotes(store, date_from="2023-03-02")] == ["b"]


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_timeline_command_formats(summit_store, db_path, capsys):
    code, out, _ = cli(capsys, "timeline", "--db", str(db_path), "--format", "json")
    data = json.loads(out)
    assert code == 0 and [e["value"] for e in data] == ["2023-02-23TEV", "2023-03-09"]
    assert {s["document"] for s in data[1]["sources"]} == {"announce", "held"}
    _, out, _ = cli(capsys, "timeline", "--db", str(db_path))  # piped: one plain line each
    lines = out.splitlines()
    assert len(lines) == 2 and lines[1].startswith("2023-03-09\thappened\t")
    assert "Gipfel angekündigt (2023-03-01); Gipfel in Genf (2023-03-10)" in lines[1]
    _, out, _ = cli(capsys, "timeline", "--db", str(db_path), "--format", "csv", "--who", "Sorelien")
    assert out.splitlines()[0].startswith("when,status,summary,participants")
    assert len(out.splitlines()) == 2
    _, out, _ = cli(capsys, "timeline", "--db", str(db_path), "--format", "md")
    assert out.startswith("| when | status | summary | participants | sources |")


def test_contradictions_are_spelled_out_in_the_plain_timeline(store, db_path, capsys):
    contradicting_store(store)
    _, out, _ = cli(capsys, "timeline", "--db", str(db_path))
    assert out.startswith("2023-03-23 (conflicting: 2023-03-23T09:30 per cet; "
                          "2023-03-23T10:00 per wire)\tplanned")


def test_timeline_command_errors_are_one_clear_line(tmp_path, db_path, capsys):
    code, _, err = cli(capsys, "timeline", "--db", str(tmp_path / "none.db"))
    assert code == 2 and "no such store" in err
    Store(db_path).close()
    code, _, err = cli(capsys, "timeline", "--db", str(db_path), "--from", "März")
    assert code == 2 and "--from 'März': expected YYYY" in err


def test_quotes_command(store, db_path, capsys):
    a = article("a", "2023-03-01", "„Wir sind bereit“, sagte Peskow.")
    entity(a, "Dmitri Peskow", "PER", "Peskow")
    quote(a, "Wir sind bereit", speaker="Dmitri Peskow", mention="Peskow", cue="sagte")
    ingest(store, [a], analyse=as_is)
    code, out, _ = cli(capsys, "quotes", "--db", str(db_path), "--who", "Peskow")
    assert code == 0 and out == "2023-03-01\tDmitri Peskow\tdirect\tWir sind bereit\ta (2023-03-01)\n"


def test_who_within_a_period_matches_the_same_way(summit_store):
    for who in ("Sorelien", "sorélien", "Valdarien"):
        assert [e.value for e in timeline(summit_store, TimelineQuery(
            who=who, date_from="2023-03", date_to="2023-03"))] == ["2023-03-09"]
    assert timeline(summit_store, TimelineQuery(who="Sorel", date_from="2023")) == []


def test_two_forms_of_a_trigger_or_a_shared_place_are_one_event(store):
    a = article("plan", "2023-03-24", "Die Unterzeichnung ist für den 5. April in Wien geplant.")
    event(a, "Die Unterzeichnung ist für den 5. April in Wien geplant", trigger="Unterzeichnung",
          value="2023-04-05", status="planned", location="Wien")
    b = article("eve", "2023-04-04", "Morgen unterzeichnen beide Seiten den Vertrag.")
    event(b, "Morgen unterzeichnen beide Seiten den Vertrag", trigger="unterzeichnen",
          value="2023-04-05", status="planned")
    c = article("day", "2023-04-05", "In Wien beginnt heute die Zeremonie.")
    event(c, "In Wien beginnt heute die Zeremonie", trigger="Zeremonie", value="2023-04-05",
          status="happened", location="Wien")
    ingest(store, [a, b, c], analyse=as_is)
    [entry] = timeline(store, TimelineQuery())
    assert [s.document for s in entry.sources] == ["plan", "eve", "day"]


def test_a_place_named_in_two_languages_is_one_place(store):
    de = article("wien", "2023-03-24", "Die Unterzeichnung ist für den 5. April in Wien geplant.")
    event(de, "Die Unterzeichnung ist für den 5. April in Wien geplant", trigger="Unterzeichnung",
          value="2023-04-05", status="planned", location="Wien")
    en = article("vienna", "2023-04-05", "The treaty was signed in Vienna today.", lang="en")
    event(en, "The treaty was signed in Vienna today", trigger="signed", value="2023-04-05",
          status="happened", location="Vienna")
    ingest(store, [de, en], analyse=as_is)
    [entry] = timeline(store, TimelineQuery())  # CLDR names: Wien = Vienna
    assert [s.document for s in entry.sources] == ["wien", "vienna"]
    assert entry.status == "happened"


def test_short_triggers_need_to_be_equal():
    from chronik.store.merge import same_trigger

    assert same_trigger("unterzeichnen", "unterzeichnung")
    assert same_trigger("negotiate", "negotiations")
    assert not same_trigger("sign", "signed")
    assert not same_trigger("streik", "strecke")


@pytest.mark.parametrize(("value", "key"), [
    ("2023-04-12", "2023-04-12"),
    ("2023-04-12T21:30", "2023-04-12T21:30"),
    ("2023-W07", "2023-02-13W"),       # the Monday of ISO week 7
    ("2022-W10-WE", "2022-03-12W"),    # its Saturday
    ("2021-Q3", "2021-07"),
    ("2022-SU", "2022-06"),
    ("2023-02-23TEV", "2023-02-23T19"),
    ("199", "199"),
    ("BC0264", "-9736"),  # before every year of the common era, and before 260 BC
    ("BC0260", "-9740"),
    ("PRESENT_REF", None),
    ("P3W", None),
    (None, None),
])
def test_sort_keys_order_values_chronologically(value, key):
    from chronik.store.merge import sort_key

    assert sort_key(value) == key


def test_years_before_the_common_era_sort_before_it_and_count_down():
    from chronik.store.merge import sort_key

    keys = [sort_key(v) for v in ("BC0264", "BC0260", "0033", "2023")]
    assert keys == sorted(keys)


def test_a_week_sorts_among_the_days_it_contains(store):
    a = article("a", "2023-02-20", "Erst vergangene Woche, dann am 14. Februar, dann im April.")
    event(a, "vergangene Woche", trigger="Treffen", value="2023-W07", status="happened")
    event(a, "am 14. Februar", trigger="Besuch", value="2023-02-14", status="happened")
    event(a, "im April", trigger="Abstimmung", value="2023-04", status="planned")
    event(a, "Erst", trigger="Anfang", value="2023-02-12", status="happened")
    ingest(store, [a], analyse=as_is)
    # the week of 13-19 February starts before the 14th
    assert [e.value for e in timeline(store, TimelineQuery())] == [
        "2023-02-12", "2023-W07", "2023-02-14", "2023-04"]
    assert [e.value for e in timeline(store, TimelineQuery(date_from="2023-02-13",
                                                           date_to="2023-02"))] == [
        "2023-W07", "2023-02-14"]


def test_two_words_for_the_same_kind_of_happening_on_one_day_are_one_event(store):
    a = article("a", "2023-02-20", "Das Treffen soll am 9. März stattfinden.")
    event(a, "Das Treffen soll am 9. März stattfinden", trigger="Treffen", value="2023-03-09",
          status="planned", kind="meeting")
    b = article("b", "2023-03-02", "Der Gipfel in Genf am 9. März sei nicht gefährdet.")
    event(b, "Der Gipfel in Genf am 9. März", trigger="Gipfel", value="2023-03-09",
          status="planned", location="Genf", kind="meeting")
    c = article("c", "2023-03-02", "Am 9. März wird auch gestreikt.")
    event(c, "Am 9. März wird auch gestreikt", trigger="gestreikt", value="2023-03-09",
          status="planned", kind="strike")
    ingest(store, [a, b, c], analyse=as_is)
    assert [[s.document for s in e.sources] for e in timeline(store, TimelineQuery())] == [
        ["a", "b"], ["c"]]


@pytest.mark.parametrize("fmt", ["json", "csv", "table", "md"])
def test_the_timeline_written_page_by_page_is_the_whole_answer_written_at_once(
        summit_store, db_path, capsys, monkeypatch, fmt):
    """Given an answer longer than a page, the command writes exactly what the listing
    of all entries at once writes."""
    from chronik.commands.timeline import COLUMNS
    from chronik.export.tables import print_listing, timeline_rows

    entries = timeline(summit_store, TimelineQuery())
    print_listing(fmt, entries, timeline_rows(entries), COLUMNS, f"chronik timeline · {db_path}")
    whole = capsys.readouterr().out
    monkeypatch.setattr("chronik.store.query.PAGE_ROWS", 1)  # two pages of one entry
    _, paged, _ = cli(capsys, "timeline", "--db", str(db_path), "--format", fmt)
    assert paged == whole
    _, out, err = cli(capsys, "timeline", "--db", str(db_path), "--format", fmt, "--who", "Nobody")
    assert "no events match" in err
    print_listing(fmt, [], [], COLUMNS, f"chronik timeline · {db_path}")
    assert out == capsys.readouterr().out


def test_an_entry_read_from_the_store_is_the_entry_built_from_its_members(summit_store):
    from chronik.store import members
    from chronik.store.query import SourceRef, TimelineEntry, timeline_pages

    entries = timeline(summit_store, TimelineQuery())
    rows = summit_store.db.execute(
        "SELECT id, members_json FROM merged_events WHERE sort_key IS NOT NULL "
        "ORDER BY sort_key, id").fetchall()
    for entry, (merged_id, stored) in zip(entries, rows, strict=True):
        names, sources, times = json.loads(stored)
        built = TimelineEntry(entry.id, entry.uid, entry.value, entry.utc_offset,
                              entry.instant, entry.status, entry.summary, entry.location,
                              entry.contradiction, names, times,
                              [SourceRef(*s) for s in sources])
        assert entry == built and repr(entry) == repr(built)
        assert [names, sources, times] == members.collect(summit_store.db, [merged_id])[merged_id]
    # pages of one row read their members apart, with the same result
    assert [e for page in timeline_pages(summit_store, TimelineQuery(), page_rows=1)
            for e in page] == entries


def test_a_row_written_without_members_is_read_from_its_reports(summit_store):
    before = timeline(summit_store, TimelineQuery())
    summit_store.db.execute("UPDATE merged_events SET members_json = NULL")
    assert timeline(summit_store, TimelineQuery()) == before


def test_an_entry_in_json_is_what_the_standard_encoder_writes():
    from chronik.commands.timeline import _entry_json
    from chronik.store.query import SourceRef, TimelineEntry

    source = SourceRef("a", "Titel „x“\n", "2023-03-01", "de", None, None, "2023-03-09", None,
                       "planned", 'Gipfel "in" Genf\t')
    times = [{"value": "2023-03-09", "utc_offset": None, "instant": None, "sources": ["a", "b"]},
             {"value": "2023-03-10", "utc_offset": "+01:00", "instant": "x", "sources": []}]
    entries = [
        TimelineEntry(1, "u1", "2023-03-09", None, None, "planned", "Gipfel", "Genf", True,
                      ["Valdarien", "Sorélien"], times, [source, source]),
        TimelineEntry(2, "u2", None, None, None, "happened", "", None, False),
        # other types and layouts are written the generic way, with the same result
        TimelineEntry(3, "u3", 2023, None, None, "planned", "x", None, 1, ["A"],
                      [{"sources": ["a"], "value": "2023"}], [source]),
        TimelineEntry(4, "u4", "2023", None, None, "planned", "x", None, False, [],
                      [], [SourceRef("a", None, None, None, None, None, 1.5, None, "p", "s")]),
    ]
    for e in entries:
        assert "\n  " + _entry_json(e) == json.dumps([e.to_dict()], ensure_ascii=False,
                                                     indent=2)[1:-2]


def test_reading_one_entrys_members_reads_those_of_the_whole_answer(summit_store, monkeypatch):
    from chronik.store import query

    expected = timeline(summit_store, TimelineQuery())
    monkeypatch.setattr(query, "PAGE_ROWS", 1)  # one page per row
    entries = timeline(summit_store, TimelineQuery())
    assert len(entries) == 2 and all(e._stored is not None for e in entries)
    assert entries[0].participants == expected[0].participants
    assert all(e._stored is None for e in entries)  # every page filled by the one read
    assert entries == expected
