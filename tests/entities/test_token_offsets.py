"""A sentence's token offsets found from its words equal the tokenizer's own offsets.

The tagger tokenises each sentence with `findall` (words only) and finds the offsets of a
sentence that names something from its words afterwards (tagger._offsets); both must
give exactly `tokenize`'s offsets, white space of any kind between tokens included.
"""

from chronik.entities.tagger import _offsets
from chronik.entities.tokens import TOKEN, tokenize

TEXTS = [
    "Angela Merkel besuchte am 3.10.2020 Paris.",
    "Der NATO-Russland-Rat tagte\tin  Brüssel;\nOst- und Westeuropa  (EU) stimmten zu.",
    "O'Neill sagte: „Das kostet 1.000 Euro“ – und ging.\u00a0Danach: nichts...",
    "a a a aa a",  # a word repeated right after itself
    "  führende Leerzeichen, 12:30 Uhr, 3,5 % und U.S.-Dollar  ",
    "x-\ty- -z ‘quoted’ ...!!!",
]


def test_offsets_from_words_are_the_tokenizers_offsets():
    for text in TEXTS:
        for start in range(0, len(text), 3):
            for end in (len(text), len(text) - 4, start + 9):
                if end < start:
                    continue
                words = TOKEN.findall(text, start, end)
                assert _offsets(text, start, words) == tokenize(text, start, end), (text, start)
