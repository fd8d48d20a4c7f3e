"""Review 25, as a specification of events: a plan named before its noun, a postponement
whose new day stands nearer, a cancellation after a semicolon, and a verb form that is a
noun. Hand-written sentences, run through the whole pipeline (the time tagger included)."""

import pytest

from chronik.pipeline import extract


def found(text, date, lang="de"):
    doc = extract(text, date=date, lang=lang)
    return [(e.trigger, e.value, e.status) for e in doc.events]


@pytest.mark.parametrize("text, expected", [
    # "für den 12. Mai angesetzte Anhörung": the 12th is the hearing's, although Friday
    # stands nearer; the hearing moves there
    ("Eine für den 12. Mai angesetzte Anhörung wurde auf Freitag verschoben.",
     [("Anhörung", "2026-05-12", "cancelled"), ("Anhörung", "2026-05-08", "planned")]),
    # "den heutigen Nachmittag" is today's afternoon
    ("Ein für den heutigen Nachmittag geplantes Pressegespräch wurde auf Montag verschoben.",
     [("Pressegespräch", "2026-05-06TAF", "cancelled"),
      ("Pressegespräch", "2026-05-11", "planned")]),
])
def test_a_plan_named_before_its_noun_dates_it(text, expected):
    assert found(text, "2026-05-06") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Anhörung war für den 20. Mai geplant; sie wurde inzwischen abgesagt.", "de",
     [("Anhörung", "2026-05-20", "cancelled")]),
    ("The hearing was set for May 20; it has since been called off.", "en",
     [("hearing", "2026-05-20", "cancelled")]),
])
def test_a_cancellation_after_a_semicolon_points_back(text, lang, expected):
    assert found(text, "2026-05-06", lang) == expected


def test_a_capitalised_verb_form_inside_a_sentence_is_the_noun():
    # not "treffen … auf" (a match against a team): the meeting, moved to Friday
    assert found("Das Treffen der Landräte wurde auf Freitag verschoben.", "2026-05-06") == [
        ("Treffen", "2026-05-08", "planned")]
    # ... the verb in lower case still is the match
    assert found("Die Auswahl trifft am Samstag auf Norwegen.", "2026-05-06") == [
        ("trifft am Samstag auf", "2026-05-09", "planned")]


def test_opening_something_is_an_event():
    assert found("Die Ministerin eröffnet morgen die Weinbörse in Trier.", "2026-05-06") == [
        ("eröffnet", "2026-05-07", "planned")]
