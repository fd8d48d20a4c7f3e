"""Quotation marks: pairing in one pass, robust to stray marks and huge inputs."""

from __future__ import annotations

from chronik.quotes import annotate
from chronik.quotes.langdata import load
from chronik.quotes.marks import find_quoted
from chronik.read.files import document_from_text

DE = load("de")


def quoted(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quoted(text, DE.mark_pairs, DE.max_quote_chars)]


def test_nested_single_quotes_stay_inside_the_outer_quotation():
    assert quoted("Er sagte: „Das Wort ‚nie‘ gibt es nicht.“") == ["„Das Wort ‚nie‘ gibt es nicht.“"]


def test_stray_opener_is_dropped_and_later_pairs_survive():
    assert quoted("Ein „ steht allein. Dann „eins“ und „zwei“.") == ["„eins“", "„zwei“"]


def test_stray_closer_is_ignored():
    assert quoted("Hier endet“ nichts. Aber „dies“ schon.") == ["„dies“"]


def test_typewriter_quotes_open_and_close_by_context():
    assert quoted('Er sagte "ja" und sie sagte "nein".') == ['"ja"', '"nein"']


def test_apostrophes_inside_words_are_not_marks():
    assert quoted("Peter's Hund und Bush’s Plan, 'echt' gesagt.") == ["'echt'"]


def test_too_long_a_pair_is_not_believed():
    text = "„Anfang " + "x " * 4000 + "Ende“"
    assert quoted(text) == []


def test_a_hundred_thousand_quotation_marks_finish():
    # no timing assertion: the point is that a pathological text completes and returns
    text = ("„a " * 25_000) + ("b“ " * 25_000) + '" ' * 50_000
    assert isinstance(quoted(text), list)
    doc = document_from_text(text, source="stress", lang="de")
    doc.lang = "de"
    annotate(doc)
    assert isinstance(doc.quotes, list)
