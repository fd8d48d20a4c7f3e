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
     [("close", "2025-03-06T19:00", "planned")]),
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
