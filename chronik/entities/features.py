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
from itertools import pairwise

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


_PARTS_OF_WORD = ("w", "-1w", "+1w", "-2w", "+2w")  # the templates holding the word itself
_PARTS_OF_SHAPE = ("sh", "-1sh", "+1sh", "-2sh", "+2sh")
_PARTS_OF_S3 = ("s3", "-1s3", "+1s3")

WordRows = tuple[list[int], list[int], list[int], list[int], list[int]]
"""A word's attribute rows per role (`word_features`' five lists, as model rows)."""

_ExtraRows = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...],
                   tuple[int, ...], tuple[int, ...]]
"""A lexicon entry's rows: own, -1, +1, -2, +2 and the capitalised conjunctions."""


class AttributeRows:
    """The model rows of a word's attributes in its five roles, without building strings.

    `word_features` spells out ~36 attribute strings per word, which a decoder then looks
    up one by one; for a word new to the process that was most of its cost. Here the
    model's attribute index is split by template once (`w=`, `p3=`, `-1sh=`, ...), so a
    word costs about a dozen dict look-ups on its pieces (lowercase form, prefixes,
    suffixes, shape) and no concatenation. The rows come in exactly the order
    `word_features` lists the attributes, an attribute the model lacks as the row
    `missing` (tests/entities/test_attribute_rows.py holds the two to each other), so a
    sum over them is the same sum, bit for bit.
    """

    def __init__(self, index: dict[str, int], lexicon: dict[str, Sequence[str]],
                 missing: int) -> None:
        self.index = index
        self.lexicon = lexicon
        self.missing = missing
        by_template: dict[str, dict[str, int]] = {}
        for attribute, row in index.items():
            template, sep, value = attribute.partition("=")
            if sep:
                by_template.setdefault(template, {})[value] = row
        self._by_template = by_template
        table = by_template.get
        # the lowercase form in its five roles, for the words the model has in any of them
        words = [table(t, {}) for t in _PARTS_OF_WORD]
        self._word = {low: tuple(part.get(low, missing) for part in words)
                      for low in set().union(*words)}
        self._no_word = (missing,) * len(_PARTS_OF_WORD)
        s3 = [table(t, {}) for t in _PARTS_OF_S3]
        self._s3 = {v: tuple(part.get(v, missing) for part in s3) for v in set().union(*s3)}
        self._no_s3 = (missing,) * len(_PARTS_OF_S3)
        self._p2, self._p3, self._p4 = (table(t, {}) for t in ("p2", "p3", "p4"))
        self._s2, self._s4, self._s5 = (table(t, {}) for t in ("s2", "s4", "s5"))
        # a word's first four letters fix its three prefix rows, its last five its suffix
        # rows: one look-up each, shared by the many words with the same ends
        self._prefixes: dict[str, tuple[int, int, int]] = {}
        self._suffixes: dict[str, tuple[int, ...]] = {}
        self._head, self._first = table("head", {}), table("first", {})
        self._cap, self._allcap, self._hyph = (index.get(a, missing)
                                               for a in ("cap", "allcap", "hyph"))
        lengths = table("len", {})
        self._len = [lengths.get(str(n) if n < 4 else "4-6" if n < 7 else "7+", missing)
                     for n in range(8)]
        self._shapes: dict[str, tuple[int, ...]] = {}  # shape-mapped word -> its rows
        self._extras: dict[str, _ExtraRows] = {}
        # lexicon word -> its `_extras` entry; complete once `preload` ran
        self._lexicon_rows: dict[str, _ExtraRows] = {}
        self._preloaded = False
        self._features: dict[str, tuple[int | None, ...]] = {}  # few: clusters, gazetteer

    def _prefix_rows(self, p: str) -> tuple[int, int, int]:
        """(p2, p3, p4) rows of the words whose lowercase form begins with `p` (their first
        four letters, or all of a shorter word)."""
        if len(self._prefixes) > 100_000:
            self._prefixes.clear()
        missing = self.missing
        rows = self._prefixes[p] = (self._p2.get(p[:2], missing), self._p3.get(p[:3], missing),
                                    self._p4.get(p, missing))
        return rows

    def _suffix_rows(self, s: str) -> tuple[int, ...]:
        """(s2, s3, s4, s5, s3 as left neighbour, s3 as right neighbour) rows of the words
        whose lowercase form ends in `s` (their last five letters, or all of a shorter word)."""
        if len(self._suffixes) > 100_000:
            self._suffixes.clear()
        missing = self.missing
        s3 = self._s3.get(s[-3:], self._no_s3)
        rows = self._suffixes[s] = (self._s2.get(s[-2:], missing), s3[0],
                                    self._s4.get(s[-4:], missing), self._s5.get(s, missing),
                                    s3[1], s3[2])
        return rows

    def preload(self) -> None:
        """Build the rows of every lexicon word's features and of every word beginning
        and ending the model knows now (a tenth of a second at model load), not when a
        word with them first occurs in a text: there each is then one look-up."""
        for word, extra in self.lexicon.items():
            self._lexicon_word_rows(word, extra)
        self._preloaded = True
        for p in self._p4:
            self._prefix_rows(p)
        for s in self._s5:
            self._suffix_rows(s)

    def _lexicon_word_rows(self, low: str, extra: Sequence[str]) -> _ExtraRows:
        key = "\t".join(extra)
        rows = self._extras.get(key) or self._extra_rows(key, extra)
        if len(self._lexicon_rows) > 200_000:  # bounded (a lexicon is smaller)
            self._lexicon_rows.clear()
        self._lexicon_rows[low] = rows
        return rows

    def _shape_rows(self, mapped: str) -> tuple[int, ...]:
        rows = self._shapes.get(mapped)
        if rows is None:
            if len(self._shapes) > 100_000:  # bounded: words of other scripts map to themselves
                self._shapes.clear()
            shape = _REPEATS.sub(r"\1", mapped)
            table, missing = self._by_template.get, self.missing
            rows = self._shapes[mapped] = tuple(table(t, {}).get(shape, missing)
                                                for t in _PARTS_OF_SHAPE)
        return rows

    def _extra_rows(self, key: str, extra: Sequence[str]) -> _ExtraRows:
        """A lexicon word's rows in `word_features`' order, kept per list of lexicon
        features (words share them: the same clusters): (own, -1, +1, -2, +2, capitalised),
        six tuples of ints. Tuples of ints only: nothing the garbage collector has to follow
        once it has looked at them (thousands of lists made the first pass over new text pay
        for extra full collections), and all of them are built at model load (`preload`).
        Split by role, not one flat tuple: `batch` extends each role with its tuple as it
        is, instead of slicing five parts out of one per lexicon word (three in four of
        the words of a text)."""
        if len(self._extras) > 100_000:
            self._extras.clear()
        parts = [self._feature_rows(e) for e in extra]
        far = [p for p in parts if p[4] is not None]
        rows = self._extras[key] = (
            tuple(p[0] for p in parts), tuple(p[2] for p in parts), tuple(p[3] for p in parts),
            tuple(p[4] for p in far), tuple(p[5] for p in far),
            tuple(p[1] for p in parts if p[1] is not None))
        return rows

    def _feature_rows(self, extra: str) -> tuple[int | None, ...]:
        """(own, capitalised, -1, +1, -2, +2) rows of one lexicon feature, None where
        `word_features` does not use it."""
        rows = self._features.get(extra)
        if rows is None:
            get, missing = self.index.get, self.missing
            far = not extra.startswith("c1024=")
            rows = self._features[extra] = (
                get(extra, missing),
                get("X" + extra, missing) if extra.startswith(("lc=", "c256=")) else None,
                get("-1" + extra, missing), get("+1" + extra, missing),
                get("-2" + extra, missing) if far else None,
                get("+2" + extra, missing) if far else None)
        return rows

    def rows(self, word: str) -> WordRows:
        """The attribute rows of `word` in its five roles (see `word_features`)."""
        flat, offsets = self.batch([word])
        bounds = [*offsets, len(flat)]
        own, left, right, far_left, far_right = (flat[a:b] for a, b in pairwise(bounds))
        return own, left, right, far_left, far_right

    def batch(self, words: Sequence[str]) -> tuple[list[int], list[int]]:
        """The rows of many words, role by role (every word's own rows, then every word's
        rows as a left neighbour, ...), and where each word's rows begin: the layout of
        one `numpy.add.reduceat` over them. One loop with everything in local names: this
        runs for every word new to the process."""
        missing = self.missing
        word_rows, no_word = self._word.get, self._no_word
        prefixes, prefix_rows = self._prefixes.get, self._prefix_rows
        suffixes, suffix_rows = self._suffixes.get, self._suffix_rows
        head_rows, first_rows, length_rows = self._head.get, self._first.get, self._len
        long_word = length_rows[7]
        cap, allcap, hyph = self._cap, self._allcap, self._hyph
        shapes, shape_rows, lexicon = self._shapes.get, self._shape_rows, self.lexicon.get
        lexicon_rows, word_rows_of_lexicon = self._lexicon_rows.get, self._lexicon_word_rows
        preloaded = self._preloaded
        own: list[int] = []
        left: list[int] = []
        right: list[int] = []
        far_left: list[int] = []
        far_right: list[int] = []
        # a word has as many rows as left neighbour as as right neighbour, and as many two
        # to the left as two to the right: the starts of left and right are the same
        # numbers, so are those of the far roles (three lists kept, not five)
        own_starts: list[int] = []
        near_starts: list[int] = []
        far_starts: list[int] = []
        own_at, near_at, far_at = own_starts.append, near_starts.append, far_starts.append
        for word in words:
            own_at(len(own))
            near_at(len(left))
            far_at(len(far_left))
            low = word.lower()
            w = word_rows(low, no_word)
            mapped = word[:24].translate(_SHAPE_MAP)
            sh = shapes(mapped) or shape_rows(mapped)
            p = low[:4]
            p = prefixes(p) or prefix_rows(p)
            s = low[-5:]
            s = suffixes(s) or suffix_rows(s)
            own += (w[0], sh[0], p[0], p[1], p[2], s[0], s[1], s[2], s[3])
            capitalised = word[:1].isupper()
            if capitalised:
                own.append(cap)
                if word.isupper() and len(word) > 1:
                    own.append(allcap)
            n = len(word)
            if n > 1 and "-" in word:
                own.append(hyph)
                head = low.rsplit("-", 1)[1]
                if head:
                    own.append(head_rows(head, missing))
                own.append(first_rows(low.split("-", 1)[0], missing))
            own.append(length_rows[n] if n < 7 else long_word)  # (cheaper than min())
            left += (w[1], sh[1], s[4])
            right += (w[2], sh[2], s[5])
            far_left += (w[3], sh[3])
            far_right += (w[4], sh[4])
            e = lexicon_rows(low)
            if e is None and not preloaded and (extra := lexicon(low)):
                e = word_rows_of_lexicon(low, extra)
            if e:
                own += e[0]
                if capitalised:
                    own += e[5]
                left += e[1]
                right += e[2]
                far_left += e[3]
                far_right += e[4]
        flat, offsets = own, own_starts
        for part, part_starts in ((left, near_starts), (right, near_starts),
                                  (far_left, far_starts), (far_right, far_starts)):
            offsets += map(len(flat).__add__, part_starts)  # (no Python frame per word)
            flat += part
        return flat, offsets
