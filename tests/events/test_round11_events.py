"""Round eleven of the event statuses, as a specification. Hand-written sentences, run
through the whole pipeline (the time tagger included)."""

from datetime import date

import pytest

from chronik.events.status import _part_of
from chronik.pipeline import extract


def found(text, date, lang="de"):
    doc = extract(text, date=date, lang=lang)
    return [(e.trigger, e.value, e.status) for e in doc.events]


@pytest.mark.parametrize("text, lang, expected", [
    # the end of the month of writing lies ahead of its 19th; its start lies back
    ("Der Gipfel findet Ende November statt.", "de", [("Gipfel", "2025-11", "planned")]),
    ("Anfang November hatte die Kommission getagt.", "de",
     [("getagt", "2025-11", "happened")]),
    ("The summit takes place in late November.", "en",
     [("summit", "2025-11", "planned")]),
    # a present-tense schedule verb with a weekday ahead is a plan
    ("Die Ausstellung läuft seit März und schließt am Sonntag.", "de",
     [("Ausstellung", "2025-03", "ongoing"), ("schließt", "2025-11-23", "planned")]),
])
def test_a_part_of_the_period_of_writing(text, lang, expected):
    assert found(text, "2025-11-19", lang) == expected


def test_part_of_a_month_is_its_third():
    november = (date(2025, 11, 1), date(2025, 11, 30))
    assert _part_of(november, "END") == (date(2025, 11, 21), date(2025, 11, 30))
    assert _part_of(november, "START") == (date(2025, 11, 1), date(2025, 11, 10))
    assert _part_of(november, "MID") == (date(2025, 11, 11), date(2025, 11, 20))
    assert _part_of(november, None) == november
    assert _part_of(november, "APPROX") == november
