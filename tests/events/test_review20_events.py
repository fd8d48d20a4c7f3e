"""Review 20, as a specification of events: schedule verbs date what starts or closes,
and two verbs no list knows are two events even on one day. Hand-written sentences, run
through the whole pipeline (the time tagger included)."""

import pytest

from chronik.pipeline import extract


def found(text, date, lang):
    doc = extract(text, date=date, lang=lang)
    return [(e.trigger, e.value, e.status) for e in doc.events]


@pytest.mark.parametrize("text, date, lang, expected", [
    # a present-tense start verb with a clock time: the plan of that day
    ("Die Vorführung beginnt um 11 Uhr.", "2025-03-06", "de",
     [("beginnt", "2025-03-06T11:00", "planned")]),
    # ... also before its subject ("beginnen die Arbeiten"), in the plural
    ("Nach dem Plan beginnen die Bauarbeiten gegen 7 Uhr.", "2025-03-06", "de",
     [("beginnen", "2025-03-06T07:00", "planned")]),
    # a closing time said in the present is ahead
    ("The museum closes at 5 p.m. on Saturday.", "2025-03-06", "en",
     [("closes", "2025-03-08T17:00", "planned")]),
    ("Polls close at 7 p.m. local time.", "2025-03-06", "en",
     [("Polls close", "2025-03-06T19:00", "planned")]),
    # a resumption under a modal
    ("A spokeswoman said flights should resume on Monday afternoon.", "2025-03-06", "en",
     [("said", "2025-03-06", "happened"), ("should resume", "2025-03-10TAF", "planned")]),
])
def test_schedule_verbs_make_planned_events(text, date, lang, expected):
    got = found(text, date, lang)
    assert [g for g in got if g[0] != "said"] == [e for e in expected if e[0] != "said"]


def test_two_verbs_no_list_knows_are_two_events_on_one_day():
    got = found("Der Verband kündigte an, die Märkte morgen früh zu räumen. Mehrere Gemeinden "
                "haben die Sprechstunden für Freitag bereits abgesagt.", "2025-03-06", "de")
    assert ("abgesagt", "2025-03-07", "cancelled") in got
    assert any(t == "räumen" and v.startswith("2025-03-07") for t, v, _s in got)


@pytest.mark.parametrize("text, date, lang, expected", [
    # a strike called (in the past) for the very day of writing is under way
    ("Die Gewerkschaft hatte die Piloten für den 4. April zu einem Streik aufgerufen.",
     "2025-04-04", "de", ("Streik", "2025-04-04", "ongoing")),
    # ... and one called for a later day is still a plan
    ("Die Gewerkschaft hatte die Piloten für den 4. April zu einem Streik aufgerufen.",
     "2025-04-01", "de", ("Streik", "2025-04-04", "planned")),
    # "cast" after a singular subject is the past
    ("The senator cast her vote this morning in Dover.", "2025-04-01", "en",
     ("vote", "2025-04-01TMO", "happened")),
])
def test_status_of_a_call_for_today_and_of_cast(text, date, lang, expected):
    assert expected in found(text, date, lang)


def test_a_time_attributed_to_a_noun_with_von_dates_nothing_else():
    got = found("Laut der Prognose von heute Morgen beginnen die Regenfälle gegen 22 Uhr.",
                "2025-04-01", "de")
    assert ("beginnen", "2025-04-01T22:00", "planned") in got


def test_the_noun_itself_keeps_its_own_day_after_vom():
    got = found("Der Streik vom Montag legte den Verkehr lahm, heute geht er weiter.",
                "2025-04-02", "de")
    assert ("Streik", "2025-03-31", "happened") in got


def test_to_scrub_an_attempt_calls_it_off():
    got = found("High winds forced the crew to scrub Sunday's launch.", "2025-04-01", "en")
    assert ("to scrub", "2025-03-30", "cancelled") in got


def test_what_was_said_cut_in_two_by_its_frame_keeps_its_own_time():
    got = found("Eine Einigung könnte laut einem Sprecher des Ministeriums schon am 9. Mai "
                "fallen.", "2025-04-01", "de")
    assert [(t, v) for t, v, _s in got if v == "2025-05-09"] == [("Einigung", "2025-05-09")]
