"""The shortcuts of the entity rules give what the plain regex scans give.

Each shortcut (reading the words before a mention backwards, testing the word before a
name for an organisation noun before searching, finding determiner + noun phrases
without a per-document pattern) is stated here on hand-written sentences, next to the
scan it replaces.
"""

import re

import pytest

from chronik.entities import organisation_after_head
from chronik.entities.cluster import _WORD, _noun_phrases, _words_before, lang_data
from chronik.entities.tagger import TaggedSpan


def _scanned(text, end, limit):
    """The words before `end` as a forward scan of the 80 characters before it finds them."""
    matches = list(_WORD.finditer(text, max(0, end - 80), end))
    out, pos = [], end
    for m in reversed(matches):
        if text[m.end():pos].strip() or len(out) >= limit:
            break
        out.append((m.start(), m.end(), m.group()))
        pos = m.start()
    return out[::-1]


@pytest.mark.parametrize("text", [
    "Der russische Präsident Wladimir Putin",
    "Ost- und West-Berlin",
    "die NATO-Russland-Rat-Sitzung  des Rates",
    "a--b c",
    "x.-y z.B. U.S. Präsident",
    "Herr Dr. Müller-Lüdenscheidt, sagte er",
    "-Anfang mit Strich",
    "x" * 100 + " kurz vor dem Ende",
])
def test_words_before_read_backwards_are_the_words_a_forward_scan_finds(text):
    for end in range(len(text) + 1):
        for limit in (1, 2, 4):
            assert _words_before(text, end, limit) == _scanned(text, end, limit), (end, limit)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Der Autobauer Tesla meldet Gewinne.", "de", "ORG"),
    ("Die Windkrafttochter Gamesa schreibt Verluste.", "de", "ORG"),
    ("Die Tochter Anna kam später.", "de", "PER"),  # `-tochter` only heads a compound
    ("Die FIRMA Müller stellt ein.", "de", "ORG"),  # case does not matter
    ("the chipmaker Nvidia said", "en", "ORG"),
    ("the start-up Foo said", "en", "ORG"),
    ("said Nvidia on Monday", "en", "PER"),
])
def test_a_name_after_an_organisation_noun_is_an_organisation(text, lang, expected):
    name = re.search(r"(?<= )(Tesla|Gamesa|Anna|Müller|Nvidia|Foo)", text)
    span = TaggedSpan(name.start(), name.end(), "PER")
    assert organisation_after_head(text, span, lang).type == expected


def test_determiner_noun_phrases_are_the_matches_of_the_pattern_they_replace():
    data = lang_data("de")
    text = ("Die Gewerkschaft streikt, die  GEWERKSCHAFT auch; der die Bank-Filiale nicht, "
            "aber die Bank. Dem Verband-Chef und dem Verband\nreicht es.")
    heads = {"gewerkschaft": [], "bank": [], "verband": []}
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, data.determiners))
                         + r")\s+(" + "|".join(map(re.escape, heads)) + r")(?![\w-])",
                         re.IGNORECASE)
    expected = [(m.start(), m.end(), m.group(1)) for m in pattern.finditer(text)]
    assert [noun for *_, noun in expected] == ["Gewerkschaft", "GEWERKSCHAFT", "Bank",
                                               "Verband"]
    assert _noun_phrases(text, heads, data) == expected


def test_a_noun_the_shortcut_cannot_compare_falls_back_to_the_pattern():
    data = lang_data("de")
    text = "Die Co. und die Bank"  # a head with a dot is no plain word
    heads = {"co.": [], "bank": []}
    assert [noun for *_, noun in _noun_phrases(text, heads, data)] == ["Co.", "Bank"]
