"""Nineteenth round (issue #5: speech acts told without a clause, *Reported* in the gold
data), as a specification. Hand-written sentences."""

from __future__ import annotations

from chronik.pipeline import extract


def analysed(text: str, lang: str = "de"):
    return extract(text, date="2024-03-01", lang=lang)


def texts(doc, kind: str | None = None):
    return [q.text for q in doc.quotes if kind is None or q.kind == kind]


def test_a_relative_clause_on_the_subject_does_not_hide_the_main_verb():
    doc = analysed("Die Reederei, die ihre Schäden noch beziffert, spricht von mehr als "
                   "200 beschädigten Containern.")
    assert texts(doc) == ["Die Reederei, die ihre Schäden noch beziffert, spricht von mehr "
                          "als 200 beschädigten Containern."]
    assert doc.quotes[0].speaker == "Reederei"
    assert doc.quotes[0].cue == "spricht"


def test_a_relative_clause_alone_reports_nothing():
    doc = analysed("Die Staatsanwaltschaft, die vier Jahre Haft gefordert hatte, prüft "
                   "eine Revision.")
    assert texts(doc) == []
