"""Round twelve of the event statuses, as a specification. Hand-written sentences, run
through the whole pipeline (the time tagger included)."""

import pytest

from chronik.pipeline import extract


def found(text, date, lang="de"):
    doc = extract(text, date=date, lang=lang)
    return [(e.trigger, e.value, e.status) for e in doc.events]


@pytest.mark.parametrize("text, expected", [
    # "cut" before what was cut is the past; after "will" it is a plan
    ("The central bank cut rates on Thursday.", [("cut", "2025-09-18", "happened")]),
    ("Banks will cut jobs next year.", [("cut", "2026", "planned")]),
])
def test_cut_rates(text, expected):
    assert found(text, "2025-09-18", "en") == expected
