"""Sixteenth round (issue #5: generalisation), as a specification. Hand-written probe
sentences of ordinary news constructions the training articles have too few of."""

from __future__ import annotations

from chronik.pipeline import extract


def analysed(text: str, lang: str = "de"):
    return extract(text, date="2024-03-01", lang=lang)


def texts(doc, kind: str | None = None):
    return [q.text for q in doc.quotes if kind is None or q.kind == kind]


def test_advice_in_konjunktiv_continues_the_quotation_before():
    doc = analysed("„Das Wasser wird am Mittwoch hoch stehen“, sagte Meteorologe Lars "
                   "Petersen. Er rate dringend, Deiche und Strände zu meiden.")
    found = [q for q in doc.quotes if q.text.startswith("Er rate")]
    assert len(found) == 1
    assert found[0].speaker == "Lars Petersen"


def test_a_recommendation_in_konjunktiv_continues_the_report():
    doc = analysed("Der Arzt sagte, die Lage sei ernst. Er empfehle, zu Hause zu bleiben.")
    assert texts(doc) == ["die Lage sei ernst", "Er empfehle, zu Hause zu bleiben."]


def test_advice_in_the_first_person_is_no_continuation():
    doc = analysed("Der Arzt sagte, die Lage sei ernst. Ich rate trotzdem zur Ruhe.")
    assert texts(doc) == ["die Lage sei ernst"]
