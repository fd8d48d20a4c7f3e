"""Which literal words a pattern requires: a field without them is never scanned, and the
answer must be the same as the scan's (no match)."""

import re

from chronik.quotes.extract import _may_match, _required_words
from chronik.quotes.langdata import load


def test_a_frame_requires_its_word_in_either_case():
    pat = re.compile(r"[Ll](?<!\w.)aut\s+(?P<src>\w+)")
    assert _required_words(pat) == (("Laut", "laut"),)


def test_zero_width_assertions_do_not_break_a_word_and_repeats_end_it():
    pat = re.compile(r"\bunter\s+Berufung\s+auf\b")
    assert _required_words(pat) == (("unter",), ("Berufung",), ("auf",))


def test_a_case_insensitive_pattern_requires_nothing():
    assert _required_words(re.compile(r"\bich\b", re.IGNORECASE)) == ()


def test_an_optional_word_is_not_required():
    assert _required_words(re.compile(r"(?:seiner\s+)?Meinung")) == (("Meinung",),)


def test_a_field_without_the_word_cannot_match():
    pat = re.compile(r"[Gg](?<!\w.)emäß\s+(?P<src>\w+)")
    assert not _may_match(pat, "Der Minister sagte, er komme morgen.")
    assert _may_match(pat, "Gemäß Polizei kam er morgen.")


def test_every_german_pattern_agrees_with_its_scan():
    lang = load("de")
    texts = ["Laut Polizei sei der Mann geflohen, teilte ein Sprecher mit.",
             "Der Polizei zufolge habe er nichts gesagt. Wie die Stadt mitteilte, ist alles gut.",
             "Seiner Meinung nach soll das Haus abgerissen worden sein."]
    pats = [*lang.frames_before, lang.frames_after, lang.hearsay_re, lang.planned_re,
            lang.speech_verb, lang.subjunctive_re, lang.report_relative_re]
    for pat in pats:
        for text in texts:
            if not _may_match(pat, text):
                assert pat.search(text) is None, (pat.pattern[:40], text)
