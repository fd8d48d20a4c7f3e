"""The fast word-start form of a pattern finds exactly what the `\\b` form finds.

langdata rewrites patterns that open with `\\b` (frames, hearsay, postpositions, the
Konjunktiv II and clause-noun lists) so that Python's `re` can scan for their first
letter; these tests pin that the rewrite changes speed only, never a match.
"""

from __future__ import annotations

import re

import pytest

from chronik.quotes.langdata import WORD_START, _alt, _trie, _word_start_first

TEXT = ("Laut Polizei sei niemand verletzt worden. Ablaut, laut und Glaubenslaut. "
        "Dem Bericht zufolge hätte er, zufolge, Xzufolge gewusst. "
        "Das Gebäude soll 1900 gebaut worden sein; sollen die Leute doch reden. "
        "unter Berufung auf Reuters; Hunter Berufung auf niemand.")


@pytest.mark.parametrize("source", [
    r"\b[Ll]aut\s+\w+",
    r"\bzufolge\b",
    r"\bsoll(?:en)?\b[^.;:]{0,160}\b(?:worden|gewesen)\s+sein\b",
    r"\bunter\s+Berufung\s+auf\s+\w+",
])
def test_rewritten_frame_finds_the_same_matches(source):
    fast = _word_start_first(source)
    assert not fast.startswith(r"\b")
    assert [m.span() for m in re.finditer(fast, TEXT)] == \
        [m.span() for m in re.finditer(source, TEXT)]


def test_a_pattern_not_opening_with_a_letter_is_left_alone():
    assert _word_start_first(r"(?:^|,\s*)so\s+") == r"(?:^|,\s*)so\s+"


@pytest.mark.parametrize("build", [_trie, _alt])
def test_word_lists_with_word_start_match_like_word_boundaries(build):
    words = ["hätte", "hätten", "zufolge", "laut", "Bericht"]
    slow = re.compile(r"\b" + build(words) + r"\b")
    fast = re.compile(build(words, WORD_START) + r"\b")
    assert [m.span() for m in fast.finditer(TEXT)] == [m.span() for m in slow.finditer(TEXT)]
    # "laut" alone, not inside "Ablaut"/"Glaubenslaut"; "zufolge" not inside "Xzufolge"
    assert [m.group() for m in fast.finditer(TEXT)] == ["laut", "Bericht", "zufolge", "hätte",
                                                        "zufolge"]


def test_every_so_frame_match_holds_its_anchor():
    # the ", so X" frame is searched only in sentences that hold the anchor; that is exact
    # only if every match of the frame contains an anchor match
    from chronik.quotes.langdata import load

    lang = load("de")
    sentences = ["Die Lage sei ernst, so der Sprecher.", "– so Peskow – sei das kein Problem.",
                 "Es gebe keine Alternative, so die Ministerin weiter, man müsse handeln.",
                 "So der Plan: Er wollte, so schnell es ging, nach Hause."]
    found = 0
    for text in sentences:
        for m in lang.so_frame.finditer(text):
            found += 1
            assert lang.so_frame_anchor.search(text, m.start(), m.end())
    assert found >= 3
