"""Thirteenth round (issue #5: continuation runs, whole missed quotations), as a
specification. Hand-written sentences."""

from __future__ import annotations

from chronik.pipeline import extract


def analysed(text: str):
    return extract(text, date="2024-03-01", lang="de")


def spans(doc):
    return [(q.kind, q.text) for q in doc.quotes]


def test_a_web_address_between_the_speech_verb_and_its_comma_keeps_the_clause():
    doc = analysed("Der Autor Jan Berger schrieb auf der Internetseite beispiel.com, dass der "
                   "neue Code recht echt aussehe.")
    assert spans(doc) == [("indirect", "dass der neue Code recht echt aussehe")]
    assert doc.quotes[0].speaker == "Jan Berger"


def test_a_resolution_takes_its_infinitive_clause():
    doc = analysed("Die Delegierten fassten am Sonntag den Beschluss, Gespräche mit der "
                   "Nachbarstadt aufzunehmen.")
    assert spans(doc) == [("indirect", "Gespräche mit der Nachbarstadt aufzunehmen")]
