"""Round eleven of the time tagger, as a specification: a weekday after "from" takes the
tense of the verb before it, and "seit" dates its own period only.

Every sentence is hand-written.
"""

import pytest

from chronik.pipeline import extract
from chronik.time import tag


def value_of(text, date, lang, span):
    found = [t.value for t in tag(text, date=date, lang=lang) if t.text == span]
    assert found, f"no timex {span!r} in {text!r}"
    return found[0]


@pytest.mark.parametrize("text, date, lang, span, value", [
    # "expected from Tuesday evening" in a Wednesday article: the coming Tuesday; the verb
    # before "from" is as close to the weekday as one before "on"
    ("Heavy snow is expected from Tuesday evening, the weather service said.",
     "2025-10-15", "en", "Tuesday evening", "2025-10-21TEV"),
    ("The pool will be closed from Monday for repairs.", "2025-10-15", "en", "Monday",
     "2025-10-20"),
    # ... and a past verb before "from" points back
    ("The pool was closed from Monday until yesterday.", "2025-10-15", "en", "Monday",
     "2025-10-13"),
    # "seit März" says when a period began; it is no past cue for the rest of the
    # sentence: the exhibition closes on the coming Sunday
    ("Die Ausstellung läuft seit März und schließt am Sonntag.", "2025-10-15", "de",
     "Sonntag", "2025-10-19"),
    ("Seit Montag wird gestreikt, am Freitag verhandeln beide Seiten erneut.",
     "2025-10-15", "de", "Freitag", "2025-10-17"),
    # a verb of the present that sets a schedule leans a bare weekday ahead
    ("Das Hallenbad öffnet am Samstag nach der Sanierung.", "2025-10-15", "de", "Samstag",
     "2025-10-18"),
    ("Die Tagung endet am Freitag mit einer Abschlussrede.", "2025-10-15", "de", "Freitag",
     "2025-10-17"),
    # the past still wins where the sentence is told in it
    ("Die Ausstellung schloss am Sonntag nach drei Monaten.", "2025-10-15", "de", "Sonntag",
     "2025-10-12"),
])
def test_weekday_reading(text, date, lang, span, value):
    assert value_of(text, date, lang, span) == value


@pytest.mark.parametrize("text, span, value", [
    # "could come", "as early as": a possibility ahead, in a Tuesday article
    ("A final vote could come as early as 6 p.m. ET Thursday, according to a Senate aide.",
     "6 p.m. ET Thursday", "2025-11-20T18:00"),
    ("The ruling could be handed down on Friday, lawyers said.", "Friday", "2025-11-21"),
    ("Repairs may start as soon as Monday.", "Monday", "2025-11-24"),
    # "could have" looks back
    ("The crash could have been avoided on Sunday, investigators said.", "Sunday",
     "2025-11-16"),
])
def test_possibility_leans_ahead(text, span, value):
    assert value_of(text, "2025-11-18", "en", span) == value


@pytest.mark.parametrize("text, span, value", [
    # a day counted from an event whose date the text does not give is unknown, and no
    # day for the day part of the next sentence either
    (("Am Vorabend des Gipfels wird demonstriert. Für den späten Nachmittag ist eine "
      "Pressekonferenz angekündigt."), "Nachmittag", "2025-11-19TAF"),
    (("Am Vorabend des Gipfels wird demonstriert. Für den späten Nachmittag ist eine "
      "Pressekonferenz angekündigt."), "Vorabend", "XXXX-XX-XX"),
    # the Sundays of Advent written with a numeral
    ("Am 1. Advent öffnet der Weihnachtsmarkt.", "1. Advent", "2025-11-30"),
    ("Bis zum 3. Advent bleibt die Eisbahn geöffnet.", "3. Advent", "2025-12-14"),
])
def test_german_days(text, span, value):
    assert value_of(text, "2025-11-19", "de", span) == value


@pytest.mark.parametrize("text, date, lang, span, value", [
    # a past time of day is not on the day ahead its sentence names further on (a night
    # told in the past on the day of writing is last night, dated by its evening: round 12)
    ("Crews worked through the night and expect to restore service by Thursday afternoon.",
     "2025-11-19", "en", "the night", "2025-11-18TNI"),
    (("Die Helfer arbeiteten in der Nacht durch und wollen die Straße bis Donnerstagabend "
      "freigeben."), "2025-11-19", "de", "Nacht", "2025-11-18TNI"),
    # told in one tense, the day named after the time is its day
    ("The ferry will leave at 18:30 GMT on Saturday, March 8.", "2025-03-06", "en",
     "18:30 GMT", "2025-03-08T18:30"),
])
def test_a_time_of_day_told_apart_from_the_day_after_it(text, date, lang, span, value):
    assert value_of(text, date, lang, span) == value


