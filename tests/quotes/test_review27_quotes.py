"""Review 27, as a specification: a Konjunktiv I no word list holds, and a decimal comma
inside a continued report. Hand-written sentences."""

from __future__ import annotations

from tests.quotes.conftest import quotes_of


def speakers(doc):
    return [(q.kind, q.text, q.speaker) for q in doc.quotes]


def test_a_verb_in_e_second_after_a_noun_is_the_konjunktiv_after_sagte():
    doc = quotes_of("Die Winzerin Anna Roth sagte, ihre Familie keltere den Wein seit 1890.")
    assert speakers(doc) == [("indirect", "ihre Familie keltere den Wein seit 1890",
                              "Anna Roth")]


def test_an_adjective_in_e_before_a_noun_is_no_verb():
    # "große" before "Pläne" is an adjective: the clause is found by its "habe" only
    doc = quotes_of("Die Bürgermeisterin Eva Lutz sagte, die Stadt große Pläne.")
    assert speakers(doc) == []


def test_a_decimal_comma_does_not_cut_a_continued_report():
    doc = quotes_of("Der Intendant Jan Voss sagte, man habe lange auf den Umbau gewartet. "
                    "Die Kosten von rund 3,4 Millionen Euro seien durch Spenden gedeckt.")
    assert ("indirect", "Die Kosten von rund 3,4 Millionen Euro seien durch Spenden gedeckt.",
            "Jan Voss") in speakers(doc)


def test_a_name_after_of_is_the_speakers_organisation():
    doc = quotes_of('Analyst Nora Quinn of Halvard Capital said the bank had "turned the '
                    'corner" and raised her target.', lang="en")
    assert {q.speaker for q in doc.quotes} == {"Nora Quinn"}


def test_an_organisation_after_von_is_no_speaker_even_when_tagged_a_person():
    doc = quotes_of("Die Aktivistin Mara Lindt von der Organisation Klimawacht sagte nach der "
                    "Sitzung:\n\n„Wir geben nicht auf. Die nächste Runde wird entscheiden.“")
    assert {q.speaker for q in doc.quotes} <= {"Mara Lindt"}
