"""The German temporal tagger, as a specification: given a sentence and a document date,
expect these time expressions with these TIMEX3 values."""

import pytest

from chronik.time import tag


def values(text, date, lang="de"):
    return [(t.text, t.value) for t in tag(text, date=date, lang=lang)]


def value_of(text, date, phrase):
    found = [t for t in tag(text, date=date) if phrase in t.text or t.text in phrase]
    assert found, f"no timex for {phrase!r} in {values(text, date)}"
    return found[0]


@pytest.mark.parametrize("sentence, date, phrase, value", [
    # explicit dates
    ("Die Wahl findet am 10. Januar 2022 statt.", "2021-12-01", "10. Januar 2022", "2022-01-10"),
    ("Die Frist endet am 10.01.2022.", "2021-12-01", "10.01.2022", "2022-01-10"),
    ("Die Frist endet am 10.1. um Mitternacht.", "2021-12-20", "10.1.", "2022-01-10"),
    ("Das Gesetz gilt seit Januar 2022.", "2022-03-01", "Januar 2022", "2022-01"),
    ("Das war im Jahr 2014.", "2022-03-01", "Jahr 2014", "2014"),
    ("Die Firma wurde 2014 gegründet.", "2022-03-01", "2014", "2014"),
    ("Am Donnerstag, 25. Februar, wird gewählt.", "2021-02-20", "Donnerstag, 25. Februar", "2021-02-25"),
    ("Der Angriff begann am 24.02.22 im Morgengrauen.", "2022-03-01", "24.02.22", "2022-02-24"),
    ("Der Termin ist der 2022-02-24.", "2022-01-01", "2022-02-24", "2022-02-24"),
    # under-specified dates resolved by tense and modality
    # weak verbs whose stem ends in -chn/-gn/-ffn/-d/-t take -ete in the past: still past
    ("Der am Mittwoch unterzeichnete Vertrag gilt ab Mai.", "2023-04-07", "Mittwoch", "2023-04-05"),
    ("Der Laden öffnete am Montag wieder.", "2023-04-07", "Montag", "2023-04-03"),
    ("Das Treffen soll am 10. Januar in Genf stattfinden.", "2021-12-30", "10. Januar", "2022-01-10"),
    ("Am 28. Dezember hatte die Regierung den Plan vorgestellt.", "2022-01-03", "28. Dezember", "2021-12-28"),
    ("Am Montag will der Minister nach Kiew reisen.", "2022-03-10", "Montag", "2022-03-14"),
    ("Am Montag war der Minister nach Kiew gereist.", "2022-03-10", "Montag", "2022-03-07"),
    # an inflected planning participle is a future cue, not a past form
    ("Die für Freitag geplante Sitzung fällt aus.", "2022-03-16", "Freitag", "2022-03-18"),
    ("Am Donnerstagmorgen kommentierte der Sprecher das Telefonat.", "2021-12-30", "Donnerstagmorgen", "2021-12-30TMO"),
    ("In der Nacht zum Freitag wurde die Stadt beschossen.", "2022-03-18", "Nacht zum Freitag", "2022-03-17TNI"),
    ("Der Minister ist heute in Berlin.", "2022-03-15", "heute", "2022-03-15"),
    ("Gestern hatte es geregnet.", "2022-03-15", "Gestern", "2022-03-14"),
    ("Die Entscheidung fällt morgen.", "2022-03-15", "morgen", "2022-03-16"),
    ("Übermorgen beginnt die Konferenz.", "2022-03-15", "Übermorgen", "2022-03-17"),
    ("Vorgestern hatte der Ausschuss getagt.", "2022-03-15", "Vorgestern", "2022-03-13"),
    ("Die Kanzlerin spricht heute Abend im Fernsehen.", "2022-03-15", "heute Abend", "2022-03-15TEV"),
    ("Das Gespräch soll spätabends beginnen.", "2022-03-15", "spätabends", "2022-03-15TEV"),
    ("Die Delegation reist morgen früh ab.", "2022-03-15", "morgen früh", "2022-03-16TMO"),
    # relative
    ("Vergangene Woche hatte das Parlament abgestimmt.", "2022-03-15", "Vergangene Woche", "2022-W10"),
    ("Nächste Woche soll abgestimmt werden.", "2022-03-15", "Nächste Woche", "2022-W12"),
    ("Am Wochenende soll demonstriert werden.", "2022-03-10", "Wochenende", "2022-W10-WE"),
    ("Der Wetterdienst erwartet für das Wochenende Regen.", "2024-06-14", "Wochenende", "2024-W24-WE"),
    ("Nach dem Wochenende soll es wärmer werden.", "2024-06-14", "Wochenende", "2024-W24-WE"),
    ("Die Abstimmung ist für kommende Woche Donnerstag angesetzt.", "2024-02-07", "kommende Woche Donnerstag", "2024-02-15"),
    ("Am Donnerstag nächster Woche wird abgestimmt.", "2024-02-07", "Donnerstag nächster Woche", "2024-02-15"),
    ("Am Montag vergangener Woche hatte es gebrannt.", "2024-02-07", "Montag vergangener Woche", "2024-01-29"),
    ("Am Dienstagabend kommender Woche spielt die Band.", "2024-02-07", "Dienstagabend kommender Woche", "2024-02-13TEV"),
    ("Das Gesetz tritt zum 1. Januar kommenden Jahres in Kraft.", "2024-02-07", "1. Januar kommenden Jahres", "2025-01-01"),
    ("Am 3. März vergangenen Jahres hatte es gebrannt.", "2024-02-07", "3. März vergangenen Jahres", "2023-03-03"),
    ("Die Frist läuft am 30. Juni um Mitternacht ab.", "2024-02-07", "Mitternacht", "2024-06-30T24:00"),
    # (told in the past on the day of writing: the midnight that began that day)
    ("Um Mitternacht begann das Feuerwerk.", "2024-02-07", "Mitternacht", "2024-02-06T24:00"),
    ("Seit Jahresbeginn hat sich der Kurs verdreifacht.", "2024-10-17", "Jahresbeginn", "2024"),
    ("Zum Monatsende läuft der Vertrag aus.", "2024-10-17", "Monatsende", "2024-10"),
    ("Zum Jahresende 2023 lag die Quote bei fünf Prozent.", "2024-10-17", "Jahresende 2023", "2023"),
    ("Im kommenden Jahr soll das Werk öffnen.", "2022-03-15", "kommenden Jahr", "2023"),
    ("Ende vergangenen Jahres hatte die Firma Insolvenz angemeldet.", "2022-03-15", "Ende vergangenen Jahres", "2021"),
    ("Anfang April soll gewählt werden.", "2022-03-15", "Anfang April", "2022-04"),
    ("Mitte April soll gewählt werden.", "2022-03-15", "Mitte April", "2022-04"),
    ("Im dritten Quartal war der Umsatz gesunken.", "2021-11-15", "dritten Quartal", "2021-Q3"),
    ("Im Sommer soll die Brücke fertig sein.", "2022-03-15", "Sommer", "2022-SU"),
    ("Heute vor einem Jahr hatte der Krieg begonnen.", "2023-02-24", "Heute vor einem Jahr", "2022-02-24"),
    # times and zones
    ("Die Sitzung beginnt um 14.30 Uhr.", "2022-03-15", "14.30 Uhr", "2022-03-15T14:30"),
    ("Das Konzert beginnt um halb neun abends.", "2022-03-15", "halb neun abends", "2022-03-15T20:30"),
    ("Die Sitzung beginnt gegen 14 Uhr.", "2022-03-15", "14 Uhr", "2022-03-15T14:00"),
    ("Am 10. Januar um 21:30 Uhr soll es losgehen.", "2021-12-30", "21:30 Uhr", "2022-01-10T21:30"),
    # durations and sets
    ("Die Verhandlungen dauerten drei Tage.", "2022-03-15", "drei Tage", "P3D"),
    ("Er war zwölf Stunden unterwegs.", "2022-03-15", "zwölf Stunden", "PT12H"),
    ("Kiew wirft Moskau seit Wochen einen Aufmarsch vor.", "2021-12-30", "seit Wochen", "PXW"),
    ("Er saß drei Jahre und vier Monate in Haft.", "2022-03-15", "drei Jahre und vier Monate", "P3Y4M"),
    ("Sie haben zwei Jahre lang verhandelt.", "2022-03-15", "zwei Jahre lang", "P2Y"),
    ("Der Markt findet jeden Dienstag statt.", "2022-03-15", "jeden Dienstag", "XXXX-WXX-2"),
    ("Die Zahlen werden täglich veröffentlicht.", "2022-03-15", "täglich", "P1D"),
    ("Der Bericht erscheint jährlich.", "2022-03-15", "jährlich", "P1Y"),
    # decades, centuries, holidays, references
    ("In den neunziger Jahren war alles anders.", "2022-03-15", "neunziger Jahren", "199"),
    ("In den 1990er-Jahren war alles anders.", "2022-03-15", "1990er-Jahren", "199"),
    ("In den zwanziger Jahren wurde getanzt.", "2021-03-15", "zwanziger Jahren", "192"),
    ("Im 20. Jahrhundert gab es zwei Weltkriege.", "2022-03-15", "20. Jahrhundert", "19"),
    ("Zu Weihnachten soll es Schnee geben.", "2022-11-15", "Weihnachten", "2022-12-25"),
    ("Zu Ostern soll der Vertrag stehen.", "2022-03-15", "Ostern", "2022-04-17"),
    ("An Pfingsten wird gefeiert.", "2024-03-15", "Pfingsten", "2024-05-19"),
    ("An Silvester wird gefeiert.", "2022-12-15", "Silvester", "2022-12-31"),
    ("Neujahr fällt auf einen Sonntag.", "2022-12-15", "Neujahr", "2023-01-01"),
    ("Am Tag der Deutschen Einheit sprach der Präsident.", "2022-10-05", "Tag der Deutschen Einheit", "2022-10-03"),
    ("Derzeit wird verhandelt.", "2022-03-15", "Derzeit", "PRESENT_REF"),
    ("Damals war alles anders.", "2022-03-15", "Damals", "PAST_REF"),
    ("Künftig soll alles besser werden.", "2022-03-15", "Künftig", "FUTURE_REF"),
    # narrative anchoring
    ("Am 3. März wurde der Vertrag unterzeichnet. Zwei Tage später trat er in Kraft.", "2022-06-01", "Zwei Tage später", "2022-03-05"),
    ("Am 3. März wurde gewählt. Am selben Tag trat der Minister zurück.", "2022-06-01", "selben Tag", "2022-03-03"),
    ("Der Verein wurde 1990 gegründet. Im Jahr darauf kam der erste Titel.", "2022-06-01", "Jahr darauf", "1991"),
])
def test_value(sentence, date, phrase, value):
    assert value_of(sentence, date, phrase).value == value