def day_of_writing(text, month, lang):
    doc = extract(text, date=month, lang=lang)
    return doc.date


@pytest.mark.parametrize("text, lang, day", [
    # the date of what a count starts from, right after the count, needs no past verb
    ("Zwei Tage nach dem Unglück vom 8. November suchen Taucher heute weiter.", "de",
     "2025-11-10"),
    ("Heute, zwei Tage nach dem Unglück vom 8. November, suchen Taucher weiter.", "de",
     "2025-11-10"),
    # the n-th day of something that began on a named date
    (("Seit Sonntag, 9. November, streiken die Piloten. Heute, am dritten Streiktag, fielen "
      "200 Flüge aus."), "de", "2025-11-11"),
    (("Die Verhandlungen hatten am 3. November in Genf begonnen. Am dritten Tag der "
      "Gespräche legte die Delegation heute einen neuen Entwurf vor."), "de", "2025-11-05"),
    ("The talks, which began on Monday, Nov. 10, enter their fourth day today.", "en",
     "2025-11-13"),
    ("The strike, now in its third day, began on Sunday, Nov. 9.", "en", "2025-11-11"),
    # an anniversary is no n-th day: today is the day of the month named
    (("Am dritten Jahrestag des Anschlags vom 9. November gedachten heute Hunderte der "
      "Opfer."), "de", "2025-11-09"),
])
def test_day_of_writing_counted(text, lang, day):
    assert day_of_writing(text, "2025-11", lang) == day


@pytest.mark.parametrize("text, month, lang, day", [
    # years to the day, said with "genau"/"exactly" and the date it counts back to
    (("Die Ministerin traf am Montagmorgen in Kiew ein. Der Krieg hatte vor genau drei "
      "Jahren, am 24. Februar 2022, begonnen."), "2025-02", "de", "2025-02-24"),
    ("The war began exactly three years ago, on Feb. 24, 2022.", "2025-02", "en",
     "2025-02-24"),
    # without "genau" the count may be rounded: no day
    ("Der Krieg hatte vor drei Jahren, am 24. Februar 2022, begonnen.", "2025-02", "de",
     "2025-02"),
    # a holiday right before a count from today
    ("With Halloween a week from today, costume orders were down.", "2024-10", "en",
     "2024-10-24"),
    # a lead that opens with a count after a date tells today's news
    (("Vier Tage nach der Landtagswahl vom 22. September sind die Sondierungen geplatzt. "
      "Die für heute Nachmittag angesetzte Runde fand nicht statt."), "2024-09", "de",
     "2024-09-26"),
    ("ERFURT (dpa) - Vier Tage nach der Wahl vom 22. September sind die Gespräche geplatzt.",
     "2024-09", "de", "2024-09-26"),
])
def test_day_of_writing_from_counts(text, month, lang, day):
    assert day_of_writing(text, month, lang) == day


@pytest.mark.parametrize("text, date, lang, span, value", [
    # a plan named by an attribute, told in the past perfect of a separable verb
    ("Ein für Dienstag geplanter Termin war ausgefallen, weil ein Schöffe erkrankt war.",
     "2023-12-07", "de", "Dienstag", "2023-12-05"),
    # a sentence opening with "Sollte" is a condition ahead, not a failed plan
    ("Es regnet. Sollte das Wetter am Samstag nicht mitspielen, wird der Start verschoben.",
     "2025-07-10", "de", "Samstag", "2025-07-12"),
    ("Der Start sollte am Samstag sein, wurde aber abgesagt.", "2025-07-10", "de", "Samstag",
     "2025-07-05"),
    # "der folgende Tag" counts from the day just named, in any case of the article
    ("Sollte es am Samstag regnen, steht der folgende Tag als Ersatztermin bereit.",
     "2025-07-10", "de", "folgende Tag", "2025-07-13"),
    # a weekday after a verb of ending is the first one after the day the span began
    ("The strike would begin on Tuesday, August 13, and end at midnight on Thursday.",
     "2024-08-03", "en", "midnight on Thursday", "2024-08-15T24:00"),
    # the small hours of a night counted from today are the next day's
    ("Air defences shot down 47 drones overnight, 12 of them between 2 a.m. and 4 a.m.",
     "2025-10-30", "en", "2 a.m.", "2025-10-30T02:00"),
    ("Last night at 11 p.m. a fire broke out.", "2025-10-30", "en", "11 p.m.",
     "2025-10-29T23:00"),
    # the night before today, and tonight
    ("Allein in der vergangenen Nacht wurden 140 Drohnen gezählt.", "2025-02-24", "de",
     "vergangenen Nacht", "2025-02-23TNI"),
    ("In der kommenden Nacht wird es frostig.", "2025-02-24", "de", "kommenden Nacht",
     "2025-02-24TNI"),
    # a part of the day before "auf einer Versammlung" (not "die Nacht auf Sonntag")
    ("Die Firma informierte die Belegschaft am Vormittag auf einer Versammlung.",
     "2023-06-15", "de", "Vormittag", "2023-06-15TMO"),
    ("In der Nacht auf Sonntag brannte eine Scheune.", "2023-06-15", "de",
     "In der Nacht auf Sonntag", "2023-06-10TNI"),
    # the past as a whole, and rates
    ("Verhandlungen hätten in der Vergangenheit oft Wochen gedauert.", "2023-06-15", "de",
     "in der Vergangenheit", "PAST_REF"),
    ("Die Rakete soll bis zu zehn Mal pro Jahr starten.", "2023-06-15", "de", "pro Jahr",
     "P1Y"),
])
def test_values_round_eleven(text, date, lang, span, value):
    assert value_of(text, date, lang, span) == value


