"""Finding trigger words fast: two cheap scans instead of one big alternation.

A single regular expression with every lexicon entry as an alternative is slow in
Python's backtracking engine (each alternative is tried at every position: ~8 ms for a
news article). Instead:

* compound nouns (German): every capitalised word is found by one small pattern and
  tested with `str.endswith` against the tuple of head forms ("Videokonferenz" ends
  in "konferenz");
* everything else: a prefilter built as a trie of the entries' literal first words
  ("treffen", "telefon…", "will meet") finds the few places where an entry can start;
  only there are the entries' own patterns run.

Both are linear in the text. The entry patterns stay ordinary regular expressions in
the language file; the one rule for lexicon authors is that every alternative starts
with a literal word (or a group of literal words), which loading checks.
"""

from __future__ import annotations

import re
import sys
from array import array
from dataclasses import dataclass
from functools import cache

from chronik.time.langdata import fold_text

# "(?<![\w-])[A-ZÄÖÜ0-9]", written with the check after the first letter so that the
# engine can skip to the next capital in C instead of testing every position
_CAPITALISED_WORD = re.compile(r"[A-ZÄÖÜ0-9](?<![\w-].)[\w-]*")
_LITERAL = re.compile(r"[^\W\d_][^\W\d_'-]*(?:['-][^\W\d_]+)*")
KEY = 2  # entries are indexed by the first letters of their literal prefix
_FIND_LIMIT = 8  # distinct compound hits located with str.find; more get one compiled scan


@dataclass(frozen=True, slots=True)
class Compound:
    """Word forms that may end a capitalised (compound) noun, for one entry."""

    entry: int
    forms: tuple[str, ...]  # lower case


@dataclass(frozen=True, slots=True)
class Phrase:
    """An entry matched by its own pattern where its literal prefix occurs."""

    entry: int
    pattern: re.Pattern[str]


