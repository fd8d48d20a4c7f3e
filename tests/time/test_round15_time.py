"""Round fifteen of the time tagger, as a specification: directions and days of clock
times that blind review 40 found wrong (relative clauses, report frames, the small hours
after an evening, nights and plans told ahead).

Every sentence is hand-written.
"""

import pytest

from chronik.pipeline import extract
from chronik.time import tag


def timexes(text, date, lang="de"):
    return {t.text: (t.type, t.value) for t in tag(text, date=date, lang=lang)}


@pytest.mark.parametrize("text, lang, date, expr, value", [
    # a schedule verb in a relative clause does not turn a reported past ahead
    (("Die Leiterin der Station, die den Notdienst organisiert, berichtete, der Andrang sei "
      "am Montagabend groß gewesen."), "de", "2026-10-14", "Montagabend", "2026-10-12TEV"),
    # ... while one governing the clause still leans ahead
    ("Ich erwarte, dass bis zum Freitag eine Antwort kommt.", "de", "2026-10-14", "Freitag",
     "2026-10-16"),
    # "Für Mittwoch kündigte X … an": what was announced lies ahead, not the announcing
    (("Für Mittwoch kündigte der Betriebsrat eine Versammlung in der großen Kantine des Werks "
      "an, Beginn ist um 9 Uhr."), "de", "2026-03-23", "Mittwoch", "2026-03-25"),
    # the perfect of announcing, however long its object, is no past cue
    (("Der Wetterdienst hat für die Nacht zum Freitag einen schweren Sturm mit Böen bis "
      "120 Kilometern pro Stunde an der ganzen Küste angekündigt."), "de", "2026-01-14",
     "Nacht zum Freitag", "2026-01-15TNI"),
    # a night ahead: "would remain closed overnight" is tonight, not last night
    ("Officials said the bridge would remain closed overnight.", "en", "2026-02-10",
     "overnight", "2026-02-10TNI"),
    ("Storms knocked out power to 4,000 homes overnight.", "en", "2026-02-10",
     "overnight", "2026-02-09TNI"),
    # a plan negated ("are not planned before") still lies ahead
    ("The first trains are not planned before noon on Friday.", "en", "2026-02-10",
     "noon on Friday", "2026-02-13T12:00"),
])
def test_directions(text, lang, date, expr, value):
    found = timexes(text, date, lang)
    assert any(expr in k and v == value for k, (_t, v) in found.items()), found


@pytest.mark.parametrize("text, lang, date, clock, value", [
    # a date in a relative clause after the clock is the clause's
    (("Der Gemeinderat stimmte um 21.05 Uhr über den Antrag ab, den die Grünen am "
      "3. Mai gestellt hatten."), "de", "2026-05-20", "21.05 Uhr", "2026-05-20T21:05"),
    (("The board voted at 9:05 p.m. on the proposal, which the union had filed on May 3."),
     "en", "2026-05-20", "9:05 p.m.", "2026-05-20T21:05"),
    # an inverted report frame with its day after the clock dates the telling, not the
    # clock: the night announced before goes on
    (("Der Wetterdienst hat für die Nacht zum Sonntag Orkanböen angekündigt. Der Höhepunkt "
      "werde gegen 3 Uhr erwartet, teilte der Dienst am Samstagmittag mit."), "de",
     "2026-01-17", "3 Uhr", "2026-01-18T03:00"),
    # the small hours after an afternoon told in an earlier sentence are the next day's
    (("Das Feuer war gestern gegen 15.20 Uhr ausgebrochen. Erst gegen 2 Uhr meldete die "
      "Feuerwehr, der Brand sei gelöscht."), "de", "2026-02-11", "2 Uhr", "2026-02-11T02:00"),
    (("The blaze broke out at 5:10 p.m. Monday. Crews declared it under control at "
      "3:15 a.m."), "en", "2026-02-10", "3:15 a.m.", "2026-02-10T03:15"),
])
def test_clock_days(text, lang, date, clock, value):
    found = timexes(text, date, lang)
    assert found[clock][1] == value, found



