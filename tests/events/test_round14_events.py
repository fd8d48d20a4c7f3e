"""Round fourteen of the events, as a specification: cancellations in the Konjunktiv, an old
plan and its postponement, a cause told after a cancellation, invitations, services and
shows, and verb phrases as triggers. Hand-written sentences, run through the whole pipeline
(the time tagger included)."""

import pytest

from chronik.pipeline import extract


def found(text, date, lang="de"):
    doc = extract(text, date=date, lang=lang)
    return [(e.trigger, e.value, e.status) for e in doc.events]


@pytest.mark.parametrize("text, expected", [
    # the Konjunktiv of reported speech calls off as the indicative does
    ("Die für heute geplante Probe um 16 Uhr falle aus, sagte der Intendant.",
     [("falle aus", "2024-03-07T16:00", "cancelled")]),
    ("Der für Freitag angesetzte Vortrag entfalle, teilte die Akademie mit.",
     [("entfalle", "2024-03-08", "cancelled")]),
])
def test_konjunktiv_cancellations(text, expected):
    assert found(text, "2024-03-07") == expected


@pytest.mark.parametrize("text, date, lang, expected", [
    # an old plan with its subject between "ursprünglich war" and the date
    (("Ursprünglich war die Abstimmung für den 4. März erwartet worden, der Rat hat sie "
      "aber verschoben."), "2024-03-12", "de",
     [("Abstimmung", "2024-03-04", "cancelled")]),
    # a plan told in the past perfect did not come about
    ("The ferry had been due to depart from Hull on Friday.", "2024-03-12", "en",
     [("depart", "2024-03-08", "cancelled")]),
])
def test_plans_given_up(text, date, lang, expected):
    assert found(text, date, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # the cause after a cancellation happened, on its own day; the show keeps its Saturday
    (("A screening planned for Saturday has been called off after the projector failed "
      "on Tuesday."),
     [("screening", "2024-03-16", "cancelled"), ("failed", "2024-03-12", "happened")]),
    # a clause of cause between a cancelling word and a noun: the noun's own date
    (("The club postponed a home game, two weeks after the league had published the fixture "
      "on March 1."),
     [("fixture", "2024-03-01", "happened")]),
    # the time before the verb of calling off dates the calling off
    ("The mayor on Tuesday postponed a concert in the park.",
     [("concert", "2024-03-12", "happened")]),
    # a time right after "after" is the cancelled thing's own
    ("Trains were cancelled after 9 p.m. on Tuesday.",
     [("were cancelled", "2024-03-12T21:00", "cancelled")]),
    # a cancelling word right before its noun is an adjective: the day is the noun's
    ("Holders of tickets for Saturday's cancelled concert get their money back.",
     [("concert", "2024-03-16", "cancelled")]),
])
def test_cause_after_a_cancellation(text, expected):
    assert found(text, "2024-03-14", "en") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an invitation is to something ahead, even later on the day of writing
    ("Am Abend lädt der Verein um 19 Uhr zu einem Konzert in die Stadthalle ein.", "de",
     [("Konzert", "2024-03-12T19:00", "planned")]),
    ("The parish invites everyone to a concert at 7 p.m. today.", "en",
     [("concert", "2024-03-12T19:00", "planned")]),
    # tickets on sale: the show is ahead
    ("Tickets for the early show at 6pm are still available.", "en",
     [("show", "2024-03-12T18:00", "planned")]),
])
def test_invitations_and_tickets(text, lang, expected):
    assert found(text, "2024-03-12", lang) == expected


@pytest.mark.parametrize("text, expected", [
    # a service named by its noun, its plan in a relative clause, called off after it
    ("Die Osternacht-Mette, die heute um 21 Uhr gefeiert werden sollte, entfällt.",
     [("Osternacht-Mette", "2024-03-30T21:00", "cancelled")]),
    # the noun with its place before the relative clause is the clause's (round 15; it
    # had been the verb "stattfinden")
    ("Die Lesung im Rathaus, die am Montag stattfinden sollte, fällt aus.",
     [("Lesung", "2024-04-01", "cancelled")]),
    ("Die Wanderung, die am Sonntag angeboten werden sollte, fällt aus.",
     [("angeboten", "2024-03-31", "cancelled")]),
    # a planned noun with a quoted name after it keeps its plan's date
    ("Die für Sonntag geplante Tour „Abends am Hafen“ wird abgesagt.",
     [("abgesagt", "2024-03-31", "cancelled")]),
])
def test_planned_in_a_relative_clause(text, expected):
    assert found(text, "2024-03-30") == expected


def test_mette_alone_is_a_name():
    assert found("Mette Larsen sprach am Freitag in Kiel.", "2024-03-30") == [
        ("sprach", "2024-03-29", "happened")]


@pytest.mark.parametrize("text, expected", [
    # verb phrases of "gehen" that tell a happening
    ("Kurz vor dem Ziel waren gestern gegen 15 Uhr drei Läufer zu Boden gegangen.",
     [("Boden gegangen", "2024-05-09T15:00", "happened")]),
    ("Am Dienstag ging das Windrad vor Borkum ans Netz.",
     [("ging das Windrad vor Borkum ans Netz", "2024-05-07", "happened")]),
    # facing the press
    ("Um 14 Uhr trat der Trainer vor die Presse.",
     [("trat der Trainer vor die Presse", "2024-05-10T14:00", "happened")]),
    # strong and present forms of split verbs, the particle at the clause end
    ("Die Bürgermeisterin rief am Donnerstagabend den Notstand aus.",
     [("rief", "2024-05-09TEV", "happened")]),
    ("Die Stadtwerke richten ab morgen, 7 Uhr, eine Notversorgung am Bahnhof ein.",
     [("richten", "2024-05-11T07:00", "planned")]),
])
def test_verb_phrases_and_split_verbs(text, expected):
    assert found(text, "2024-05-10") == expected


@pytest.mark.parametrize("text, lang", [
    # a show or a performance needs a clock time; "show" is mostly a verb
    ("Polls show on Monday that voters are split.", "en"),
    ("The firm's performance in May was weak.", "en"),
    # no phrase without its preposition
    ("Der Start ging am Montag gut.", "de"),
])
def test_no_event(text, lang):
    assert found(text, "2024-05-10", lang) == []


@pytest.mark.parametrize("text, expected", [
    # a clock time from noon on, later on the day of writing, in the present tense: ahead
    ("Um 16 Uhr folgt im Stadttheater die erste Schülervorstellung.",
     [("Schülervorstellung", "2024-05-10T16:00", "planned")]),
    # a morning time since which something goes on is not
    ("Seit Schichtbeginn um 5 Uhr streiken die Fahrer.",
     [("streiken", "2024-05-10T05:00", "ongoing")]),
])
def test_clock_times_of_the_day_of_writing(text, expected):
    assert found(text, "2024-05-10") == expected


@pytest.mark.parametrize("text, expected", [
    # the pluperfect's auxiliary after a participle no list knows
    ("Der Rat stimmte dem Plan zu, den die Grünen am 3. Mai eingereicht hatten.",
     [("eingereicht", "2024-05-03", "happened")]),
    # a deadline named by its noun
    ("Für Einsprüche bleibt eine Frist bis zum 20. Mai.", [("Frist", "2024-05-20", "planned")]),
])
def test_pluperfect_and_deadlines(text, expected):
    assert found(text, "2024-05-10") == expected
