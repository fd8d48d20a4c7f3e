"""Round eighteen of docs/speed.md: the two sentence scans that open with a lookbehind
(`person_shapes`, `names_after_roles`) are compiled with start hints; they find what the
plainly compiled patterns find, wherever a scan starts."""

import re

import pytest

from chronik.entities import tag_spans
from chronik.entities.cluster import _names_after_roles_pattern, lang_data

SENTENCES = [
    "Kenji Morita met his counterpart, Park Ji-won, on Saturday.",
    "Der Gesandte Kim Yo-jong und Park Ji-won reisten ab; x-Park Ji-won nicht.",
    "Chilean President Rodrigo Salcedo arrived in Ottawa, Senator Ruth Alvarez said.",
    "Ex-President Rodrigo Salcedo, President Joe BIDEN and President of the Council.",
    "Lee Min-ho",
    "",
]


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(pattern.pattern, pattern.flags)


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("text", SENTENCES)
def test_hinted_sentence_scans_find_what_the_plain_patterns_find(lang, text):
    data = lang_data(lang)
    for pattern in (data.person_shapes, data.names_after_roles):
        if pattern is None:
            continue
        plain = _plain(pattern)
        for start in range(len(text) + 1):  # a scan starting inside a word sees before it
            expected = [(m.span(), m.span("name")) for m in plain.finditer(text, start)]
            assert [(m.span(), m.span("name")) for m in pattern.finditer(text, start)] == expected


def test_the_role_pattern_is_built_hinted_from_the_language_data():
    pattern = _names_after_roles_pattern({"roles": {"president": ["president"]}})
    text = "Chilean President Rodrigo Salcedo arrived."
    assert [m.group("name") for m in pattern.finditer(text)] == ["Rodrigo Salcedo"]
    # the lookbehind sees the hyphen before the scan's start: no role after a hyphen
    assert [m.group("name") for m in pattern.finditer("Ex-President Rodrigo Salcedo", 3)] == []


def test_a_family_name_first_is_still_found_after_a_capitalised_word():
    spans = tag_spans("Gestern sagte Park Ji-won, die Gespräche gingen weiter.", "de")
    assert ("Park Ji-won", "PER") in {("Gestern sagte Park Ji-won, die Gespräche gingen "
                                       "weiter."[s.start:s.end], s.type) for s in spans}
