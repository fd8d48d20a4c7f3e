"""Reviews 21 and 22, as a specification: the day of writing of an article dated only to
its month, a year that sets the scene of its sentence, and times that lie ahead.

Every sentence is hand-written and differs from the reviews' probe articles.
"""

import pytest

from chronik.pipeline import extract
from chronik.time import tag


def document_date(text, month, lang="de"):
    doc = extract(text, date=month, lang=lang)
    return doc.date, doc.date_evidence


def values(text, date, lang):
    return [(t.text, t.value) for t in tag(text, date=date, lang=lang)]


def expect_day(text, month, lang, day):
    """The document date inferred from `text` under a month-only `month` is `day`."""
    date, why = document_date(text, month, lang)
    assert date == day, why


@pytest.mark.parametrize("text, month, lang, day", [
    # the lead's weekday is today's; the game named with its date lies ahead of it, and
    # within a week: Monday the 11th (the 18th is after the game, the 4th ten days before)
    (("Der Drittligist FC Harsum hat sich am Montag von seinem Sportdirektor getrennt. Das "
      "Derby am Sonntag, 17. Mai, wird sein Nachfolger betreuen."), "2026-05", "de",
     "2026-05-11"),
    # a date told in the past lies before the day of writing: Wednesday the 28th
    (("Bei einem Brand sind am Mittwochabend zwei Lagerhallen zerstört worden. Die Hallen "
      "waren erst am Montag, dem 26. Oktober, wieder in Betrieb genommen worden."),
     "2026-10", "de", "2026-10-28"),
    # a plan told in the past: the Tuesday nearest before its day
    (("The opening has been delayed again, the gallery's director said Tuesday. It had "
      "been planned for Saturday, Nov. 28."), "2026-11", "en", "2026-11-24"),
])
def test_the_nearest_day_of_todays_weekday_that_agrees_with_the_dates(text, month, lang, day):
    expect_day(text, month, lang, day)


def test_a_bare_date_ahead_is_no_clue_to_the_week():
    # "am 26. Juni" may be weeks away: the month stays
    date, why = document_date("Heute, am Dienstag, tagen die Minister. Der Gipfel soll am "
                              "26. Juni beginnen.", "2025-06")
    assert date == "2025-06", why


@pytest.mark.parametrize("text, month, day", [
    # "morgig-" before a date: that date is tomorrow
    ("Am morgigen Freitag, dem 2. Oktober, beginnt in Rostock die Messe.", "2026-10",
     "2026-10-01"),
    # "gestrig-" before a date: yesterday
    ("Die Polizei hat am gestrigen Montag, dem 5. Oktober, das Lager durchsucht.",
     "2026-10", "2026-10-06"),
])
def test_an_adjective_of_another_day_before_a_date(text, month, day):
    date, why = document_date(text, month)
    assert date == day, why


def test_a_weekday_named_as_yesterday_gives_todays_weekday():
    # "Gestern Abend, am Mittwoch": today is a Thursday, so the Saturday named with its
    # date is two days ahead
    date, why = document_date("Gestern Abend, am Mittwoch, gewann die Auswahl ihr Halbfinale. "
                              "Am Samstag, dem 12. September, steht das Finale an.", "2026-09")
    assert date == "2026-09-10", why


def test_a_date_and_how_far_ahead_it_lies_after_it():
    date, why = document_date("Der Ausschuss hat am Mittwoch den Minister befragt. Die nächste "
                              "Anhörung ist für den 8. Juli angesetzt – also in genau zwei "
                              "Wochen.", "2026-06")
    assert date == "2026-06-24", why


def test_a_day_named_as_the_last_one_lies_before_today():
    # "am vergangenen Freitag, dem 6. März" lies six days back from "heute, Donnerstag"
    date, why = document_date("Das teilte der Verband heute, Donnerstag, mit. Der Einbruch "
                              "geschah am vergangenen Freitag, dem 6. März.", "2026-03")
    assert date == "2026-03-12", why


def test_a_weekday_since_which_something_goes_on_is_not_today():
    date, why = document_date(
        "Divers found the missing sailor early on Saturday. The yacht sank on Thursday, "
        "July 9. Volunteers had searched the bay since Thursday evening.", "2026-07", "en")
    assert date == "2026-07-11", why


def test_what_happened_is_not_the_day_a_plan_was_for():
    # "habe erst am Montag informiert" is past; the open day planned "für den 23. März"
    # (a Monday) does not make it that Monday
    date, why = document_date(
        "Das bestätigte der Verein heute, Mittwoch. Man habe die Polizei erst am Montag "
        "informiert. Ein für den 23. März geplantes Fest wurde abgesagt.", "2026-03")
    assert date != "2026-03-25", why


