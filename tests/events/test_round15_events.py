"""Round 15 (issue #7): event misses of the probe sets p28-p42, each cut down to a minimal
sentence written for this test (docs/events.md, "Fifteenth round")."""

import pytest

from chronik.pipeline import extract


def found(text, date, lang="de"):
    doc = extract(text, date=date, lang=lang)
    return [(e.trigger, e.value, e.status) for e in doc.events]


@pytest.mark.parametrize("text, date, expected", [
    # the finite verb after the subject (German puts it second)
    ("Der Stadtrat stimmte dem Antrag am Dienstag zu.", "2026-05-14",
     [("stimmte", "2026-05-12", "happened")]),
    ("Die Gemeinden verlängerten den Vertrag am Montag.", "2026-05-14",
     [("verlängerten", "2026-05-11", "happened")]),
    # ... in the present, of a day ahead
    ("Die Gebühren steigen zum 1. Januar 2027 um drei Prozent.", "2026-05-14",
     [("steigen", "2027-01-01", "planned")]),
    # ... after a time that opens the sentence, with a time in apposition
    ("Gestern, am Mittwoch, erreichte der Konvoi die Grenze.", "2026-05-14",
     [("erreichte", "2026-05-13", "happened")]),
    ("Seit Dienstagfrüh durchsuchen zwanzig Helfer das Waldstück.", "2026-05-14",
     [("durchsuchen", "2026-05-12TMO", "ongoing")]),
    # ... after a semicolon
    ("Heute bleibt die Werkstatt zu; morgen früh geht es weiter.", "2026-05-14",
     [("geht", "2026-05-15TMO", "planned")]),
    # a participle put first, before its auxiliary
    ("Eingeführt werden soll die Abgabe ab dem 1. März.", "2026-02-10",
     [("Eingeführt", "2026-03-01", "planned")]),
])
def test_a_finite_verb_of_no_list_is_an_event(text, date, expected):
    assert found(text, date) == expected


@pytest.mark.parametrize("text", [
    # an adjective after a preposition or an ordinal, no verb
    "Am ersten Handelstag nach Ostern war die Börse ruhig.",
    "Im Streit um die Gebühren gibt es seit Montag keine Bewegung.",
    # a lexicon form its rules turned down stays no event ("traf" without a person)
    "Am Montag traf die Rakete den Präsidentenpalast.",
])
def test_no_finite_verb_event(text):
    assert found(text, "2026-05-14") == []


@pytest.mark.parametrize("text, date, expected", [
    ("The council will review the plan next week.", "2026-05-14",
     [("review", "2026-W21", "planned")]),
    ("The bill is expected to come up in the fall.", "2026-05-14",
     [("come", "2026-FA", "planned")]),
    # irregular participles after an auxiliary
    ("By Tuesday night the virus had spread to two more wards.", "2026-05-14",
     [("spread", "2026-05-12TNI", "happened")]),
    # a negated modal is no plan
    ("Two ministers could not attend on Friday.", "2026-05-14", []),
])
def test_a_verb_after_a_modal_is_an_event(text, date, expected):
    assert found(text, date, "en") == expected


@pytest.mark.parametrize("text, date, expected", [
    # a cancelling word after a semicolon is an event beside the next clause's trigger
    (("Der für Mittwoch geplante Rundgang wurde abgesagt; die Ministerin reist stattdessen "
     "zu einem Krisentreffen nach Brüssel."), "2026-04-20",
     [("abgesagt", "2026-04-22", "cancelled")]),
    # a verb after a relative clause takes the time before it
    (("Der für Samstag geplante Lauf, dessen Strecke über die Brücke geführt hätte, wurde "
     "abgesagt."), "2026-03-05", [("abgesagt", "2026-03-07", "cancelled")]),
    # called off, not moved, until a time
    ("Das für Samstag geplante Nachtschwimmen bis 23 Uhr wurde abgesagt.", "2026-07-01",
     [("abgesagt", "2026-07-04T23:00", "cancelled")]),
    # the active perfect of a cancelling verb tells the calling off ...
    ("Die Stadt hat den Umzug gestern am Abend abgesagt.", "2026-10-03",
     [("abgesagt", "2026-10-02TEV", "happened")]),
    # ... not when the time is what was called off
    ("Die Schule hatte den Unterricht für heute abgesagt.", "2026-10-03",
     [("abgesagt", "2026-10-03", "cancelled")]),
    # a place between a noun and its relative clause
    ("Das Sommerfest im Stadtpark, das für Sonntag geplant war, findet nicht statt.",
     "2026-07-01", [("Sommerfest", "2026-07-05", "cancelled")]),
    # "verschiebt": the old date called off, the new one planned
    (("Die Hauptversammlung, die für den 4. Mai geplant war, verschiebt der Verein auf "
     "Anfang Juni."), "2026-04-20",
     [("Hauptversammlung", "2026-05-04", "cancelled"),
      ("Hauptversammlung", "2026-06", "planned")]),
    # an old plan without a preposition (the new date has its own verb) ...
    (("Der Bericht, der ursprünglich Ende Januar erscheinen sollte, wird nun am 12. März "
     "vorgelegt."), "2026-02-10",
     [("erscheinen", "2026-01", "cancelled"), ("vorgelegt", "2026-03-12", "planned")]),
    # ... and the new date after the old plan's clause, when nothing else has it
    ("Die Lesung, die ursprünglich Ende Januar stattfinden sollte, nun am 12. März.",
     "2026-02-10",
     [("Lesung", "2026-01", "cancelled"), ("Lesung", "2026-03-12", "planned")]),
    # a state going on, on the day of writing
    ("Auch am heutigen Donnerstag bleiben die Bäder geschlossen.", "2026-03-26",
     [("geschlossen", "2026-03-26", "ongoing")]),
])
def test_status_of_moved_and_called_off_plans_de(text, date, expected):
    assert found(text, date) == expected


@pytest.mark.parametrize("text, date, expected", [
    # an old plan refined by its clock time is still the old plan; the time after it the new
    (("The final, originally scheduled for Saturday night at 7:30 p.m., will now be played "
     "on Sunday."), "2026-01-28",
     [("final", "2026-01-31T19:30", "cancelled"), ("final", "2026-02-01", "planned")]),
    ("A public hearing, planned for tonight, has been pushed back to Nov. 18.", "2026-11-04",
     [("hearing", "2026-11-04TNI", "cancelled"), ("hearing", "2026-11-18", "planned")]),
    (("A review of the bill, originally scheduled for next week, has been delayed until "
     "December because of a dispute."), "2026-10-01", [("delayed", "2026-12", "planned")]),
    # moved to other things than a date is no postponement
    (("The supplier collapsed in March 2024, leaving customers to be moved to other "
     "suppliers."), "2026-10-01",
     [("collapsed", "2024-03", "happened"), ("moved", "2024-03", "happened")]),
])
def test_status_of_moved_and_called_off_plans_en(text, date, expected):
    assert found(text, date, "en") == expected


def test_calling_off_told_by_sagte_ab_is_no_statement():
    # blind review 44: "sagte … ab" calls something off; it is not a verb of saying
    from chronik.pipeline import extract
    doc = extract("Eine für den 30. April geplante Tagung in Graz sagte der Verband ab.",
                  date="2026-04-22", lang="de")
    assert [e.status for e in doc.events] == ["cancelled"]
    assert doc.events[0].value == "2026-04-30"
