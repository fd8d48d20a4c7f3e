"""Tenth round, as a specification: constructions the rules missed on the training articles
and speaker errors a reviewer found on hand-written articles. Hand-written sentences."""

from __future__ import annotations

from chronik.pipeline import extract
from tests.quotes.conftest import quotes_of


def texts(doc):
    return [(q.kind, q.text) for q in doc.quotes]


def speakers(doc):
    return [(q.kind, q.text, q.speaker) for q in doc.quotes]


def test_konjunktiv_i_of_an_ieren_verb_continues_the_report():
    doc = quotes_of("Der Anwalt Peter Sommer sagte, seine Mandantin sei unschuldig. Man "
                    "manipuliere nie die Zeugen.")
    assert ("indirect", "Man manipuliere nie die Zeugen.") in texts(doc)


def test_ich_with_an_ieren_form_is_the_indicative():
    doc = quotes_of("Ich kontrolliere jeden Morgen die Papiere. Das Wetter ist gut.")
    assert doc.quotes == []


def test_a_past_tense_form_after_sagte_is_konjunktiv_ii_in_reported_speech():
    doc = quotes_of("Der Minister besuchte am Montag das Werk. Er sagte, in Rostock fehlten "
                    "seit Jahren mehr als 30 Ingenieure.")
    assert ("indirect", "in Rostock fehlten seit Jahren mehr als 30 Ingenieure") in texts(doc)


def test_a_past_tense_form_after_a_name_and_sagte_is_reported_speech():
    doc = extract("Der Chef der Gärtnerei, Lars Hülsmeyer, zeigte die Hallen. Hülsmeyer sagte, "
                  "die Gärtner arbeiteten seit Wochen auch samstags.", date="2024-03-01",
                  lang="de")
    assert ("indirect", "die Gärtner arbeiteten seit Wochen auch samstags",
            "Lars Hülsmeyer") in speakers(doc)


def test_after_a_verb_other_than_saying_a_past_tense_clause_is_the_writers():
    doc = quotes_of("Zwar bemerkte der Fahrer die Panne sofort, anhalten konnte er jedoch "
                    "nicht mehr.")
    assert doc.quotes == []