def test_a_date_in_a_clause_of_its_own_before_heute_is_not_today():
    date, why = document_date(
        "Die Jury hat am Donnerstag entschieden. Sie hatte ihre Beratung am Mittwoch, dem 14. "
        "Oktober, begonnen und heute Mittag abgeschlossen.", "2026-10")
    assert date == "2026-10-15", why


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Im vergangenen Jahr hatte der Verein am 3. März drei Spieler verkauft.", "de",
     [("vergangenen Jahr", "2025"), ("3. März", "2025-03-03")]),
    ("Im Jahr 2019 war der Pegel im April auf neun Meter gestiegen.", "de",
     [("Jahr 2019", "2019"), ("April", "2019-04")]),
    ("Last year the company sold its stake on March 3.", "en",
     [("Last year", "2025"), ("March 3", "2025-03-03")]),
    # a year in a clause of its own does not set the scene ("approved in 1987")
    ("Under a plan approved in 2019, the firm bought shares through March 3.", "en",
     [("2019", "2019"), ("March 3", "2026-03-03")]),
    # nor does the start of a period
    ("Seit 2019 wächst die Firma, am 3. März meldete sie dennoch Insolvenz an.", "de",
     [("2019", "2019"), ("3. März", "2026-03-03")]),
])
def test_a_year_at_the_start_of_a_sentence_dates_what_follows_in_it(sentence, lang, expected):
    assert values(sentence, "2026-11-13", lang) == expected


@pytest.mark.parametrize("sentence, lang, date, expected", [
    ("Der Wetterdienst rechnet erst ab dem Wochenende mit Sonne.", "de", "2026-01-07",
     [("Wochenende", "2026-W02-WE")]),
    # a schedule told in the simple present, and "may", look ahead
    ("The festival ends on Sunday afternoon with a parade.", "en", "2025-05-14",
     [("Sunday afternoon", "2025-05-18TAF")]),
    ("The second concert may be moved to Saturday's programme.", "en", "2025-05-14",
     [("Saturday", "2025-05-17")]),
    # "May" the month stays a month
    ("The plant closed in May.", "en", "2025-08-14", [("May", "2025-05")]),
])
def test_times_that_lie_ahead(sentence, lang, date, expected):
    assert values(sentence, date, lang) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "will … until Friday" in its own clause looks ahead, whatever came before
    ("The road was closed on Monday night and will stay shut until Friday.",
     [("Monday night", "2025-12-01TNI"), ("Friday", "2025-12-05")]),
    # ... a past "until" does not
    ("The bridge remained closed until Monday, officials said.", [("Monday", "2025-12-01")]),
    ("The new launch date is March 7, the agency said.", [("March 7", "2026-03-07")]),
])
def test_until_a_weekday_and_a_new_date_in_english(sentence, expected):
    assert values(sentence, "2025-12-03", "en") == expected


@pytest.mark.parametrize("sentence, lang, date, expected", [
    # adjectives of a length of time are durations
    ("Nach zweiwöchigen Bauarbeiten ist die Strecke wieder frei.", "de", "2026-03-01",
     [("zweiwöchigen", "P2W")]),
    ("Die Minister kommen zu dreitägigen Beratungen zusammen.", "de", "2026-03-01",
     [("dreitägigen", "P3D")]),
    # a part of the day after "seit dem", "für den"
    ("Die Helfer sind seit dem frühen Morgen im Einsatz.", "de", "2026-03-01",
     [("Morgen", "2026-03-01TMO")]),
    ("Für den Vormittag war die Anhörung geplant.", "de", "2026-03-01",
     [("Vormittag", "2026-03-01TMO")]),
    # ... but not one of an event named after it
    ("Am Abend der Wahl feierte die Partei.", "de", "2026-03-01", []),
    # a reported clause after "und solle" is a clause of its own
    ("Der Umbau beginne am Montag und solle bis Ende Juli abgeschlossen sein.", "de",
     "2026-07-02", [("Montag", "2026-07-06"), ("Ende Juli", "2026-07")]),
    ("A second round of talks was planned for October.", "en", "2026-05-14",
     [("October", "2026-10")]),
    # a service of thanks is no holiday
    ("The vigil became a thanksgiving service at 6 p.m.", "en", "2026-08-21",
     [("6 p.m.", "2026-08-21T18:00")]),
])
def test_more_times_of_reviews_21_and_22(sentence, lang, date, expected):
    assert values(sentence, date, lang) == expected