def test_mods():
    assert value_of("Anfang April soll gewählt werden.", "2022-03-15", "Anfang April").mod == "START"
    assert value_of("Ende vergangenen Jahres war es kalt.", "2022-03-15", "Ende").mod == "END"
    assert value_of("Die Sitzung beginnt gegen 14 Uhr.", "2022-03-15", "14 Uhr").mod == "APPROX"


def test_coordinated_dates_each_get_a_full_value():
    assert values("Die Gespräche sollen am 10. und 12. Januar weitergehen.", "2021-12-30") == [
        ("10.", "2022-01-10"), ("12. Januar", "2022-01-12")]


def test_interval_ends_are_timexes():
    assert values("Das Festival läuft vom 23. bis 25. Juni.", "2022-03-15") == [
        ("23.", "2022-06-23"), ("25. Juni", "2022-06-25")]
    got = values("Geöffnet ist zwischen 17 und 18 Uhr.", "2022-03-15")
    assert got == [("17", "2022-03-15T17:00"), ("18 Uhr", "2022-03-15T18:00")]


@pytest.mark.parametrize("phrase, date, offset, instant", [
    ("Das Gespräch beginnt um 21:30 Uhr MEZ.", "2021-12-30", "+01:00", "2021-12-30T20:30:00Z"),
    ("Das Gespräch beginnt um 23:30 Uhr Moskauer Zeit.", "2021-12-30", "+03:00", "2021-12-30T20:30:00Z"),
    ("Der Start ist um 14 Uhr MESZ.", "2022-07-01", "+02:00", "2022-07-01T12:00:00Z"),
    ("Der Start ist um 12:00 UTC.", "2022-07-01", "+00:00", "2022-07-01T12:00:00Z"),
    ("Die Sirenen heulten um 9 Uhr Kiewer Zeit.", "2022-07-01", "+03:00", "2022-07-01T06:00:00Z"),
    ("Die Sirenen heulten um 9 Uhr Kiewer Zeit.", "2022-01-10", "+02:00", "2022-01-10T07:00:00Z"),
    ("In Washington beginnt die Sitzung um 10 Uhr Ortszeit.", "2022-07-01", "-04:00", "2022-07-01T14:00:00Z"),
    ("Die Rakete startete um 3 Uhr Pazifikzeit.", "2024-11-06", "-08:00", "2024-11-06T11:00:00Z"),
    ("Die Rede beginnt um 21 Uhr indischer Zeit.", "2024-11-06", "+05:30", "2024-11-06T15:30:00Z"),
])
def test_time_zones_give_offset_in_force_and_instant(phrase, date, offset, instant):
    [t] = [t for t in tag(phrase, date=date) if t.type == "TIME"]
    assert (t.utc_offset, t.instant) == (offset, instant)


