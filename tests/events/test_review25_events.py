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


@pytest.mark.parametrize("text, date, lang, expected", [
    # the sentence after a plan cancels it, pointing back by a pronoun
    ("Ein Sommerfest war für Samstag angesetzt. Der Verein hat es wegen Regens abgesagt.",
     "2026-05-06", "de", [("Sommerfest", "2026-05-09", "cancelled")]),
    ("Für Sonntag war zudem eine Lesung angesetzt. Auch diese wurde gestrichen.",
     "2026-05-06", "de", [("Lesung", "2026-05-10", "cancelled")]),
    ("Für Freitag war ein Tag der offenen Tür vorgesehen. Er fällt nun aus.",
     "2026-05-06", "de", [("vorgesehen", "2026-05-08", "cancelled")]),
    # (a parade is an event of its own since review 34; before, the plan's verb stood in)
    ("A street parade had been planned for Saturday. Organizers have called it off.",
     "2026-05-06", "en", [("parade", "2026-05-09", "cancelled")]),
    # ... but a sentence that does something else with it does not
    ("Die Wahl ist für Sonntag geplant. Die Opposition hat sie kritisiert.",
     "2026-05-06", "de", [("Wahl", "2026-05-10", "planned")]),
    # ... nor "er" as the one who cancels something else
    ("Der Minister will am Freitag in Rom sprechen. Er sagte einen Besuch in Bonn ab.",
     "2026-05-06", "de", [("sprechen", "2026-05-08", "planned")]),
])
def test_a_cancellation_in_the_next_sentence(text, date, lang, expected):
    assert found(text, date, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb of the present with a day ahead, no event noun: an appearance, planned
    ("Die Senatorin spricht am Montag vor dem Bauausschuss.",
     [("spricht", "2026-05-11", "planned")]),
    ("Der Trainer leitet morgen die Übungseinheit.", [("leitet", "2026-05-07", "planned")]),
    ("Die Ministerin besichtigt am Freitag die neue Halle.",
     [("besichtigt", "2026-05-08", "planned")]),
    # ... not speaking of something, nor a post held since a year
    ("Der Minister spricht am Montag von einem Erfolg.", []),
    ("Die Ministerin leitet seit 2019 das Ressort.", []),
])
def test_an_appearance_told_by_a_verb_of_the_present(text, expected):
    assert found(text, "2026-05-06") == expected


def test_a_pronoun_after_an_event_of_its_own_sentence_means_that_event():
    assert found("Das Gesetz war am 1. Juni in Kraft getreten. Zuvor hätte das Treffen im Mai "
                 "stattfinden sollen, es wurde jedoch verschoben.", "2026-06-10") == [
        ("in Kraft getreten", "2026-06-01", "happened"), ("Treffen", "2026-05", "cancelled")]


@pytest.mark.parametrize("text, lang, expected", [
    # a set that is another noun's adjective is no habit of the event
    ("A weekly cap on fares will take effect on March 2, the city said.", "en",
     [("take effect", "2026-03-02", "planned")]),
    ("Die monatliche Gebühr wird am 2. März abgeschafft.", "de",
     [("abgeschafft", "2026-03-02", "planned")]),
    # ... while a habit stays one
    ("Die Kommission tagt jeden Montag um 10 Uhr.", "de", []),
    # openings in English
    ("The new library opens on Monday.", "en", [("opens", "2026-02-23", "planned")]),
    ("A booking portal goes live on Monday.", "en", [("goes live", "2026-02-23", "planned")]),
    ("She said the new wing would open in 2028.", "en", [("would open", "2028", "planned")]),
])
def test_sets_as_adjectives_and_openings(text, lang, expected):
    assert found(text, "2026-02-19", lang) == expected


@pytest.mark.parametrize("text, expected", [
    # "stattfinden" in the Konjunktiv of reported speech
    ("Die Lesungen am Wochenende fänden wie geplant statt, sagte die Sprecherin.",
     [("fänden", "2026-W11-WE", "planned")]),
    ("Das Konzert finde am Samstag nicht statt, sagte sie.", [("Konzert", "2026-03-14", "cancelled")]),
])
def test_taking_place_in_reported_speech(text, expected):
    assert found(text, "2026-03-10") == expected


@pytest.mark.parametrize("text, expected", [
    # meeting someone by a role ending in -minister, -sekretärin, -bürgermeister …
    ("Die Landrätin trifft morgen in Kiel die Staatssekretärin.", [("trifft", "2026-04-16", "planned")]),
    ("Er trifft am Montag den Oberbürgermeister.", [("trifft", "2026-04-20", "planned")]),
    # reopening told by the separable verb
    ("Das Stadtbad öffnet am 1. Mai wieder.", [("öffnet", "2026-05-01", "planned")]),
])
def test_meeting_a_role_and_reopening(text, expected):
    assert found(text, "2026-04-15") == expected


def test_how_something_turns_out_is_no_cancellation():
    assert found("Fällt das Gutachten positiv aus, soll der Bau im Frühjahr 2028 beginnen.",
                 "2026-06-20") == [("beginnen", "2028-SP", "planned")]
