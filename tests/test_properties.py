"""Properties of `chronik.extract` that hold for any text and any document date.

For arbitrary text (random unicode, digits and dots, quotation marks) and any date
between 0001-01-01 and 9999-12-31, extraction never raises, every span slices the text
it names, values are non-empty strings, and the result is deterministic.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import chronik
from chronik.model import Document
from chronik.validate import problems

TYPES = {"DATE", "TIME", "DURATION", "SET"}
INSTANT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
OFFSET = re.compile(r"[+-]\d{2}:\d{2}")

SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

QUOTES = list("\"'„“”‚‘’»«‹›「」")
TRICKY = list("0123456789.:,-/ \n\t") + QUOTES + ["Uhr", "MEZ", "Jan", "März", "heute", "am", "vor", "\u00a0", "\r\n"]

texts = st.lists(
    st.one_of(st.text(max_size=20), st.sampled_from(TRICKY), st.text("0123456789.: ", max_size=12)),
    max_size=25,
).map("".join)

dates = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
given_dates = st.one_of(
    dates.map(date.isoformat),
    dates.map(lambda d: d.isoformat()[:7]),
    dates.map(lambda d: d.isoformat()[:4]),
)


def check_document(text: str, doc: Document) -> None:
    assert doc.fields["text"] == text
    ids = [t.id for t in doc.timexes]
    assert len(ids) == len(set(ids)), ids
    for t in doc.timexes:
        assert t.field in doc.fields
        assert 0 <= t.start < t.end <= len(doc.fields[t.field])
        assert doc.fields[t.field][t.start:t.end] == t.text
        assert isinstance(t.value, str) and t.value
        assert t.type in TYPES
        if t.utc_offset is not None:
            assert OFFSET.fullmatch(t.utc_offset), t
    for s in doc.sentences:
        assert 0 <= s.start <= s.end <= len(doc.fields[s.field])
    # every value follows the TIMEX3 grammar; events, quotes, entities follow the contract
    assert problems(doc.to_dict(), doc.fields) == []


def extract_twice(text: str, day: str | None) -> Document:
    first = chronik.extract(text, date=day)
    second = chronik.extract(text, date=day)
    assert first.to_dict() == second.to_dict(), "extraction is deterministic"
    return first


@SETTINGS
@given(text=texts, day=given_dates)
@example(text="", day="0001-01-01")
@example(text="„“»«\"'", day="9999-12-31")
@example(text="31.12.9999 29.02. 24:00 00:00 0001 10000 1.1.1", day="0001-01-01")
def test_any_text_and_date_extracts_with_slicing_spans_and_is_deterministic(text, day):
    doc = extract_twice(text, day)
    check_document(text, doc)
    assert doc.date is None or doc.date.startswith(day[:4])


@SETTINGS
@given(text=texts)
def test_any_text_without_a_date_extracts(text):
    doc = chronik.extract(text)
    check_document(text, doc)


FRAGMENTS = [
    "am 10. Januar", "heute", "29. Februar", "um 24:00 Uhr", "31.12.9999", "vor 3000 Jahren",
    "in 9000 Jahren", "Ostern", "im Jahr 0001", "im Jahr 9999", "morgen", "gestern Abend",
    "übermorgen", "vorgestern", "am 31. Dezember", "am 1. Januar 0001", "Silvester", "Neujahr",
    "Pfingsten", "Karfreitag", "um 23:59 Uhr MEZ", "um 0:30 Uhr MESZ", "um 10 Uhr Moskauer Zeit",
    "um 9 Uhr Kiewer Zeit", "um 12 Uhr UTC", "vor 2 Tagen", "in 3 Monaten", "am Donnerstagmorgen",
    "heute am späten Abend", "spätabends", "nächste Woche", "letztes Jahr", "nächstes Jahr",
    "in den 90er Jahren", "im 21. Jahrhundert", "jeden Dienstag", "täglich", "seit Wochen",
    "am 30. Februar", "um 25:00 Uhr", "32.13.2020", "am 0. Januar", "00.00.0000", "im Jahr 0",
    "vor 9999 Jahren", "in 99999 Jahren", "Anfang nächster Woche", "Mitte Januar", "Ende des Jahres",
    "am 10. und 12. Januar", "KW 53", "im Sommer", "am Wochenende", "im dritten Quartal",
    "zwei Wochen später", "am Montag", "letzten Freitag", "kommenden Sonntag", "1. Mai 10000",
    "Dezember", "im Januar", "am 29.02.", "am 29.02.2023",
]
FILLER = ["Die", "Regierung", "sagte", ",", ".", "und", "soll", "stattfinden", "hatte", "wird",
          "\n\n", "„Wir", "kommen“", "»Nein«", "Der Gipfel", "in Genf", "(", ")", "–"]
EXTREME_DATES = ["0001-01-01", "9999-12-31", "2024-02-29", "0001", "9999", "0001-01", "9999-12",
                 "2023-02-28", "2021-12-30"]

german = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.sampled_from(FILLER)),
                  min_size=1, max_size=14).map(" ".join)


@SETTINGS
@given(text=german, day=st.sampled_from(EXTREME_DATES))
@example(text=" ".join(FRAGMENTS), day="0001-01-01")
@example(text=" ".join(FRAGMENTS), day="9999-12-31")
@example(text=" ".join(FRAGMENTS), day="2024-02-29")
@example(text=" ".join(FRAGMENTS), day="9999-12")
def test_temporal_fragments_with_extreme_dates(text, day):
    """German time expressions at the edges of the calendar never crash, and spans still slice."""
    doc = extract_twice(text, day)
    check_document(text, doc)


@SETTINGS
@given(text=german, day=dates.map(date.isoformat))
def test_temporal_fragments_with_any_date(text, day):
    check_document(text, extract_twice(text, day))


@pytest.mark.parametrize("text, day", [
    ("Um 0:30 Uhr MEZ beginnt es.", "0999-06-01"),
    ("Um 23:59 Uhr MEZ beginnt es.", "0001-01-01"),
])
def test_instant_is_an_iso_utc_timestamp_for_early_years(text, day):
    instants = [t.instant for t in chronik.extract(text, date=day).timexes if t.instant]
    assert instants
    for i in instants:
        assert INSTANT.fullmatch(i), i


@pytest.mark.parametrize("day", ["1000-01-01", "2021-12-30", "9999-12-30"])
def test_instant_is_an_iso_utc_timestamp(day):
    (t,) = [t for t in chronik.extract("Um 23:59 Uhr MEZ beginnt es.", date=day).timexes if t.instant]
    assert INSTANT.fullmatch(t.instant) and t.utc_offset == "+01:00"


@pytest.mark.parametrize("day, expected", [
    ("0999-12", ["0999-12", "0999-12-XXTEV"]),
    ("0001", ["0001", "0001-XX-XXTEV"]),
])
def test_values_for_early_years_have_four_digit_years(day, expected):
    doc = chronik.extract("Heute tagt der Rat, morgen Abend auch.", date=day)
    assert [t.value for t in doc.timexes] == expected


@pytest.mark.parametrize("day, expected", [
    ("2021-12", ["2021-12", "2021-12-XXTEV"]),
    ("1000", ["1000", "1000-XX-XXTEV"]),
])
def test_values_for_month_or_year_dates_keep_the_given_precision(day, expected):
    doc = chronik.extract("Heute tagt der Rat, morgen Abend auch.", date=day)
    assert [t.value for t in doc.timexes] == expected
