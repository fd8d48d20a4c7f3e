"""Where a field-wide pattern can begin: the words it opens with, read from the pattern, and
the scan that tries it only there. The matches must be exactly those of `finditer`."""

import re

from chronik.quotes.extract import _FIELD_SCANNED, _first_words, _matches_at, _openings
from chronik.quotes.langdata import load


def test_a_frame_opens_with_its_word_in_either_case():
    pat = re.compile(r"[Ll](?<!\w.)aut\s+(?P<src>\w+)")
    assert _first_words(pat) == {"Laut", "laut"}


def test_optional_endings_and_alternatives_give_every_word():
    pat = re.compile(r"\bs(?:oll(?:en)?|agte)\b[^.]{0,20}")
    assert _first_words(pat) == {"soll", "sollen", "sagte"}


def test_a_word_ends_at_a_space_a_comma_or_a_boundary():
    assert _first_words(re.compile(r"\b(?:Angaben|Aussage),\s*")) == {"Angaben", "Aussage"}
    assert _first_words(re.compile(r"\bunter\s+Berufung")) == {"unter"}


def test_a_match_not_seen_to_begin_at_a_word_start_has_no_words():
    # "sagte" inside "besagte": without \b the pattern may begin inside a word
    assert _first_words(re.compile(r"sagte\b")) is None


def test_a_pattern_opening_with_a_class_or_ending_inside_a_word_has_no_words():
    assert _first_words(re.compile(r"\b[a-zäöü]{2,}e\s+er\b")) is None
    assert _first_words(re.compile(r"\bsoll")) is None  # "sollen" would begin with "soll"
    assert _first_words(re.compile(r"\bich\b", re.IGNORECASE)) is None


def test_tried_where_the_words_stand_a_pattern_finds_what_finditer_finds():
    text = ("Laut Polizei soll der Mann geflohen sein. Nach Angaben der Stadt sagte er, "
            "er komme, sagte sagte. Seiner Meinung nach besagte das nichts; laut\u00a0AP.")
    for code in ("de", "en"):
        lang = load(code)
        openings = _openings(lang)
        starts: dict[int, list[int]] = {}
        for m in openings.scanner.finditer(text):
            for owner in openings.owners[m.group()]:
                starts.setdefault(owner, []).append(m.start())
        for key, pat in openings.patterns.items():
            expected = [(m.span(), m.groups()) for m in pat.finditer(text)]
            assert [(m.span(), m.groups()) for m in _matches_at(pat, text, starts.get(key, []))] \
                == expected, pat.pattern[:60]


def test_the_german_speech_verbs_and_frames_are_scanned_by_their_words():
    lang = load("de")
    openings = _openings(lang)
    assert id(lang.speech_verb) in openings.patterns
    assert all(id(p) in openings.patterns for p in lang.frames_before)
    assert "frames_before" in _FIELD_SCANNED
