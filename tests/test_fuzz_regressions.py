"""Inputs the fuzzers (fuzz/) once broke chronik with, kept so they never break it again."""

import pytest

import chronik
from chronik.validate import problems

CRASHES = [
    # fuzz_extract: a Konjunktiv continuation without final punctuation reached one
    # character past the end of the text
    ("L\x00\x1eWir{{{{{\x00k" + "{" * 56 + "er, b\x00\x1e\x7f\x7f\x7f\x7fhreee er, b\x00\x1e"
     "\x7f\x7f\x7f\x7fhree", "2024-02-29"),
    ("Er sagte, er komme. Es sei schwer", "2021-12-30"),
]


@pytest.mark.parametrize(("text", "date"), CRASHES)
def test_fuzzer_finding_stays_fixed(text, date):
    doc = chronik.extract(text, date=date)
    assert problems(doc.to_dict(), doc.fields) == []
