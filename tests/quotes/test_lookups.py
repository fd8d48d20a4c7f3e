"""The per-field lookups the quotation rules share answer exactly what a direct scan would.

They exist for speed (a pattern runs once per field; entity mentions are found by
bisection); these tests pin that they change nothing the rules see.
"""

from __future__ import annotations

import re
from dataclasses import replace

from chronik.quotes.extract import FieldText
from chronik.quotes.langdata import load
from chronik.quotes.marks import Quoted
from chronik.quotes.names import PersonIndex

TEXT = ("Der Minister sagte, es sei „nichts sagte man hier“ gewesen. "
        "Laut Polizei sagte niemand etwas; er sagte es später.")


def _field(text: str = TEXT) -> FieldText:
    lang = load("de")
    start = text.index("„")
    quoted = [Quoted(start, text.index("“") + 1, "„", "“")]
    return FieldText(text, lang, PersonIndex(lang), [(0, len(text))], quoted,
                     [q.start for q in quoted])


def test_outside_leaves_out_matches_inside_quotation_marks():
    ft = _field()
    verb = re.compile(r"\bsagte\b")
    everywhere = [m.start() for m in verb.finditer(TEXT)]
    assert len(everywhere) == 4
    outside = [m.start() for m in ft.outside(verb, 0, len(TEXT))]
    assert outside == [p for p in everywhere if not ft.in_quote(p)]
    assert len(outside) == 3
    assert ft.any_outside(verb, 0, len(TEXT))
    inside = ft.quoted[0]
    assert not ft.any_outside(verb, inside.start, inside.end)


def test_matches_must_end_inside_the_range_asked_about():
    ft = _field()
    verb = re.compile(r"\bsagte\b")
    first = TEXT.index("sagte")
    assert ft.matches(verb, first, first + 3) == []
    assert [m.start() for m in ft.matches(verb, first, first + 5)] == [first]


def test_frame_word_seen_only_in_the_sentence_that_has_one():
    ft = _field()
    second = TEXT.index("Laut")
    assert ft.frame_word_in(second, len(TEXT))
    assert not ft.frame_word_in(0, second)


def test_entity_at_finds_every_overlapping_mention_in_order_person_first():
    # an overlapping mention that does not run past the end of the looked-up span (a
    # tagger span reaching beyond it is no name of it)
    index = PersonIndex(load("de"))
    index.entity_spans = [(30, 40, "Acme", "ORG"), (0, 25, "Lange Behörde", "ORG"),
                          (20, 32, "Anna Berg", "PER"), (50, 55, "Bonn", "LOC")]
    assert index.entity_at(0, 5) is None and index.entity_at(0, 25) == ("Lange Behörde", "ORG")
    for start, end in [(0, 5), (21, 23), (24, 31), (33, 34), (41, 49), (45, 52), (0, 60),
                       (24, 40), (10, 33)]:
        scan = [(n, t) for s, e, n, t in index.entity_spans if s < end and start < e <= end + 1]
        scan.sort(key=lambda h: h[1] != "PER")
        assert index.entity_at(start, end) == (scan[0] if scan else None), (start, end)


def _plain_field(lang, text: str) -> FieldText:
    return FieldText(text, lang, PersonIndex(lang), [(0, len(text))], [], [])


def test_every_field_scan_finds_what_finditer_finds():
    # the way each pattern is scanned (its opening words, its telling word, its hinted
    # copy) is worked out once per language; the matches stay the pattern's own
    texts = {
        "de": "Laut Polizei soll der Mann geflohen sein, so die Sprecherin. Er sagte, er "
              "komme morgen; nach Angaben der Stadt habe es niemand gesehen. Der Sprecher "
              "gab am Montag bekannt, dass die Brücke gesperrt bleibe.",
        "en": "According to the police, the man fled. She said he would come back on "
              "Monday, officials told reporters. The ministry announced that the bridge "
              "stays closed, the spokeswoman added.",
    }
    for code, text in texts.items():
        lang = load(code)
        ft = _plain_field(lang, text)
        for name in ("speech_verb", "subjunctive_re", "clause_noun_re", "hearsay_re",
                     "planned_re", "frames_before", "frames_after", "so_frame_anchor"):
            value = getattr(lang, name, None)
            for pat in value if isinstance(value, tuple) else (value,):
                if pat is None:
                    continue
                expected = [m.span() for m in pat.finditer(text)]
                assert [m.span() for m in ft.matches(pat, 0, len(text))] == expected, name
                assert [m.span() for m in ft.matches(pat, 0, len(text))] == expected, name


def test_a_field_scan_follows_its_language_not_only_its_pattern():
    # "the April jobs report" is a noun, not the verb "report", for the English data; a
    # copy of the language without that test shares the very same speech-verb pattern and
    # must still find the word
    text = "The April jobs report came out on Friday."
    lang = load("en")
    assert lang.noun_cue_re is not None
    at = text.index("report")
    assert [m.start() for m in _plain_field(lang, text).matches(lang.speech_verb, 0, len(text))] \
        == []
    bare = replace(lang, noun_cue_re=None)
    assert bare.speech_verb is lang.speech_verb
    assert [m.start() for m in _plain_field(bare, text).matches(bare.speech_verb, 0, len(text))] \
        == [at]
    assert [m.start() for m in _plain_field(lang, text).matches(lang.speech_verb, 0, len(text))] \
        == []