@pytest.mark.parametrize("text, lang, span, value", [
    # the day of a clause that tells who said it is not the clock's: the plan's day is
    (("Die Gewerkschaft hat für Freitag einen Streik angekündigt. Der Ausstand soll um 2 Uhr "
      "beginnen, wie die Gewerkschaft am heutigen Mittwoch mitteilte."), "de", "2 Uhr",
     "2024-03-15T02:00"),
    (("The union has called a strike for Friday. It will begin at 2 a.m., the union said on "
     "Wednesday."), "en", "2 a.m.", "2024-03-15T02:00"),
    # a day right after the clock is still its own
    ("The strike begins at 2 a.m. on Friday, the union said on Wednesday.", "en",
     "2 a.m. on Friday", "2024-03-15T02:00"),
])
def test_a_clock_is_not_on_the_day_of_its_telling(text, lang, span, value):
    assert value_of(text, "2024-03-13", lang, span) == value


def test_a_day_in_brackets_is_of_the_zone_told_there():
    # the Thursday belongs to the GMT reading in brackets; the local time is Friday's
    text = ("TOKYO — A strong earthquake struck northern Japan early Friday, officials said."
            "\n\nThe quake hit at 3:12 a.m. local time (18:12 GMT Thursday) off the coast.")
    assert value_of(text, "2023-02-17", "en", "3:12 a.m. local time") == "2023-02-17T03:12"
    assert value_of(text, "2023-02-17", "en", "18:12 GMT Thursday") == "2023-02-16T18:12"


def test_a_holiday_naming_a_season_of_trade_is_no_day_of_writing():
    text = ("Brightwell cut its sales forecast on Thursday. Halloween sales have been weaker "
            "than a year ago, the company said.")
    assert day_of_writing(text, "2024-10", "en") == "2024-10"


def test_a_count_from_today_is_that_very_day():
    got = [(t.text, t.type, t.value) for t in tag(
        "The company will open its new store a week from today.", date="2024-10-24",
        lang="en")]
    assert got == [("a week from today", "DATE", "2024-10-31")]


@pytest.mark.parametrize("text, span, type_, value", [
    # a German count to the very day ("genau") is that day; a plain count of days or weeks
    # is that day too (round 12: "vor einer Woche" is the weekday a week ago), one of months
    # the month it leads to; one of years stays a duration pointing there, as KRAUTS
    # annotates "vor fünf Jahren"
    ("Das Urteil soll in genau einer Woche verkündet werden.", "genau einer Woche", "DATE",
     "2025-03-03"),
    ("Der Großangriff hatte vor genau drei Jahren begonnen.", "genau drei Jahren", "DATE",
     "2022-02-24"),
    ("Die Wahl findet in zwei Wochen statt.", "zwei Wochen", "DATE", "2025-03-10"),
    ("Die Messe beginnt in fünf Tagen.", "fünf Tagen", "DATE", "2025-03-01"),
    ("Vor drei Monaten war alles anders.", "drei Monaten", "DATE", "2024-11"),
    ("Vor fünf Jahren war alles anders.", "fünf Jahren", "DURATION", "P5Y"),
    ("Er ist seit zwei Wochen krank.", "zwei Wochen", "DURATION", "P2W"),
])
def test_a_count_to_the_very_day(text, span, type_, value):
    got = [(t.type, t.value) for t in tag(text, date="2025-02-24", lang="de") if t.text == span]
    assert got == [(type_, value)]


