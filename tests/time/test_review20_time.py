"""Review 20, as a specification: a date in apposition survives the tagger, bare dates
point the way their own clause does, and bare clock times take the right day.

Every sentence is hand-written and differs from the review's probe articles.
"""

import pytest

from chronik.time import tag


def values(text, date, lang):
    return [(t.text, t.value) for t in tag(text, date=date, lang=lang)]


@pytest.mark.parametrize("sentence, expected", [
    # a clock time before "on <weekday>, <date>": the weekday and its date stay one date
    ("The ferry service stops at 18:30 GMT on Saturday, March 8, the operator said.",
     [("18:30 GMT", "2025-03-08T18:30"), ("Saturday, March 8", "2025-03-08")]),
    ("Voting ends at 9 p.m. on Sunday, 9 March.",
     [("9 p.m.", "2025-03-09T21:00"), ("Sunday, 9 March", "2025-03-09")]),
    # without a date after it the weekday still belongs to the clock
    ("Voting will end at 9 p.m. on Sunday.", [("9 p.m. on Sunday", "2025-03-09T21:00")]),
])
def test_a_clock_before_a_weekday_with_its_date_leaves_the_date_whole(sentence, expected):
    assert values(sentence, "2025-03-06", "en") == expected


def test_a_night_before_a_weekday_leaves_the_date_in_apposition_a_timex():
    got = values("Das Hochwasser soll in der Nacht zum Samstag, dem 8. März, seinen "
                 "Höchststand erreichen.", "2025-03-06", "de")
    assert got == [("in der Nacht zum Samstag", "2025-03-07TNI"), ("8. März", "2025-03-08")]


@pytest.mark.parametrize("sentence, date, lang, expected", [
    # a scheduling verb with its object before "for <date>" names the plan's day, ahead
    (("The jury returned its verdict last week. The judge set a retrial for March 2 and "
     "ordered the defendant held."), "2025-11-20", "en", [("last week", "2025-W46"),
                                                         ("March 2", "2026-03-02")]),
    # each conjunct keeps its own tense: the past of the first is not overturned by the
    # future of the second
    ("The minister offered his resignation in March and will leave office next month.",
     "2025-11-20", "en", [("March", "2025-03"), ("next month", "2025-12")]),
    # "should" looks ahead, though the frame verb "said" is past
    ("The agency said the bridge should reopen on Tuesday evening.", "2025-09-12", "en",
     [("Tuesday evening", "2025-09-16TEV")]),
    # a conditional of "müssen" looks ahead, though the frame verb "sagte" is past
    ("Die Ministerin sagte, ohne Einigung müssten die Preise im Frühjahr steigen.",
     "2025-11-20", "de", [("Frühjahr", "2026-SP")]),
])
def test_a_bare_date_points_the_way_its_own_clause_does(sentence, date, lang, expected):
    assert values(sentence, date, lang) == expected


def test_a_clock_time_does_not_take_the_day_of_a_nouns_attribute():
    # "vom Dienstagabend" is when the report was made; 2 Uhr goes on with the night before
    got = values("Die Flut soll in der Nacht zum Samstag ihren Höchststand erreichen. Laut "
                 "dem Lagebericht von heute Abend steigt das Wasser gegen 2 Uhr am stärksten.",
                 "2025-03-06", "de")
    assert got == [("in der Nacht zum Samstag", "2025-03-07TNI"),
                   ("heute Abend", "2025-03-06TEV"), ("2 Uhr", "2025-03-08T02:00")]


def test_a_past_clock_time_does_not_take_a_later_months_day_of_a_month_dated_article():
    got = values("Die Gewinner reisen am 4. Mai nach Rom. Die Jury hatte um 20 Uhr entschieden.",
                 "2025-04", "de")
    assert got == [("4. Mai", "2025-05-04"), ("20 Uhr", "XXXX-XX-XXT20:00")]