def test_same_instant_in_two_zones():
    text = ("Das Telefonat soll um 21:30 Uhr MEZ stattfinden. Es sei kein Problem, dass das "
            "Gespräch erst um 23:30 Uhr Moskauer Zeit beginne.")
    a, b = [t.instant for t in tag(text, date="2021-12-30") if t.type == "TIME"]
    assert a == b == "2021-12-30T20:30:00Z"


@pytest.mark.parametrize("sentence", [
    "Mai Thi Nguyen-Kim erklärte das Virus.",
    "Nach Artikel 5 des Vertrags gilt die Beistandspflicht.",
    "Die Partei erreichte 20,5 Prozent.",
    "Sie gewann 39 Sitze im Parlament.",
    "Der Täter wohnte in Zimmer 1030.",
    "Auf der Autobahn gilt 120 km/h.",
    "Die Linke verlor deutlich.",
    "Am Samstag ist Tag der offenen Tür.",
    "Die beiden Männer sind 31 und 22 Jahre alt.",
])
def test_no_false_alarms(sentence):
    got = [(t.text, t.value) for t in tag(sentence, date="2022-03-15")]
    bad = [g for g in got if g[0] not in ("Samstag",)]
    assert bad == []


def test_evidence_names_rule_and_anchor():
    [t] = tag("Das Treffen soll am 10. Januar stattfinden.", date="2021-12-30")
    assert t.evidence.rule
    assert "2021-12-30" in t.evidence.anchor


def test_offsets_slice_the_text():
    text = "Am 10. Januar, um 21:30 Uhr MEZ, beginnt das Gespräch; seit Wochen wird verhandelt."
    for t in tag(text, date="2021-12-30"):
        assert text[t.start:t.end] == t.text


def test_month_only_anchor_degrades_instead_of_guessing_a_day():
    [t] = tag("Heute wird verhandelt.", date="2021-12")
    assert t.value == "2021-12"


def test_no_date_keeps_unknown_parts():
    [t] = tag("Das Treffen soll am 10. Januar stattfinden.", date=None)
    assert t.value == "XXXX-01-10"


def test_a_day_part_with_only_the_document_month_is_a_valid_timex3_value():
    [t] = tag("Seit heute früh gilt die Warnstufe.", date="2025-01")
    assert t.value == "2025-01-XXTMO"


def test_a_deadline_weekday_reads_its_own_clause_not_a_past_report():
    text = ("Wie der Lawinenwarndienst am Mittwoch mitteilte, sind bis Freitagmittag weitere "
            "50 Zentimeter Neuschnee zu erwarten.")
    assert values(text, "2025-01-09") == [("Mittwoch", "2025-01-08"),
                                          ("Freitagmittag", "2025-01-10TMI")]


def test_a_clock_time_in_a_past_sentence_does_not_take_a_future_day_before_it():
    text = ("Eine Entspannung sei erst ab dem kommenden Montag in Sicht. Der Zugverkehr wurde "
            "um 14.30 Uhr eingestellt.")
    assert values(text, "2025-01-09") == [("kommenden Montag", "2025-01-13"),
                                          ("14.30 Uhr", "2025-01-09T14:30")]


@pytest.mark.parametrize("text, month", [
    # a deadline ahead
    (("Am 3. Januar war ein Skitourengeher verschüttet worden. Bis Freitagmittag sind weitere "
     "50 Zentimeter Neuschnee zu erwarten."), "2025-01"),
    # the day a call is for: the strike is on Monday the 27th, written before it
    (("Verdi hat für Montag zu einem Warnstreik aufgerufen. Die nächste Verhandlungsrunde ist "
     "für den 27. und 28. März angesetzt."), "2023-03"),
    # a date in the past perfect: the round broke off on Wednesday the 4th, the strike
    # starts on a coming Wednesday
    (("Die letzte Verhandlungsrunde war am 4. März ohne Ergebnis abgebrochen worden. Im "
     "Güterverkehr beginne der Streik bereits am Mittwochabend."), "2026-03"),
])
def test_a_weekday_that_names_no_day_of_writing_does_not_fix_a_month_only_date(text, month):
    from chronik.pipeline import extract

    doc = extract(text, date=month, lang="de")
    assert doc.date == month, doc.date_evidence


def test_the_end_of_a_weekday_range_comes_after_its_start():
    assert values("Der Streik dauerte drei Tage, von Dienstag bis Donnerstag.", "2024-02-07") == [
        ("drei Tage", "P3D"), ("Dienstag", "2024-02-06"), ("Donnerstag", "2024-02-08")]


def test_a_relative_week_with_only_the_document_month_says_the_month():
    # which week "kommende Woche" is depends on the day of writing, which is unknown
    assert values("Die Abstimmung soll in der kommenden Woche stattfinden.", "2024-11") == [
        ("kommenden Woche", "2024-11")]


def test_a_scheduled_trip_in_the_present_tense_looks_ahead():
    assert values("Der Kommissar reist am Dienstag nach Washington.", "2025-04-10") == [
        ("Dienstag", "2025-04-15")]


@pytest.mark.parametrize("sentence, clock, value", [
    ("In der Nacht zum Sonntag gegen 3 Uhr brannte eine Scheune.", "3 Uhr", "2025-04-06T03:00"),
    ("In der Nacht zum Sonntag gegen 23 Uhr brannte eine Scheune.", "23 Uhr", "2025-04-05T23:00"),
])
def test_the_small_hours_of_a_night_belong_to_the_next_day(sentence, clock, value):
    assert dict(values(sentence, "2025-04-10"))[clock] == value


