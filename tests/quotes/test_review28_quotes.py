"""Review 28 (seed-like articles), as a specification of speakers and spans. Hand-written
sentences."""

from __future__ import annotations

from chronik.pipeline import extract


def spoken(text: str):
    doc = extract(text, date="2024-09-26", lang="de")
    return [(q.kind, q.text, q.speaker) for q in doc.quotes]


def test_a_time_before_the_verb_never_speaks():
    # "Dieser hatte am Mittwochabend in einem Interview gesagt": the subject stands before
    # the auxiliary, and the demonstrative is the person last named
    got = spoken("Kranich kritisierte SPD-Fraktionschef Dirk Wolters. Dieser hatte am "
                 "Mittwochabend in einem Interview gesagt, die CDU sei nur zweite Wahl.")
    assert got == [("indirect", "die CDU sei nur zweite Wahl", "Dirk Wolters")]


def test_a_demonstrative_is_the_person_last_named():
    got = spoken("Kranich kritisierte SPD-Fraktionschef Dirk Wolters. Dieser sagte, die CDU "
                 "sei nur zweite Wahl.")
    assert got == [("indirect", "die CDU sei nur zweite Wahl", "Dirk Wolters")]


def test_a_bare_noun_of_saying_continues_the_report():
    got = spoken("Feuerwehrsprecher Lars Petersen sagte, es habe 900 Einsätze gegeben. "
                 "Verletzt worden sei nach bisherigen Erkenntnissen niemand.")
    assert [speaker for _k, _t, speaker in got] == ["Lars Petersen", "Lars Petersen"]


def test_a_reported_verb_of_saying_keeps_its_whole_sentence():
    got = spoken("Personalvorständin Katrin Ostendorf nannte den Streik unverhältnismäßig. "
                 "Die Gewerkschaft sei weiterhin eingeladen, erklärte die Managerin. "
                 "Man erwarte, dass die Gewerkschaft an den Tisch zurückkehre.")
    assert got[-2:] == [
        ("indirect", "Die Gewerkschaft sei weiterhin eingeladen", "Katrin Ostendorf"),
        ("indirect", "Man erwarte, dass die Gewerkschaft an den Tisch zurückkehre",
         "Katrin Ostendorf")]


def test_the_agent_of_a_passive_still_speaks():
    got = spoken("Es wurde von Anwalt Jonas Keller die Vermutung geäußert, man brauche nur "
                 "ein Opfer.")
    assert got == [("indirect", "man brauche nur ein Opfer", "Jonas Keller")]


def english(text: str):
    doc = extract(text, date="2025-05-22", lang="en")
    return [(q.text, q.speaker) for q in doc.quotes]


def test_according_to_a_bare_noun():
    assert english("According to police, two people were injured in the blast.") == [
        ("two people were injured in the blast", "police")]
    assert english("Two people were injured, according to prosecutors.") == [
        ("Two people were injured", "prosecutors")]


def test_according_to_her_office_is_her():
    got = english("Senator Margaret Vance pushed the bill. Vance would keep pushing for the "
                  "measure next month, according to her office.")
    assert got == [("Vance would keep pushing for the measure next month", "Margaret Vance")]


def test_a_definite_noun_is_the_compound_named_before():
    got = spoken("Der Bundesgerichtshof verhandelt über die Klage eines Verbraucherverbands. "
                 "In der Vorinstanz hatte das Oberlandesgericht Nürnberg entschieden. Der "
                 "Verband wirft der Sparkasse vor, Kunden zu hohe Gebühren berechnet zu haben.")
    assert got == [("indirect", "Kunden zu hohe Gebühren berechnet zu haben",
                    "Verbraucherverband")]


def test_a_definite_role_of_what_one_is_points_to_the_subject_before():
    # "die Grünen-Politikerin": the person the sentence before is about, not the one she met
    got = spoken("Außenministerin Claudia Hartwig traf zunächst Präsidentin Elena Rusu. Vor "
                 "ihrer Abreise hatte die Grünen-Politikerin gesagt, Moldau gehöre in die EU.")
    assert got == [("indirect", "Moldau gehöre in die EU", "Claudia Hartwig")]
    # a name in the genitive before a role: the role's person is the subject
    got = spoken("Kalteneckers Anwalt Frank Weidinger äußerte sich vor dem Saal. Der "
                 "Verteidiger erklärte, man werde notfalls bis zum Bundesgerichtshof gehen.")
    assert got == [("indirect", "man werde notfalls bis zum Bundesgerichtshof gehen",
                    "Frank Weidinger")]


def test_countered_that():
    assert english("Prosecutor Michael Grady countered that the emails told the story.") == [
        ("the emails told the story", "Michael Grady")]


def test_described_as_a_quoted_phrase():
    assert english('Foreign Minister Kenji Morita described the meeting as "frank and '
                   'forward-looking".') == [('"frank and forward-looking"', "Kenji Morita")]


def test_roles_of_review29():
    # a striker is a role of what one is: the subject of the sentence before, with the
    # fullest name of that person (tagged an organisation where first named)
    got = spoken("Nach der Pause drehte der eingewechselte Leon Bachmann die Partie. Bachmann "
                 "selbst wollte von einem Durchbruch nichts wissen. Er sei einfach froh, der "
                 "Mannschaft geholfen zu haben, sagte der Stürmer.")
    assert got[-1][2] == "Leon Bachmann"
    # the head of a town hall is its mayor
    got = spoken("Bürgermeisterin Sandra Hofmann besuchte die Brandstelle. Niemand solle allein "
                 "gelassen werden, betonte die Rathauschefin.")
    assert got == [("indirect", "Niemand solle allein gelassen werden", "Sandra Hofmann")]


def test_an_inverted_frame_names_the_speaker_after_the_verb():
    got = english("Senator Marcus Bell backed the bill. The bill passed, said Bell's "
                  "spokeswoman Dana Ortiz.")
    assert got == [("The bill passed", "Dana Ortiz")]
