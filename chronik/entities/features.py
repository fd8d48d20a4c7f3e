"""Token features for the CRF tagger, shared by training (`training/ner/`) and tagging.

Speed matters more than anything else here (the whole pipeline targets ~80k tokens/s), so
every feature that depends only on the word itself is computed once per distinct word
string and cached; a token's feature list is then the concatenation of three cached
lists (its own features, its left neighbour's "as left context" list, its right
neighbour's "as right context" list). No per-token string building happens on a hit.

The feature *names* are the model's vocabulary: changing anything here means retraining
(`training/ner/train.py`), which is why the feature set carries a version string that is
stored next to the model and checked at load time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

FEATURE_VERSION = "5"

_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜÀÁÂÉÈÊÍÓÔÚÇÑ"
_LOWER = "abcdefghijklmnopqrstuvwxyzäöüßàáâéèêíóôúçñ"
_SHAPE_MAP = str.maketrans(_UPPER + _LOWER + "0123456789",
                           "X" * len(_UPPER) + "x" * len(_LOWER) + "d" * 10)
_REPEATS = re.compile(r"(.)\1+")


def word_shape(word: str) -> str:
    """Capitalisation/digit pattern with runs collapsed: `Putin` -> `Xx`, `NATO-Rat` -> `X-Xx`."""
    return _REPEATS.sub(r"\1", word[:24].translate(_SHAPE_MAP))


WordParts = tuple[list[str], list[str], list[str], list[str], list[str]]
"""A word's features as (itself, left neighbour of the token, right neighbour, two to the
left, two to the right): a token's features are the union of its own and its neighbours'
parts, which is what lets the decoder (crf.py) score each word type once."""

# The attributes a token at a sentence edge gets instead of a missing neighbour.
BEGIN, END = "BOS", "EOS"


def word_features(word: str, lexicon: dict[str, Sequence[str]]) -> WordParts:
    """The feature strings `word` contributes at each position relative to a token."""
    low = word.lower()
    shape = word_shape(word)
    own = [
        "w=" + low, "sh=" + shape,
        "p2=" + low[:2], "p3=" + low[:3], "p4=" + low[:4],
        "s2=" + low[-2:], "s3=" + low[-3:], "s4=" + low[-4:], "s5=" + low[-5:],
    ]
    if word[:1].isupper():
        own.append("cap")
        if word.isupper() and len(word) > 1:
            own.append("allcap")
    if "-" in word and len(word) > 1:
        own.append("hyph")
        # the head of a German compound carries the meaning: `NATO-Russland-Rat` -> `rat`
        head = low.rsplit("-", 1)[1]
        if head:
            own.append("head=" + head)
        own.append("first=" + low.split("-", 1)[0])
    n = len(word)
    own.append("len=" + (str(n) if n < 4 else "4-6" if n < 7 else "7+"))
    extra = lexicon.get(low)
    left = ["-1w=" + low, "-1sh=" + shape, "-1s3=" + low[-3:]]
    right = ["+1w=" + low, "+1sh=" + shape, "+1s3=" + low[-3:]]
    far_left = ["-2w=" + low, "-2sh=" + shape]
    far_right = ["+2w=" + low, "+2sh=" + shape]
    if extra:
        own.extend(extra)
        if word[:1].isupper():
            # conjunctions with capitalisation are free here (computed once per word type):
            # a capitalised word mostly written in lower case, a capitalised cluster member
            own.extend("X" + e for e in extra if e.startswith(("lc=", "c256=")))
        left.extend("-1" + e for e in extra)
        right.extend("+1" + e for e in extra)
        far_left.extend("-2" + e for e in extra if not e.startswith("c1024="))
        far_right.extend("+2" + e for e in extra if not e.startswith("c1024="))
    return own, left, right, far_left, far_right


class FeatureCache:
    """Per-word feature lists, built on first sight of a word and kept for the process.

    `lexicon` maps a lowercased word to a list of extra feature strings (gazetteer hits,
    distributional cluster ids). The cache is bounded: past `max_words` it is cleared,
    which costs a little speed and never correctness.
    """

    def __init__(self, lexicon: dict[str, Sequence[str]] | None = None,
                 max_words: int = 500_000) -> None:
        self.lexicon = lexicon or {}
        self.max_words = max_words
        self._own: dict[str, list[str]] = {}
        self._left: dict[str, list[str]] = {}
        self._right: dict[str, list[str]] = {}
        self._far_left: dict[str, list[str]] = {}
        self._far_right: dict[str, list[str]] = {}

    def _build(self, word: str) -> None:
        own, left, right, far_left, far_right = word_features(word, self.lexicon)
        self._own[word] = own
        self._left[word] = left
        self._right[word] = right
        self._far_left[word] = far_left
        self._far_right[word] = far_right

    def sentence(self, words: Sequence[str]) -> list[list[str]]:
        """Feature lists for one sentence (or any token run treated as one sequence)."""
        own, left, right = self._own, self._left, self._right
        far_left, far_right = self._far_left, self._far_right
        if len(own) + len(words) > self.max_words:
            # cleared before a sentence, never during one: its words stay cached until used
            for table in (own, left, right, far_left, far_right):
                table.clear()
        for w in words:
            if w not in own:
                self._build(w)
        n = len(words)
        out: list[list[str]] = []
        for i, w in enumerate(words):
            f = own[w] + (left[words[i - 1]] if i else [BEGIN])
            f += right[words[i + 1]] if i + 1 < n else [END]
            if i > 1:
                f += far_left[words[i - 2]]
            if i + 2 < n:
                f += far_right[words[i + 2]]
            out.append(f)
        return out


FeatureFunction = Callable[[Sequence[str]], list[list[str]]]