@pytest.mark.parametrize("sentence, expected", [
    # opening hours recur: the clock time gets no date (as KRAUTS annotates: T10:00)
    ("Geöffnet ist täglich von 10 bis 22 Uhr, am Sonntag bis 20 Uhr.",
     [("täglich", "P1D"), ("10", "T10:00"), ("22 Uhr", "T22:00"), ("Sonntag", "2024-09-15"),
      ("20 Uhr", "2024-09-15T20:00")]),
    ("Termin: 25. und 26. September von 10-18 Uhr.",
     [("25.", "2024-09-25"), ("26. September", "2024-09-26"), ("10", "T10:00"),
      ("18 Uhr", "T18:00")]),
])
def test_a_clock_time_on_many_days_has_no_date(sentence, expected):
    assert values(sentence, "2024-09-12") == expected


def test_the_coming_weekend_on_a_thursday_is_this_weeks():
    assert values("Das Fest geht am kommenden Wochenende in seine 25. Auflage.",
                  "2024-09-12") == [("kommenden Wochenende", "2024-W37-WE")]


def test_a_past_participle_in_zte_outweighs_a_present_schedule_verb():
    text = ("Der am Dienstag bei einem Testspiel in Mannheim verletzte Abwehrspieler reist nun "
            "doch noch nach Sardinien.")
    assert values(text, "2006-05-19") == [("Dienstag", "2006-05-16")]


def test_where_a_period_began_does_not_fix_a_month_only_document_date():
    from chronik.pipeline import extract

    doc = extract("Seit dem 4. März bleiben die Kitas geschlossen. Die Gewerkschaft sagte am "
                  "Montag, die Beschäftigten seien erschöpft.", date="2024-03", lang="de")
    assert doc.date == "2024-03", doc.date_evidence


def test_a_part_of_a_named_day_is_a_time_of_that_day():
    assert values("Der Angriff begann am Morgen des 22. Juni 1941.", "2011-02-16") == [
        ("Morgen des 22. Juni 1941", "1941-06-22TMO")]
    assert values("Am späten Nachmittag des 2. Mai 1945 kapitulierten sie.", "2011-02-16") == [
        ("späten Nachmittag des 2. Mai 1945", "1945-05-02TAF")]


def test_a_season_or_month_of_the_year_named():
    assert values("Im Herbst des Jahres 1972 begann die Offensive.", "2011-02-16") == [
        ("Herbst des Jahres 1972", "1972-FA")]
    assert values("Im Juli des Jahres 1916 begann die Schlacht.", "2011-02-16") == [
        ("Juli des Jahres 1916", "1916-07")]


def test_an_upcoming_fixture_points_a_weekday_ahead():
    # "steht … an" (is coming up) is a schedule; "Zuvor" (before that) is no past cue
    got = values("Zuvor steht am Mittwoch in Dublin noch das Finale der Europa League an.",
                 "2024-05-19")
    assert got == [("Mittwoch", "2024-05-22")]


def test_the_following_year_counts_from_the_last_year_named():
    got = values("Die Firma wurde 1990 gegründet. Im folgenden Jahr zog sie nach Berlin.",
                 "2011-05-01")
    assert got == [("1990", "1990"), ("folgenden Jahr", "1991")]
    # without a year named before, from the document date
    assert values("Die Wahl findet im folgenden Jahr statt.", "2011-05-01") == [
        ("folgenden Jahr", "2012")]


@pytest.mark.parametrize("sentence, expected", [
    # what an announcement or a call is for lies ahead
    ("IG Metall kündigte für Samstag Proteste an.", [("Samstag", "2024-03-09")]),
    ("Die Gewerkschaft kündigte am Montag für Samstag Proteste an.",
     [("Montag", "2024-03-04"), ("Samstag", "2024-03-09")]),
    # ... a plan that fell through does not
    ("Das Treffen war für Montag angesetzt, fiel aber aus.", [("Montag", "2024-03-04")]),
])
def test_a_weekday_an_announcement_is_for_lies_ahead(sentence, expected):
    assert values(sentence, "2024-03-06") == expected


def test_a_clock_time_after_a_weekday_of_an_unknown_week_is_on_that_weekday():
    # an article dated only to its month: the week is unknown, the weekday is not
    assert values("Ab Donnerstagabend, etwa 20 Uhr, seien Böen möglich.", "2024-02") == [
        ("Donnerstagabend", "XXXX-WXX-4TEV"), ("20 Uhr", "XXXX-WXX-4T20:00")]
    assert values("Um 20 Uhr beginnt das Spiel.", "2024-02") == [("20 Uhr", "XXXX-XX-XXT20:00")]


def test_a_time_in_parentheses_in_another_zone_is_the_same_instant():
    tagged = tag("Das Spiel beginnt um 20 Uhr Ortszeit (2 Uhr MESZ) in New York.",
                 date="2024-06-06")
    assert [(t.value, t.instant) for t in tagged] == [
        ("2024-06-06T20:00", "2024-06-07T00:00:00Z"), ("2024-06-07T02:00", "2024-06-07T00:00:00Z")]
    # the seed's case: both on one day
    tagged = tag("Das Gespräch beginnt um 21:30 Uhr MEZ (23:30 Uhr Moskauer Zeit).",
                 date="2021-12-30")
    assert {t.instant for t in tagged} == {"2021-12-30T20:30:00Z"}


@pytest.mark.parametrize("sentence, expected", [
    # a state now ("bleiben … geschlossen") is no past; "bis" + weekday lies ahead
    ("Die Schulen in der Region bleiben bis Montag geschlossen.", [("Montag", "2024-03-18")]),
    ("Die Straßen sind bis Montag gesperrt.", [("Montag", "2024-03-18")]),
    # in the past tense the same words look back
    ("Die Schulen blieben bis Montag geschlossen.", [("Montag", "2024-03-11")]),
    # a perfect with "sein" keeps its past against a plan in another clause
    ("Er ist am Montag gestorben, die Beerdigung soll am Freitag stattfinden.",
     [("Montag", "2024-03-11"), ("Freitag", "2024-03-15")]),
])
def test_until_a_weekday_in_the_present_lies_ahead(sentence, expected):
    assert values(sentence, "2024-03-14") == expected


@pytest.mark.parametrize("sentence, expected", [
    # "bereits" (already) says nothing of past or future: the verb does
    ("Im Güterverkehr beginnt der Streik bereits am Mittwoch.", [("Mittwoch", "2023-11-08")]),
    ("Bereits am Montag hatte die GDL gestreikt.", [("Montag", "2023-11-06")]),
])
def test_already_is_no_tense_cue(sentence, expected):
    assert values(sentence, "2023-11-07") == expected