@pytest.mark.parametrize("text, lang, expr, value", [
    # a day counted from today inside a quotation counts from the day it was said
    ("„Heute ist mir nichts gelungen, gar nichts“, sagte die Trainerin gestern nach dem Spiel.",
     "de", "Heute", "2026-05-01"),
    (("„Morgen entscheiden wir über die Aufstellung für das Finale“, sagte der Trainer "
      "am Donnerstag."), "de", "Morgen", "2026-05-01"),
    # ... not when the frame names the day of writing
    ("„Heute ist mir nichts gelungen, gar nichts“, sagte die Trainerin heute.", "de",
     "Heute", "2026-05-02"),
])
def test_today_inside_a_quotation(text, lang, expr, value):
    assert timexes(text, "2026-05-02", lang)[expr][1] == value


@pytest.mark.parametrize("text, lang, expr, value", [
    # numbers multiplied in words
    ("The fair has been held here for three hundred years.", "en", "three hundred years", "P300Y"),
    ("Das Fest wird seit fünfhundert Jahren gefeiert.", "de", "fünfhundert Jahren", "P500Y"),
    # "the new year" ahead
    ("The talks will resume early in the new year.", "en", "new year", "2027"),
    ("Die Gespräche sollen Anfang des neuen Jahres weitergehen.", "de",
     "Anfang des neuen Jahres", "2027"),
    ("Lunar New Year falls in February.", "en", "February", "2027-02"),
])
def test_number_words_and_the_new_year(text, lang, expr, value):
    assert timexes(text, "2026-11-16", lang)[expr][1] == value


def test_a_named_new_year_is_no_next_year():
    found = timexes("Lunar New Year celebrations begin on Feb. 6.", "2026-11-16", "en")
    assert not any(v == "2027" for _t, v in found.values()), found


@pytest.mark.parametrize("text, lang, day", [
    # a period running from today, restated as the date it ends, says the day of writing
    (("Die Behörde hat am Dienstag die Pläne ausgelegt. Die Frist für Einwände läuft zwei "
      "Wochen, also bis zum 23. Juni."), "de", "2026-06-09"),
    (("The agency published the plans on Tuesday. The consultation runs for two weeks, "
      "until June 23."), "en", "2026-06-09"),
])
def test_a_period_running_until_a_date(text, lang, day):
    assert extract(text, date="2026-06", lang=lang).date == day


def test_a_clock_told_ahead_goes_on_with_the_day_ahead_named_before():
    text = ("Organizers moved Sunday's start up by one hour on Saturday. The elite men will "
            "now start at 6:45 a.m.")
    assert timexes(text, "2026-10-10", "en")["6:45 a.m."][1] == "2026-10-11T06:45"


@pytest.mark.parametrize("text, lang, date, clock, value", [
    # a clock in the past perfect goes back to the story's day, not the day of writing
    (("Zwei Tage nach dem Finale am Samstag, 1. August, sprach die Siegerin am Montag über "
      "ihre Pläne. Das Finale war wegen Regens auf 17.10 Uhr verschoben worden."), "de",
     "2026-08-03", "17.10 Uhr", "2026-08-01T17:10"),
    # a clock told ahead passes over a past plan told in the past perfect
    (("Das Konzert findet am Samstag, 24. Oktober, um 20 Uhr statt. Ursprünglich war es für "
      "den 17. Oktober geplant. Der Einlass wird ab 18 Uhr geöffnet."), "de", "2026-10-21",
     "18 Uhr", "2026-10-24T18:00"),
    # a day in a clause in the past perfect is background: the story's day goes on
    (("Im Rathaus blieb es am Vormittag ruhig, weil viele Bürger schon am Montag informiert "
      "worden waren. Gegen 10.15 Uhr warteten nur wenige Menschen."), "de", "2026-03-12",
     "10.15 Uhr", "2026-03-12T10:15"),
    # the midnight after an evening told before ends that day
    (("Der Sturm zog gestern gegen 19 Uhr über die Stadt; die Helfer waren bis lange nach "
      "Mitternacht im Einsatz."), "de", "2026-06-25", "Mitternacht", "2026-06-25T00:00"),
])
def test_clock_days_in_a_story(text, lang, date, clock, value):
    assert timexes(text, date, lang)[clock][1] == value


