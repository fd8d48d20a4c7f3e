"""Round twelve of docs/speed.md: each faster form finds exactly what the form it replaced
found. Hand-written texts, with the edge cases each rewrite has to get right."""

import itertools
import re

import pytest

from chronik.entities.features import word_features
from chronik.entities.tagger import load_model
from chronik.events import load_event_language
from chronik.events.status import cue_scans
from chronik.text import segment
from chronik.time.langdata import fold_text

TEXTS = [
    "Das Gipfeltreffen in Genf beginnt am Montag; danach treffen sich die Minister.",
    "treffen sich am Montag",  # a trigger word at the start of the text
    "Telefonat,Treffen:Streik-Ende und Ex-Treffen. Nach dem Telefongespräch traf man sich.",
    "Am 3. Mai 2023 verhandelten die Parteien; die Verhandlungen wurden abgesagt.",
    "The summit will meet on Monday, officials said; talks were called off.",
    "İstanbul: Das Treffen fand statt.",  # lowercasing changes the length: the other path
    "",
]


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("text", TEXTS)
def test_trigger_words_from_the_gap_are_the_prefilters_matches(lang, text):
    finder = load_event_language(lang).triggers
    lowered = text.lower()
    if len(lowered) != len(text):
        return  # such texts go through the case-insensitive prefilter, as before
    for start in range(len(text) + 1):  # every range start, inside words too
        for end in {len(text), (start + len(text)) // 2, min(len(text), start + 7)}:
            end = max(start, end)
            expected = [(m.start(), m.group())
                        for m in finder._prefilter.finditer(lowered, start, end)]
            assert finder._words_at(lowered, start, end) == expected, (start, end)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_cue_scans_find_what_the_case_insensitive_lists_find(lang):
    data = load_event_language(lang)
    for pattern_id, scan in cue_scans(data).items():
        for text in TEXTS + ["KÖNNTE ABGESAGT werden, Könnte", "was Called Off, MAY be cancelled"]:
            expected = [m.span() for m in scan.pattern.finditer(text)]
            assert scan.spans(text, fold_text(text), 0, len(text)) == expected, pattern_id


FORWARD_WORD_BEFORE = re.compile(r"([\w.\-]*\w)\.+$")


@pytest.mark.parametrize("text", [
    "Dr. Müller kam.", "z.B. morgen.", "U.S. officials", "am 10. Januar", "Ende..",
    "x-.", "-a.", "a_b.", "tagesschau.de. Dann", "Nato-Rat. Danach", " . ", ".", "é.",
])
def test_the_word_before_a_period_read_backwards_is_the_forward_search(text):
    for i, ch in enumerate(text):
        if ch != ".":
            continue
        for lo in range(i + 1):
            forward = FORWARD_WORD_BEFORE.search(text, lo, i + 1)
            backward = segment._WORD_BEFORE_REVERSED.match(text[lo:i + 1][::-1])
            assert (backward.group(1)[::-1] if backward else None) == \
                (forward.group(1) if forward else None), (lo, i)


def test_new_words_get_the_rows_word_features_gives_them():
    model = load_model("de")
    if model is None:
        pytest.skip("no German NER model")
    rows = model.decoder.attribute_rows
    index, missing = model.decoder.weights.index, model.decoder.weights.unknown
    words = ["Gipfeltreffen", "NATO-Russland-Rat", "Berlin", "der", "Ölpreis", "x", "USA"]
    flat, offsets = rows.batch(words)
    bounds = [*offsets, len(flat)]
    parts = [flat[a:b] for a, b in itertools.pairwise(bounds)]
    for role in range(5):
        for k, word in enumerate(words):
            expected = [index.get(a, missing) for a in word_features(word, model.decoder.lexicon)[role]]
            assert parts[role * len(words) + k] == expected, (word, role)