def test_a_clock_time_goes_on_with_the_weekday_of_the_sentence_before():
    from chronik.pipeline import extract

    # dated only to the month: the weekday's week is unknown, the day it names is not
    doc = extract("Die GDL hat für Mittwochabend einen Streik angekündigt. Der Ausstand soll um "
                  "22 Uhr beginnen.\n\nDie Bahn fährt um 23 Uhr nach Plan.",
                  date="2023-11", lang="de")
    assert [(t.text, t.value) for t in doc.timexes] == [
        ("Mittwochabend", "XXXX-WXX-3TEV"), ("22 Uhr", "XXXX-WXX-3T22:00"),
        # a new paragraph does not carry the weekday on
        ("23 Uhr", "XXXX-XX-XXT23:00")]


def test_the_day_a_plan_is_for_does_not_fix_a_month_only_document_date():
    from chronik.pipeline import extract

    # 26 May 2024 is a Sunday, but the celebration planned for it lies ahead of the writing
    doc = extract("Leverkusen besiegte am Sonntagabend Werder Bremen mit 5:0. Die Meisterfeier "
                  "ist für den 26. Mai geplant.", date="2024-05", lang="de")
    assert doc.date == "2024-05", doc.date_evidence


def test_the_night_to_a_weekday_of_an_unknown_week():
    # dated only to the month: the night to Wednesday is Tuesday night, and one o'clock in
    # it is in the small hours of Wednesday, as with a known week
    assert values("In Deutschland ist es dann 1 Uhr in der Nacht zum Mittwoch.", "2024-11") == [
        ("1 Uhr", "XXXX-WXX-3T01:00"), ("in der Nacht zum Mittwoch", "XXXX-WXX-2TNI")]
    assert values("In Deutschland ist es dann 1 Uhr in der Nacht zum Mittwoch.",
                  "2024-11-04") == [
        ("1 Uhr", "2024-11-06T01:00"), ("in der Nacht zum Mittwoch", "2024-11-05TNI")]
    assert values("Der Angriff begann in der Nacht zum Montag.", "2024-11") == [
        ("in der Nacht zum Montag", "XXXX-WXX-7TNI")]
    # the evening hours of that night are the day before
    assert values("In der Nacht zum Dienstag kam es gegen 23 Uhr zu einem Brand.", "2023-07") == [
        ("In der Nacht zum Dienstag", "XXXX-WXX-1TNI"), ("23 Uhr", "XXXX-WXX-1T23:00")]


@pytest.mark.parametrize("sentence, expected", [
    ("Die Wahl findet am zweiten Sonntag im Oktober statt.",
     [("zweiten Sonntag im Oktober", "2024-10-13")]),
    ("Am letzten Sonntag im März wird die Uhr umgestellt.",
     [("letzten Sonntag im März", "2024-03-31")]),
    ("Die Wahl fand am ersten Sonntag im März statt.", [("ersten Sonntag im März", "2024-03-03")]),
])
def test_the_nth_weekday_of_a_month(sentence, expected):
    assert values(sentence, "2024-03-14") == expected


@pytest.mark.parametrize("sentence, expected", [
    # a passive with "werden" is now or later; with "wurden" it is past
    ("Die Verhandlungen werden am Montag fortgesetzt.", [("Montag", "2024-03-18")]),
    ("Die Verhandlungen wurden am Montag fortgesetzt.", [("Montag", "2024-03-11")]),
])
def test_a_participle_after_werden_is_no_past(sentence, expected):
    assert values(sentence, "2024-03-14") == expected


@pytest.mark.parametrize("sentence, expected", [
    # where a period began is past, whatever the verb ("wird gestreikt")
    ("Seit dem Wochenende wird gestreikt.", [("Wochenende", "2024-W10-WE")]),
    ("Am Wochenende soll es regnen.", [("Wochenende", "2024-W11-WE")]),
    # a feast comes once a year: the tense says which one
    ("Bis Silvester soll die Brücke fertig sein.", [("Silvester", "2024-12-31")]),
    ("An Weihnachten war es kalt.", [("Weihnachten", "2023-12-25")]),
])
def test_since_and_feasts_follow_the_tense(sentence, expected):
    assert values(sentence, "2024-03-14") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Im Laufe der Woche soll es regnen.", [("Laufe der Woche", "2024-W11")]),
    ("Im Laufe des Tages wird mit Gewittern gerechnet.", [("Laufe des Tages", "2024-03-14")]),
])
def test_in_the_course_of_a_unit_is_the_unit_that_holds_the_document_date(sentence, expected):
    assert values(sentence, "2024-03-14") == expected


def test_a_month_with_its_article_is_a_date():
    assert values("Der Juli sei schon einer der heißesten Monate.", "2023-07-20") == [
        ("Juli", "2023-07")]
    assert values("In der Mai-Ausgabe stand das.", "2023-07-20") == []


def test_half_numbers_up_to_ten_and_a_half():
    assert values("Die Staatsanwaltschaft hat fünfeinhalb Jahre Haft gefordert.",
                  "2023-07-20") == [("fünfeinhalb Jahre", "P5.5Y")]


def test_a_feast_a_few_days_ahead_is_this_years_in_a_past_tense_sentence():
    assert values("Kurz vor Weihnachten wurden die Preise erhöht.", "2025-12-22") == [
        ("Weihnachten", "2025-12-25")]


def test_the_small_hours_after_a_night_named_in_the_sentence_before_are_the_next_day():
    assert values("Unbekannte haben in der Nacht zum Sonntag eine Tankstelle überfallen. "
                  "Die Täter betraten gegen 2.45 Uhr den Verkaufsraum. Gegen 23 Uhr war alles "
                  "vorbei.", "2025-02-03") == [
        ("in der Nacht zum Sonntag", "2025-02-01TNI"), ("2.45 Uhr", "2025-02-02T02:45"),
        ("23 Uhr", "2025-02-01T23:00")]


@pytest.mark.parametrize("sentence, expected", [
    ("Von Juli bis September stieg der Umsatz.", [("Juli", "2025-07"), ("September", "2025-09")]),
    ("Der Umsatz stieg in den Monaten Juli bis September.",
     [("Juli", "2025-07"), ("September", "2025-09")]),
    ("Zwischen Juli und September stieg der Umsatz.",
     [("Juli", "2025-07"), ("September", "2025-09")]),
])
def test_both_months_of_a_range_are_tagged(sentence, expected):
    assert values(sentence, "2025-10-29") == expected


def test_the_morning_after_a_night_named_in_the_sentence_before_is_the_next_day():
    assert values("In der Nacht zum Sonntag brannte es. Am Morgen war alles vorbei.",
                  "2025-02-03") == [("In der Nacht zum Sonntag", "2025-02-01TNI"),
                                    ("Morgen", "2025-02-02TMO")]


