"""Pathological texts finish (each inside a generous per-document budget) and stay correct.

Time is measured by benchmarks/pathological.py (linear growth); here each case must
complete inside the same time budget the CLI gives a document of its size, so a pass
that turns quadratic fails with a clear `timeout` instead of hanging CI.
"""

import pytest

import chronik
from chronik.budget import budget_for, time_budget
from chronik.validate import problems

CASES = {
    "one paragraph without punctuation": "wort " * 200_000,
    "only quotation marks": "„" * 50_000 + "\"" * 50_000 + "»«" * 10_000,
    "only digits and dots": "1.2.3.4.5.6.7.8.9.10.11.12." * 20_000,
    "a line of dates and clock times": "am 10. Januar 2020 um 10 Uhr " * 3_000,
    "a table of numbers that look like dates": "12.12.2020 | 31.1. | 24:00 | 1990-2000\n" * 5_000,
    "unbalanced quotation marks": "Er sagte: „Wir kommen am Montag. " * 5_000,
    "long words": ("x" * 100_000 + " ") * 10,
    "control characters and combining marks": "\u0301\u200b\x0b\x1f\u2028a.\u00a0" * 20_000,
}


@pytest.mark.parametrize("name", CASES)
def test_pathological_text_finishes_and_follows_the_contract(name):
    text = CASES[name]
    with time_budget(budget_for(len(text)), name):
        doc = chronik.extract(text, date="2021-12-30", lang="de")
    assert problems(doc.to_dict(), doc.fields) == []
