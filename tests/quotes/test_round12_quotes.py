"""Twelfth round (issue #5, span boundaries), as a specification: quotations whose span
the rules drew too long or too short on the training articles 1–450. Hand-written
sentences."""

from __future__ import annotations

from chronik.pipeline import extract


def analysed(text: str):
    return extract(text, date="2024-03-01", lang="de")


def spans(doc):
    return [(q.kind, q.text) for q in doc.quotes]


def test_a_fronted_clause_of_saying_ends_where_the_main_clause_resumes():
    doc = analysed("Unter Verweis auf die Warnung, dass die Halle einsturzgefährdet sei, wurden "
                   "alle Kurse abgesagt.")
    assert spans(doc) == [("indirect", "dass die Halle einsturzgefährdet sei")]


def test_a_fronted_report_ends_before_a_finite_auxiliary():
    doc = analysed("Der Verein hatte lange geschwiegen. Wurde anfangs behauptet, dass der Rasen "
                   "noch gut sei, wird nun doch ein neuer Platz gebaut.")
    assert spans(doc) == [("indirect", "dass der Rasen noch gut sei")]
