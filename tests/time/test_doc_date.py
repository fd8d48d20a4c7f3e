"""The day of writing inferred from the text of an article dated only to its month, as a
specification: given these sentences and this month, expect this document date. A wrong
day shifts every relative expression of the article, so where the clues do not agree the
month stays."""

import pytest

from chronik.pipeline import extract


def document_date(text, month, title=None):
    doc = extract(text, date=month, lang="de", title=title)
    return doc.date, doc.date_evidence


@pytest.mark.parametrize("text, month", [
    # the dated appointment lies ahead ("angesetzt, also kommenden Montag und Dienstag"):
    # that the talks failed in the night to a Tuesday does not make the 17th today
    (("Verdi hat für heute zu Warnstreiks aufgerufen. Die Gespräche waren in der Nacht zu "
      "Dienstag gescheitert. Die dritte Runde ist für den 16. und 17. März angesetzt, also "
      "kommenden Montag und Dienstag."), "2026-03"),
    # the new launch date: its weekday is its own, no clue to today
    (("Der Start ist heute verschoben worden. Neuer Termin ist frühestens Samstag, der 22. "
     "November."), "2025-11"),
    # the dated death and the "heute" of the announcement are in different clauses
    (("Der Schriftsteller Martin Velten ist tot. Er starb am Sonntag, dem 19. Oktober, im "
      "Alter von 87 Jahren in Lübeck, wie sein Verlag heute mitteilte."), "2025-10"),
    # "heute und am Mittwoch": two days, not one
    ("Verdi streikt heute und am Mittwoch, dem 12. März.", "2025-03"),
    # a date in a schedule told in the present shares its weekday with the remark only by
    # chance (25 June 2026 is a Thursday)
    (("Die Mannschaft spielt am kommenden Sonntag, dem 14. Juni, in Houston. Am 25. Juni "
      "folgt dann das letzte Gruppenspiel gegen Ecuador. Der Trainer zeigte sich am "
      "Donnerstagmittag zuversichtlich."), "2026-06"),
    # the lead's "am Dienstag" and "am 3. Juni" (a Tuesday two weeks on) are not one day
    (("Vor dem Landgericht hat am Dienstag der Prozess begonnen. Ein Urteil könnte schon am "
      "3. Juni fallen."), "2025-05"),
    # the day after the 22nd is a Monday, not the Tuesday the sentence names
    (("Einen Tag nach der Landtagswahl vom 22. März haben die Parteien am Dienstag "
      "beraten."), "2026-03"),
    # "für Donnerstag geplant" may be any Thursday: the summit on Thursday the 26th is
    # another appointment
    (("Heute, am Dienstag, beraten die Botschafter. Der Gipfel soll am 26. Juni "
      "stattfinden. Ein Treffen ist für Donnerstag geplant."), "2025-06"),
    # "ist für den 19. März geplant": a Wednesday, but maybe the next one
    (("An mehreren Flughäfen ruht der Betrieb an diesem Mittwoch. Die nächste Runde ist für "
      "den 19. März geplant."), "2025-03"),
])
def test_a_date_that_is_not_today_leaves_the_month(text, month):
    date, why = document_date(text, month)
    assert date == month, why


def test_a_weekday_named_with_its_date_in_the_nominative_is_one_expression():
    doc = extract("Neuer Termin ist frühestens Samstag, der 22. November.", date="2025-11-19",
                  lang="de")
    assert [(t.text, t.value) for t in doc.timexes] == [
        ("Samstag, der 22. November", "2025-11-22")]


@pytest.mark.parametrize("text, title, day", [
    # "heute, zwei Tage nach seinem Tod": two days after the dated death of its sentence
    (("Der Schriftsteller Martin Velten ist tot. Er starb am Sonntag, dem 19. Oktober, im "
      "Alter von 87 Jahren in Lübeck, wie sein Verlag heute, zwei Tage nach seinem Tod, "
      "mitteilte."), None, "2025-10-21"),
    # still inferred: the date said together with "heute" in one clause
    ("Verdi streikt heute, am Mittwoch, dem 12. März.", None, "2025-03-12"),
    # the lead's date under a title that says "heute", and a past weekday that agrees
    (("Die Außenminister wollen am 14. März in Warschau beraten. Das Treffen soll um 20 Uhr "
      "beginnen, wie das Auswärtige Amt am Donnerstagmorgen mitteilte."),
     "Außenminister beraten heute in Warschau", "2024-03-14"),
])
def test_the_day_of_writing_is_still_inferred_from_agreeing_clues(text, title, day):
    date, why = document_date(text, day[:7], title)
    assert date == day, why


