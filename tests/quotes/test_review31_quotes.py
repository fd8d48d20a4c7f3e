"""Review 31 (seed-like articles), as a specification of speakers named by where they are
from or which party they are of. Hand-written sentences."""

from __future__ import annotations

import pytest

from chronik.pipeline import extract


def speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in extract(text, date="2025-11-08", lang=lang).quotes]


@pytest.mark.parametrize("text, lang, speaker", [
    (("Den Siegtreffer erzielte Verteidiger Mikko Saarinen. „Ich habe einfach "
     "draufgehalten“, sagte der Finne nach dem Spiel."), "de", "Mikko Saarinen"),
    (("„Die Inflation sinkt“, sagte Notenbankchefin Marianne Duval. Einen weiteren Schritt "
     "wollte die Französin nicht ausschließen: „Wir entscheiden von Sitzung zu Sitzung.“"),
     "de", "Marianne Duval"),
    (("Gov. Helen Marquez vetoed the map. \"This map was drawn in a back room,\" the Democrat "
     "said."), "en", "Helen Marquez"),
])
def test_a_definite_demonym_or_party_member_is_the_person_named_before(text, lang, speaker):
    assert speakers(text, lang)[-1] == speaker


def test_an_inverted_frame_after_a_direct_quotation_names_who_spoke():
    text = ('"This is a dangerous storm, and it is getting stronger," said hurricane center '
            'director Alan Prescott. "If you are told to leave, leave now."')
    got = [(q.kind, q.speaker) for q in extract(text, date="2025-08-29", lang="en").quotes]
    assert got == [("direct", "Alan Prescott"), ("direct", "Alan Prescott")]


def test_a_name_in_apposition_after_a_possessive_role_is_who_spoke():
    text = ("House Speaker Marcus Bell spoke on Tuesday. A procedural vote planned for Thursday "
            "evening was canceled because the final text arrived too late, said Bell's "
            "spokeswoman, Dana Ortiz.")
    got = [(q.kind, q.speaker) for q in extract(text, date="2026-06-18", lang="en").quotes]
    assert got == [("indirect", "Dana Ortiz")]


def test_declaring_a_state_of_emergency_is_an_act_not_speech():
    text = "Gov. Patrick Hanlon declared a state of emergency at 5 a.m. on Monday."
    doc = extract(text, date="2026-02-02", lang="en")
    assert doc.quotes == []
    assert [(e.trigger, e.value) for e in doc.events] == [("declared", "2026-02-02T05:00")]


@pytest.mark.parametrize("text, speaker", [
    # (blind review 32, after its score) what one does names the person named before
    (("Tilman Voss zeigte sich erleichtert. Er habe in den zwei Wochen kaum geschlafen, sagte "
     "der Komponist."), "Tilman Voss"),
    ("Anna Berg forscht seit Jahren am Fluss. Die Art sei bedroht, sagte die Biologin.",
     "Anna Berg"),
    # a phrase in the accusative in front is the object, never the speaker
    (("Doris Pfänder reagierte zurückhaltend. Den Zeitpunkt des Angebots nannte sie "
     "„bezeichnend“."), "Doris Pfänder"),
])
def test_speakers_after_blind_review32(text, speaker):
    assert speakers(text, "de")[-1] == speaker