@pytest.mark.parametrize("text, lang, span, value", [
    # a range over midnight: the day after it is the end's; the start is the day before
    (("Verdi hat für Donnerstag zu einem Warnstreik aufgerufen. Busse sollen von 3 Uhr "
      "morgens bis 3 Uhr am Freitag stillstehen."), "de", "3 Uhr morgens",
     "2025-03-20T03:00"),
    # a range within one day shares the day after it
    ("The strike runs from 6 a.m. to 6 p.m. on Friday.", "en", "6 a.m.", "2025-03-21T06:00"),
    ("Die Sitzung dauert am Montag von 10 bis 12 Uhr.", "de", "12 Uhr", "2025-03-17T12:00"),
])
def test_clock_ranges(text, lang, span, value):
    assert value_of(text, "2025-03-18", lang, span) == value


def test_the_one_weekday_between_a_past_date_and_one_ahead():
    text = ("Verdi hat für Donnerstag zu einem Warnstreik aufgerufen, wie die Gewerkschaft "
            "am Dienstag mitteilte. Die dritte Verhandlungsrunde am 11. März war ohne "
            "Ergebnis geblieben. Die nächste Runde ist für den 24. März angesetzt.")
    assert day_of_writing(text, "2025-03", "de") == "2025-03-18"


def test_the_day_of_a_telling_is_no_day_the_story_goes_on_from():
    text = ("Der Bundesgerichtshof verhandelt am kommenden Dienstag über die Klage. Das teilte "
            "das Gericht am Freitag mit. Ein Urteil könnte noch am selben Tag fallen.")
    assert value_of(text, "2024-11-15", "de", "selben Tag") == "2024-11-19"


@pytest.mark.parametrize("text, month, lang, day", [
    # Easter Saturday and the calendar start of spring are days of their own
    ("Heute, am Ostersamstag, hat Lindenau mit 1:3 verloren.", "2025-04", "de", "2025-04-19"),
    ("Heute ist kalendarischer Frühlingsanfang.", "2024-03", "de", "2024-03-20"),
    # weekdays that meet dates: no day that a date told ahead lies before ("would enter
    # lunar orbit on June 16" is not after the day of writing)
    (("Liftoff is now targeted for tomorrow, Thursday. If it launches on Thursday, the "
      "lander would enter lunar orbit on June 16 and land on June 19."), "2025-06", "en",
     "2025-06"),
    # a clock on a weekday told without a tense is a schedule, not today
    ("Polling stations open at 8 a.m. on Sunday and close at 4 p.m.", "2025-11", "en",
     "2025-11"),
])
def test_day_of_writing_review30(text, month, lang, day):
    assert day_of_writing(text, month, lang) == day


def test_a_weekday_with_its_distance_from_today_gives_todays_weekday():
    # "on Thursday, three days from now": a Monday; with a date told in the past before it
    # and one ahead after it, the one Monday between
    text = ("The talks began on Sept. 18 in Busan. Morita will address the assembly on "
            "Thursday, three days from now. A second round is set for Sept. 24.")
    assert day_of_writing(text, "2025-09", "en") == "2025-09-22"


@pytest.mark.parametrize("text, date, lang, span, value", [
    # a clock in the clause that tells who said it is the telling's, not the day before it
    ("They will resume at 9:30 a.m. on Monday, the judge told the court shortly after 4 p.m.",
     "2023-10-27", "en", "4 p.m.", "2023-10-27T16:00"),
    (("The first round will be held from October 14 to 16, the ministry said in a statement "
     "released at 9 a.m. Tokyo time."), "2025-09-22", "en", "9 a.m. Tokyo time",
     "2025-09-22T09:00"),
    # the day right after a clock ("23:59 on Wednesday, January 29") is its own
    (("Drivers would strike from 00:01 on Monday, January 27, until 23:59 on Wednesday, "
     "January 29."), "2025-01-23", "en", "23:59", "2025-01-29T23:59"),
    # "jährt sich" is a date of the calendar ahead
    ("Am Samstag jährt sich der Überfall zum zweiten Mal.", "2024-02-20", "de", "Samstag",
     "2024-02-24"),
])
def test_values_review30(text, date, lang, span, value):
    assert value_of(text, date, lang, span) == value


