"""Round thirteen of the time tagger, as a specification: more feasts, and the day of
writing from a feast restated as a day counted from today.

Every sentence is hand-written.
"""

import pytest

from chronik.pipeline import extract
from chronik.time import tag


def timexes(text, date, lang="de"):
    return {t.text: (t.type, t.value) for t in tag(text, date=date, lang=lang)}


@pytest.mark.parametrize("text, span, value, lang", [
    # the Wednesday before 23 November; Easter + 60; with "-tag" endings
    ("Am Buß- und Bettag bleiben die Schulen in Sachsen geschlossen.", "Buß- und Bettag",
     "2025-11-19", "de"),
    ("Am Fronleichnamstag zogen Prozessionen durch die Altstadt.", "Fronleichnamstag",
     "2026-06-04", "de"),
    ("Am Allerheiligentag besuchten viele die Friedhöfe.", "Allerheiligentag", "2025-11-01",
     "de"),
    # the Sunday two weeks before the first of Advent; the first Sunday of October
    ("Am Volkstrauertag legte der Bürgermeister einen Kranz nieder.", "Volkstrauertag",
     "2025-11-16", "de"),
    ("Zum Erntedankfest war die Kirche geschmückt.", "Erntedankfest", "2025-10-05", "de"),
    ("Offices were closed for Juneteenth.", "Juneteenth", "2026-06-19", "en"),
])
def test_more_feasts(text, span, value, lang):
    year = value[:4]
    assert timexes(text, f"{year}-{value[5:7]}", lang)[span] == ("DATE", value)


@pytest.mark.parametrize("text, month, day", [
    # a feast restated as a day counted from today gives the day of writing
    ("Seit dem Maifeiertag, also seit vorgestern, kursieren die Aufgaben im Netz.", "2026-05",
     "2026-05-03"),
    ("Der Angeklagte hat vorgestern, am Buß- und Bettag, ein Geständnis abgelegt.", "2025-11",
     "2025-11-21"),
    ("Am gestrigen Fronleichnamstag stellte die Festivalleiterin das Programm vor.", "2026-06",
     "2026-06-05"),
])
def test_day_of_writing_from_a_feast_counted_from_today(text, month, day):
    doc = extract(text, date=month, lang="de")
    assert doc.date == day


@pytest.mark.parametrize("text, date, span, value", [
    # a participle after "bleiben", however far, is a state now: the days are ahead
    ("Die Schulen auf den Halligen bleiben am Dienstag und Mittwoch geschlossen.",
     "2026-02-09", "Mittwoch", "2026-02-11"),
    # a strong preterite is past, whatever the clause after it
    (("Die Richterin unterbrach die Verhandlung am Mittwoch gegen 15.30 Uhr, damit sich die "
     "Verteidiger beraten konnten."), "2025-11-21", "Mittwoch", "2025-11-19"),
    # a weekday with its part of the day before a date in apposition: that date's evening
    ("Höhepunkt ist das Konzert am Samstagabend, 25. Juli.", "2026-06-05",
     "Samstagabend, 25. Juli", "2026-07-25TEV"),
    # a clock after a weekday of an unknown week keeps it, not a date after a semicolon
    (("Fortgesetzt wird der Prozess am Montag um 9 Uhr; ein Urteil wird für den 12. Dezember "
     "erwartet."), "2025-11", "9 Uhr", "XXXX-WXX-1T09:00"),
    # earlier in the week of writing
    ("Der Kurs war früher in der Woche gefallen.", "2026-12-17", "früher in der Woche",
     "2026-W51"),
])
def test_round_thirteen_values_de(text, date, span, value):
    assert timexes(text, date)[span][1] == value


@pytest.mark.parametrize("text, date, span, value", [
    # "tomorrow" of a month-only article is no known day: a clock after it borrows none
    ("The first case was reported on May 8. A clinic will open tomorrow at 9 a.m.", "2026-06",
     "9 a.m.", "XXXX-XX-XXT09:00"),
    ("The first case was reported on May 8. A clinic will open tomorrow at 9 a.m.",
     "2026-06-19", "9 a.m.", "2026-06-20T09:00"),
    ("The pound had already weakened earlier in the week.", "2026-12-17",
     "earlier in the week", "2026-W51"),
])
def test_round_thirteen_values_en(text, date, span, value):
    assert timexes(text, date, "en")[span][1] == value


