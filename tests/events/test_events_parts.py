"""The parts of the event stage: clauses, date intervals, robustness."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronik.events import load_event_language, summary
from chronik.events.clauses import split_clauses
from chronik.events.status import interval
from chronik.pipeline import extract

DE = load_event_language("de")


def clause_texts(sentence):
    return [sentence[c.start:c.end].strip(" ,") for c in split_clauses(sentence, 0, len(sentence), DE)]


@pytest.mark.parametrize("sentence, clauses", [
    ("Wie das Amt am Montag mitteilte, soll das Treffen in Genf stattfinden.",
     ["Wie das Amt am Montag mitteilte", "soll das Treffen in Genf stattfinden."]),
    ("Am 30. Dezember spätabends, um 21:30 Uhr MEZ, soll das Telefonat stattfinden.",
     ["Am 30. Dezember spätabends, um 21:30 Uhr MEZ, soll das Telefonat stattfinden."]),
    ("Das Treffen, das am Montag stattfand, brachte nichts.",
     ["Das Treffen", "das am Montag stattfand", "brachte nichts."]),
    ("Er sagte, dass die Wahl am Sonntag stattfindet; die Auszählung dauert.",
     ["Er sagte", "dass die Wahl am Sonntag stattfindet;", "die Auszählung dauert."]),
])
def test_clauses(sentence, clauses):
    assert clause_texts(sentence) == clauses


@pytest.mark.parametrize("value, first, last", [
    ("2022-01-10", date(2022, 1, 10), date(2022, 1, 10)),
    ("2021-12-30T21:30", date(2021, 12, 30), date(2021, 12, 30)),
    ("2022-02", date(2022, 2, 1), date(2022, 2, 28)),
    ("2022-W10", date(2022, 3, 7), date(2022, 3, 13)),
    ("2021-Q4", date(2021, 10, 1), date(2021, 12, 31)),
    ("2022", date(2022, 1, 1), date(2022, 12, 31)),
])
def test_interval_of_a_value(value, first, last):
    assert interval(value) == (first, last)


@pytest.mark.parametrize("value", ["P3W", "PRESENT_REF", "XXXX-WXX-2", None, "", "2022-13-45"])
def test_no_interval_for_durations_sets_references(value):
    assert interval(value) is None


def test_a_long_clause_is_trimmed_around_its_trigger():
    from chronik.events.clauses import Clause

    text = ("Angesichts der angespannten Lage um die Krise soll am 10. Januar in Genf ein Treffen "
            "auf Diplomatenebene zwischen Russland und den USA stattfinden, heißt es aus Kreisen, "
            "die mit den Vorbereitungen vertraut sind.")
    line = summary(text, Clause(0, len(text), False), text.index("Treffen"), text.index("Treffen") + 7)
    assert len(line) <= 120 and "Treffen" in line and line.startswith("…")


def test_languages_without_a_lexicon_get_no_events():
    assert load_event_language("xx") is None


words = st.sampled_from(["Am", "10.", "Januar", "soll", "ein", "Treffen", "Gipfel", "in", "Genf",
                         "stattfinden", ",", "die", "heute", "abgesagt", "Präsident", "Putin", ".",
                         "und", "Wahl", "um", "21:30", "Uhr", "Dabei", "telefonieren", "\n\n"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(words, max_size=40).map(" ".join))
def test_never_crashes_and_offsets_slice_the_text(text):
    doc = extract(text, date="2022-01-05", lang="de")
    for e in doc.events:
        assert doc.fields[e.field][e.start:e.end] == e.trigger
        assert e.status in {"planned", "happened", "ongoing", "cancelled", "uncertain"}
        assert e.timex in {t.id for t in doc.timexes}


def test_a_title_given_apart_has_its_own_field():
    doc = extract("Die Minister beraten in Genf über die Lage.", date="2022-01-05", lang="de",
                  title="Gipfel in Genf am 10. Januar")
    assert [(e.field, e.trigger, e.value, e.status, e.location) for e in doc.events] == [
        ("title", "Gipfel", "2022-01-10", "planned", "Genf")]
    e = doc.events[0]
    assert doc.fields["title"][e.start:e.end] == "Gipfel"


def test_without_a_document_date_tense_decides():
    doc = extract("Am Montag trafen sich die Minister.", lang="de")
    assert [e.status for e in doc.events] == ["happened"]


def test_many_different_compounds_are_all_found_at_their_places():
    words = ["Gipfeltreffen", "Landtagswahl", "Videokonferenz", "Luftangriff", "Parteitag",
             "Telefonat", "Staatsbesuch", "Großdemonstration", "Erdbeben", "Sommerfest",
             "Strafprozess", "Waffenruhe"]
    text = " und ".join(words) + "; Treffen, Gipfeltreffen."
    found = [text[a:b] for a, b, entry in DE.triggers.find(text, 0, len(text))
             if DE.entries[entry].pos == "noun"]  # "Treffen" is also a verb form candidate
    assert found == [*words, "Treffen", "Gipfeltreffen"]


def test_a_week_at_the_end_of_the_calendar_has_no_interval_rather_than_an_overflow():
    # 9999-W52 is a valid TIMEX3 value whose Sunday lies beyond date.max
    assert interval("9999-W52") is None
    assert interval("2022-W10") == (date(2022, 3, 7), date(2022, 3, 13))
