"""Round eighteen of docs/speed.md: at each place the trigger prefilter finds, only the
phrases whose literal prefix the word there begins with are tried (not every phrase
sharing its first two letters); the triggers found are the same."""

import copy
import re

import pytest

from chronik.events import load_event_language
from chronik.events.triggers import Phrase, TriggerFinder


def _phrase(entry: int, forms: str) -> tuple[Phrase, set[str]]:
    return Phrase(entry, re.compile(r"(?i:" + forms + r")(?![\w-])")), {forms.split("\\")[0]}


def _small_finder() -> TriggerFinder:
    # "sag" and "sagst" share a bucket ("sa"); "sank" too, with another third letter
    return TriggerFinder([], [_phrase(0, "sag"), _phrase(1, "sagst"), _phrase(2, r"sank\s+auf")])


@pytest.mark.parametrize(("text", "expected"), [
    ("Du sagst es.", [(3, 8, 1)]),
    ("Sag es.", [(0, 3, 0)]),
    ("Der Kurs sank auf 3 Prozent.", [(9, 17, 2)]),
    ("Der Kurs sank.", []),
    ("Sagen, sagte, Ex-sag.", []),
])
def test_the_phrases_of_the_word_found_are_tried(text, expected):
    assert _small_finder().find(text, 0, len(text)) == expected


def test_a_letter_the_engine_folds_apart_from_lower_still_matches():
    # "ſ" (long s) lowercases to itself, so the lowercased text holds "sag" only; the
    # case-insensitive pattern of "sagst" takes "ſ" for "s" and matched here before
    text = "Du sagſt es."
    assert _small_finder().find(text, 0, len(text)) == [(3, 8, 1)]
    # such a text is still searched only at the places the lowercased text gives, as
    # before: without "sag" among the prefixes, "sagſt" is no place of the prefilter's
    alone = TriggerFinder([], [_phrase(1, "sagst")])
    assert alone.find(text, 0, len(text)) == []
    assert alone.find("Du sagst es.", 0, 12) == [(3, 8, 1)]


TEXTS = [
    "Die Minister treffen sich am Montag; das Treffen wurde vertagt, hieß es.",
    "Am Dienstag telefonierten die beiden; ein Telefonat folgte. Sie trafen sich nicht.",
    "Die Abstimmung findet statt, die Wahl wurde abgesagt, sie verhandelten weiter.",
    "The ministers will meet on Monday; talks were called off and the vote postponed.",
    "They met, they called, they signed; a visit followed. Negotiations resumed.",
    "İstanbul: Das Treffen fand statt.",  # lowercasing changes the length
    "Die Miniſter trafen ſich am Montag.",
]


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("text", TEXTS)
def test_the_triggers_found_are_those_of_every_phrase_of_the_bucket(lang, text):
    finder = load_event_language(lang).triggers
    every = copy.copy(finder)  # as before: every phrase of the first letters' bucket
    every._candidates = {w: finder._by_key[w[:2]] for w in finder._candidates}
    every._folds_apart = ""
    for start in range(0, len(text), 5):
        assert finder.find(text, start, len(text)) == every.find(text, start, len(text))


def test_the_letters_folded_apart_are_asked_of_the_engine():
    from chronik.events.triggers import _folding_apart

    assert _folding_apart(frozenset("sagt")) == "ſ"  # long s is "s" to the engine
    assert set(_folding_apart(frozenset("ist"))) == {"İ", "ı", "ſ"}
    assert _folding_apart(frozenset("abc")) == ""