@pytest.mark.parametrize("text, month, day", [
    # "am heutigen Dienstag" names today's weekday; the date on that weekday is today
    (("Vertreter Schwedens und der Türkei kommen am heutigen Dienstag in Ankara zusammen. Das "
     "Treffen soll am 6. Juni um 10 Uhr beginnen."), "2023-06", "2023-06-06"),
    # ... and outweighs a day of saying: "sagte am Montag" is not today
    (("Vertreter kommen am heutigen Dienstag in Ankara zusammen. Das Treffen soll am 6. Juni "
     "beginnen. Die Sprecherin sagte am Montag in Brüssel, man sei bereit."), "2023-06",
     "2023-06-06"),
    # a day named with its weekday two days before, told in the past (also the past perfect)
    (("Die Delegationen verhandeln am heutigen Dienstag in Kairo. Am Sonntag, dem 18. Februar, "
     "hatten sich die Geheimdienstchefs in Paris getroffen."), "2024-02", "2024-02-20"),
])
def test_todays_weekday_and_a_dated_day_near_it(text, month, day):
    assert document_date(text, month)[0] == day


def test_a_day_of_another_weekday_than_todays_is_not_today():
    doc = extract("Talks resumed in Doha today, Tuesday. Blinken said on Monday, Jan. 13, that "
                  "the deal was close.", date="2025-01", lang="en")
    assert doc.date == "2025-01-14"


@pytest.mark.parametrize("text, month, day", [
    # a date named with its distance from today: today is the date less the distance
    (("Bei der Wahl hat keiner die Mehrheit erreicht. Die beiden Kandidaten müssen in zwei "
      "Wochen, am 6. Oktober, in eine Stichwahl."), "2024-09", "2024-09-22"),
    # ... and a date a week after today's news ("heute", two sentences before)
    (("Die Firma stellt heute, am Dienstag, ihre Brille vor. Die Vorstellung beginnt um 10 Uhr. "
      "Der Verkauf soll genau eine Woche später, am 17. September, beginnen."), "2024-09",
     "2024-09-10"),
])
def test_a_date_named_with_its_distance_from_today(text, month, day):
    date, why = document_date(text, month)
    assert date == day, why


@pytest.mark.parametrize("text, month, day", [
    # "an diesem Mittwoch" told in the present is today's weekday ...
    (("An mehreren Flughäfen ruht der Betrieb an diesem Mittwoch. Am Montag, dem 10. März, "
      "hatte die Gewerkschaft zum Streik aufgerufen."), "2025-03", "2025-03-12"),
    # ... and with its date, that date is today
    (("Das Gericht hat die Verkündung abgesagt. Statt an diesem Donnerstag, dem 14. November, "
      "will der Senat nun am 3. Dezember entscheiden."), "2024-11", "2024-11-14"),
])
def test_this_weekday_is_todays(text, month, day):
    date, why = document_date(text, month)
    assert date == day, why


def test_a_bare_date_a_week_after_today_is_not_today():
    # "eine Woche später, am 17. September" is ahead of a Tuesday, not that Tuesday
    date, _ = document_date("Das Start-up stellt heute, am Dienstag, seine Brille vor. Der Verkauf "
                            "soll genau eine Woche später, am 17. September, beginnen.", "2024-09")
    assert date == "2024-09-10"


@pytest.mark.parametrize("text, month, day", [
    # a date named with its distance from today
    ("The crew will try again in two days, on Thursday, Dec. 5, the company said.", "2024-12",
     "2024-12-03"),
    # a day a plan is for counts when today's weekday says how far ahead it is
    ("The company said today, Tuesday, that liftoff is set for Thursday, Dec. 5.", "2024-12",
     "2024-12-03"),
    # "said Tuesday", without "on", is the day of saying
    (("Orbitra will try again, the company said Tuesday. Liftoff is scheduled for Thursday, "
      "Dec. 5."), "2024-12", "2024-12-03"),
    # AP style: the lead's weekday is the day of the news; "since Tuesday, Oct. 8" is two
    # days before that Thursday
    (("A federal jury on Thursday found the former chief executive guilty of fraud. Jurors "
      "had deliberated since Tuesday, Oct. 8."), "2024-10", "2024-10-10"),
])
def test_the_day_of_writing_in_english(text, month, day):
    doc = extract(text, date=month, lang="en")
    assert doc.date == day, doc.date_evidence


def test_weeks_before_a_date_counted_from_this_weekday():
    date, why = document_date("Der Bundestag entscheidet an diesem Donnerstag über die Reform. Die "
                              "erste Lesung hatte genau vier Wochen zuvor stattgefunden, am 7. "
                              "November.", "2024-12")
    assert date == "2024-12-05", why


