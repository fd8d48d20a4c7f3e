"""Round twelve of the event statuses, as a specification. Hand-written sentences, run
through the whole pipeline (the time tagger included)."""

import pytest

from chronik.pipeline import extract


def found(text, date, lang="de"):
    doc = extract(text, date=date, lang=lang)
    return [(e.trigger, e.value, e.status) for e in doc.events]


@pytest.mark.parametrize("text, expected", [
    # "cut" before what was cut is the past; after "will" it is a plan
    ("The central bank cut rates on Thursday.", [("cut", "2025-09-18", "happened")]),
    ("Banks will cut jobs next year.", [("cut", "2026", "planned")]),
])
def test_cut_rates(text, expected):
    assert found(text, "2025-09-18", "en") == expected


@pytest.mark.parametrize("text, date, lang, expected", [
    # a postponement in the present tense: the old date cancelled, the new one planned
    (("Die ursprünglich für den 22. April geplante Hauptversammlung verschiebt der Konzern auf "
     "den 19. Mai."), "2026-04-07", "de",
     [("Hauptversammlung", "2026-04-22", "cancelled"),
      ("Hauptversammlung", "2026-05-19", "planned")]),
    # ... and past a relative clause
    (("A sentencing hearing for the firm's former director, Gemma Lowe, who pleaded guilty last "
     "year, has been postponed to May 5."), "2026-03-11", "en",
     [("sentencing hearing", "2026-05-05", "planned"), ("pleaded", "2025", "happened")]),
    # dropped is called off
    ("A gala that had been planned for Dec. 6 has been dropped.", "2025-11-27", "en",
     [("gala", "2025-12-06", "cancelled")]),
    # a plan's verb between "originally scheduled" and the date
    (("The show was postponed for two weeks after a fire; it was originally scheduled to open on "
     "Nov. 15."), "2025-11-27", "en", [("to open", "2025-11-15", "cancelled")]),
])
def test_postponed_and_dropped(text, date, lang, expected):
    assert found(text, date, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # travelling back, addressing an assembly, polls that open, a ban of overtime
    ("Park flies back to Seoul tonight.", [("flies back to", "2024-07-09TNI", "planned")]),
    ("Morita will address the General Assembly on Thursday.",
     [("address", "2024-07-11", "planned")]),
    ("Polls open at 8 a.m. on Sunday.", [("Polls open", "2024-07-14T08:00", "planned")]),
    ("A planned overtime ban that had been due to start on February 3 has been suspended.",
     [("overtime ban", "2024-02-03", "cancelled")]),
    # a participle's clause takes the tense of the verb after it
    (("Governor Ruth Alvarado, speaking at a briefing in Houston at 10 a.m. on Tuesday, said "
     "crews had rescued 40 people."), [("briefing", "2024-07-09T10:00", "happened")]),
])
def test_round_twelve_triggers(text, expected):
    assert found(text, "2024-07-09", "en") == expected


def test_what_was_issued_until_a_day_holds_until_then():
    assert found("The weather service has issued flood warnings until Friday.", "2024-07-09",
                 "en") == [("issued", "2024-07-12", "ongoing")]


def test_an_old_plan_is_called_off_whatever_else_the_clause_doubts():
    text = ("A donor conference originally set for April 28 in Brussels has been postponed to "
            "May 6 because two ministers could not attend.")
    assert found(text, "2026-04-22", "en") == [("conference", "2026-04-28", "cancelled"),
                                                ("conference", "2026-05-06", "planned")]


def test_going_on_sale():
    assert found("The device will go on sale on Nov. 20.", "2026-11-03", "en") == \
        [("go on sale", "2026-11-20", "planned")]


def test_a_school_trip_called_off():
    assert found("Der Skiausflug der siebten Klassen, der für die kommende Woche geplant war, "
                 "wurde abgesagt.", "2026-02-23") == [("Skiausflug", "2026-W10", "cancelled")]
