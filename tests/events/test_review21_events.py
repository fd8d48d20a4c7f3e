"""Reviews 21 and 22, as a specification of events: participles of verbs without "ge-",
the end of a period or a deadline, modals of the past and of obligation, weather and
eruptions, and a time across a comma. Hand-written sentences, run through the whole
pipeline (the time tagger included)."""

import pytest

from chronik.pipeline import extract


def found(text, date, lang="de"):
    doc = extract(text, date=date, lang=lang)
    return [(e.trigger, e.value, e.status) for e in doc.events]


@pytest.mark.parametrize("text, expected", [
    # participles of inseparable verbs (ver-, be-, zer-, …) close a dated clause as well
    ("Der Verein hatte am 3. März zwei Spieler verkauft.",
     [("verkauft", "2026-03-03", "happened")]),
    ("Über die Einzelheiten werde am Freitag weiterverhandelt.",
     [("weiterverhandelt", "2026-11-20", "planned")]),
    ("Ab nächster Woche werden die Trümmer vor Ort zerkleinert.",
     [("zerkleinert", "2026-W48", "planned")]),
    # ... but not one used as an adjective
    ("Der Hof liegt seit Montag zwanzig Kilometer entfernt.", []),
])
def test_participles_without_ge_close_a_dated_clause(text, expected):
    assert found(text, "2026-11-18") == expected


def test_the_end_of_a_period_or_a_deadline_is_an_event():
    got = found("Die Meldefrist endet heute um 18 Uhr, in Österreich schließt die Frist erst "
                "um 23 Uhr.", "2026-03-02")
    assert got == [("endet", "2026-03-02T18:00", "planned"),
                   ("schließt", "2026-03-02T23:00", "planned")]


def test_a_ceasefire_that_runs_out_is_an_event_of_its_own():
    got = found("Die Waffenruhe, die seit dem 1. März gilt, läuft am Sonntag, dem 15. März, "
                "um Mitternacht aus.", "2026-03-10")
    assert ("läuft am Sonntag, dem 15. März, um Mitternacht aus", "2026-03-15T24:00",
            "planned") in got


def test_ruling_something_out_is_no_end():
    got = found("Der Minister schließt am Montag einen Rücktritt aus.", "2026-03-10")
    assert not any(t == "schließt" for t, _v, _s in got)


@pytest.mark.parametrize("text, lang, expected", [
    # a modal in the past tense: it happened
    ("Wegen des Feuers mussten am Mittag drei Dörfer geräumt werden.", "de",
     [("geräumt", "2026-07-01TMI", "happened")]),
    # a modal of obligation before a deadline: ahead
    ("Die Halle müsse bis 9 Uhr geräumt sein.", "de", [("geräumt", "2026-07-01T09:00", "planned")]),
    ("The square must be cleared by 7 a.m., police said.", "en",
     [("cleared", "2026-07-01T07:00", "planned")]),
])
def test_modals_of_the_past_and_of_obligation(text, lang, expected):
    assert [g for g in found(text, "2026-07-01", lang) if g[0] not in ("said",)] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # weather expected is uncertain; weak, so a flood it causes is the event
    ("Der Wetterdienst rechnet erst am Sonntagabend mit Regen.", "de",
     [("Regen", "2026-07-05TEV", "uncertain")]),
    ("Am Samstag hatte ein Hagelschauer mehrere Dächer beschädigt.", "de",
     [("beschädigt", "2026-06-27", "happened")]),
    ("The eruption began on Saturday night.", "en", [("eruption", "2026-06-27TNI", "happened")]),
])
def test_weather_and_eruptions(text, lang, expected):
    assert found(text, "2026-07-01", lang) == expected


def test_a_visit_that_ends_later_is_not_merged_with_the_arrival():
    got = found("The president arrived in Oslo on Monday, May 11, at the start of a three-day "
                "state visit. The visit ends on Wednesday afternoon with a concert.",
                "2026-05-11", "en")
    # (the arrival and the state visit it begins are one event of that Monday)
    assert any(v == "2026-05-11" and s == "happened" for _t, v, s in got)
    assert ("visit", "2026-05-13TAF", "planned") in got