def test_was_expected_by_a_season_lies_ahead():
    found = timexes("The agency said a final report was expected by summer.", "2026-02-15",
                    "en")
    assert found["summer"][1] == "2026-SU"


@pytest.mark.parametrize("text, lang, month, day", [
    # a weekday after or before a feast, restated as a count from today
    ("Die Arbeiten sollen am Dienstag nach Ostern beginnen, also in drei Tagen.", "de",
     "2026-04", "2026-04-04"),
    # a day counted in weeks from tomorrow
    ("Morgen in einer Woche, am Muttertag, wählt die Stadt einen neuen Rat.", "de", "2026-05",
     "2026-05-02"),
    # named days: the last of the Eisheiligen, the heritage day, the eve of a feast
    (("Ausgerechnet am Tag der Kalten Sophie kam der Frost. In der Nacht zum heutigen Freitag "
      "fiel das Thermometer unter null."), "de", "2026-05", "2026-05-15"),
    ("Heute, drei Tage vor dem Tag des offenen Denkmals, zeigte das Museum seine Funde.", "de",
     "2026-09", "2026-09-10"),
    ("The club canceled the final on Saturday, the eve of Father's Day.", "en", "2026-06",
     "2026-06-20"),
])
def test_days_of_writing_from_feasts(text, lang, month, day):
    assert extract(text, date=month, lang=lang).date == day


@pytest.mark.parametrize("text, lang, date, expr, value", [
    ("Die Firma kündigte die Pläne am Freitag vor Pfingsten an.", "de", "2026-06-01",
     "Freitag vor Pfingsten", "2026-05-22"),
    ("Shops expect a rush on the Friday before Christmas.", "en", "2026-12-10",
     "the Friday before Christmas", "2026-12-18"),
    ("Die Sitzung endete nach einer 40-minütigen Debatte.", "de", "2026-06-03",
     "40-minütigen", "PT40M"),
    # "darf" a weekday: what may be done lies ahead
    ("Heute wurden die Funde gezeigt; am Sonntag darf jeder die Grabung besichtigen.", "de",
     "2026-09-10", "Sonntag", "2026-09-13"),
    # an evening after "seit" told after a morning's clock of the same day is the evening before
    (("In der Nacht zum heutigen Freitag fiel Schnee. Am kältesten war es gegen 5 Uhr. Der "
      "Bauer stand seit 22 Uhr auf dem Feld."), "de", "2026-05-15", "22 Uhr", "2026-05-14T22:00"),
])
def test_values_round_fifteen(text, lang, date, expr, value):
    assert timexes(text, date, lang)[expr][1] == value


def test_a_range_of_clock_times_with_weekdays_after_a_m():
    # the dot of "a.m." before a weekday ends no sentence: Monday ends the range from Sunday
    found = timexes("A storm warning is in force from 9 a.m. Sunday until 5 a.m. Monday.",
                    "2026-06-20", "en")
    assert found["5 a.m. Monday"][1] == "2026-06-22T05:00"


def test_a_count_after_a_feast_restated_as_today():
    text = ("Nach dem Ausfall des Konzerts am Totensonntag nannte das Orchester drei Tage "
            "später, am heutigen Mittwoch, einen neuen Termin.")
    assert extract(text, date="2025-11", lang="de").date == "2025-11-26"


@pytest.mark.parametrize("date, value", [("2026-06-20", "2027-SU"), ("2026-05-20", "2026-SU")])
def test_next_summer_said_within_summer_is_next_years(date, value):
    assert timexes("The festival will return next summer.", date, "en")["next summer"][1] == value


def test_a_date_counted_from_today_is_not_today_even_with_this_morning():
    text = ("The museum said this morning that it will not reopen before Thanksgiving, three "
            "weeks from today. The doors are due to open at 9:15 a.m. on Nov. 26.")
    assert extract(text, date="2026-11", lang="en").date == "2026-11-05"


def test_an_apposition_before_a_day_opens_no_clause():
    text = ("Der Streik hatte am Montag, dem 19. Januar, begonnen und geht heute in den vierten "
            "Tag. Seit Betriebsbeginn um 3.30 Uhr stehen alle Bahnen still.")
    assert timexes(text, "2026-01-22")["3.30 Uhr"][1] == "2026-01-22T03:30"


