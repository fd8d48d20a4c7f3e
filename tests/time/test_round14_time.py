"""Round fourteen of the time tagger, as a specification: the day of writing from counts
and day parts that earlier rounds only read in short sentences (blind reviews 37 and 38).

Every sentence is hand-written.
"""

import pytest

from chronik.pipeline import extract
from chronik.time import tag


def timexes(text, date, lang="de"):
    return {t.text: (t.type, t.value) for t in tag(text, date=date, lang=lang)}


@pytest.mark.parametrize("text, lang, month, day", [
    # a weekday told in the past, its count from a date further on in the sentence
    (("LIÈGE (AFP) - The city council approved the budget at 4:10 a.m. on Friday after a "
      "long night of debate, giving the mayor her first win exactly 100 days after she "
      "was sworn in on June 24."), "en", "2026-10", "2026-10-02"),
    (("Der Stadtrat hat am Freitag gegen 4 Uhr nach langer Debatte den Haushalt "
      "beschlossen, genau 100 Tage nach der Vereidigung der Bürgermeisterin am 24. Juni."),
     "de", "2026-10", "2026-10-02"),
    # "this morning" says today as "today" does
    (("Thousands of farms were still cut off this morning, three days after the flood on "
      "the night of Friday, Jan. 23."), "en", "2026-01", "2026-01-26"),
])
def test_counts_that_say_the_day_of_writing(text, lang, month, day):
    assert extract(text, date=month, lang=lang).date == day


def test_a_count_of_another_weekday_is_not_today():
    # the count belongs to Sunday, not to the Friday told before it
    text = ("Die Polizei hat am Freitag einen Verdächtigen gefasst und am Sonntag, genau "
            "100 Tage nach der Tat vom 24. Juni, Anklage erhoben.")
    assert extract(text, date="2026-10", lang="de").date != "2026-10-02"