def test_a_title_before_a_name_ends_no_sentence():
    # the clock of the saying is the day of writing, not the day "since" names
    text = ("Twelve new cases have been confirmed since Tuesday, state epidemiologist "
            "Dr. Marcus Lee said at an 11 a.m. ET briefing.")
    assert timexes(text, "2026-06-19", "en")["11 a.m. ET"][1] == "2026-06-19T11:00"


@pytest.mark.parametrize("text, lang, day", [
    # a feast with the weekday it falls on, in a past lead, dates the lead
    (("COLUMBUS, Ohio (AFP) - As offices were closed on Juneteenth, a Friday, the health "
     "department briefed reporters."), "en", "2026-06-19"),
    ("BERLIN (dpa) - Am Fronleichnamstag am Donnerstag zogen Tausende durch die Altstadt.",
     "de", "2026-06-04"),
])
def test_a_feast_with_its_weekday_dates_the_lead(text, lang, day):
    assert extract(text, date="2026-06", lang=lang).date == day


@pytest.mark.parametrize("text, date, span, value", [
    # a bare weekday with no tense cue is the one the article dated before
    (("Die Stichwahl ist am Sonntag, dem 28. September. Die Wahllokale öffnen am Sonntag um "
     "8 Uhr."), "2025-09-23", "8 Uhr", "2025-09-28T08:00"),
    # "ab" a weekday with no tense cue lies ahead
    ("Ab Dienstag gelten die regulären Öffnungszeiten.", "2026-10-16", "Dienstag", "2026-10-20"),
    # a part of the day after a date that began a period, or that a plan is for, is today's
    (("Seit dem 10. März legen Pflegekräfte die Arbeit nieder; am Morgen beteiligten sich "
     "erneut 1.800 Beschäftigte."), "2026-03-17", "Morgen", "2026-03-17TMO"),
    ("Ein für Donnerstag geplantes Schlichtungsgespräch wurde am Vormittag abgesagt.",
     "2026-03-17", "Vormittag", "2026-03-17TMO"),
    # what was set for a day and called off lies ahead; Konjunktiv "solle" looks ahead
    (("Ein zweites Podium, das der Jugendrat für Donnerstagabend angesetzt hatte, wurde "
     "abgesagt."), "2025-09-23", "Donnerstagabend", "2025-09-25TEV"),
    ("Der Abschlussbericht solle im Herbst vorliegen, sagte die Ministerin.", "2026-03-09",
     "Herbst", "2026-FA"),
    # "bis" after a perfect auxiliary is a deadline past
    ("Ihm zufolge hatten bis Montagmittag bereits 6.200 Bürger Briefwahl beantragt.",
     "2025-09-23", "Montagmittag", "2025-09-22TMI"),
])
def test_review_35_values_de(text, date, span, value):
    assert timexes(text, date)[span][1] == value


def test_pencilled_in_for_is_a_plan():
    text = "Kingsley said a sentencing hearing originally pencilled in for April 2 has been cancelled."
    assert timexes(text, "2026-03-18", "en")["April 2"][1] == "2026-04-02"


def test_local_time_of_a_us_state_in_the_dateline():
    text = "SALEM, Oregon (AP) — Trell spoke at a briefing at 7 p.m. local time Saturday."
    assert [t.utc_offset for t in tag(text, date="2026-08-16", lang="en")
            if t.type == "TIME"] == ["-07:00"]


@pytest.mark.parametrize("text, month, day", [
    ("Heute sind es noch fünf Tage bis zur Stichwahl am Sonntag, dem 28. September.",
     "2025-09", "2025-09-23"),
    ("Am heutigen Feiertag Mariä Himmelfahrt strömen Tausende an die Badeseen.", "2025-08",
     "2025-08-15"),
])
def test_review_35_day_of_writing(text, month, day):
    assert extract(text, date=month, lang="de").date == day