def test_a_call_made_before_for_a_day_of_todays_weekday_is_for_today():
    date, why = document_date("An mehreren Flughäfen ruht der Betrieb an diesem Mittwoch. Die "
                              "Gewerkschaft hatte für den 12. März zu einem Warnstreik "
                              "aufgerufen.", "2025-03")
    assert date == "2025-03-12", why


def test_a_week_later_counts_from_the_last_day_named():
    # "Eine Woche später" is a week after Friday here, not after today
    date, _ = document_date("Heute, am Dienstag, beginnt die Messe. Am Freitag folgt das Finale. "
                            "Eine Woche später, am 20. September, schließt die Halle.", "2024-09")
    assert date != "2024-09-13"


@pytest.mark.parametrize("text, month, lang, day", [
    # a sentence that opens with the count of days after something dated in the next one
    (("Zwei Tage nach der Wahl hat die Partei heute, am Dienstag, ihren Vorstand neu gewählt. "
      "Die Wahl hatte am 9. März stattgefunden."), "2025-03", "de", "2025-03-11"),
    (("Three days after the storm, the city reopened its schools today. The storm had hit "
      "the coast on Oct. 6."), "2025-10", "en", "2025-10-09"),
    # a span of days that begins today and ends on a named date
    (("Die Energieminister beginnen heute in Wien eine dreitägige Konferenz. Die Beratungen "
      "enden am 14. Mai mit einer gemeinsamen Erklärung."), "2025-05", "de", "2025-05-12"),
    (("The leaders open a two-day summit in Lima today. The talks end on Nov. 16 with a "
      "joint statement."), "2024-11", "en", "2024-11-15"),
])
def test_today_counted_from_a_dated_day_in_days(text, month, lang, day):
    doc = extract(text, date=month, lang=lang)
    assert doc.date == day, doc.date_evidence


def test_a_weekday_that_falls_on_a_named_date_fixes_the_week():
    # of the Mondays of March 2025 only the 10th makes "am Mittwoch" the named 12 March
    text = ("Die Ministerin tritt heute, am Montag, zurück. Ihr Nachfolger soll am Mittwoch "
            "vereidigt werden. Ein für den 12. März geplanter Besuch in Paris entfällt.")
    assert document_date(text, "2025-03")[0] == "2025-03-10"


@pytest.mark.parametrize("title, text, month, lang, day", [
    # the title says it happens today, the lead names its day with the weekday
    ("Kanzlerin eröffnet heute die Hannover Messe",
     "Die Kanzlerin eröffnet am Sonntag, dem 20. April, die Hannover Messe.", "2025-04", "de",
     "2025-04-20"),
    ("Pope to visit Lisbon today",
     ("Pope Francis will visit Lisbon on Wednesday, Aug. 2, the Vatican said. A spokesman "
      "told reporters on Monday that the trip would last five days."), "2023-08", "en",
     "2023-08-02"),
])
def test_the_lead_dates_what_the_title_says_happens_today(title, text, month, lang, day):
    doc = extract(text, date=month, lang=lang, title=title)
    assert doc.date == day, doc.date_evidence


@pytest.mark.parametrize("text, lang, month, day", [
    # a date right after a day counted from today
    ("Gestern, am Donnerstag, dem 4. Juni, stimmten die Hafenarbeiter ab.", "de", "2026-06",
     "2026-06-05"),
    ("Morgen, am Samstag, dem 14. März, beginnt das Turnier.", "de", "2026-03", "2026-03-13"),
    ("Lava reached the road yesterday (Saturday, Jan. 10), officials said.", "en", "2026-01",
     "2026-01-11"),
    ("The vote will be held tomorrow, Friday, June 19, the company said.", "en", "2026-06",
     "2026-06-18"),
    # a weekday of the news that is the day after a dated event, counted in the lead
    ("Einen Tag nach der Landtagswahl vom 22. März haben die Parteien am Montag beraten.", "de",
     "2026-03", "2026-03-23"),
])
def test_a_date_named_as_yesterday_or_tomorrow(text, lang, month, day):
    doc = extract(text, date=month, lang=lang)
    assert doc.date == day, doc.date_evidence


def test_a_date_named_as_yesterday_outweighs_the_lead_that_dates_it():
    # the lead reports what began on the Saturday, but the text names that day yesterday
    doc = extract("Lava began to flow late yesterday (Saturday, Feb. 7) near the town. The "
                  "road was closed on Saturday night.", date="2026-02", lang="en")
    assert doc.date == "2026-02-08", doc.date_evidence