class TriggerFinder:
    def __init__(self, compounds: list[Compound], phrases: list[tuple[Phrase, set[str]]]):
        self._suffixes: dict[str, int] = {}
        for c in compounds:
            for form in c.forms:
                self._suffixes.setdefault(form, c.entry)
        # lower case heads end compounds ("Gipfeltreffen"), capitalised ones stand alone
        self._suffix_tuple = tuple(self._suffixes) + tuple(w.capitalize() for w in self._suffixes)
        self._longest = max((len(s) for s in self._suffixes), default=0)
        # a set lookup of the last three letters rejects most words; then only the heads
        # sharing those letters are tried (plus any head shorter than three letters)
        short = tuple(w for w in self._suffix_tuple if len(w) < 3)
        by_ending: dict[str, list[str]] = {}
        for w in self._suffix_tuple:
            by_ending.setdefault(w[-3:], []).append(w)
        self._by_ending = {e: tuple(ws) + short for e, ws in by_ending.items()}
        by_key: dict[str, list[Phrase]] = {}
        prefixes: set[str] = set()
        for phrase, firsts in phrases:
            for first in firsts:
                if len(first) < KEY:
                    raise ValueError(f"trigger prefix {first!r} is shorter than {KEY} letters")
                prefixes.add(first)
                bucket = by_key.setdefault(first[:KEY], [])
                if phrase not in bucket:
                    bucket.append(phrase)
        self._by_key = {k: tuple(bucket) for k, bucket in by_key.items()}
        # the longest prefix the prefilter found at a place -> the phrases that can match
        # there: those with a literal prefix it begins with, in their bucket's order (the
        # bucket of its first letters also holds the phrases of longer or other words,
        # which failed there: ~5 phrases tried per place, now ~1)
        firsts_of = {id(phrase): firsts for phrase, firsts in phrases}
        self._candidates = {
            w: tuple(p for p in by_key[w[:KEY]] if any(w.startswith(f) for f in firsts_of[id(p)]))
            for w in prefixes}
        # the prefix found in the lowercased text stands for what the phrases' patterns
        # (case-insensitive) can match there, unless the text holds a letter that the
        # engine takes for one of the prefixes' letters but that lowercases to another
        # ("ſ" for "s", "ı" for "i"): such texts use the buckets as before
        self._folds_apart = _folding_apart(frozenset("".join(prefixes)))
        trie = trie_pattern(sorted(prefixes)) if prefixes else None
        # "\b" before a letter, checked after that first letter: the pattern then opens
        # with the letters themselves, which the engine skips to in C
        self._prefilter = (re.compile(trie_pattern(sorted(prefixes), after_first=r"(?<!\w.)"))
                           if trie else None)
        # the same words found from the gap before them: a pattern opening with `\W` makes
        # the engine skip, in C, to the next space or punctuation (~1 position in 6) instead
        # of entering the trie at every letter (the whole scan ~2.3 times faster); a word at
        # the range start, with no gap before it inside the range, is matched on its own
        self._after_gap = re.compile(r"\W(" + trie + ")") if trie else None
        self._prefilter_any_case = re.compile(r"\b(?i:" + trie + ")") if trie else None

    def find(self, text: str, start: int, end: int) -> list[tuple[int, int, int]]:
        """(start, end, entry index) of every trigger in text[start:end], in text order."""
        found: list[tuple[int, int, int]] = []
        if self._suffix_tuple:
            # strings, not match objects, for the ~40% of German words that are
            # capitalised; positions are looked up only for the few that end in a head
            by_ending = self._by_ending
            hits = {w for w in _CAPITALISED_WORD.findall(text, start, end)
                    if w[-3:] in by_ending and w.endswith(by_ending[w[-3:]])}
            if len(hits) <= _FIND_LIMIT:
                for word in hits:
                    entry = self._compound_entry(word.lower())
                    pos = text.find(word, start, end)
                    while pos != -1:
                        after = pos + len(word)
                        if not _word_char(text, pos - 1) and not _word_char(text, after):
                            found.append((pos, after, entry))
                        pos = text.find(word, after, end)
            else:
                # many different hits (a long text): one scan instead of one per word
                words = sorted(hits, key=len, reverse=True)
                pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")
                entries = {w: self._compound_entry(w.lower()) for w in words}
                found.extend((m.start(), m.end(), entries[m.group()])
                             for m in pattern.finditer(text, start, end))
        if self._prefilter is not None:
            # the prefilter is case-sensitive and runs on the lower-cased text (faster than
            # an IGNORECASE pattern); lower() keeps offsets unless a letter changes length
            # (`fold_text` is that lowercased text, remembered from the time stage)
            lowered = fold_text(text) or text.lower()
            if len(lowered) == len(text):
                places, phrases = self._words_at(lowered, start, end), self._candidates
                if _holds_any(text, start, end, self._folds_apart):
                    places = [(pos, text[pos:pos + KEY].lower()) for pos, _ in places]
                    phrases = self._by_key
            else:
                places = [(pos, text[pos:pos + KEY].lower()) for pos in (
                    m.start() for m in self._prefilter_any_case.finditer(text, start, end))]
                phrases = self._by_key
            for pos, key in places:
                if pos > 0 and text[pos - 1] == "-":
                    continue  # inside a hyphenated word
                best: tuple[int, int] | None = None
                for phrase in phrases.get(key, ()):
                    hit = phrase.pattern.match(text, pos, end)
                    if hit and (best is None or hit.end() > best[0]):
                        best = (hit.end(), phrase.entry)
                if best is not None:
                    found.append((pos, best[0], best[1]))
        found.sort()
        return found

    def _words_at(self, lowered: str, start: int, end: int) -> list[tuple[int, str]]:
        """Where `self._prefilter.finditer(lowered, start, end)` finds its matches, and
        what each match is (the longest prefix found there).

        After a match the next one begins at a word start further on (a match ends in a
        letter, so no word starts right at its end): the gap character before that word is
        never part of the previous match, and the gap pattern finds the same words in the
        same order. Only a word at `start` itself has its gap outside the range."""
        assert self._prefilter is not None and self._after_gap is not None
        first = self._prefilter.match(lowered, start, end)
        places = [(first.start(), first.group())] if first is not None else []
        places += [(m.start(1), m.group(1)) for m in self._after_gap.finditer(
            lowered, first.end() if first is not None else start, end)]
        return places

    def _compound_entry(self, word: str) -> int:
        # the longest head wins: "Gipfelkonferenz" is a conference, not a summit
        for k in range(max(0, len(word) - self._longest), len(word)):
            entry = self._suffixes.get(word[k:])
            if entry is not None:
                return entry
        raise AssertionError(word)  # endswith() said one of the suffixes matches