@pytest.mark.parametrize("text, lang, month, day", [
    (("Die Messe fällt aus. Das teilte der Veranstalter am Dienstag mit, nur sechs Tage vor dem "
     "geplanten Beginn am Montag, dem 14. September."), "de", "2026-09", "2026-09-08"),
    (("The fair was called off on Tuesday, just six days before it was to open on Monday, "
     "Sept. 14."), "en", "2026-09", "2026-09-08"),
])
def test_today_counted_back_from_a_date_later_in_the_sentence(text, lang, month, day):
    expect_day(text, month, lang, day)


def test_a_clock_goes_on_with_the_storys_day_not_the_day_it_was_told():
    got = values("A barge ran aground on the Rhine late Monday, officials said on Tuesday. "
                 "It lost power at 11:40 p.m. near Bingen.", "2025-12-02", "en")
    assert ("11:40 p.m.", "2025-12-01T23:40") in got


def test_minutes_or_hours_later_is_a_time_whose_clock_is_not_known():
    # as KRAUTS writes it ("drei Minuten später": TIME XXXX-XX-XXTXX:XX)
    got = values("Eine halbe Stunde später, um 14:45 Uhr, begann die Pressekonferenz.",
                 "2026-03-12", "de")
    assert got == [("halbe Stunde später", "XXXX-XX-XXTXX:XX"), ("14:45 Uhr", "2026-03-12T14:45")]


@pytest.mark.parametrize("text, lang, month, day", [
    # review 24: the weekday of the report in the lead's second sentence
    (("In Rostock ist ein Seehund geboren. Das Jungtier kam zur Welt, wie der Tierpark am "
     "Freitag mitteilte. Das Gehege bleibt bis Sonntag, 12. Juli, geschlossen."), "de",
     "2026-07", "2026-07-10"),
    (("A probe has stopped sending data. Its operator said so on Thursday. It was launched "
     "on Tuesday, March 3."), "en", "2026-03", "2026-03-05"),
    # weeks before a date later in the sentence
    (("Governor Ruth Hale told senators on Wednesday that the budget was tight, three weeks "
      "before the vote on March 25."), "en", "2026-03", "2026-03-04"),
    # days after, with "nachdem" and a dash
    (("Grund sei ein Defekt, teilte der Betreiber am Montag mit – drei Tage nachdem am "
     "Freitag, dem 6. März, ein Lager gebrannt hatte."), "de", "2026-03", "2026-03-09"),
    # a date in a sentence that says "next week" lies a week further
    (("Ein Gespräch am Mittwoch blieb ohne Ergebnis. Nun soll Ende kommender Woche der Rat "
     "beraten, voraussichtlich am Freitag, dem 20. März."), "de", "2026-03", "2026-03-11"),
    # the day of the saying in the lead, not the day of the sale
    (("A violin sold for $9 million at an auction in London on Tuesday night, May 12, the "
     "auction house said Wednesday."), "en", "2026-05", "2026-05-13"),
])
def test_review_24_days_of_writing(text, lang, month, day):
    expect_day(text, month, lang, day)


@pytest.mark.parametrize("sentence, lang, date, expected", [
    # "one last time" is no past cue
    ("The violin will be played in public one last time on Saturday.", "en", "2025-11-13",
     [("Saturday", "2025-11-15")]),
    ("The shop was open last Saturday.", "en", "2025-11-13", [("last Saturday", "2025-11-08")]),
    # a month a postponement moves to
    ("Die Debatte wird auf April verschoben.", "de", "2026-02-20", [("April", "2026-04")]),
    ("Er setzt auf Mai als Monat der Entscheidung.", "de", "2026-02-20", []),
])
def test_review_24_times(sentence, lang, date, expected):
    assert values(sentence, date, lang) == expected


@pytest.mark.parametrize("text, lang, month, day", [
    # a saying told further down does not outweigh the weekday of the lead's news
    (("A public inquiry into a bridge collapse opened on Thursday in Leeds. The hearing "
     "adjourned at 4 p.m. The council's lawyer said on Wednesday that it would cooperate. "
     "The hearing will resume next Monday, October 28."), "en", "2024-10", "2024-10-24"),
    # a date and how many days from today it is
    ("The fair runs through Sunday, September 14, ten days from today.", "en", "2025-09",
     "2025-09-04"),
    ("Die Messe läuft bis Sonntag, 14. September, zehn Tage ab heute.", "de", "2025-09",
     "2025-09-04"),
])
def test_more_days_of_writing(text, lang, month, day):
    expect_day(text, month, lang, day)


def test_a_title_that_says_next_week_puts_the_leads_date_a_week_further():
    doc = extract("The minister will meet her Russian counterpart in Vienna next Thursday, "
                  "April 24, the ministry said on Tuesday.", date="2025-04", lang="en",
                  title="Minister to meet counterpart in Vienna next week")
    assert doc.date == "2025-04-15", doc.date_evidence