@pytest.mark.parametrize("text, date, lang, span, offset, value", [
    # "local time" of more places, and the same instant told as "das war … MEZ"
    (("Governor Ruth Alvarado, speaking at a briefing in Houston at 10 a.m. local time, said "
     "crews were ready."), "2024-07-09", "en", "10 a.m. local time", "-05:00",
     "2024-07-09T10:00"),
    ("Die Rakete hob in Kourou um 22:31 Uhr Ortszeit ab, das war 2:31 Uhr MEZ.", "2025-11-18",
     "de", "22:31 Uhr Ortszeit", "-03:00", "2025-11-17T22:31"),
])
def test_local_time_of_places(text, date, lang, span, offset, value):
    got = [(t.utc_offset, t.value) for t in tag(text, date=date, lang=lang) if t.text == span]
    assert got == [(offset, value)]


def test_a_season_told_in_the_past_perfect_has_begun():
    assert value_of("Lindenau hatte im Sommer den Kader verstärkt.", "2025-04-19", "de",
                    "Sommer") == "2024-SU"
    assert value_of("Im Sommer wird der Kader verstärkt.", "2025-04-19", "de",
                    "Sommer") == "2025-SU"


@pytest.mark.parametrize("text, date, span, value", [
    # the weekday of the reading in brackets names the day of the first one too
    ("The debate will begin at 8 p.m. local time (0100 GMT Thursday) in Bogota.",
     "2025-11-04", "8 p.m. local time", "2025-11-05T20:00"),
    ("Liftoff is now targeted for 9:14 p.m. EDT (01:14 GMT Friday) tomorrow, Thursday.",
     "2025-06-04", "9:14 p.m. EDT", "2025-06-05T21:14"),
])
def test_a_weekday_in_brackets_dates_the_same_instant(text, date, span, value):
    assert value_of(text, date, "en", span) == value


def test_a_full_date_before_a_colon():
    text = "Brennan wrote in a message sent just after midnight on January 3, 2020: Call me."
    assert value_of(text, "2023-10-27", "en", "January 3, 2020") == "2020-01-03"
    # (just after the midnight that began that day: round 12)
    assert value_of(text, "2023-10-27", "en", "midnight") == "2020-01-03T00:00"


def test_the_end_of_a_reporting_period_lends_no_day_to_a_clock():
    text = ("The company made 84 million pounds in the six months to December 31. Shares fell "
            "6 percent to 214 pence by 11:00 GMT in London.")
    assert value_of(text, "2025-01-23", "en", "11:00 GMT") == "2025-01-23T11:00"


def test_polls_open_on_a_day_ahead():
    text = "Polling stations open at 8 a.m. on Sunday and close at 4 p.m."
    assert value_of(text, "2025-11-04", "en", "8 a.m. on Sunday") == "2025-11-09T08:00"
    assert value_of(text, "2025-11-04", "en", "4 p.m.") == "2025-11-09T16:00"


def test_a_short_quoted_phrase_takes_the_tense_of_its_frame():
    text = 'The crew expects to arrive "sometime Sunday afternoon", the skipper said.'
    assert value_of(text, "2025-12-25", "en", "Sunday afternoon") == "2025-12-28TAF"


@pytest.mark.parametrize("text, date, value", [
    # "for the weekend" is the coming one, whatever the tense of the verb
    ("Residents should wait for the weekend before returning.", "2025-08-29", "2025-W35-WE"),
    ("Jurors were sent home for the weekend.", "2023-10-27", "2023-W43-WE"),
    ("We spent the weekend at home.", "2023-10-27", "2023-W42-WE"),
])
def test_for_the_weekend(text, date, value):
    assert value_of(text, date, "en", "the weekend") == value


def test_a_dateline_with_a_slash_before_a_lead_count():
    text = ("FRANKFURT/MAIN (dpa) - Drei Tage nach dem Abbruch der Verhandlungen am 14. März "
            "hat die Gewerkschaft den Luftverkehr lahmgelegt.")
    assert day_of_writing(text, "2025-03", "de") == "2025-03-17"


@pytest.mark.parametrize("text, lang, span", [
    ("The ceremony starts at 8 a.m. Stockholm time on Friday.", "en",
     "8 a.m. Stockholm time on Friday"),
    ("Die Zeremonie beginnt um 16.30 Uhr Stockholmer Zeit.", "de", "16.30 Uhr Stockholmer Zeit"),
])
def test_the_time_of_more_capitals(text, lang, span):
    got = [t.utc_offset for t in tag(text, date="2025-12-10", lang=lang) if t.text == span]
    assert got == ["+01:00"]