@pytest.mark.parametrize("text, date, lang, span, value", [
    # a count right after a date, after a comma, is how far that date lies: a length
    ("Die Anhörung soll nun am 8. Juli stattfinden, genau zwei Wochen später.", "2026-06-25",
     "de", "zwei Wochen später", "P2W"),
    # ... not after a sentence of its own
    ("Der Vertrag wurde am 3. März unterzeichnet. Zwei Wochen später trat er in Kraft.",
     "2026-06-25", "de", "Zwei Wochen später", "2026-W12"),
    # a weekday in apposition to a day counted from today is that day
    ("Die für gestern, Mittwoch, angesetzte Anhörung wurde verschoben.", "2026-06-25", "de",
     "Mittwoch", "2026-06-24"),
    ("Yesterday, Tuesday, the board met.", "2026-06-24", "en", "Tuesday", "2026-06-23"),
])
def test_restated_distances_and_days(text, date, lang, span, value):
    assert timexes(text, date, lang)[span][1] == value


@pytest.mark.parametrize("text, date, lang, span, value", [
    # the n-th week of a month: the ISO week holding its day 1, 8, 15, …
    ("Der Bundestag soll in der zweiten Juliwoche abstimmen.", "2026-06-17", "de",
     "zweiten Juliwoche", "2026-W28"),
    ("In der ersten Woche im August ist Pause.", "2026-06-17", "de", "ersten Woche im August",
     "2026-W31"),
    ("She will hand her report to parliament in the first week of June.", "2026-05-15", "en",
     "the first week of June", "2026-W23"),
    # "is on Sunday" is a schedule
    ("The final is on Sunday.", "2026-05-15", "en", "Sunday", "2026-05-17"),
])
def test_weeks_of_months_and_schedules(text, date, lang, span, value):
    assert timexes(text, date, lang)[span][1] == value


@pytest.mark.parametrize("text, lang, month, day", [
    # a long count from a date, with today's weekday named with it
    (("BRUSSELS (AFP) - The lower house passed a pension reform on Friday, exactly 100 days "
     "after the coalition took office on June 24. Unions plan a strike on Tuesday, Oct. 13."),
     "en", "2026-10", "2026-10-02"),
    (("Das Parlament hat die Reform am Freitag verabschiedet, genau 100 Tage nachdem die "
     "Koalition am 24. Juni ihr Amt angetreten hatte."), "de", "2026-10", "2026-10-02"),
])
def test_a_long_count_with_the_weekday_of_today(text, lang, month, day):
    assert extract(text, date=month, lang=lang).date == day


@pytest.mark.parametrize("text, span, value", [
    ("Am zweiten Weihnachtstag war es ruhig.", "zweiten Weihnachtstag", "2025-12-26"),
    ("Am zweiten Weihnachtsfeiertag öffnete der Zoo.", "zweiten Weihnachtsfeiertag",
     "2025-12-26"),
    ("Am ersten Weihnachtsfeiertag blieb er zu.", "ersten Weihnachtsfeiertag", "2025-12-25"),
])
def test_the_days_of_christmas(text, span, value):
    assert timexes(text, "2025-12-28")[span][1] == value


def test_the_new_day_of_a_meeting_moved_earlier_lies_ahead():
    text = "Eine ursprünglich für Dienstag angesetzte Betriebsversammlung wurde auf Montag vorgezogen."
    assert timexes(text, "2026-02-13")["Montag"][1] == "2026-02-16"


def test_a_lead_count_dated_by_the_pluperfect_sentence_after_it():
    text = ("KELBRÜCK (dpa) - Neun Tage nach dem Cyberangriff auf die Stadt ist die Verwaltung "
            "noch offline. Unbekannte hatten in der Nacht zum 20. Oktober die Server "
            "verschlüsselt.")
    assert extract(text, date="2025-10", lang="de").date == "2025-10-29"
    # ... not by a date ahead in the sentence after
    text = ("KELBRÜCK (dpa) - Neun Tage nach dem Cyberangriff auf die Stadt ist die Verwaltung "
            "noch offline. Am 20. Oktober soll ein Gutachten vorliegen.")
    assert extract(text, date="2025-10", lang="de").date == "2025-10"
