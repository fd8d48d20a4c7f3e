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
    assert texts(doc) == [("Die Reederei, die ihre Schäden noch beziffert, spricht von mehr "
                           "als 200 beschädigten Containern.")]
    assert doc.quotes[0].speaker == "Reederei"
    assert doc.quotes[0].cue == "spricht"


def test_a_relative_clause_alone_reports_nothing():
    doc = analysed("Die Staatsanwaltschaft, die vier Jahre Haft gefordert hatte, prüft "
                   "eine Revision.")
    assert texts(doc) == []


def test_a_plan_with_soll_is_no_hearsay():
    doc = analysed("Der Rat hat getagt. Der neue Bahnhof soll direkt am Flughafen liegen. "
                   "Die Kosten sollen 40 Millionen Euro nicht übersteigen.")
    assert texts(doc) == []


def test_a_clause_on_what_the_object_was_called_belongs_to_the_report():
    doc = analysed("Die Verlegerin bezeichnete das neue Gesetz als einen Versuch der "
                   "Regierung, die Presse an ihrer Arbeit zu hindern.")
    assert texts(doc) == [("Die Verlegerin bezeichnete das neue Gesetz als einen Versuch der "
                           "Regierung, die Presse an ihrer Arbeit zu hindern.")]
    assert doc.quotes[0].speaker == "Verlegerin"


def test_a_konjunktiv_clause_after_the_name_stays_the_report():
    doc = analysed("Der Bürgermeister bezeichnete die Lage als ernst, es gebe kaum noch "
                   "Trinkwasser.")
    assert texts(doc) == ["es gebe kaum noch Trinkwasser"]


def test_an_article_after_a_comma_opens_a_main_clause_that_reports():
    doc = analysed("Rund 300 neue Stellen sind entstanden, die Betreiber sprechen schon von "
                   "bis zu 500 Stellen im nächsten Jahr.")
    assert len(doc.quotes) == 1
    assert doc.quotes[0].speaker == "Betreiber"
    assert doc.quotes[0].cue == "sprechen"


def test_a_verdict_with_werten_is_a_speech_act():
    doc = analysed("Die Gewerkschaft wertete die Einigung mit dem Vorstand als Erfolg.")
    assert texts(doc) == ["Die Gewerkschaft wertete die Einigung mit dem Vorstand als Erfolg."]
    assert doc.quotes[0].speaker == "Gewerkschaft"


def test_the_agent_of_a_passive_speech_act_is_the_speaker():
    doc = analysed("Der Plan wurde von Bürgermeister Hans Roth als gescheitert bezeichnet.")
    assert texts(doc) == ["Der Plan wurde von Bürgermeister Hans Roth als gescheitert bezeichnet."]
    assert doc.quotes[0].speaker == "Hans Roth"


def test_a_court_as_the_agent_of_a_passive_is_the_speaker():
    doc = analysed("Das Gesetz wurde vom Bundesverfassungsgericht als verfassungswidrig "
                   "bezeichnet.")
    assert doc.quotes[0].speaker == "Bundesverfassungsgericht"
