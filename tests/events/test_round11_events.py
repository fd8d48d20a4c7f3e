"""Round eleven of the event statuses, as a specification. Hand-written sentences, run
through the whole pipeline (the time tagger included)."""

from datetime import date

import pytest

from chronik.events.status import _part_of
from chronik.pipeline import extract


def found(text, date, lang="de"):
    doc = extract(text, date=date, lang=lang)
    return [(e.trigger, e.value, e.status) for e in doc.events]


@pytest.mark.parametrize("text, lang, expected", [
    # the end of the month of writing lies ahead of its 19th; its start lies back
    ("Der Gipfel findet Ende November statt.", "de", [("Gipfel", "2025-11", "planned")]),
    ("Anfang November hatte die Kommission getagt.", "de",
     [("getagt", "2025-11", "happened")]),
    ("The summit takes place in late November.", "en",
     [("summit", "2025-11", "planned")]),
    # a present-tense schedule verb with a weekday ahead is a plan
    ("Die Ausstellung läuft seit März und schließt am Sonntag.", "de",
     [("Ausstellung", "2025-03", "ongoing"), ("schließt", "2025-11-23", "planned")]),
])
def test_a_part_of_the_period_of_writing(text, lang, expected):
    assert found(text, "2025-11-19", lang) == expected


def test_part_of_a_month_is_its_third():
    november = (date(2025, 11, 1), date(2025, 11, 30))
    assert _part_of(november, "END") == (date(2025, 11, 21), date(2025, 11, 30))
    assert _part_of(november, "START") == (date(2025, 11, 1), date(2025, 11, 10))
    assert _part_of(november, "MID") == (date(2025, 11, 11), date(2025, 11, 20))
    assert _part_of(november, None) == november
    assert _part_of(november, "APPROX") == november


@pytest.mark.parametrize("text, date, lang, expected", [
    # the "to" of a trip's destination is no rescheduling: a postponed plan is off
    ("A planned trip to Australia next week has been postponed.", "2023-02-17", "en",
     [("trip", "2023-W08", "cancelled")]),
    ("The vote was postponed to Monday.", "2023-02-17", "en",
     [("vote", "2023-02-20", "planned")]),
    # a cancelling word of the first of two coordinated verbs is not the second's
    ("Bullet train services were suspended for several hours and resumed Friday afternoon.",
     "2023-02-17", "en", [("resumed", "2023-02-17TAF", "happened")]),
    # a noun named as a point of reference keeps its own status
    ("Vier Tage nach der Landtagswahl vom 22. September sind die Sondierungen geplatzt.",
     "2024-09-26", "de", [("Landtagswahl", "2024-09-22", "happened")]),
    ("Two days after the Sept. 22 election, talks were called off.", "2024-09-26", "en",
     [("election", "2024-09-22", "happened")]),
    # a condition is uncertain, not cancelled
    ("Sollte es am Samstag regnen, wird das Rennen verschoben.", "2025-07-10", "de",
     [("Rennen", "2025-07-12", "uncertain")]),
    # reporting verbs in a "wie"-clause and in the past perfect are events
    ("Der Streik soll 24 Stunden dauern, wie die Gewerkschaft am Mittwoch mitteilte.",
     "2024-03-13", "de", [("mitteilte", "2024-03-13", "happened")]),
    # ... the day of the announcing is not the conference's (test_events_de had it as
    # "no event" before the announcing became one)
    ("Wie das Ministerium am Montag mitteilte, soll die Konferenz in Wien stattfinden.",
     "2022-05-04", "de", [("mitteilte", "2022-05-02", "happened")]),
    ('Der Kapitän hatte noch am Montag erklärt: "Wir stehen hinter dem Trainer."',
     "2024-03-13", "de", [("erklärt", "2024-03-11", "happened")]),
])
def test_statuses_round_eleven(text, date, lang, expected):
    assert found(text, date, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # cutting or raising a forecast, an outlook or jobs is a decision like a rate cut
    ("The company would cut about 400 jobs by March.", [("cut", "2025-03", "planned")]),
    ("Shares rose on Thursday after the company raised its outlook.",
     [("raised", "2024-10-24", "happened")]),
    # a forecast as a noun is no sign of the future ("forecast" as a verb still is)
    ("Snow is forecast for Friday.", []),
])
def test_business_decisions(text, expected):
    assert found(text, "2024-10-24", "en") == expected


@pytest.mark.parametrize("text, expected", [
    # a market move with a figure or a price in its clause
    ("Die Aktie verlor am Nachmittag im Frankfurter Handel mehr als vier Prozent.",
     [("verlor", "2023-06-15TAF", "happened")]),
    ("Der Dax stieg am Dienstag auf ein Rekordhoch.", [("stieg", "2023-06-13", "happened")]),
    # ... not any falling
    ("Der Schnee fiel am Dienstag in dicken Flocken.", []),
    # laying a wreath
    ("Die Ministerin legte um 10 Uhr an der Gedenkmauer einen Kranz nieder.",
     [("legte um 10 Uhr an der Gedenkmauer einen Kranz nieder", "2023-06-15T10:00",
       "happened")]),
])
def test_markets_and_ceremonies(text, expected):
    assert found(text, "2023-06-15", "de") == expected


@pytest.mark.parametrize("text, expected", [
    # a demonstrative before another noun does not make the trigger told elsewhere
    ("Eine für diese Woche geplante Sitzung wurde abgesagt.",
     [("Sitzung", "2025-W39", "cancelled")]),
    # the preterite of a separable verb, its particle at the end of the clause
    ("Die Bahn stellte den Fernverkehr bereits am Dienstagabend ein.",
     [("stellte den Fernverkehr bereits am Dienstagabend ein", "2025-09-23TEV", "happened")]),
])
def test_review30_events(text, expected):
    assert found(text, "2025-09-23", "de") == expected


def test_a_fixture_moved_from_its_original_date():
    assert found("The home fixture against Brentham, originally scheduled for November 2, "
                 "has been moved to Sunday, November 3.", "2024-10-16", "en") == [
        ("fixture", "2024-11-02", "cancelled"), ("fixture", "2024-11-03", "planned")]


@pytest.mark.parametrize("text, lang, expected", [
    # the clause after a condition that opens the sentence is uncertain
    ("If convicted, Brennan would be sentenced early next year.", "en",
     [("sentenced", "2026", "uncertain")]),
    (("Sollte es keine Einigung geben, wird die Gewerkschaft in der kommenden Woche zu "
     "Warnstreiks aufrufen."), "de", [("Warnstreiks", "2025-W24", "uncertain")]),
    # a condition in the sentence before does not reach this one
    ("If it rains, the fair closes. The court will rule on Friday.", "en",
     [("will rule", "2025-06-06", "planned")]),
])
def test_conditions(text, lang, expected):
    assert [e for e in found(text, "2025-06-04", lang) if e[0] != "closes"] == expected


@pytest.mark.parametrize("text, status", [
    # "cut" with its object is the past in a report; after "will" or "to" a plan
    ("Brightwell cut its sales forecast on Thursday.", "happened"),
    ("The company will cut its forecast on Thursday.", "planned"),
])
def test_cut_on_the_day_of_writing(text, status):
    assert [s for _t, _v, s in found(text, "2024-10-24", "en")] == [status]
