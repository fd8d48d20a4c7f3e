"""Round sixteen of the time tagger, as a specification: days of clock times and day
parts across a paragraph break, and the misses of blind review 43.

Every sentence is hand-written.
"""

import pytest

from chronik.time import tag


def timexes(text, date, lang="de"):
    return {t.text: (t.type, t.value) for t in tag(text, date=date, lang=lang)}


@pytest.mark.parametrize("text, lang, date, clock, value", [
    # a lead telling the story's day and the day it was told goes on with the story in the
    # next paragraph
    (("A ticket matched all six numbers in Tuesday night's drawing, officials said "
      "Wednesday.\n\nThe numbers were drawn at 10:59 p.m. ET."), "en", "2026-09-02",
     "10:59 p.m. ET", "2026-09-01T22:59"),
    (("Ein Frachter ist am Montagabend vor Rügen auf Grund gelaufen, teilte die "
      "Wasserschutzpolizei am Dienstag mit.\n\nDas Schiff verließ gegen 23.40 Uhr die "
      "Fahrrinne."), "de", "2026-09-01", "23.40 Uhr", "2026-08-31T23:40"),
    # ... but a clock told ahead in the next paragraph is the day of writing's
    (("A ticket matched all six numbers in Tuesday night's drawing, officials said "
      "Wednesday.\n\nThe winner will be presented at 4 p.m."), "en", "2026-09-02",
     "4 p.m.", "2026-09-02T16:00"),
    # ... and a lead with only the day it was told does not move the clock
    (("Officials said Wednesday that the bridge was safe.\n\nInspectors left at 3 p.m."),
     "en", "2026-09-02", "3 p.m.", "2026-09-02T15:00"),
])
def test_clock_after_a_paragraph_break(text, lang, date, clock, value):
    found = timexes(text, date, lang)
    assert found[clock][1] == value, found