@pytest.mark.parametrize("date", ["2026-09-10", "2026-09"])
def test_a_weekday_with_its_feast_in_apposition_is_the_feasts_day(date):
    found = timexes("Am Sonntagnachmittag, dem Tag des offenen Denkmals, ist das Depot offen.",
                    date)
    assert found["Sonntagnachmittag"][1] == "2026-09-13TAF"


@pytest.mark.parametrize("text, lang, day", [
    # a date with its distance from today, and two days joined by "and" later on (this
    # crashed the document date once: a loop variable shadowed the table of dated days)
    (("The ban ends on April 10, four days from now. Talks planned for tomorrow and "
      "Wednesday were cancelled."), "en", "2026-04-06"),
    ("Die Sperre endet am 10. April, in vier Tagen. Morgen und am Mittwoch ruht der Verkehr.",
     "de", "2026-04-06"),
])
def test_a_count_from_today_beside_two_coordinated_days(text, lang, day):
    assert extract(text, date="2026-04", lang=lang).date == day



@pytest.mark.parametrize("text, lang, date, expr, value", [
    # a weekday joined to a day counted from today lies on that day's side of today
    ("Meetings planned for tomorrow and Thursday were called off.", "en", "2026-04-06",
     "Thursday", "2026-04-09"),
    ("Gestern und am Montag wurde gestreikt.", "de", "2026-04-09", "Montag", "2026-04-06"),
    # "by" a weekday in a clause told in the past perfect looks back
    ("By Sunday evening the water had reached the old town.", "en", "2026-04-08",
     "Sunday evening", "2026-04-05TEV"),
])
def test_weekdays_joined_or_reached(text, lang, date, expr, value):
    assert timexes(text, date, lang)[expr][1] == value


@pytest.mark.parametrize("text, month, day", [
    # a count with "nachdem" after a comma
    (("Die Behörden verlängerten die Sperrung am heutigen Mittwoch – genau eine Woche, "
      "nachdem die Bewohner am 8. Juli evakuiert worden waren."), "2026-07", "2026-07-15"),
    # yesterday as a count after a date: today is the day after
    ("Der Löwe Bako ist gestern Abend gestorben – vier Tage nach seinem Geburtstag am 30. Mai.",
     "2026-06", "2026-06-04"),
])
def test_counts_to_today_and_yesterday(text, month, day):
    assert extract(text, date=month, lang="de").date == day


def test_a_feast_of_the_articles_own_month_is_that_years():
    found = timexes("The store will close for Labor Day next Monday.", "2026-09", "en")
    assert found["Labor Day"][1] == "2026-09-07"


def test_a_day_part_in_a_speech_frame_after_a_past_perfect_background_is_today():
    text = ("Die Lawine war in der Nacht zum Montag abgegangen. „Der Hang bleibt gefährlich“, "
            "sagte der Bergführer am Nachmittag.")
    assert timexes(text, "2026-02-11")["Nachmittag"][1] == "2026-02-11TAF"


def test_the_story_goes_on_with_its_day_not_the_day_a_frame_of_saying_names():
    text = ("Fahnder durchsuchten seit dem frühen Dienstagmorgen zwölf Büros, wie die Behörde am "
            "Mittwoch mitteilte. Die Beamten rückten gegen 6 Uhr aus.")
    assert timexes(text, "2025-10-08")["6 Uhr"][1] == "2025-10-07T06:00"


def test_a_when_clause_with_reported_is_no_frame_of_saying():
    text = ("Nine guests have fallen ill since Easter Monday, when the first cases were "
            "reported shortly after midnight.")
    assert timexes(text, "2026-04-09", "en")["midnight"][1] == "2026-04-06T00:00"


def test_a_lead_count_is_not_yesterdays():
    # the lead's count belongs to its own clause's weekday, not to "yesterday's" parade
    text = ("A day after thousands lined Main Street for yesterday's St. Patrick's Day "
            "parade, the festival took over the spotlight on Wednesday morning.")
    assert extract(text, date="2026-03", lang="en").date == "2026-03-18"