def test_a_clock_time_goes_with_the_weekday_said_nearer_than_a_date():
    # dated only to the month: the summit's Thursday, not the end date of the sanctions
    assert values("Die Sanktionen gelten bis zum 28. Februar 2025. Der Gipfel hatte am "
                  "Donnerstag begonnen und endete gegen 2 Uhr.", "2024-10")[1:] == [
        ("Donnerstag", "XXXX-WXX-4"), ("2 Uhr", "XXXX-WXX-4T02:00")]


def test_local_time_takes_the_zone_of_a_country_named_in_the_sentence():
    [_, ortszeit] = tag("Die Wahllokale in Rumänien schließen am Sonntag um 21 Uhr Ortszeit.",
                        date="2025-02-09", lang="de")
    assert (ortszeit.value, ortszeit.utc_offset) == ("2025-02-09T21:00", "+02:00")


def test_a_past_day_before_counts_from_the_day_of_writing_after_a_date_ahead():
    got = values("Für den 21. März ist ein Folgetreffen geplant. Die Ministerin hatte am "
                 "Vorabend mit ihrem Amtskollegen telefoniert.", "2024-03-14")
    assert got == [("21. März", "2024-03-21"), ("Vorabend", "2024-03-13")]


@pytest.mark.parametrize("sentence, expected", [
    # what was said keeps its own tense: a Konjunktiv I of the present, a state ahead, a
    # zu-infinitive of what is announced or urged
    ("Wie ein Sprecher am Montag mitteilte, ziehe das Sturmtief in der Nacht zu Dienstag heran.",
     [("Montag", "2026-10-05"), ("in der Nacht zu Dienstag", "2026-10-05TNI")]),
    ("Das Ministerium teilte am Montag mit, die Schulen sollten am Dienstag geöffnet bleiben.",
     [("Montag", "2026-10-05"), ("Dienstag", "2026-10-06")]),
    ("Die Bahn kündigte an, die Strecke ab Dienstagmorgen zu sperren.",
     [("Dienstagmorgen", "2026-10-06TMO")]),
])
def test_the_past_of_the_saying_does_not_pull_back_what_was_said(sentence, expected):
    assert values(sentence, "2026-10-05") == expected


def test_the_second_of_two_coordinated_weekdays_follows_the_first():
    assert values("Der Besuch soll am Donnerstag und Freitag stattfinden.", "2026-04-21") == [
        ("Donnerstag", "2026-04-23"), ("Freitag", "2026-04-24")]


@pytest.mark.parametrize("sentence, expected", [
    # the perfect of announcing says nothing of when what was announced happens
    ("Die GDL hat für Donnerstag einen weiteren Streik angekündigt.", [("Donnerstag", "2026-03-12")]),
    ("Verdi hat für Montag zu einem Warnstreik aufgerufen.", [("Montag", "2026-03-16")]),
    ("Das Treffen war für Montag angesetzt, fiel aber aus.", [("Montag", "2026-03-09")]),
    # nor does calling something off
    ("Der Landkreis sagte alle Veranstaltungen am Mittwoch ab.", [("Mittwoch", "2026-03-11")]),
])
def test_a_weekday_announced_in_the_present_perfect_lies_ahead(sentence, expected):
    assert values(sentence, "2026-03-10") == expected


@pytest.mark.parametrize("text, title, lang, day", [
    # "heute am späten Abend" and a dated evening clock time: the same call, today
    (("Die Präsidenten wollen heute am späten Abend telefonieren. Das Gespräch soll am "
     "Donnerstag, dem 13. Februar, um 23:30 Uhr Moskauer Zeit beginnen."),
     "Telefonat heute am späten Abend", "de", "2025-02-13"),
    # "said on Tuesday, July 8": the day of the saying
    (("The European Union and China will hold their summit on July 24, EU officials said on "
     "Tuesday, July 8."), None, "en", "2025-07-08"),
])
def test_the_day_of_writing_from_a_dated_evening_or_a_dated_saying(text, title, lang, day):
    from chronik.pipeline import extract

    doc = extract(text, date=day[:7], lang=lang, title=title)
    assert doc.date == day, doc.date_evidence


@pytest.mark.parametrize("text, lang, day", [
    (("Die Außenminister beraten heute, am Dienstag, in Brüssel. Am Mittwochvormittag, dem "
     "5. März, wollen sie erneut zusammentreffen."), "de", "2025-03-04"),
    (("NATO ministers will gather in Brussels on Wednesday, Dec. 3, the alliance said on "
     "Tuesday."), "en", "2025-12-02"),
])
def test_the_day_of_writing_from_todays_weekday_and_a_dated_day_soon_after(text, lang, day):
    from chronik.pipeline import extract

    doc = extract(text, date=day[:7], lang=lang)
    assert doc.date == day, doc.date_evidence


def test_local_time_at_the_white_house_is_washingtons():
    got = tag("Merz teilte am Montag in Berlin mit, das Treffen im Weißen Haus sei für Freitag "
              "um 11 Uhr Ortszeit geplant.", date="2025-10-06", lang="de")
    assert [(t.value, t.utc_offset) for t in got][-1] == ("2025-10-10T11:00", "-04:00")


@pytest.mark.parametrize("text, day", [
    # "am Vortag, dem 5. März": the day after is the day of writing (not the Friday before
    # a date weeks ahead)
    (("Der Bundestag hat heute, am Donnerstag, das Gesetz beschlossen. Die Debatte war am "
     "Vortag, dem 5. März, unterbrochen worden. Der Bundesrat soll am 21. März beraten."),
     "2025-03-06"),
    # the lead of an agency report dates what it reports
    (("Das Bundesverfassungsgericht hat am Mittwoch, dem 14. Mai, Teile des Gesetzes für "
     "verfassungswidrig erklärt. Die Regierung will am kommenden Montag Stellung nehmen."),
     "2025-05-14"),
])
def test_the_day_of_writing_from_the_day_before_or_the_lead(text, day):
    from chronik.pipeline import extract

    doc = extract(text, date=day[:7], lang="de")
    assert doc.date == day, doc.date_evidence


@pytest.mark.parametrize("sentence", [
    "Von 1050 geplanten Starts fielen 612 aus.",
    "Rund 1400 Anleger klagen gegen die Bank.",
])
def test_a_count_before_a_noun_is_no_year(sentence):
    assert values(sentence, "2025-10-16") == []


