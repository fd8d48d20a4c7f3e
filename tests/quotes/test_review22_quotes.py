"""Review 22, as a specification of speakers: a possessive before a noun of saying, a name
in apposition after a role that the entity stage missed, and a Konjunktiv I continuation.
Hand-written sentences."""

from __future__ import annotations

from tests.quotes.conftest import quotes_of


def speakers(doc):
    return [(q.kind, q.text, q.speaker) for q in doc.quotes]


def test_a_possessive_before_a_noun_of_saying_is_the_person_it_means():
    doc = quotes_of("Stadtbaurätin Marion Feld warnte vor einem Stillstand. Ein Abriss würde die "
                    "Stadt nach ihren Worten mehr als zehn Millionen Euro kosten.")
    assert ("indirect", ("Ein Abriss würde die Stadt nach ihren Worten mehr als zehn Millionen "
            "Euro kosten"), "Marion Feld") in speakers(doc)


def test_seiner_meinung_nach_is_the_person_named_before():
    doc = quotes_of("Der Trainer Olaf Brandt äußerte sich am Abend. Seiner Meinung nach war der "
                    "Sieg verdient.")
    assert any(q.speaker == "Olaf Brandt" and q.text.startswith("war der Sieg")
               for q in doc.quotes), speakers(doc)


def test_a_name_in_apposition_after_a_role_speaks_though_no_entity_was_found():
    # "Sofia" alone may be taken for a city: the name after the role speaks all the same
    doc = quotes_of("Eine Sprecherin der Agentur, Sofia Marklund, erklärte, die Prüfung werde "
                    "im Januar abgeschlossen.")
    assert [q.speaker for q in doc.quotes] == ["Sofia Marklund"]


def test_a_separable_verb_in_konjunktiv_i_continues_the_report():
    doc = quotes_of("Ein Sprecher der Bahn, Jonas Weber, sagte am Mittag, die Ursache sei noch "
                    "unklar. Man schließe einen technischen Defekt nicht aus.")
    assert [(q.text, q.speaker) for q in doc.quotes][-1] == (
        "Man schließe einen technischen Defekt nicht aus.", "Jonas Weber")


def test_a_role_name_whose_first_name_the_entity_stage_takes_for_a_city():
    from chronik.pipeline import extract

    doc = extract("Eine Sprecherin der EMA, Sofia Lindqvist, erklärte, der Ausschuss werde im "
                  "Januar entscheiden.", date="2025-11-25", lang="de")
    assert [q.speaker for q in doc.quotes] == ["Sofia Lindqvist"]


def test_according_to_a_possessive_role_and_the_name_in_apposition():
    doc = quotes_of("According to Sweden's deputy envoy, Maria Holm, a ban would stall the "
                    "negotiations. According to the Danish embassy's spokesman, Lars Friis, "
                    "the dinner may be moved to Friday.", lang="en")
    assert [q.speaker for q in doc.quotes] == ["Maria Holm", "Lars Friis"]
    assert doc.quotes[0].text == "a ban would stall the negotiations"


def test_review_24_speakers():
    doc = quotes_of("Central bank governor Mara Lind told lawmakers on Tuesday that the bank was "
                    "in no hurry. The singer will not perform, according to her agent, Tom "
                    "Reyes.", lang="en")
    assert [q.speaker for q in doc.quotes] == ["Mara Lind", "Tom Reyes"]


def test_an_organisation_run_into_the_name_after_the_comma():
    from chronik.pipeline import extract

    doc = extract("Ein Sprecher des Instituts, Lennart Quade, sagte, man rechne mit weiteren "
                  "Angriffen.", date="2026-02-10", lang="de")
    assert [q.speaker for q in doc.quotes] == ["Lennart Quade"]
