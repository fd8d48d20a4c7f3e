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


def test_a_main_clause_with_soll_carries_on_the_report_before_it():
    doc = analysed("Die Polizei teilte mit, bei dem Unfall seien drei Menschen verletzt worden. "
                   "Unter den Verletzten soll sich auch ein Kind befinden.")
    assert spans(doc)[-1] == ("indirect", "Unter den Verletzten soll sich auch ein Kind befinden.")
    assert doc.quotes[-1].speaker == "Polizei"


def test_soll_after_a_comma_is_no_continuation():
    doc = analysed("Die Polizei teilte mit, bei dem Unfall seien drei Menschen verletzt worden. "
                   "Die Straße wurde gesperrt, die bis zum Abend wieder frei sein soll.")
    assert len(doc.quotes) == 1


def test_soll_with_no_report_before_it_stays_the_writers():
    doc = analysed("Das Museum wurde im Mai eröffnet. Im Herbst soll eine zweite Halle folgen.")
    assert spans(doc) == []


def test_a_main_clause_with_soll_carries_on_a_direct_quotation_before_it():
    doc = analysed("„Wir bauen die Brücke neu“, sagte Bürgermeisterin Eva Brandt. Im Sommer "
                   "sollen die Arbeiten beginnen.")
    assert spans(doc)[-1] == ("indirect", "Im Sommer sollen die Arbeiten beginnen.")
    assert doc.quotes[-1].speaker == "Eva Brandt"


def test_a_run_of_reported_sentences_breaks_where_konjunktiv_gives_way_to_soll():
    doc = analysed("Die Feuerwehr teilte mit, das Lager sei völlig ausgebrannt. Die Ursache sei "
                   "noch unklar. Der Schaden soll bei einer Million Euro liegen.")
    assert spans(doc)[1:] == [("indirect", "Die Ursache sei noch unklar."),
                              ("indirect", "Der Schaden soll bei einer Million Euro liegen.")]


def test_a_run_of_soll_sentences_stays_one_quotation():
    doc = analysed("Die Feuerwehr teilte mit, das Lager sei völlig ausgebrannt. Die Ursache soll "
                   "ein Kurzschluss sein. Der Schaden soll bei einer Million Euro liegen.")
    run = "Die Ursache soll ein Kurzschluss sein. Der Schaden soll bei einer Million Euro liegen."
    assert spans(doc)[1:] == [("indirect", run)]


def test_a_run_of_reported_sentences_goes_on_across_a_paragraph_break():
    doc = analysed("Die Feuerwehr teilte mit, das Lager sei völlig ausgebrannt. Die Ursache sei "
                   "noch unklar.\n\nVerletzt worden sei niemand.")
    run = "Die Ursache sei noch unklar.\n\nVerletzt worden sei niemand."
    assert spans(doc)[1:] == [("indirect", run)]