def test_koennte_looks_ahead():
    assert values("Ein Urteil könnte nach Angaben einer Sprecherin im Februar fallen.",
                  "2025-10-16") == [("Februar", "2026-02")]


def test_a_day_originally_planned_for_is_not_pushed_ahead():
    assert values("Eine ursprünglich für Mittwoch geplante Sondersitzung war abgesagt worden.",
                  "2025-03-06") == [("Mittwoch", "2025-03-05")]


def test_a_plan_named_by_an_attribute_in_the_past_perfect_was_a_plan_then():
    assert values("Im Wahlkampf hatte eine für Donnerstag angesetzte TV-Debatte abgesagt werden "
                  "müssen.", "2025-09-21") == [("Donnerstag", "2025-09-18")]
    # in the present the same attribute still points ahead
    assert values("Die für Donnerstag angesetzte Sitzung soll nachgeholt werden.",
                  "2025-09-21") == [("Donnerstag", "2025-09-25")]


def test_local_time_is_the_storys_place_not_a_place_of_a_remark():
    got = tag("Die G20-Finanzminister beraten heute in Washington. In Washington wird ein "
              "schwieriges Treffen erwartet. Deutschland sei zu Kompromissen bereit, sagte der "
              "Minister. Die Erklärung soll am Donnerstag um 16 Uhr Ortszeit veröffentlicht "
              "werden.", date="2025-10-15", lang="de")
    assert [(t.value, t.utc_offset) for t in got][-1] == ("2025-10-16T16:00", "-04:00")


def test_a_konjunktiv_of_expecting_looks_ahead():
    assert values("Ein Sprecher erklärte, man rechne am Donnerstag mit vielen Annullierungen.",
                  "2025-03-05") == [("Donnerstag", "2025-03-06")]


def test_a_morning_clock_time_is_a_morning_for_the_day_of_writing():
    from chronik.pipeline import extract

    # "heute Vormittag" and "um 9 Uhr" on the dated day: the same morning (not an afternoon)
    doc = extract("Die Minister beraten heute Vormittag. Das Treffen soll am Donnerstag, dem "
                  "13. Februar, um 9 Uhr beginnen.", date="2025-02", lang="de")
    assert doc.date == "2025-02-13", doc.date_evidence


@pytest.mark.parametrize("sentence, value", [
    # present tense of verbs whose stem begins with "ge-": no participles, no past
    ("Am Freitag gewinnt Bayern das Spiel.", "2026-02-06"),
    ("Am Freitag gelingt vielleicht die Einigung.", "2026-02-06"),
    ("Am Freitag kommt Regen, der sofort gerinnt.", "2026-02-06"),
    ("In der Nacht zu Freitag zieht ein Regengebiet heran, das sofort gefriert.",
     "2026-02-05TNI"),
    # a form that is also a participle is a present without an auxiliary ...
    ("Am Freitag gehört das Stadion den Fans.", "2026-02-06"),
    # ... and a participle with one
    ("Das Stadion hat am Freitag den Fans gehört.", "2026-01-30"),
    ("Am Freitag ist der Brief nach Berlin gelangt.", "2026-01-30"),
])
def test_a_present_tense_verb_beginning_with_ge_is_no_past(sentence, value):
    assert values(sentence, "2026-02-05")[0][1] == value


def zoned(text, date):
    return [(t.text, t.value, t.utc_offset, t.instant) for t in tag(text, date=date, lang="de")]


def test_local_time_told_next_to_a_zoned_time_takes_the_offset_of_their_difference():
    # the same instant twice: 21 Uhr MESZ is 19:00Z, so 13 Uhr local is UTC-6 (Mexico
    # City), not the zone of "Deutschland" named in between
    got = zoned("Angepfiffen wird die Partie im Aztekenstadion um 13 Uhr Ortszeit, in "
                "Deutschland ist es dann 21 Uhr MESZ.", "2026-06-11")
    assert got[0] == ("13 Uhr Ortszeit", "2026-06-11T13:00", "-06:00", "2026-06-11T19:00:00Z")


def test_local_time_after_a_zoned_time_in_the_small_hours_is_the_evening_before():
    # a launch site chronik has no zone for: 2.47 Uhr MEZ is 01:47Z, so 20.47 Uhr local
    # is UTC-5 on the day before
    got = zoned("Die Trägerrakete sollte in der Nacht zu Mittwoch um 2.47 Uhr MEZ vom "
                "Weltraumbahnhof Cape Canaveral abheben, 20.47 Uhr Ortszeit.", "2025-11-19")
    assert got[-1] == ("20.47 Uhr Ortszeit", "2025-11-18T20:47", "-05:00",
                       "2025-11-19T01:47:00Z")


def test_local_time_from_a_zoned_time_with_only_the_month_known_has_an_offset_only():
    got = zoned("Angepfiffen wird die Partie um 13 Uhr Ortszeit, in Deutschland ist es dann "
                "21 Uhr MESZ.", "2026-06")
    assert got[0] == ("13 Uhr Ortszeit", "XXXX-XX-XXT13:00", "-06:00", None)


@pytest.mark.parametrize("sentence, offset", [
    # the sides of a match are no venue: no zone rather than the last side's
    ("Die Partie zwischen Mexiko und Südafrika beginnt um 13 Uhr Ortszeit.", None),
    ("Die Partie in Mexiko gegen Südafrika beginnt um 13 Uhr Ortszeit.", "-06:00"),
])
def test_local_time_is_the_venues_not_a_participants(sentence, offset):
    assert zoned(sentence, "2026-06-11")[0][2] == offset


@pytest.mark.parametrize("text, value", [
    # the event's date in its own phrase, not the day before the day of writing
    ("Habeck soll erst am Vorabend der Bundestagswahl am 23. Februar auftreten.", "2025-02-22"),
    # the event's date given earlier, not the day before the last date named
    (("Die Wahl ist am 23. Februar. Ein Duell ist für den 19. Februar geplant. Habeck soll "
      "erst am Vorabend der Wahl auftreten."), "2025-02-22"),
    ("Der EU-Gipfel beginnt am Donnerstag. Die Minister beraten am Vortag des Gipfels.",
     "2025-01-29"),
    # an event without a date in the text: the day is unknown
    ("Habeck soll erst am Vorabend der Wahl auftreten.", "XXXX-XX-XX"),
])
def test_the_eve_of_an_event_counts_from_the_events_date(text, value):
    assert dict(values(text, "2025-01-24"))[
        "Vortag" if "Vortag" in text else "Vorabend"] == value