@pytest.mark.parametrize("text, expected", [
    # a state a verb no list knows has been in since a date goes on
    ("In Kanada ist der Impfstoff seit April 2025 zugelassen.",
     [("zugelassen", "2025-04", "ongoing")]),
    # meeting a team by name (not "trifft auf Widerstand")
    ("Am Samstag um 15 Uhr trifft Norwegen auf Dänemark.",
     [("trifft Norwegen auf", "2026-07-04T15:00", "planned")]),
    ("Der Vorschlag trifft am Montag auf Widerstand.", []),
    # "berät" in the present: a session ahead
    ("Der Kreistag berät darüber am Dienstag ab 18 Uhr.",
     [("berät", "2026-07-07T18:00", "planned")]),
])
def test_more_verbs_of_events(text, expected):
    assert found(text, "2026-07-02") == expected


@pytest.mark.parametrize("text, expected", [
    # an English simple past right after its subject closes a dated clause
    ("Harbor Lines cancelled 40 ferries on Friday after a storm warning.",
     [("cancelled", "2026-03-06", "cancelled")]),
    ("The outage began at 5:40 a.m. GMT yesterday.",
     [("began", "2026-03-05T05:40", "happened")]),
    ("The company's shares fell 7% in Frankfurt by 11 a.m.",
     [("fell", "2026-03-06T11:00", "happened")]),
    # (after a subject that ends in a comma too)
    ("The mayor, who is not running again, endorsed Holloway last Thursday.",
     [("endorsed", "2026-03-05", "happened")]),
    # ... an -ed word after an article is an adjective, and "called off" cancels
    ("A planned press day on March 18 has been called off.",
     [("been called off", "2026-03-18", "cancelled")]),
])
def test_english_simple_past_without_an_auxiliary(text, expected):
    assert found(text, "2026-03-06", "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Die Entscheidung fiel erst gestern Abend.", [("Entscheidung", "2026-07-01TEV", "happened")]),
    ("Die Anwohner fechten die Baugenehmigung vom 14. März 2024 an.",
     [("Baugenehmigung", "2024-03-14", "happened")]),
    ("Eine Entscheidung wird für Freitag erwartet.", [("Entscheidung", "2026-07-03", "planned")]),
])
def test_a_decision_told_as_a_noun(text, expected):
    assert found(text, "2026-07-02") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # review 24: ends and cancellations told in reported speech or by their verb alone
    ("Ein Sprecher sagte, die Frist laufe am Freitag um 18 Uhr MEZ ab.", "de",
     [("laufe am Freitag um 18 Uhr MEZ ab", "2026-10-09T18:00", "planned")]),
    ("Die Übung sei erst gestern Nachmittag zu Ende gegangen, sagte ein Sprecher.", "de",
     [("zu Ende gegangen", "2026-10-07TAF", "happened")]),
    ("Auch die für Samstag geplante Nachtwanderung fällt aus.", "de",
     [("fällt aus", "2026-10-10", "cancelled")]),
    ("The two men are due to appear in court on Saturday.", "en",
     [("appear", "2026-10-10", "planned")]),
])
def test_review_24_events(text, lang, expected):
    assert [g for g in found(text, "2026-10-08", lang) if g[0] not in ("sagte",)] == expected


def test_a_start_in_some_days():
    assert found("Die Prüfungen beginnen in zehn Tagen.", "2026-05-20") == [
        ("beginnen", "2026-05-30", "planned")]


@pytest.mark.parametrize("text, expected", [
    # presenting or publishing told by a separable verb; a training is an event
    ("Nächste Woche legt die Bundesbank ihren Monatsbericht vor.",
     [("legt", "2026-W12", "planned")]),
    ("Der Konzern stellt am Montag das neue Modell vor.",
     [("stellt", "2026-03-16", "planned")]),
    ("Sie stellt sich am Montag den Fragen vor.", []),
    ("Er leitet morgen Vormittag das erste Training.", [("Training", "2026-03-13TMO", "planned")]),
])
def test_separable_verbs_of_presenting_and_a_training(text, expected):
    assert found(text, "2026-03-12") == expected