def _holds_any(text: str, start: int, end: int, chars: str) -> bool:
    # (a `find` per character: a few microseconds for a field, where a character class
    # search costs five times as much)
    for c in chars:
        if text.find(c, start, end) >= 0:
            return True
    return False


@cache
def _folding_apart(letters: frozenset[str]) -> str:
    """The characters a case-insensitive pattern matches as one of `letters` though they
    do not lowercase to that letter, found by asking the engine over the Basic
    Multilingual Plane (the other planes' cased scripts fold among themselves; 5-10 ms,
    once per language at load)."""
    if not letters:
        return ""
    utf16 = "utf-16-le" if sys.byteorder == "little" else "utf-16-be"
    bmp = "".join(array("H", r).tobytes().decode(utf16)  # (no surrogates)
                  for r in (range(0xD800), range(0xE000, 0x10000)))
    as_any = re.compile("(?i:[" + "".join(map(re.escape, sorted(letters))) + "])")
    matched = {m.group() for m in as_any.finditer(bmp)}  # a few per letter
    odd: set[str] = set()
    for letter in letters:
        as_letter = re.compile("(?i:" + re.escape(letter) + ")").fullmatch
        odd.update(c for c in matched if c.lower() != letter and as_letter(c))
    if {"σ", "ς"} & letters:
        odd.add("Σ")  # lowercased as "ς" at a word's end, as "σ" elsewhere
    return "".join(sorted(odd))


def _word_char(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "_-")


def literal_prefixes(fragment: str) -> set[str]:
    """The literal words an alternation can start with (lower case).

    "(?:treffen|trafen)\\s+sich|kommen\\s+…" -> {"treffen", "trafen", "kommen"};
    "calls?" -> {"call"} (a quantified last letter is left out of the prefix).
    """
    out: set[str] = set()
    for alternative in split_top_level(fragment):
        alt = alternative.strip()
        if alt.startswith("(?:"):
            close = _closing(alt, 0)
            if alt[close + 1:close + 2] in ("?", "*"):
                raise ValueError(f"trigger form {alternative!r} starts with an optional group")
            out |= literal_prefixes(alt[3:close])
            continue
        m = _LITERAL.match(alt)
        if not m:
            raise ValueError(f"trigger form {alternative!r} does not start with a literal word")
        word = m.group()
        if alt[m.end():m.end() + 1] in ("?", "*", "{"):
            word = word[:-1]
        out.add(word.lower())
    return out


def split_top_level(fragment: str) -> list[str]:
    parts, depth, current, escaped = [], 0, [], False
    for ch in fragment:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return parts


def _closing(text: str, open_at: int) -> int:
    depth, escaped = 0, False
    for i in range(open_at, len(text)):
        ch = text[i]
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
    raise ValueError(f"unbalanced parenthesis in {text!r}")


def trie_pattern(words: list[str], after_first: str = "") -> str:
    """A regular expression matching any of `words`, shaped as a trie so that the engine
    follows one branch per letter instead of trying every word (`after_first`, a
    zero-width check, is put after each first letter)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict], check: str = "") -> str:
        ends_here = "" in node
        branches = [re.escape(ch) + check + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends_here else body

    return build(trie, after_first)