def test_the_eve_under_a_month_only_date_is_a_day_not_known():
    from chronik.pipeline import extract

    doc = extract("Merz hat am Vorabend mit Trump telefoniert.", date="2026-01", lang="de")
    assert [(t.text, t.value) for t in doc.timexes] == [("Vorabend", "XXXX-XX-XX")]
    # with the day of writing known it is the day before
    assert values("Merz hat am Vorabend mit Trump telefoniert.", "2026-01-16") == [
        ("Vorabend", "2026-01-15")]


@pytest.mark.parametrize("text, value", [
    # "sollte" of a plan called off in the next sentence: a past plan (2025-11-20 is a
    # Thursday; the night was the one before Wednesday the 19th)
    ("Die Rakete sollte in der Nacht zu Mittwoch abheben. Der Start wurde abgesagt.",
     "2025-11-18TNI"),
    ("Die Rakete sollte am Mittwoch abheben, doch der Start wurde verschoben.", "2025-11-19"),
    # without word of a failure "sollte" still looks ahead, as a condition does
    ("Die Rakete sollte am Mittwoch abheben.", "2025-11-26"),
    ("Sollte es am Mittwoch regnen, fällt das Fest aus.", "2025-11-26"),
])
def test_a_plan_with_sollte_that_was_called_off_lies_in_the_past(text, value):
    assert values(text, "2025-11-20")[0][1] == value


@pytest.mark.parametrize("sentence, expected", [
    # a telephone number is no year
    ("Hinweise nimmt die Polizei unter der Telefonnummer 069 8098-1234 entgegen.", []),
    ("Zeugen melden sich unter 0611 / 345-2010 oder bei der Wache.", []),
    # a season in the title of a work is no season; the year of its appearance is a year
    ("Sein Debütroman „Die Kälte des Sommers“ erschien 1971.", [("1971", "1971")]),
])
def test_a_phone_number_or_a_title_is_no_time(sentence, expected):
    assert values(sentence, "2025-10-21") == expected


def test_a_phone_number_or_a_title_is_no_time_in_english():
    assert values('Call 202-555-1234 or read the novel "Summer of Love" tomorrow.',
                  "2025-03-06", lang="en") == [("tomorrow", "2025-03-07")]


@pytest.mark.parametrize("sentence, phrase, value, mod", [
    ("Die Debatte dauerte mehr als drei Stunden.", "drei Stunden", "PT3H", "MORE_THAN"),
    ("Das Gespräch dauerte fast eine Stunde lang.", "eine Stunde", "PT1H", "APPROX"),
    ("Die Sitzung dauerte höchstens zwei Stunden.", "zwei Stunden", "PT2H", "EQUAL_OR_LESS"),
    ("Er studierte in den späten fünfziger Jahren in Hamburg.", "fünfziger Jahren", "195", "END"),
    ("Er kam in den frühen 1980er Jahren nach Berlin.", "1980er Jahren", "198", "START"),
])
def test_a_bound_or_a_part_of_a_period_is_its_mod(sentence, phrase, value, mod):
    t = value_of(sentence, "2025-10-21", phrase)
    assert (t.value, t.mod) == (value, mod)


def test_a_local_and_a_zoned_time_of_two_moments_keep_their_own_zones():
    got = zoned("Das Spiel beginnt um 20 Uhr Ortszeit in Moskau, die Zusammenfassung läuft um "
                "23 Uhr MEZ.", "2025-11-19")
    assert got[0][2] == "+03:00"


@pytest.mark.parametrize("sentence, date, expected", [
    # the future of reported speech
    ("Die Verhandlungen würden am Montag fortgesetzt, sagte ein Sprecher.", "2025-11-22",
     [("Montag", "2025-11-24")]),
    # what should have been lies back
    ("Eigentlich hätte das Treffen am Freitag enden sollen.", "2025-11-22",
     [("Freitag", "2025-11-21")]),
    # a postponement points ahead
    ("Die Hauptversammlung wurde auf den 15. Januar verschoben.", "2025-10-15",
     [("15. Januar", "2026-01-15")]),
])
def test_reported_futures_counterfactuals_and_postponements(sentence, date, expected):
    assert values(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a plan named by an attribute that did not come about was a plan then
    ("Ein für Montag angesetztes Treffen fand nicht statt.", "2024-02-20",
     [("Montag", "2024-02-19")]),
    ("Ein für April geplanter Besuch in Russland kam wegen des Krieges nicht zustande.",
     "2022-07-19", [("April", "2022-04")]),
])
def test_a_plan_that_did_not_come_about_was_a_plan_then(sentence, date, expected):
    assert values(sentence, date) == expected


def test_tehran_time():
    [t] = tag("Die Gespräche beginnen um 20:30 Uhr Teheraner Zeit.", date="2023-03-14", lang="de")
    assert (t.value, t.utc_offset) == ("2023-03-14T20:30", "+03:30")


def test_a_clock_time_before_the_end_of_a_span_is_on_the_day_of_writing():
    # "und endet am 14. März": the end's day, not the start's
    assert values("Der Kongress beginnt um 9 Uhr und endet am 14. März.", "2025-03-11") == [
        ("9 Uhr", "2025-03-11T09:00"), ("14. März", "2025-03-14")]


def test_the_clock_of_a_place_told_with_a_zoned_time_is_that_place_s_local_time():
    # "in Moskau ist es dann 17 Uhr": the same instant as 15 Uhr MEZ, so Moscow's offset
    [_, moscow] = tag("Das Spiel beginnt um 15 Uhr MEZ, in Moskau ist es dann 17 Uhr.",
                      date="2025-02-11")
    assert (moscow.text, moscow.value, moscow.utc_offset) == ("17 Uhr", "2025-02-11T17:00",
                                                              "+03:00")


def test_the_same_part_of_the_day_is_that_of_the_last_day_named():
    assert values("Der Sturm erreichte am 3. Februar die Küste und zog am selben Abend weiter.",
                  "2025-02-10") == [("3. Februar", "2025-02-03"), ("selben Abend", "2025-02-03TEV")]


def test_a_postponement_s_new_date_lies_ahead_even_far_ahead():
    # in June, "auf den 3. April verschoben" is next April, not the April gone by
    assert values("Die Hauptversammlung wurde auf den 3. April verschoben.", "2025-06-10") == [
        ("3. April", "2026-04-03")]


def test_a_season_told_ahead_is_not_one_that_has_ended():
    assert values("Der Konzern will sein Werk in Bochum im Sommer schließen.", "2025-09-10") == [
        ("Sommer", "2026-SU")]
