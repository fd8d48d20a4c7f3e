"""Finding quotations and reported speech in one field of a document, with their speakers.

Direct quotations come from quotation marks (marks.py) and are attributed through the
frame around them: a speech verb before a colon ("erklärte Peskow:"), after a comma
("…“, sagte er"), anywhere in the sentence, or the previous speaker when the quotation is
a sentence of its own. Indirect speech is a clause after a speech verb with a
subordinator or a Konjunktiv ("betonte, die Präsidenten hätten …"), a sentence framed by
"laut X", "X zufolge", "nach Angaben von X", "wie X mitteilte", "…, so X", or a
Konjunktiv-I sentence continuing the previous speaker's report.

All decisions are compiled regular expressions over a sentence or a small window; the
language's words come from lang/<code>.toml.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from itertools import islice

from chronik.quotes.langdata import _MAX_HINTED_AT_LOAD, _UNHINTED_OPENINGS, LOWER, QuoteLanguage
from chronik.quotes.marks import Quoted
from chronik.quotes.names import PersonIndex
from chronik.text.dateline import after_dateline
from chronik.time.langdata import hinted

try:  # re's own parser (Python 3.11+), to read which words a pattern requires
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _re_parser  # type: ignore[attr-defined]
except ImportError:  # elsewhere every pattern is simply run
    _c = _re_parser = None

# a digit or a dot inside a word: „c4“, „documenta 12“, „tagesschau.de“ are names
_NAME_LIKE = re.compile(r"\d|\w\.\w")
_TERMINATOR = re.compile(r"[.!?](?=\s|$)|\n")
_WORDS = re.compile(r"\w+")
_WORD_BEFORE = re.compile(r"\w+$")
# the speech verb introduces what follows its colon ("Asked whether …, Biden said: „…“"),
# not the clause before it
_COLON_AFTER = re.compile(r"[^.,;:!?]{0,40}?:")
_FRAME_WINDOW = 400  # how far a frame is looked for around a quotation
_CONTINUATION_WINDOW = 1200  # how far back the previous speaker still speaks
_PRONOUN_WINDOW = 1500
# A "sentence" longer than this is not prose (a table, a list, broken input): reported
# speech is not looked for in it, which keeps pathological inputs cheap.
_MAX_SENTENCE = 3000


@dataclass
class Found:
    """A quotation before it becomes a model.Quote."""

    kind: str
    spans: list[tuple[int, int]]
    cue: tuple[int, int] | None = None
    mention: tuple[int, int] | None = None
    rule: str = ""
    continues: bool = False  # speaker is whoever spoke last
    speaker: str | None = None
    speaker_note: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


@dataclass
class FieldText:
    text: str
    lang: QuoteLanguage
    people: PersonIndex
    sentences: list[tuple[int, int]]
    quoted: list[Quoted]
    quoted_starts: list[int]
    short_quoted: list[Quoted] = field(default_factory=list)  # marks not taken as quotations
    _hits: dict[int, tuple[list[int], list[int], list[re.Match[str]]]] = \
        field(default_factory=dict)
    _outside_hits: dict[int, tuple[list[int], list[int], list[re.Match[str]]]] = \
        field(default_factory=dict)
    _inside_use: dict[str, bool] = field(default_factory=dict)
    _frame_starts: list[int] | None = None
    _starts_by_pattern: dict[int, list[int]] | None = None  # see _opening_table
    _plans: dict[int, _ScanPlan] | None = None  # see _every_match
    _report_triggers: list[int] | None = None  # see _may_hold_report
    _sentence_starts: list[int] | None = None
    name_spans: list[tuple[int, int]] | None = None  # speakers.py: names, sorted
    mention_features: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    phrase_spans: dict[tuple[int, int], list[tuple[int, int]]] = field(default_factory=dict)
    can_speak: dict[str, bool] = field(default_factory=dict)  # _head_can_speak per phrase
    times: list[tuple[int, int]] = field(default_factory=list)  # the field's timexes, sorted

    def matches(self, pat: re.Pattern[str], lo: int, hi: int) -> list[re.Match[str]]:
        """Matches of `pat` starting in [lo, hi) and ending by hi. The pattern runs once over
        the whole field and is then looked up, so asking per sentence costs a bisection."""
        # the cache is looked up here, not in _scan: these run once per rule and sentence
        starts, ends, found = self._hits.get(id(pat)) or self._scan(pat, self._hits, False)
        k = bisect.bisect_left(starts, lo)
        k2 = bisect.bisect_left(starts, hi, k)
        if k == k2:
            return []
        return [found[j] for j in range(k, k2) if ends[j] <= hi]

    def outside(self, pat: re.Pattern[str], lo: int, hi: int) -> list[re.Match[str]]:
        """`matches`, without those starting inside a quotation (kept apart once per field,
        since whether a position is quoted does not depend on the sentence asked about)."""
        starts, ends, found = self._outside_hits.get(id(pat)) \
            or self._scan(pat, self._outside_hits, True)
        k = bisect.bisect_left(starts, lo)
        k2 = bisect.bisect_left(starts, hi, k)
        if k == k2:
            return []
        return [found[j] for j in range(k, k2) if ends[j] <= hi]

    def any_outside(self, pat: re.Pattern[str], lo: int, hi: int) -> bool:
        starts, ends, _ = self._outside_hits.get(id(pat)) \
            or self._scan(pat, self._outside_hits, True)
        k = bisect.bisect_left(starts, lo)
        k2 = bisect.bisect_left(starts, hi, k)
        if k == k2:  # the common answer: no match starts in the sentence
            return False
        for j in range(k, k2):
            if ends[j] <= hi:
                return True
        return False

    def _scan(self, pat: re.Pattern[str], table: dict, outside: bool
              ) -> tuple[list[int], list[int], list[re.Match[str]]]:
        key = id(pat)
        cached = table.get(key)
        if cached is None:
            cached = self._hits.get(key)
            if cached is None:
                found = self._every_match(pat)
                # most scans find nothing: they share one empty entry (read only)
                cached = self._hits[key] = ([m.start() for m in found], [m.end() for m in found],
                                            found) if found else _NO_HITS
            if outside:
                found = cached[2]
                if found and self.quoted:
                    kept = [m for m in found if not self.in_quote(m.start())]
                    if len(kept) < len(found):
                        cached = ([m.start() for m in kept], [m.end() for m in kept], kept)
                self._outside_hits[key] = cached  # (read only, like the field's own)
        return cached

    def _every_match(self, pat: re.Pattern[str]) -> list[re.Match[str]]:
        # how `pat` is scanned (`_ScanPlan`) is worked out once per language and pattern:
        # one look-up here instead of asking the opening words, the telling word and the
        # hinted copy in turn for each of the ~20 patterns scanned over every field
        plans = self._plans
        if plans is None:
            plans = self._plans = _scan_plans(self.lang)
        plan = plans.get(id(pat))
        if plan is None or plan.pattern is not pat:
            plan = plans[id(pat)] = _scan_plan(self.lang, pat)
        text = self.text
        if plan.opens_with_words:
            table = self._starts_by_pattern
            if table is None:
                table = self._opening_table()
            # tried only where it can begin
            found = _matches_at(pat, text, table.get(id(pat), _NO_STARTS))
        else:
            for w in plan.spellings:  # (`_may_match`)
                if w in text:
                    break
            else:
                if plan.spellings:
                    return []  # a word every match contains is not in the field
            scanner = plan.scanner
            if scanner is None:
                scanner = plan.scanner = _field_scanner(pat)
            found = list(scanner.finditer(text))
        noun = plan.noun_cue
        if noun is not None:
            # "the April jobs report": a noun, not the verb "report"
            found = [m for m in found
                     if not noun.search(text, max(0, m.start() - 40), m.end())]
        return found

    def _opening_table(self) -> dict[int, list[int]]:
        """Where in the field a match of each pattern opening with known words (`_Openings`)
        can begin, by pattern id: the field is scanned once for the words of all of them."""
        table = self._starts_by_pattern = {}
        openings = _openings(self.lang)
        if openings is None:
            return table
        owners = openings.owners
        for m in openings.scanner.finditer(self.text):
            start = m.start()
            for owner in owners[m.group()]:
                starts = table.get(owner)
                if starts is None:
                    table[owner] = [start]
                else:
                    starts.append(start)
        return table

    def frame_word_in(self, lo: int, hi: int) -> bool:
        """Whether any attribution frame ('laut', 'zufolge', …) starts in [lo, hi) outside a
        quotation: most sentences have none, and one bisection then answers for all frames."""
        if self._frame_starts is None:
            pats = list(self.lang.frames_before)
            if self.lang.frames_after is not None:
                pats.append(self.lang.frames_after)
            self._frame_starts = sorted(p for pat in pats
                                        for p in self._scan(pat, self._outside_hits, True)[0])
        k = bisect.bisect_left(self._frame_starts, lo)
        return k < len(self._frame_starts) and self._frame_starts[k] < hi

    def used_inside_sentence(self, word: str) -> bool:
        """Whether the field has `word` after a word or comma and a space, i.e. not only at
        sentence starts (asked again and again for the same few words)."""
        hit = self._inside_use.get(word)
        if hit is None:
            hit = self._inside_use[word] = \
                re.search(rf"[\w,] {re.escape(word)}\b", self.text) is not None
        return hit

    def in_quote(self, pos: int) -> Quoted | None:
        k = bisect.bisect_right(self.quoted_starts, pos) - 1
        if k >= 0 and self.quoted[k].start <= pos < self.quoted[k].end:
            return self.quoted[k]
        return None

    @property
    def sentence_starts(self) -> list[int]:
        if self._sentence_starts is None:
            self._sentence_starts = [s for s, _ in self.sentences]
        return self._sentence_starts

    def sentence_at(self, pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.sentence_starts, pos) - 1
        return self.sentences[max(k, 0)]


# --- which patterns can match at all ------------------------------------------------------

_MAX_ALTERNATIVES = 16  # spellings kept per required word ("Laut"/"laut")
_MIN_REQUIRED = 3  # shorter strings occur in nearly every text: not worth a look


def _may_match(pat: re.Pattern[str], text: str) -> bool:
    """False when `pat` cannot match anywhere in `text`: some literal stretch every match
    contains (in one of a few spellings) does not occur in it. Most rare frames ("laut
    X", "gemäß X", "X zufolge") are then never run over a field that lacks their word; a
    substring test is far cheaper than the regex scan, and the answer is the same."""
    spellings = _known_telling_word(pat)
    if not spellings:
        return True
    for w in spellings:
        if w in text:
            return True
    return False


def prepare_patterns(lang: QuoteLanguage) -> None:
    """Find the telling word of every pattern of `lang` scanned over whole fields now
    (parsing a pattern costs about what scanning a field with it does), and build the scan
    for the words patterns open with: called once per process when the models load, so that
    the first articles do not pay for it. The patterns only ever matched at a position or
    in a window (the noun phrase and its frames) need neither."""
    patterns = [p for name in _FIELD_SCANNED + _ALSO_SCANNED
                for p in _as_tuple(getattr(lang, name, None)) if isinstance(p, re.Pattern)]
    patterns.append(_COMMA_CLAUSE)
    # a pattern tried only where its words stand needs no telling word
    openings = _openings(lang)
    for pat in patterns:
        if openings is None or id(pat) not in openings.patterns:
            _known_telling_word(pat)
    # the long patterns run over whole fields get their hinted copy now too (the short
    # ones have theirs from loading; hinting every long one would cost ~0.2 s per language)
    for pat in (lang.speech_verb, lang.subjunctive_re):
        if pat is not None and (openings is None or id(pat) not in openings.patterns):
            _field_scanner(pat)


def _as_tuple(value) -> tuple:
    return value if isinstance(value, tuple) else (value,)


# A pattern opening with a word boundary or a lookaround gets no "where a match can begin"
# hint from the standard compiler, so a scan of a whole field started it at every
# character. `hinted` compiles it again with the characters a match can begin with (and
# its word lists grouped by first letter): the same matches in the same order, the engine
# skipping the other positions in C (the speech verbs and Konjunktiv forms: a quarter to a
# third less time per scan). Short patterns get theirs when the language loads
# (`langdata._with_start_hints`); the long ones here, on their first scan of a field.
# Patterns opening with a literal or a class have their hint already; the long frame
# patterns would cost more to compile again than a process saves.
_SCANNERS: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _field_scanner(pat: re.Pattern[str]) -> re.Pattern[str]:
    """`pat`, or its `hinted` copy, to run over a whole field (kept per pattern, by
    identity with the pattern kept as `_REQUIRED` does)."""
    known = _SCANNERS.get(id(pat))
    if known is None or known[0] is not pat:
        fast = hinted(pat) if len(pat.pattern) > _MAX_HINTED_AT_LOAD \
            and pat.pattern.startswith(_UNHINTED_OPENINGS) else pat
        known = _SCANNERS[id(pat)] = (pat, fast)
    return known[1]


def _known_telling_word(pat: re.Pattern[str]) -> tuple[str, ...]:
    """`_telling_word` of `pat`, worked out once per pattern."""
    known = _REQUIRED.get(id(pat))
    if known is None or known[0] is not pat:
        known = _REQUIRED[id(pat)] = (pat, _telling_word(pat))
    return known[1]


def _telling_word(pat: re.Pattern[str]) -> tuple[str, ...]:
    """The one required stretch worth looking for: in at most two spellings (each look
    runs over the whole field, so that a long list would cost what the scan saves), the
    longest of them ('nach' rather than the 14 words before it)."""
    few = [spellings for spellings in _required_words(pat) if len(spellings) <= 2]
    return max(few, key=lambda spellings: min(map(len, spellings)), default=())


# per pattern (by identity: hashing a compiled pattern hashes its whole code, which for a
# 1,500-word verb list costs more than the look-up saves); the pattern is kept with its
# answer, so that an id is never reused for another one
_REQUIRED: dict[int, tuple[re.Pattern[str], tuple[str, ...]]] = {}


def _required_words(pat: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """The literal stretches of `pat`'s top-level sequence, each as its possible spellings
    (a small character set multiplies them). Zero-width assertions do not break a stretch;
    anything else (a repeat, an alternation of non-literals) ends it. Case-insensitive
    patterns, and any pattern the parser cannot read, get no requirement."""
    if _re_parser is None or pat.flags & re.IGNORECASE:
        return ()
    items = list(_re_parser.parse(pat.pattern, pat.flags))  # it compiled: it parses
    required: list[tuple[str, ...]] = []
    run = {""}

    def flush() -> None:
        nonlocal run
        if all(len(w) >= _MIN_REQUIRED for w in run):
            required.append(tuple(sorted(run)))
        run = {""}

    def walk(seq) -> None:
        nonlocal run
        for op, av in seq:
            if op in _ZERO_WIDTH:
                continue
            if op is _c.SUBPATTERN and not (av[1] & re.IGNORECASE) and not (av[2] & re.IGNORECASE):
                walk(av[3])  # a group is its sequence
                continue
            chars = _literal_spellings(op, av)
            if chars is not None and len(run) * len(chars) <= _MAX_ALTERNATIVES:
                run = {w + ch for w in run for ch in chars}
                continue
            flush()

    walk(items)
    flush()
    return tuple(required)


def _literal_spellings(op, av) -> list[str] | None:
    """The strings one parsed item matches, if it is literal text: a character, a small
    set of characters, or an alternation of such sequences; else None."""
    if op is _c.LITERAL:
        return [chr(av)]
    if op is _c.IN and all(o is _c.LITERAL for o, _ in av):
        return [chr(c) for _, c in av]
    if op is _c.BRANCH:
        out: list[str] = []
        for alternative in av[1]:
            words = [""]
            for o, a in alternative:
                if o in _ZERO_WIDTH:
                    continue
                chars = _literal_spellings(o, a)
                if chars is None:
                    return None
                words = [w + ch for w in words for ch in chars]
                if len(words) > _MAX_ALTERNATIVES:
                    return None
            out.extend(words)
        return out if len(out) <= _MAX_ALTERNATIVES else None
    return None


_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT) if _c is not None else ()


# --- where matches can begin: one scan for the words the field-wide patterns open with ---
#
# Each field-wide scan (speech verbs, Konjunktiv II, clause nouns, the eight frames, …) used
# to walk the whole field, trying its pattern wherever its first character occurs. Most of
# them open with a word from a list (a verb form, "laut", "nach", "seiner", "zufolge"), at a
# word start. `_first_words` reads that list from the compiled pattern; one scan of the
# field for all these words together (`_Openings.scanner`) then gives every position where
# one of the patterns can begin, and the pattern is only tried there (`_matches_at`). A
# position no match can begin at is never tried, and the positions are tried left to right
# past the last match's end, as `finditer` does: the same matches.

# the attributes of a language whose patterns are scanned over whole fields
_FIELD_SCANNED = ("speech_verb", "subjunctive_re", "subjunctive2_re", "clause_noun_re",
                  "frames_before", "frames_after", "hearsay_re", "planned_re",
                  "modal_clause_re", "clause_verb_re", "report_relative_re")
# ... and named patterns ([patterns]) scanned so too
_FIELD_SCANNED_PATTERNS = ("anaphor_conviction_anchor",)
# ... and the others scanned over whole fields (through FieldText.matches / outside)
_ALSO_SCANNED = ("so_frame_anchor", "participle_cue_re", "first_person_re")
_MAX_FIRST_WORDS = 5000  # more words, or more paths through a pattern: not worth a table
_MAX_PATHS = 50000


class _Unknown(Exception):
    """A pattern whose matches may begin somewhere other than at one of a few words."""


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what `\w` matches in a str pattern


def _first_words(pat: re.Pattern[str]) -> frozenset[str] | None:
    r"""The words (whole runs of word characters) every match of `pat` begins with, when
    each match begins at the start of such a run and with one of finitely many words;
    else None. Read from the parsed pattern: literal characters and small sets of them are
    followed through groups, alternations and optional parts up to the first character that
    cannot be a word character or a word boundary; a match must be seen to begin at a word
    start (`\b` before it, or a lookbehind excluding a word character before it). Anything
    else on the way (a class, a repeat, case-insensitivity, the pattern's end) gives None."""
    # (ASCII would make `\b` and `\w` mean something else than the word runs looked for)
    if _re_parser is None or pat.flags & (re.IGNORECASE | re.ASCII):
        return None
    words: set[str] = set()
    paths = [0]

    def emit(prefix: str, started: bool) -> None:
        if not prefix or not started:
            raise _Unknown
        words.add(prefix)
        if len(words) > _MAX_FIRST_WORDS:
            raise _Unknown

    def walk(seq, i: int, rest, prefix: str, started: bool) -> None:
        paths[0] += 1
        if paths[0] > _MAX_PATHS:
            raise _Unknown
        while True:
            if i == len(seq):
                if rest is None:
                    raise _Unknown  # the match may end inside a word: which word is open
                seq, i, rest = rest
                continue
            op, av = seq[i]
            if op is _c.AT:
                if av is not _c.AT_BOUNDARY:
                    raise _Unknown
                if prefix:
                    emit(prefix, started)
                    return
                started = True
                i += 1
                continue
            if op is _c.ASSERT or op is _c.ASSERT_NOT:
                if op is _c.ASSERT_NOT and not av[1]:
                    return  # "(?!)": nothing matches this way
                if op is _c.ASSERT_NOT and _excludes_word_before(av, len(prefix)):
                    started = True
                i += 1
                continue
            if op is _c.SUBPATTERN:
                if av[1] & (re.IGNORECASE | re.ASCII):
                    raise _Unknown
                walk(av[3], 0, (seq, i + 1, rest), prefix, started)
                return
            if op is _c.BRANCH:
                for alternative in av[1]:
                    walk(alternative, 0, (seq, i + 1, rest), prefix, started)
                return
            if op in _REPEATS:
                low, high, item = av
                if prefix and low <= 1 and _never_word(item):
                    emit(prefix, started)  # "\s+", "\s*" after a word: it has ended
                    if low == 1:
                        return
                    i += 1
                    continue
                if high != 1:
                    raise _Unknown
                walk(item, 0, (seq, i + 1, rest), prefix, started)
                if low == 0:
                    walk(seq, i + 1, rest, prefix, started)
                return
            chars = _literal_chars(op, av)
            if chars is None:
                if prefix and _never_word([(op, av)]):
                    emit(prefix, started)
                    return
                raise _Unknown
            inside = [ch for ch in chars if _is_word_char(ch)]
            if len(inside) < len(chars):
                emit(prefix, started)  # a character that ends the word (or opens no word)
            for ch in inside:
                walk(seq, i + 1, rest, prefix + ch, started)
            return

    try:
        walk(list(_re_parser.parse(pat.pattern, pat.flags)), 0, None, "", False)
    except (_Unknown, RecursionError):
        return None
    return frozenset(words)


_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)) \
    if _c is not None else ()


def _literal_chars(op, av) -> list[str] | None:
    if op is _c.LITERAL:
        return [chr(av)]
    if op is _c.IN and all(o is _c.LITERAL for o, _ in av):
        return [chr(c) for _, c in av]
    return None


def _never_word(seq) -> bool:
    """Whether the one-item sequence `seq` only matches characters that are not word
    characters (a space, a comma): a word before it has ended."""
    if len(seq) != 1:
        return False
    op, av = seq[0]
    if op is _c.LITERAL:
        return not _is_word_char(chr(av))
    if op is _c.IN:
        return all((o is _c.LITERAL and not _is_word_char(chr(a)))
                   or (o is _c.CATEGORY and a in (_c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD))
                   for o, a in av)
    return False


def _excludes_word_before(av, consumed: int) -> bool:
    r"""A lookbehind `(?<!\w.)` after a word's first character (or `(?<!\w)`, `(?<![\w-])`
    before it): the character before the match is no word character."""
    direction, body = av
    if direction >= 0 or len(body) != consumed + 1:
        return False
    op, items = body[0]
    return op is _c.IN and (_c.CATEGORY, _c.CATEGORY_WORD) in items \
        and all(o is not _c.NEGATE for o, _ in items) \
        and all(o is _c.ANY for o, _ in list(body)[1:])


@dataclass(frozen=True)
class _Openings:
    """One language's field-wide patterns that open with known words: the scanner finding
    all those words, and for each word the patterns (by id) that may begin with it."""

    scanner: re.Pattern[str]
    owners: dict[str, tuple[int, ...]]
    patterns: dict[int, re.Pattern[str]]


_OPENINGS: dict[int, tuple[QuoteLanguage, _Openings | None]] = {}


def _openings(lang: QuoteLanguage) -> _Openings | None:
    """The `_Openings` of `lang`, worked out once per language (kept by identity)."""
    known = _OPENINGS.get(id(lang))
    if known is None or known[0] is not lang:
        known = _OPENINGS[id(lang)] = (lang, _build_openings(lang))
    return known[1]


def _build_openings(lang: QuoteLanguage) -> _Openings | None:
    pats = [p for name in _FIELD_SCANNED for p in _as_tuple(getattr(lang, name, None))
            if isinstance(p, re.Pattern)]
    pats += [p for name in _FIELD_SCANNED_PATTERNS if (p := lang.pattern(name)) is not None]
    owners: dict[str, list[int]] = {}
    patterns: dict[int, re.Pattern[str]] = {}
    for pat in pats:
        words = _first_words(pat)
        if words is None:
            continue
        patterns[id(pat)] = pat
        for w in words:
            owners.setdefault(w, []).append(id(pat))
    if not owners:
        return None
    from chronik.quotes.langdata import _trie  # the word list as a prefix tree
    # every word is a whole run of word characters, so a match of the scanner is exactly
    # one such run (a boundary inside a run cannot be)
    scanner = hinted(re.compile(r"\b" + _trie(sorted(owners)) + r"\b"))
    return _Openings(scanner, {w: tuple(ids) for w, ids in owners.items()}, patterns)


def _matches_at(pat: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """`list(pat.finditer(text))` when no match can begin outside `starts` (ascending)."""
    found = []
    end = 0
    for p in starts:
        if p < end:
            continue
        m = pat.match(text, p)
        if m is not None:
            found.append(m)
            end = m.end() if m.end() > p else p + 1
    return found


_NO_STARTS: list[int] = []  # (read only)
_NO_HITS: tuple[list[int], list[int], list[re.Match[str]]] = ([], [], [])  # (read only)


@dataclass
class _ScanPlan:
    """How a pattern is scanned over a whole field: at the starts of its opening words, or
    (unless one of its telling word's spellings is missing from the field) with its field
    scanner, worked out when first needed; the speech verb then drops noun uses."""

    pattern: re.Pattern[str]
    opens_with_words: bool
    spellings: tuple[str, ...]
    scanner: re.Pattern[str] | None
    noun_cue: re.Pattern[str] | None


_PLANS: dict[int, tuple[QuoteLanguage, dict[int, _ScanPlan]]] = {}


def _scan_plans(lang: QuoteLanguage) -> dict[int, _ScanPlan]:
    """The scan plans of `lang`'s patterns, by pattern id (kept by identity of the language,
    filled as patterns are first scanned)."""
    known = _PLANS.get(id(lang))
    if known is None or known[0] is not lang:
        known = _PLANS[id(lang)] = (lang, {})
    return known[1]


def _scan_plan(lang: QuoteLanguage, pat: re.Pattern[str]) -> _ScanPlan:
    openings = _openings(lang)
    opens = openings is not None and openings.patterns.get(id(pat)) is pat
    noun = lang.noun_cue_re if pat is lang.speech_verb else None
    return _ScanPlan(pat, opens, () if opens else _known_telling_word(pat), None, noun)


def _trim(text: str, start: int, end: int, chars: str = " \t\n,;:–—-") -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


# --- speaker mentions ------------------------------------------------------------------

def _person_before_verb(ft: FieldText, lo: int, hi: int) -> tuple[int, int] | None:
    """A person the entity stage found ending right before a verb at `hi` ("… commissioner
    Henrik Solberg| told"), starting after `lo`."""
    text = ft.text
    end = hi
    while end > lo and text[end - 1] == " ":
        end -= 1
    for s, e, _name, kind in ft.people.entity_spans:
        if kind == "PER" and e == end and s >= lo:
            return s, e
    return None


def _silent_thing(ft: FieldText, f: Found) -> bool:
    """A silent report whose subject is no one who speaks ("Die Reform war … beschlossen
    worden"): the writer goes on, not a speaker ("Der Ministerpräsident erklärte die neuen
    Regeln. So sollen …" does carry on)."""
    if not f.extra.get("silent"):
        return False
    if f.mention is None:
        return True
    hit = ft.people.entity_at(*f.mention) if ft.people.entity_spans else None
    return not (_person_like(ft, *f.mention) or (hit is not None and hit[1] == "ORG"))


def _person_like(ft: FieldText, start: int, end: int) -> bool:
    phrase = ft.text[start:end]
    if ft.lang.pronoun_re.fullmatch(phrase):
        return True
    if ft.people.entity_spans:
        hit = ft.people.entity_at(start, end)
        if hit and hit[1] == "PER":
            return True
    for w in phrase.split():
        w = w.strip(",")
        if ft.people.is_role(w) or ft.people.fullest(w):
            return True
    return False


def _np_at(ft: FieldText, pos: int, limit: int) -> tuple[int, int] | None:
    """A noun phrase starting at pos (after spaces and skippable adverbs), ending before limit."""
    lang = ft.lang
    m = lang.np_re.match(ft.text, pos, limit)
    if m and m.group().strip():
        s, e = _trim(ft.text, m.start(), m.end())
        word = ft.text[s:e].split()[0] if e > s else ""
        if word in lang.stop_caps and not lang.pronoun_re.fullmatch(ft.text[s:e]):
            return None
        return (s, e) if e > s else None
    return None


def speaker_for_cue(ft: FieldText, cue: tuple[int, int], lo: int, hi: int,
                    skip: tuple[int, int] | None = None,
                    loose: bool = False) -> tuple[int, int] | None:
    """The subject of a speech verb at `cue`, looked for in [lo, hi) outside `skip`.

    `loose`: the quotation is already certain (a clause after the verb), so when no
    subject passes the strict tests, settle for the likeliest phrase rather than none."""
    if ft.lang.quoting_verb_re.match(ft.text, cue[0]):
        # "zitiert ndr.de Polizeisprecher Ralf Meyer": the quoted person, not the quoter
        quoted = [(s, e) for m in ft.lang.np_re.finditer(ft.text, cue[1], hi)
                  for s, e in [_trim(ft.text, m.start(), m.end())]
                  if e > s and not (skip and skip[0] <= s < skip[1]) and _person_like(ft, s, e)]
        if quoted:
            return quoted[-1]
    if ft.lang.impersonal_re is not None and ft.text.startswith(ft.lang.impersonal_verbs, cue[0]):
        # "Aus Regierungskreisen hieß es, …": the source before the impersonal verb
        # (searched only before such a verb: the noun-phrase pattern is costly)
        m = ft.lang.impersonal_re.search(ft.text, max(lo, cue[0] - 150), cue[0])
        if m:
            return _trim(ft.text, *m.span("src"))
        verb_end = cue[0] + next(len(v) for v in ft.lang.impersonal_verbs
                                 if ft.text.startswith(v, cue[0]))
        after = ft.lang.impersonal_after_re.match(ft.text[verb_end:min(hi, verb_end + 150)]) \
            if ft.lang.impersonal_after_re is not None else None
        if after:
            group = "src" if after.group("src") else "src2"
            return _trim(ft.text, verb_end + after.start(group), verb_end + after.end(group))
    if _passive_cue(ft, cue, lo):
        # "Officials were told that …": the subject of a passive speech verb was spoken
        # to, it did not speak (the agent, "by X", is handled where the clause is)
        return None
    found = _strict_speaker(ft, cue, lo, hi, skip)
    if found is None and loose:
        found = _loose_speaker(ft, cue, lo, hi, skip)
    if found is not None and found[0] >= cue[1] and ft.lang.addressee_verb_re is not None \
            and ft.lang.addressee_verb_re.match(ft.text, cue[0]):
        # "Lydia Barraclough told lawmakers on Tuesday that …": after "told" stands whom
        # she spoke to; the speaker is before the verb
        before = _strict_speaker(ft, cue, lo, cue[0], skip) or (
            _loose_speaker(ft, cue, lo, cue[0], skip) if loose else None)
        if before is not None:
            found = before
    addressee = ft.lang.pattern("addressee_before")
    if found is not None and found[1] <= cue[0] and addressee is not None \
            and addressee.fullmatch(ft.text, *found):
        # "Der Deutschen Presse-Agentur sagte er:": the medium before the verb was spoken
        # to; the subject follows the verb
        after = ft.lang.after_verb_skip.match(ft.text, cue[1], hi)
        np = _np_at(ft, after.end() if after else cue[1], hi)
        found = np if np is not None and not (skip and skip[0] <= np[0] < skip[1]) else None
    if found is not None and found[0] >= cue[1] and ft.lang.addressee_after_re is not None:
        # "sagte der Professor der Nachrichtenagentur dpa": the speaker ends before the
        # addressee
        to = ft.lang.addressee_after_re.search(ft.text, found[0], found[1])
        if to is not None and to.start() > found[0]:
            found = (found[0], to.start())
    fronted = ft.lang.pattern("fronted_preposition")
    if found is not None and found[1] <= cue[0] and fronted is not None \
            and fronted.match(ft.text, found[0]):
        # "Neben der Rekrutierung prangert der Generalsekretär … an": after the verb
        skip_to = ft.lang.after_verb_skip.match(ft.text, cue[1], hi)
        np = _np_at(ft, skip_to.end() if skip_to else cue[1], hi)
        if np is not None and _plausible_subject(ft, *np):
            return np
    if found is not None and found[1] <= cue[0] and (
            _is_time(ft, found) or _after_preposition(ft, found)):
        # "Dieser hatte am Mittwochabend in einem Interview gesagt": neither a time nor
        # a phrase after a preposition speaks; the subject before the auxiliary does
        # (without one, a phrase after a preposition stays: "In einem Interview mit dem
        # Anwalt der Familie sagte dieser")
        subject = _subject_before_auxiliary(ft, lo, found[0], skip)
        found = subject if subject is not None or _is_time(ft, found) else found
    return found


def _after_preposition(ft: FieldText, span: tuple[int, int]) -> bool:
    words = ft.text[max(0, span[0] - 12):span[0]].split()
    # (not the agent of a passive: "Es wurde von Demjanjuks Sohn die Mutmaßung geäußert")
    return bool(words) and words[-1] in ft.lang.frame_clause_prepositions \
        and words[-1] not in ft.lang.passive_agent_prepositions


def _subject_before_auxiliary(ft: FieldText, lo: int, hi: int,
                              skip: tuple[int, int] | None) -> tuple[int, int] | None:
    """The noun phrase that opens the clause before a perfect auxiliary ("Dieser hatte
    …", "Die Ministerin hat …"), or None."""
    aux = ft.lang.pattern("perfect_auxiliary")
    if aux is None:
        return None
    start = _clause_start(ft.text, hi, lo, skip)
    np = ft.lang.np_re.match(ft.text, start)
    if np is None or np.end() <= np.start():
        return None
    s, e = _trim(ft.text, np.start(), np.end())
    after = aux.match(ft.text, e)
    return (s, e) if e > s and after is not None and after.end() <= hi else None


def _is_time(ft: FieldText, span: tuple[int, int]) -> bool:
    """Does the phrase at `span` lie within a time expression?"""
    k = bisect.bisect_right(ft.times, (span[0], 1 << 60)) - 1
    return k >= 0 and ft.times[k][0] <= span[0] and span[1] <= ft.times[k][1] + 1




def _loose_speaker(ft: FieldText, cue: tuple[int, int], lo: int, hi: int,
                   skip: tuple[int, int] | None) -> tuple[int, int] | None:
    """Second choice for a certain quotation: the phrase before the verb even when headed
    by an '-ung' noun ("Die Hausverwaltung versicherte"), a relative or demonstrative
    pronoun ("eines Hackers, der behauptet", "Dieser bestätigte"), the phrase after the
    verb behind "es" ("sah es Köhler an"), else the sentence's first noun phrase ("In der
    Pressemitteilung des WWF heißt es")."""
    text = ft.text
    lang = ft.lang
    pronoun = lang.pattern("pronoun_subject_after_verb")
    after = pronoun.match(text, cue[1], hi) if pronoun is not None else None
    if after is not None:
        return _trim(text, *after.span())  # "…, warnte er, die Veranstalter …"
    lo = after_dateline(text, lo, cue[0])
    clause = _clause_start(text, cue[0], lo, skip)
    s, e = _trim(text, clause, cue[0])
    lead = lang.before_subject_skip.match(text, s, e) or lang.loose_subject_skip.match(text, s, e)
    if lead:
        s = lead.end()
    if e > s:
        if lang.relative_pronoun_re.fullmatch(text, s, e):
            return s, e
        first = _WORDS.match(text, s, e)
        if clause > lo and first and lang.relative_pronoun_re.fullmatch(first.group()) \
                and first.group()[0].islower():
            return first.span()  # "…, der alle aufforderte, …": the relative clause's subject
        if lang.np_re.fullmatch(text, s, e) and _loose_ok(ft, s, e):
            return s, e
    after = lang.loose_after_verb_skip.match(text, cue[1], hi)
    np = _np_at(ft, after.end() if after else cue[1], hi)
    if np and not (skip and skip[0] <= np[0] < skip[1]) and _plausible_subject(ft, *np) \
            and _loose_ok(ft, *np):
        return np
    for m in lang.np_re.finditer(text, lo, cue[0]):
        s, e = _trim(text, m.start(), m.end())
        if e > s and not (skip and skip[0] <= s < skip[1]) \
                and not lang.pronoun_re.fullmatch(text[s:e]) and _loose_ok(ft, s, e):
            return s, e
    return None


def _loose_ok(ft: FieldText, s: int, e: int) -> bool:
    """Not an adverb or preposition that happens to be capitalised ("Ferner", "Im Rahmen",
    "Als Begründung"), not a time ("Juli", "Am Montag", "Abend")."""
    text = ft.text
    words = text[s:e].split()
    lang = ft.lang
    if any(w.strip(",") in lang.time_nouns for w in words):
        return False
    if ft.lang.determiner_re.match(text[s:e]):
        return True
    if words[0] in lang.stop_caps:
        return False
    if len(words) == 1 and not _person_like(ft, s, e) and sum(c.isupper() for c in words[0]) < 2:
        # capitalised only at sentence starts: an adverb ("Insbesondere", "Sollte")
        return ft.used_inside_sentence(words[0])
    return True


def _clause_start(text: str, cue_start: int, lo: int, skip: tuple[int, int] | None) -> int:
    """Where the clause holding the cue begins: after the last `,;:` or line break before
    it (or a skipped stretch, e.g. the quotation itself), else at `lo`."""
    for k in range(cue_start - 1, lo - 1, -1):
        if text[k] in ",;:\n" or (skip and skip[0] <= k < skip[1]):
            return k + 1
    return lo




def _strict_speaker(ft: FieldText, cue: tuple[int, int], lo: int, hi: int,
                    skip: tuple[int, int] | None = None) -> tuple[int, int] | None:
    text = ft.text
    lang = ft.lang
    pronoun = lang.pattern("pronoun_subject_after_verb")
    after = pronoun.match(text, cue[1], hi) if pronoun is not None else None
    if after is not None:
        return _trim(text, *after.span())  # "…, warnte er, die Veranstalter …"
    lo = after_dateline(text, lo, cue[0])
    clause = _clause_start(text, cue[0], lo, skip)
    # 0. the sentence up to the verb is one noun phrase, appositions included:
    #    "Der Leiter der Studie, Paulo Pinheiro, sieht …"
    s, e = _trim(text, lo, cue[0])
    if clause > lo and e > s and lang.np_re.fullmatch(text, s, e) and _plausible_subject(ft, s, e):
        return s, e
    # 0b. a relative clause or an apposition between subject and verb: "The report, which
    #     was released Thursday, found …", "Der Bericht, der am Montag erschien, kommt zu
    #     dem Schluss …", "Ryanair, Europe's largest low-cost carrier, said …"
    if clause > lo and not text[clause:cue[0]].strip():
        before = text.rfind(",", lo, clause - 1)
        first = _WORDS.search(text, before + 1, clause) if before >= 0 else None
        last = text[before + 1:clause - 1].split()[-1:] if before >= 0 else []
        # "die" opens an apposition as often ("…, die britische Königin Elisabeth II., bat"):
        # as an article it counts only before a clause ending in a verb
        relative = first is not None and lang.relative_pronoun_re.fullmatch(first.group()) \
            and (not lang.determiner_re.match(first.group() + " ")
                 or (last and last[0][:1].islower()))
        # ... or an apposition without a verb: "Ryanair, Europe's largest carrier, said",
        # or one opened by a participle: "The study, published on Monday, found"
        apposition = first is not None and lang.finite_re is not None \
            and not lang.finite_re.search(
                text, first.end() if lang.finite_re.fullmatch(first.group()) else before + 1,
                clause - 1)
        # ... and without a pattern of finite verbs, a name: "Die Verhandlungsführerin der
        # Kommunen, Karin Welge, wies … zurück"
        named = first is not None and bool(text[before + 1:clause - 1].split()) \
            and all(w[:1].isupper() for w in text[before + 1:clause - 1].split()) \
            and _person_like(ft, *_trim(text, before + 1, clause - 1))
        if named:
            # "Russia's ambassador to the UN, Vassily Nebenzia, said", "Die
            # Verhandlungsführerin der Kommunen, Karin Welge, wies … zurück": the person
            # named in apposition speaks
            return _trim(text, before + 1, clause - 1)
        if relative or apposition:
            s, e = _trim(text, lo, before)
            if e > s and lang.np_re.fullmatch(text, s, e) and (
                    _plausible_subject(ft, s, e)
                    # "Smith, who chairs the committee, said": a word that takes a relative
                    # clause is a noun, no sentence adverb
                    or (relative and text[s].isupper() and _head_can_speak(ft, s, e))):
                return s, e
            # "Former astronaut Linda Carvajal, now at the University of Houston, said": a
            # person the entity stage found ends the phrase before the apposition
            person = _person_before_verb(ft, s, e) if e > s else None
            if person is not None:
                return s, e
    s, e = _trim(text, clause, cue[0])
    lead = lang.before_subject_skip.match(text, s, e)
    if lead:
        s = lead.end()
    tail = lang.before_verb_skip.search(text, s, e) if lang.before_verb_skip else None
    if tail:
        e = tail.start()  # "The company also said": the subject ends before "also"
    if e > s and lang.object_determiner_re is not None and text[s].isupper() \
            and lang.object_determiner_re.match(text[s].lower() + text[s + 1:e + 1]):
        # "Den Schaden bezifferte die Polizei auf …": an object in front, the subject
        # follows the verb (step 2)
        e = s
    if e > s:
        # 1. the clause before the verb is exactly a noun phrase: "Die Polizei teilte mit"
        m = lang.np_re.fullmatch(text, s, e)
        if m and _plausible_subject(ft, s, e) or lang.pronoun_re.fullmatch(text[s:e]):
            return s, e
        # 1b. verb second: the phrase before an auxiliary ("Glos hatte in einem Interview gesagt")
        m = lang.np_re.match(text, s, e)
        if m and m.end() < e and text[m.end():m.end() + 1] == " " \
                and text[m.end() + 1:m.end() + 2].islower():
            ns, ne = _trim(text, m.start(), m.end())
            # "EU trade commissioner Henrik Solberg told": a person named before the verb
            # is the subject, the name in front only qualifies the role (English; German
            # puts objects there: "hatte Papier Hassemer widersprochen")
            person = _person_before_verb(ft, ne, e) if lang.that_clause else None
            if person is not None:
                return ns, person[1]  # the whole phrase: role and name
            if ne > ns and _plausible_subject(ft, ns, ne):
                return ns, ne
    # 1c. the subject of a clause opened by a conjunction right before the verb: "… just
    #     days before the Treasury Department said it would run out of cash"
    if e > s:
        for opener in _WORDS.finditer(text, s, e):
            if opener.group() in lang.adverbial_openers and opener.start() > s:
                ps, pe = _trim(text, opener.end(), e)
                if pe > ps and lang.np_re.fullmatch(text, ps, pe) and _plausible_subject(ft, ps, pe):
                    return ps, pe
    # 2. the subject follows the verb: "erklärte Peskow", "äußerte sich der Minister"
    after = lang.after_verb_skip.match(text, cue[1], hi)
    pos = after.end() if after else cue[1]
    np = _np_at(ft, pos, hi)
    if np and not (skip and skip[0] <= np[0] < skip[1]) and _head_can_speak(ft, *np) \
            and not (lang.object_determiner_re and lang.object_determiner_re.match(text, np[0])):
        person_end = _person_after_role(ft, np[1], hi)
        return (np[0], person_end) if person_end is not None else np
    # 2b. a person named between clause start and verb: "hatte US-Präsident Joe Biden erklärt"
    if e > s:
        for m in lang.np_re.finditer(text, s, e):
            ns, ne = _trim(text, m.start(), m.end())
            if ne > ns and _person_like(ft, ns, ne):
                return ns, ne
    # 3. the first person-like phrase of the sentence before the verb (coordination:
    #    "kommentierte der Kremlsprecher Dmitri Peskow … und betonte")
    for m in lang.np_re.finditer(text, lo, cue[0]):
        s, e = _trim(text, m.start(), m.end())
        if e > s and not (skip and skip[0] <= s < skip[1]) and _person_like(ft, s, e):
            return s, e
    return None


_LOWER_WORDS = re.compile(rf"(?:[ \t]+[{LOWER}][\w\-]*){{1,3}}[ \t]+")


def _person_after_role(ft: FieldText, pos: int, hi: int) -> int | None:
    """'said Met Office meteorologist Claire Hembury': after the organisation a role in
    lower case (up to three words, the last a role noun) and a person the entity stage
    found; where that person ends (the speaker is the person, not the organisation)."""
    m = _LOWER_WORDS.match(ft.text, pos, hi)
    if m is None or not ft.people.is_role(m.group().split()[-1]):
        return None
    for s, e, _name, kind in ft.people.entity_spans:
        if kind == "PER" and s == m.end() and e <= hi:
            return e
    return None


def _asked_subject(ft: FieldText, lo: int, verb: tuple[int, int]) -> tuple[int, int] | None:
    """"Ellie Marchand, who won in 2023, was asked about the wait: „…“": the one asked
    answers with the quotation; the person the sentence opens with (`[patterns]
    asked_passive`)."""
    asked = ft.lang.pattern("asked_passive")
    if asked is None or asked.search(ft.text, lo, verb[1]) is None:
        return None
    s, e = _trim(ft.text, lo, verb[0])
    m = ft.lang.np_re.match(ft.text, s, e)
    if m is None:
        return None
    ns, ne = _trim(ft.text, m.start(), m.end(), " \t\n,")
    return (ns, ne) if ne > ns and _person_like(ft, ns, ne) else None


def _sentence_subject(ft: FieldText, lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase a sentence starts with, if it can be a subject ("Die Firma empfindet
    die Kritik als ungerechtfertigt: …")."""
    s, e = _trim(ft.text, lo, hi)
    lead = ft.lang.before_subject_skip.match(ft.text, s, e)
    if lead:
        s = lead.end()
    m = ft.lang.np_re.match(ft.text, s, e)
    if m and m.end() < e and ft.text[m.end():m.end() + 2].strip(" ")[:1].islower():
        ns, ne = _trim(ft.text, m.start(), m.end())
        if ne > ns and _plausible_subject(ft, ns, ne):
            return ns, ne
    return None


def _head_can_speak(ft: FieldText, s: int, e: int) -> bool:
    """False for a phrase headed by an abstract noun ("die Forderung", "die Entscheidung
    des Gerichts"): such a phrase is an object or a topic, not a speaker."""
    phrase = ft.text[s:e]
    known = ft.can_speak.get(phrase)
    if known is None:  # the ranker asks about the same phrases quotation after quotation
        known = ft.can_speak[phrase] = _phrase_can_speak(ft.lang, phrase)
    return known


def is_verdict(lang: QuoteLanguage, phrase: str) -> bool:
    """"Sein Fazit", "Ihr Urteil": what was said, not who said it (an owner, "das Fazit des
    Trainers", is someone)."""
    verdict = lang.patterns.get("verdict_subject")
    return verdict is not None and _verdict_without_owner(verdict, phrase)


@functools.lru_cache(maxsize=4096)  # the ranker asks about the same names quotation after quotation
def _verdict_without_owner(verdict: re.Pattern[str], phrase: str) -> bool:
    m = verdict.fullmatch(phrase.strip(" ,"))
    return m is not None and not m.group("owner")


def _phrase_can_speak(lang: QuoteLanguage, phrase: str) -> bool:
    if is_verdict(lang, phrase):
        return False
    if not lang.not_speaker_endings:
        return True
    for word in phrase.split():
        word = word.strip(",„“\"()")
        if word[:1].isupper() and not lang.determiner_re.match(word + " "):
            if word in lang.speakers_despite_ending \
                    or word.split("-")[-1] in lang.speakers_despite_ending \
                    or word.lower().endswith(lang.speaker_heads_despite_ending):
                return True  # "Die Bundesregierung", "die SPD-Führung", "die Armeeleitung"
            return not word.lower().endswith(lang.not_speaker_endings)
    return True


def _plausible_subject(ft: FieldText, s: int, e: int) -> bool:
    """Whether the phrase before a speech verb can be its subject: not a sentence adverb
    ("Wieder betonte man …", "Offiziell hieß es …")."""
    words = ft.text[s:e].split()
    if not _head_can_speak(ft, s, e):
        return False
    if ft.lang.determiner_re.match(ft.text[s:e]):
        return True  # "Die Polizei", "Der Sprecher des Präsidenten"
    if words[0] in ft.lang.stop_caps:
        return False
    if len(words) > 1:
        return True
    word = words[0]
    if _person_like(ft, s, e) or sum(c.isupper() for c in word) > 1 \
            or word in ft.lang.not_person or ft.people.entity_at(s, e) is not None \
            or (ft.lang.that_clause and word.isalpha() and word[:1].isupper()
                and ft.text.startswith(" ", e) and ft.lang.speech_verb.match(ft.text, e + 1)):
        # (English capitalises no adverb inside a sentence: "Blinken said" is a name)
        # a name, a role, an acronym (NDR, IAEO), an institution ("Police said"), a name
        # the entity stage found ("Ryanair, Europe's largest carrier, said")
        return True
    # a capitalised word the document also uses inside a sentence is a noun or a name;
    # one that is capitalised only at sentence starts is an adverb ("Offiziell", "Dazu"),
    # unless it is a long word with a noun's ending ("Fahrgastverbände forderten …")
    return ft.used_inside_sentence(word) or bool(
        ft.lang.noun_endings_re is not None and ft.lang.noun_endings_re.search(word))


def _verb_in(ft: FieldText, lo: int, hi: int, last: bool = True) -> tuple[int, int] | None:
    hits = ft.outside(ft.lang.speech_verb, lo, hi)
    if not hits:
        return None
    m = hits[-1] if last else hits[0]
    return m.start(), m.start() + len(m.group().split()[0])


def _holds(ft: FieldText, anchor: re.Pattern[str] | None, lo: int, hi: int) -> bool:
    """Whether [lo, hi) holds a match of `anchor` (found once over the whole field), the
    literal part every match of a costlier pattern contains: without one, that pattern
    cannot match there and need not be searched (None: no pre-check, always True). The
    anchor must not overlap itself ("so " cannot), so that the field's matches are all."""
    if anchor is None:
        return True
    starts = ft._scan(anchor, ft._hits, False)[0]
    k = bisect.bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


def _frame_source(ft: FieldText, lo: int, hi: int) -> tuple[tuple[int, int], tuple[int, int],
                                                              tuple[int, int]] | None:
    """A 'laut X' / 'X zufolge' / 'nach Angaben von X' / 'wie X mitteilte' frame in [lo, hi):
    (frame span, source span, cue span)."""
    if not ft.frame_word_in(lo, hi):
        return None
    for pat in ft.lang.frames_before:
        for m in ft.outside(pat, lo, hi):
            if _temporal_frame(ft, m):
                continue  # "Die Aktie stieg nach der Mitteilung": after it, not according to it
            src = _without_time(ft, m.span("src"))
            cue = m.span("cue") if "cue" in pat.groupindex and m.group("cue") else \
                (m.start(), m.start() + len(m.group().split()[0]))
            return m.span(), src, cue
    if ft.lang.frames_after is not None:
        # a postposition: find the word, then the noun phrase ending just before it
        for m in ft.outside(ft.lang.frames_after, lo, hi):
            pronoun = _object_pronoun_before(ft, max(lo, m.start() - 12), m.start())
            if pronoun is not None:  # "Der Wert liegt ihr zufolge bei …": she says so
                return (pronoun[0], m.end()), pronoun, m.span()
            window = max(lo, m.start() - 150)
            for w in range(window, m.start()):  # leftmost start = longest phrase
                if w > window and ft.text[w - 1] not in " \n\t„\"(":
                    continue
                np = ft.lang.np_before_re.match(ft.text, w, m.start())
                if np:
                    return (np.start(), m.end()), np.span("src"), m.span()
    return None


def _object_pronoun_before(ft: FieldText, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of a dative pronoun ending right before `hi` ("ihr", "ihm", "ihnen"
    before "zufolge"), which the noun phrases of a frame's source do not include."""
    pat = ft.lang.object_pronoun_re
    word = _LAST_WORD.search(ft.text, lo, hi)
    if pat is None or word is None or not pat.fullmatch(word.group(1)):
        return None
    return word.span(1)


_LAST_WORD = re.compile(r"(?<![\w-])(\w+)\s+$")


def _subject_after_frame(ft: FieldText, frame_end: int, verb: int) -> bool:
    """A frame closed by its comma and then only the subject of the speech verb ("According
    to the minutes, Menon argued that …"): the frame names the document, the subject's own
    clause is the report. (German puts no comma there: "Nach Angaben der Polizei habe der
    Mann … verlangt" stays one report of the frame.)"""
    comma = ft.text.find(",", frame_end, verb)
    if comma < 0 or ft.text[frame_end:comma].strip():
        return False
    start = comma + 1
    while start < verb and ft.text[start].isspace():
        start += 1
    np = _np_at(ft, start, verb)
    return np is not None and not ft.text[np[1]:verb].strip()


_OPENING_FRAME_REACH = 120  # characters: "Nach Angaben eines Sprechers der Polizei in …"
_THAT_REACH = 80  # characters: an audience, a place and a time ("employees at a meeting on Tuesday")


def _apposition_then_verb(lang: QuoteLanguage, text: str, start: int, hi: int) -> int | None:
    """`start` (just after a comma) when an apposition without a finite verb follows, then a
    comma and a finite verb: ", a 34-year-old man from Ohio, was arrested" — else None."""
    assert lang.finite_re is not None
    second = text.find(",", start, min(hi, start + 80))
    first = _WORDS.search(text, start, second) if second >= 0 else None
    relative = first is not None and lang.relative_pronoun_re.fullmatch(first.group())
    if second < 0 or (not relative and lang.finite_re.search(text, start, second)):
        return None  # ", who is 34," is a relative clause: a finite verb inside is its own
    verb = lang.finite_re.match(text, _trim(text, second + 1, hi)[0])
    return start if verb is not None else None


def _that_before_comma(lang: QuoteLanguage, text: str, start: int, hi: int) -> bool:
    """Whether "that" follows within a few words and before any comma: "said in a statement
    that …" opens a clause, "announced in June 2024, would" does not."""
    if lang.that_re is None:
        return False
    comma = text.find(",", start, hi)
    that = lang.that_re.search(text, start, min(hi, start + _THAT_REACH))
    return that is not None and (comma < 0 or that.start() < comma)


def _after_that(lang: QuoteLanguage, text: str, start: int, hi: int,
                object_verb: bool = False) -> int | None:
    """"told employees at a meeting on Tuesday that the company was …": what was said
    begins after "that" when only an object and circumstances (no finite verb, no comma,
    no quotation mark) stand between the verb and it. After a verb that takes a plain
    object, an object before "that" makes "that" a relative pronoun ("reported earnings
    that missed estimates"): None, no clause."""
    assert lang.that_re is not None and lang.finite_re is not None
    that = lang.that_re.search(text, start, min(hi, start + _THAT_REACH))
    if that is None or that.start() == start:
        return start
    between = text[start:that.start()]
    if any(ch in between for ch in ",;:\"“”") or lang.finite_re.search(between):
        return start
    first = between.split()[0] if between.split() else ""
    if object_verb and first.islower() and first not in lang.adverbial_openers:
        return None
    return that.end()


def _adverbial(lang: QuoteLanguage, word: str) -> bool:
    """A word opening a circumstance, not what was said: "um", "at", or a participle
    ("told reporters, speaking on condition of anonymity")."""
    return word in lang.adverbial_openers or (
        word.islower() and word.endswith(lang.adverbial_opener_endings))


def _gerund_subject(lang: QuoteLanguage, clause: str) -> bool:
    """A clause whose subject is a gerund, its verb right after it ("said early voting had
    ended", "said polling was closed"): what was said, not a circumstance."""
    words = clause.split(None, 3)
    if lang.finite_re is None or not lang.adverbial_opener_endings:
        return False
    if len(words) >= 3 and words[0] in lang.adverbial_openers:
        words = words[1:]  # "early voting"
    return len(words) >= 2 and words[0].islower() \
        and words[0].endswith(lang.adverbial_opener_endings) \
        and lang.finite_re.fullmatch(words[1]) is not None


_LINK_AT_END = re.compile(r"\s+[a-zäöüß]{1,4}\s*$")  # "vom", "am", "on"


def _without_time(ft: FieldText, src: tuple[int, int]) -> tuple[int, int]:
    """A source ends before a time expression inside it ("nach Angaben der Polizei vom
    Sonntagabend": the police, not "Polizei vom Sonntagabend"), and so before the word
    linking that time to it."""
    k = bisect.bisect_right(ft.times, (src[0], len(ft.text)))
    if k < len(ft.times) and ft.times[k][0] < src[1]:
        cut = ft.times[k][0]
        head = _LINK_AT_END.sub("", ft.text[src[0]:cut])
        if head.strip():
            return src[0], src[0] + len(head.rstrip())
    return src


# --- direct quotations -----------------------------------------------------------------

def _pre_frame(ft: FieldText, q: Quoted) -> tuple[int, int, bool]:
    """The text before a quotation back to the previous sentence end; True if it is a block
    introduced by a colon at the end of the previous paragraph."""
    text = ft.text
    lo = max(0, q.start - _FRAME_WINDOW)
    start = lo
    for m in _TERMINATOR.finditer(text, lo, q.start):
        if not ft.in_quote(m.start()):
            start = m.end()
    if text[start:q.start].strip():
        return start, q.start, False
    # block quotation: previous paragraph ends with a colon
    k = start - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    if k >= 0 and text[k] == ":":
        s = max(0, k - _FRAME_WINDOW)
        for m in _TERMINATOR.finditer(text, s, k):
            if not ft.in_quote(m.start()):
                s = m.end()
        sentence = ft.sentence_at(k)
        if sentence[0] <= k < sentence[1] and max(0, k - _FRAME_WINDOW) <= sentence[0] < s:
            # "Die Gegenseite müsse ihre Zusagen vom 4. März einhalten:": the segmenter
            # knows that the point of a date ends no sentence
            s = sentence[0]
        return s, k + 1, True
    return start, q.start, False


def _post_frame(ft: FieldText, q: Quoted) -> tuple[int, int]:
    text = ft.text
    hi = min(len(text), q.end + _FRAME_WINDOW)
    inner_end = text[q.end - 2:q.end - 1]
    after = text[q.end:q.end + 3]
    if inner_end in ".!?" and (not after.strip() or after.lstrip()[:1].isupper()
                               or after.startswith("\n")):
        return q.end, q.end  # the quotation closed its own sentence
    end = hi
    pos = q.end
    while True:
        m = _TERMINATOR.search(text, pos, hi)
        if not m:
            break
        inside = ft.in_quote(m.start())
        if not inside:
            word = _WORD_BEFORE.search(text, max(q.end, m.start() - 6), m.start())
            if m.group() == "." and word and word.group() in ft.lang.name_abbreviations:
                pos = m.end()  # "said Mr. Johnson, the party's leader": no sentence end
                continue
            end = m.start() if m.group() == "\n" else m.end()
            break
        pos = inside.end
    return q.end, end




def direct_quotes(ft: FieldText) -> list[Found]:
    text = ft.text
    out: list[Found] = []
    for q in ft.quoted:
        inner = text[q.start + 1:q.end - 1]
        # only "none", "fewer than 3, 4 or 5" matter: count no further than 5 words
        words = sum(1 for _ in islice(_WORDS.finditer(inner), 5))
        if words == 0:
            continue
        if _after_name_noun(ft, q.start, inner):
            ft.short_quoted.append(q)  # "im Fachblatt „La Gazzetta dello Sport“": a name
            continue
        # interrupted quotation: „A“, sagte er, „B“ -> one quotation, two spans
        if out and out[-1].kind == "direct" and out[-1].end <= q.start:
            gap = text[out[-1].end:q.start]
            first_inner = text[out[-1].spans[-1][0] + 1:out[-1].end - 1].rstrip()
            comma_before = gap.strip().startswith(",") or first_inner.endswith(",")
            if len(gap) < 120 and comma_before and gap.rstrip().endswith(",") \
                    and not re.search(r"[.!?\n]", gap) and (ft.lang.speech_verb.search(gap)
                                                            or (ft.lang.short_attribution_re
                                                                and ft.lang.short_attribution_re.match(gap))):
                out[-1].spans.append((q.start, q.end))
                continue
        pre_s, pre_e, block = _pre_frame(ft, q)
        post_s, post_e = _post_frame(ft, q)
        found = Found("direct", [(q.start, q.end)])
        pre_text = text[pre_s:pre_e]
        post_text = text[post_s:post_e]
        sentence_lo, sentence_hi = pre_s, post_e
        # 1. frame after: „…“, sagte Peskow. / „…“, so der Sprecher.
        verb = None
        # German puts the comma after the closing mark, English before it
        if post_text.strip() and (re.match(r"\s*[,(–—-]", post_text)
                                  or inner.rstrip().endswith(",")) \
                and not _looks_like_title(ft.lang, inner):
            # „Nürnberg Ice Tigers“, berichtete …: a name before the frame is not quoted
            verb = _verb_in(ft, post_s, min(post_e, post_s + 120), last=False)
            so = ft.lang.so_frame.search(text, post_s, post_e) \
                if ft.lang.so_frame and _holds(ft, ft.lang.so_frame_anchor, post_s, post_e) \
                else None
            if verb:
                found.cue = verb
                found.mention = _owner_of_verdict(
                    ft, speaker_for_cue(ft, verb, post_s, post_e, loose=True))
                found.continues = found.mention is None
                found.rule = "direct: frame after the quotation"
            elif so:
                found.cue = _trim(text, so.start(), so.start("src"))
                found.mention = _trim(text, *so.span("src"))
                found.rule = "direct: ', so X'"
            elif (frame_verb := ft.lang.pattern("quotation_frame_verb")) is not None \
                    and (fv := frame_verb.match(text, post_s, post_e)) is not None:
                # „…“, findet der Trainer.: a verb that frames speech only right here
                found.cue = fv.span("cue")
                found.mention = speaker_for_cue(ft, found.cue, post_s, post_e, loose=True)
                found.continues = found.mention is None
                found.rule = "direct: frame after the quotation"
        reported_before = False
        # 2. colon before: erklärte Peskow: „…“ (also as a block paragraph)
        if found.mention is None and pre_text.rstrip().endswith(":") \
                and not _looks_like_title(ft.lang, inner):
            verb = _verb_in(ft, pre_s, pre_e)
            if verb and (ft.lang.infinitive_form_re is not None
                         and ft.lang.infinitive_form_re.fullmatch(text, verb[0], verb[1])
                         or ft.lang.participle_re is not None
                         and ft.lang.participle_re.fullmatch(text, verb[0], verb[1])) \
                    and _has_mood(ft, pre_s, verb[0]):
                # "China werde seine Souveränität verteidigen:", "Es sei für Handwerker
                # gedacht:": the verb is part of what was said
                verb = None
            if verb:
                found.cue = verb
                found.mention = _asked_subject(ft, pre_s, verb) \
                    or speaker_for_cue(ft, verb, pre_s, pre_e, loose=True)
            elif _has_mood(ft, pre_s, pre_e):
                # "… sagte am Montag, Russland habe Truppen zusammengezogen. Die Allianz nehme
                # das sehr ernst: „…“": a sentence of reported speech before the colon goes on
                # with its speaker; its subject ("Die Allianz") is what was spoken about
                found.mention = None
                reported_before = True
            else:
                found.mention = _sentence_subject(ft, pre_s, pre_e)
                for m in ([] if found.mention else ft.lang.np_re.finditer(text, pre_s, pre_e)):
                    s, e = _trim(text, *m.span())
                    if e > s and _person_like(ft, s, e):
                        found.mention = (s, e)
                        break
            found.mention = _owner_of_verdict(ft, found.mention)
            found.rule = "direct: block after a colon" if block else "direct: after a colon"
            found.continues = found.mention is None
        # 3. a speech verb or an attribution frame elsewhere in the sentence
        if found.mention is None and found.cue is None and not reported_before:
            # "Wie der Minister erklärte, sieht die Regierung „…“": the frame names the source
            frame = _frame_source(ft, pre_s, pre_e) or _frame_source(ft, post_s, post_e)
            naming = _naming_verb_before(ft, pre_s, q.start)
            verb = None if frame else (naming or _verb_in(ft, pre_s, pre_e)
                                       or _verb_in(ft, post_s, post_e, last=False))
            # "bezeichnete die Pläne als „Wortbruch“": what someone called something
            named = verb is not None and (naming is not None
                                          or (words < 4 and _after_naming_word(ft, q.start))
                                          or _object_of_speech_verb(ft, verb, q.start))
            if verb and not named and ((words < 4 and (not inner.lstrip()[:1].islower()
                                                       or _NAME_LIKE.search(inner)))
                                       or _looks_like_title(ft.lang, inner)
                                       or _capitalised_after_determiner(ft, q.start, inner)):
                # „Eagle“ in a sentence that happens to say something: a name, unless
                # reported speech around it turns out to contain it (see nested_quotes)
                ft.short_quoted.append(q)
                continue
            if verb:
                found.cue = verb
                found.mention = speaker_for_cue(ft, verb, sentence_lo, sentence_hi,
                                                skip=(q.start, q.end), loose=True)
                found.continues = found.mention is None  # "Es drohe „…“": the last speaker
                found.rule = "direct: speech verb in the sentence"
            else:
                if frame and words >= 4:
                    found.cue, found.mention = frame[2], _trim(text, *frame[1])
                    found.rule = "direct: attribution frame in the sentence"
        # 4. nothing around it
        if found.rule == "":
            alone = not pre_text.strip() and not post_text.strip(" .\n")
            frame_after = _anaphor_frame_after(ft, q.end) if alone and words >= 3 else None
            if frame_after is not None:
                # "„…“ Das sagte die Ministerin am Dienstag.": the next sentence names her
                found.cue, found.mention = frame_after
                found.rule = "direct: 'Das sagte X' after the quotation"
            elif alone and words >= 3:
                found.continues = True
                found.rule = "direct: sentence of its own, previous speaker"
            elif words >= 5 and _has_mood(ft, pre_s, pre_e, second=False):
                found.continues = True
                found.rule = "direct: inside reported speech, previous speaker"
            else:
                ft.short_quoted.append(q)
                continue  # a title, a name, a scare quote: not a quotation
        out.append(found)
    return out


def _owner_of_verdict(ft: FieldText, mention: tuple[int, int] | None) -> tuple[int, int] | None:
    """A noun of verdict or message is no speaker ("Sein Fazit: „…“", "so lautete die
    Botschaft des Vorstands"): its owner is, else no one here (the one before goes on)."""
    verdict = ft.lang.pattern("verdict_subject")
    if mention is None or verdict is None:
        return mention
    m = verdict.fullmatch(ft.text[mention[0]:mention[1]])  # ("^" holds at the string's start)
    if m is None:
        return mention
    return _trim(ft.text, *(mention[0] + i for i in m.span("owner"))) if m.group("owner") \
        else None


def _anaphor_frame_after(ft: FieldText, end: int) -> tuple[tuple[int, int], tuple[int, int]]| None:
    """The cue and speaker of a sentence right after a quotation, in the same paragraph,
    that opens with "Das"/"Dies" and a speech verb ("Das sagte die Ministerin") or with
    "Mit diesen Worten" and any verb."""
    lang, text = ft.lang, ft.text
    pos = end
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    words = lang.pattern("words_frame_after")
    if words is not None and (m := words.match(text, pos)) is not None:
        return m.span("cue"), _trim(text, *m.span("src"))  # "Mit diesen Worten verließ X …"
    back = lang.anaphor_report_re.match(text, pos)
    verb = lang.speech_verb.match(text, back.end()) if back else None
    if verb is None or (lang.not_speech_re is not None
                        and lang.not_speech_re.match(text, verb.start()) is not None):
        return None
    lo, hi = ft.sentence_at(pos)
    cue = (verb.start(), verb.start() + len(verb.group().split()[0]))
    mention = speaker_for_cue(ft, cue, max(lo, pos), hi, loose=True)
    return (cue, mention) if mention else None


def _object_of_speech_verb(ft: FieldText, verb: tuple[int, int], pos: int) -> bool:
    """Whether the quotation at `pos` is what a speech verb right before it names: "warnte
    vor den „Lohnverzichtstheorien“", "sprach von einer „Gefahr für Leib und Leben“", "riet
    allgemein zu „Gelassenheit“" — a preposition of the verb, an article, a word more.
    Adverbials may come first ("sprach am Morgen vor dem Landtag von einem „…“"): the link
    is the last one before the quotation."""
    if not ft.lang.quote_object_links or not verb[1] <= pos <= verb[1] + 60:
        return False
    words = ft.text[verb[1]:pos].split()
    if not 1 <= len(words) <= 8 or any(w.endswith((",", ";", ":")) for w in words):
        # (a time may come first: "sprach am Mittag von einem „…“"; a comma ends the
        # verb's clause: "schrieb auf ZDNet.com, dass der von „Muslix64“ …")
        return False
    link = next((k for k in range(len(words) - 1, -1, -1)
                 if words[k] in ft.lang.quote_object_links), None)
    return link is not None and len(words) - link <= 3 and all(
        ft.lang.determiner_re.match(w + " ") for w in words[link + 1:])


def _after_name_noun(ft: FieldText, pos: int, inner: str) -> bool:
    """Whether the quotation at `pos` names what the noun right before it is: "Kubricks
    Film „2001: Odyssee im Weltraum“", "im Fachblatt „La Gazzetta dello Sport“", "des
    Magazins „auto, motor und sport“" (what people say follows a verb, not such a noun)."""
    if _in_name_context(ft, pos):
        return True
    if not ft.lang.name_noun_ends:
        return False
    end = pos
    while end > 0 and ft.text[end - 1] == " ":
        end -= 1
    before = _WORD_BEFORE.search(ft.text, max(0, end - 40), end)
    if before is None:
        return False
    word = before.group()
    return word[:1].isupper() and word.lower().endswith(ft.lang.name_noun_ends)


def _in_name_context(ft: FieldText, pos: int) -> bool:
    """Whether the words around the quotation at `pos` introduce a name ("nennt sich
    „…“", "ist als „…“ bekannt"): what follows such words is what something is called."""
    if not ft.lang.name_contexts:
        return False
    close = ft.in_quote(pos)
    end = close.end if close is not None else pos
    before = ft.text[max(0, pos - 30):pos]
    return any(b.search(before) and a.match(ft.text, end)
               for b, a in ft.lang.name_contexts)


def _naming_verb_before(ft: FieldText, lo: int, pos: int) -> tuple[int, int] | None:
    """A verb of naming at most five words before the quotation at `pos`, with no
    punctuation between: "nannte die Einigung einen „…“", 'called the reform "…"'."""
    if not ft.lang.naming_verbs:
        return None
    words = list(_WORDS.finditer(ft.text, max(lo, pos - 60), pos))[-6:]
    for w in reversed(words):
        if w.group() in ft.lang.naming_verbs:
            between = ft.text[w.end():pos]
            return w.span() if not re.search(r"[,.;:!?„“”\"»«]", between.rstrip(" „“\"»«")) \
                else None
    return None


def _after_naming_word(ft: FieldText, pos: int) -> bool:
    """Whether the word before `pos` introduces a name someone gives ("als „Wortbruch“")."""
    if not ft.lang.naming_words:
        return False
    before = ft.text[max(0, pos - 20):pos].split()
    return bool(before) and before[-1] in ft.lang.naming_words


def _named_in_place(ft: FieldText, start: int, end: int) -> bool:
    """A capitalised quoted phrase right after "von" is a name ("des Leiters von „Ärzte ohne
    Grenzen“"). After an article it is as often someone's words ("von einer „Entschuldung
    weit entfernt“"), so that is not enough inside reported speech."""
    text = ft.text
    if not text[start + 1:start + 2].isupper():
        return False
    before = text[max(0, start - 12):start].split()
    return bool(before) and before[-1] in ft.lang.name_links


def _capitalised_after_determiner(ft: FieldText, pos: int, inner: str) -> bool:
    """„Kampagne für ein Freies Tibet“ after "Die", „Sacharow-Preises für geistige Freiheit“
    after "des": a short capitalised phrase in the place of a noun is a name."""
    before = ft.text[max(0, pos - 12):pos].split()
    return bool(before) and inner[:1].isupper() and len(inner.split()) <= 6 \
        and bool(ft.lang.determiner_re.match(before[-1] + " "))


def _looks_like_title(lang: QuoteLanguage, inner: str) -> bool:
    """„Rat für Demokratische Reform“, „Gesetz zur Änderung des Passgesetzes“: capitalised
    words and function words only, no sentence punctuation — a name or a title, not words
    someone said (on the training data 42 of 52 such phrases are not quotations)."""
    if not lang.title_function_words or re.search(r"[.!?,;:]\s|[.!?,;:]$", inner.strip()):
        return False
    return all(not w[:1].islower() or w.strip(".,()") in lang.title_function_words
               for w in inner.split())


# --- indirect speech -------------------------------------------------------------------

_CLOSING_MARKS = "\"”’'»«“"


def _speaker_phrase(clause: str) -> bool:
    """A short phrase that ends in a name (two capitalised words) after an inverted frame
    ("…, said Bell's spokeswoman Dana Ortiz"): the speaker, not what was said."""
    words = clause.rstrip(" .").split()
    return 2 <= len(words) <= 6 and all(w[:1].isupper() for w in words[-2:])


def _lower_finite(lang: QuoteLanguage, clause: str) -> bool:
    """A finite verb form in lower case in `clause`: a capitalised one is a name's word
    ('said Met Office meteorologist Claire Hembury' holds no verb "met")."""
    return any(m.group()[:1].islower() for m in lang.finite_re.finditer(clause))


def _after_closing_mark(text: str, pos: int) -> bool:
    """Does a quotation close right before `pos` (with its comma inside or after it)? Then
    the words after the verb are who spoke ('"…," said the opposition leader')."""
    before = text[max(0, pos - 4):pos].rstrip().rstrip(",")
    return bool(before) and before[-1] in _CLOSING_MARKS


def _names_speaker(text: str, lo: int, hi: int) -> bool:
    """Are the words between a speech verb and a comma a name (capitalised words)?"""
    words = text[lo:hi].split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)


def _has_mood(ft: FieldText, lo: int, hi: int, second: bool = True) -> bool:
    lang = ft.lang
    if lang.subjunctive_re and ft.any_outside(lang.subjunctive_re, lo, hi):
        return True
    verb_class = lang.pattern("subjunctive_class")  # "kontrolliere": any "-ieren" verb
    if verb_class is not None and ft.any_outside(verb_class, lo, hi):
        return True
    return bool(second and lang.subjunctive2_re and ft.any_outside(lang.subjunctive2_re, lo, hi))


def _before_contrast(ft: FieldText, start: int, end: int) -> int:
    """Where a reported clause ends before the frame's contrast: "…, der Angeklagte sei
    unschuldig, doch die Richterin ließ sich nicht darauf ein", "er habe ungenau gearbeitet,
    jedoch stets beteuert, …": a contrast in the indicative up to its comma is the
    writer's again (`[patterns] contrast_break`); one in the Konjunktiv goes on reporting."""
    pat = ft.lang.pattern("contrast_break")
    if pat is None:
        return end
    for m in ft.outside(pat, start, end):
        stop = _CONTRAST_STOP.search(ft.text, m.end(), end)
        stop_at = stop.start() if stop else end
        if len(_WORDS.findall(ft.text, m.end(), stop_at)) >= 2 \
                and not _has_mood(ft, m.end(), stop_at):
            return _trim(ft.text, start, m.start())[1]
    return end


_CONTRAST_STOP = re.compile(r"[,;:.!?]")


def _right_after(out: list[Found], lo: int, last_sentence: tuple[int, int] | None) -> bool:
    """The last quotation found ends right before `lo` or inside the sentence before."""
    return bool(out) and (lo - out[-1].end <= 3
                          or (last_sentence is not None and out[-1].end > last_sentence[0]))


def _anaphoric_object(ft: FieldText, lo: int, hi: int, before: tuple[int, int],
                      anaphor: re.Pattern[str]) -> Found | None:
    """"… reist nun doch nach Sardinien. Der Trainer gab die Entscheidung am Donnerstag
    bekannt": a speech verb whose object points back (`[patterns] anaphor_object`) makes
    the sentence right before it, in the same paragraph, what was said. (The annotators add
    the object as a second part; it is left out, so that the decision told in the second
    sentence stays an event of the writer's.)"""
    text = ft.text
    if text.find(",", lo, hi) >= 0 or "\n" in text[before[1]:lo]:
        return None  # (a comma: the sentence has a clause of its own, "…, dass …")
    verb = next(iter(ft.outside(ft.lang.speech_verb, lo, hi)), None)
    obj = anaphor.search(text, lo, hi) if verb is not None else None
    if obj is None or ft.in_quote(obj.start()) or _has_direct(ft, *before):
        return None
    cue = (verb.start(), verb.start() + len(verb.group().split()[0]))
    found = Found("indirect", [_trim(text, *before, " \t\n")], cue=cue,
                  rule="indirect: the sentence before 'X gab die Entscheidung bekannt'")
    found.mention = speaker_for_cue(ft, cue, lo, hi, skip=obj.span(), loose=True)
    found.continues = found.mention is None
    return found


_QUOTATION_THEN_WORD = re.compile(r"„[^„“]{3,}“\s+(\w+)\s*[.!?]?\s*$")


def _quotation_then_mood(ft: FieldText, lo: int, hi: int) -> tuple[int, int] | None:
    """A sentence that ends in quoted words and one Konjunktiv verb after them ("… zeigte
    sich „sehr glücklich, wie die WM bisher gelaufen“ sei."): from the opening mark to the
    verb, else None."""
    m = _QUOTATION_THEN_WORD.search(ft.text, lo, hi)
    if m is None or m.start() <= lo or ft.lang.subjunctive_re is None \
            or not ft.lang.subjunctive_re.fullmatch(m.group(1)):
        return None
    return m.start(), m.end(1)


def _comma_right_after(ft: FieldText, verb_end: int, clause_start: int) -> bool:
    """The clause's comma stands right after the speech verb, or after a pronoun subject
    behind it ("warnte er, die Veranstalter verfolgten eigene Ziele")."""
    between = ft.text[verb_end:clause_start].strip()
    if between == ",":
        return True
    word = between[:-1].strip()
    return between.endswith(",") and ft.lang.pronoun_re is not None \
        and " " not in word and ft.lang.pronoun_re.fullmatch(word) is not None


def _subjunctive2_opens_run(ft: FieldText, out: list[Found],
                            before: tuple[int, int] | None, lo: int) -> bool:
    """The sentence right before a Konjunktiv continuation, in its paragraph, holds a
    Konjunktiv II and no quotation or report: "So hätten Rebellen Zivilisten
    eingeschlossen. Außerdem habe das Militär …". Alone it could be the writer's own
    (`_reporting_mood`); the Konjunktiv I after it makes it the first sentence of the run."""
    if before is None or ft.lang.subjunctive2_re is None or "\n" in ft.text[before[1]:lo] \
            or (out and out[-1].end > before[0]):
        return False
    return ft.any_outside(ft.lang.subjunctive2_re, *before) \
        and not _has_direct(ft, *before)


def _second_slot_mood(ft: FieldText, lo: int, hi: int) -> bool:
    """An -e form right after a short subject ("Die Desinfektion dauere mindestens eine
    Woche"): with a subject in the third person the indicative ends in -t, so the form is a
    Konjunktiv I of a verb no word list holds (`[patterns] second_slot_subjunctive`).
    Asked only right after a report, where such a sentence carries it on."""
    pat = ft.lang.pattern("second_slot_subjunctive")
    return pat is not None and pat.match(ft.text, lo, hi) is not None


def _hedge_before_konjunktiv(ft: FieldText, lo: int, hi: int) -> bool:
    """A clause with a hedge ("müssten") before a semicolon and a Konjunktiv I after it in the
    same sentence: "Pendler müssten sich auf Behinderungen einstellen; für Montag sei eine
    weitere Kundgebung angemeldet." The Konjunktiv I makes the hedge part of the report."""
    text = ft.text
    if not text.startswith(";", hi) or ft.lang.subjunctive2_re is None \
            or not ft.any_outside(ft.lang.subjunctive2_re, lo, hi):
        return False
    stop = _SENTENCE_STOP.search(text, hi + 1, hi + 300)
    return _has_mood(ft, hi + 1, stop.start() if stop else min(len(text), hi + 300),
                     second=False)


_SENTENCE_STOP = re.compile(r"[.!?;\n]")


def _reporting_mood(ft: FieldText, lo: int, hi: int) -> bool:
    """Konjunktiv I or II that carries a report on; "könnte", "müsste" and "dürfte" alone
    are as often the writer's own hedge ("Das Ziel könnte verfehlt werden")."""
    if _has_mood(ft, lo, hi, second=False):
        return True
    hedges = ft.lang.hedges
    return any(m.group().lower() not in hedges
               for m in ft.outside(ft.lang.subjunctive2_re, lo, hi)) \
        if ft.lang.subjunctive2_re else False


def _search_outside(ft: FieldText, pat: re.Pattern[str], lo: int, hi: int) -> bool:
    return ft.any_outside(pat, lo, hi)


def _sentence_end(text: str, lo: int, hi: int) -> int:
    s, e = _trim(text, lo, hi, " \t\n")
    return e - 1 if e > s and text[e - 1] in ".!?" else e


# (a colon between digits is a clock time, "at 2:30 a.m.", not the start of a clause)
# (a full stop inside the sentence is an abbreviation's: "said Mr. Johnson, the leader")
# (and so is one inside a web address: "schrieb auf beispiel.com, dass …"; a dot right
# before a lower-case letter ends no sentence)
# (a comma between digits is a number's: "could cut 2,000 jobs")
_CLAUSE_COMMA = re.compile(r"(?:[^,.;!?„“\"»«]|\.(?=\s*[A-Z]|[a-z])|(?<=\d),(?=\d))"
                           r"{0,80}?(?:,(?!(?<=\d,)\d)|(?<!\d):(?!\s*[„“\"»«]))\s*")
# Second try, only where the first stops at a quotation mark: a short name in quotation
# marks may stand between the verb and the comma ("meldete die Nachrichtenseite „Golem“,
# der Verein habe …"). Kept apart because the alternation is slow to run at every verb.
_CLAUSE_COMMA_QUOTED = re.compile(
    r"[^,.;!?„“\"»«]{0,60}[„“\"»«][^,.;!?„“\"»«]{1,40}[“”\"«»][^,.;!?„“\"»«]{0,20}?"
    r"(?:,|:(?!\s*[„“\"»«]))\s*")


def indirect_quotes(ft: FieldText, direct: list[Found]) -> list[Found]:
    text = ft.text
    lang = ft.lang
    out: list[Found] = []
    covered = sorted((s, e) for f in direct for s, e in f.spans)
    cstarts = [s for s, _ in covered]

    def mostly_direct(lo: int, hi: int) -> bool:
        k = bisect.bisect_right(cstarts, hi) - 1
        inside = 0
        while k >= 0 and covered[k][1] > lo:
            inside += min(hi, covered[k][1]) - max(lo, covered[k][0])
            k -= 1
        return inside > 0.6 * (hi - lo)

    conviction_re = lang.pattern("anaphor_conviction")
    anaphor_object = lang.pattern("anaphor_object")
    conviction_anchor = lang.pattern("anaphor_conviction_anchor") if conviction_re else None
    previous: tuple[int, int] | None = None
    before: tuple[int, int] | None = None
    for s_lo, s_hi in _clauses(ft):
        s_lo, s_hi = _trim(text, s_lo, s_hi, " \t\n")
        s_lo = after_dateline(text, s_lo, s_hi)  # "Berlin – ", "FRANKFURT — " says nothing
        earlier, before, previous = before, previous, (s_lo, s_hi)
        last_sentence = before
        if s_hi - s_lo < 8 or s_hi - s_lo > _MAX_SENTENCE:
            continue
        if mostly_direct(s_lo, s_hi):
            wrapped = _wrapped_direct(ft, s_lo, s_hi) or _clause_around_direct(ft, s_lo, s_hi)
            if wrapped:
                out.append(wrapped)
            continue
        if not _may_hold_report(ft, s_lo, s_hi) and not (
                _right_after(out, s_lo, last_sentence) and _second_slot_mood(ft, s_lo, s_hi)):
            continue  # none of the words every rule below needs: nothing to find here
        # "erklärte Peskow:" introduces a direct quotation; only a clause of its own after
        # the verb ("sagte, der Zeitplan lasse wenig Spielraum:", "said the schedule left
        # little margin:") is reported speech besides
        colon_frame = text[s_hi - 1] == ":" and ft.any_outside(lang.speech_verb, s_lo, s_hi)
        end = _sentence_end(text, s_lo, s_hi)
        # "… . Dies bestätigte der Parteivorsitzende.": the sentence before is the report
        back = lang.anaphor_report_re.match(text, s_lo, s_hi)
        verb = ft.matches(lang.speech_verb, back.end(), s_hi) if back else []
        if verb and lang.not_speech_re is not None \
                and lang.not_speech_re.match(text, verb[0].start(), s_hi):
            verb = []  # "Das ruft Neider auf den Plan": no speech act
        if back and verb and verb[0].start() == back.end() and before is not None \
                and before[1] <= s_lo and not mostly_direct(*before) \
                and not _has_direct(ft, *before, names_too=False):
            if out and out[-1].start >= before[0]:
                out.pop()  # taken for something else, e.g. a Konjunktiv continuation
            cue = (verb[0].start(), verb[0].start() + len(verb[0].group().split()[0]))
            first = before[0]
            if _opens_paragraph(text, earlier, before) \
                    and not _has_direct(ft, *earlier, names_too=False) \
                    and not (out and out[-1].end > earlier[0]) \
                    and _picks_up_noun(ft, before[0], earlier):
                # "Das neue Tonband droht mit Anschlägen. Das Tonband trägt den Titel …. Dies
                # bestätigte X.": a paragraph of two sentences on one thing is one report
                first = earlier[0]
            found = Found("indirect", [_trim(text, first, before[1], " \t\n"),
                                       _trim(text, s_lo, back.end())],
                          cue=cue, rule="indirect: the sentence before 'Dies bestätigte X'")
            found.mention = speaker_for_cue(ft, cue, s_lo, s_hi, loose=True)
            found.continues = found.mention is None
            out.append(found)
            continue
        pointing = _anaphoric_object(ft, s_lo, s_hi, before, anaphor_object) \
            if anaphor_object is not None and before is not None else None
        if pointing is not None and not (out and out[-1].end > before[0]):
            out.append(pointing)
            continue
        conviction = _conviction_frame(ft, conviction_re, s_lo, s_hi, before) \
            if conviction_anchor is not None and ft.any_outside(conviction_anchor, s_lo, s_hi) \
            else None  # (the anchor's field scan is shared with the sentence pre-check)
        if conviction is not None:
            if out and conviction.start < s_lo and out[-1].start >= conviction.start:
                out.pop()  # taken for something else, e.g. a Konjunktiv continuation
            out.append(conviction)
            continue
        found = None
        # "Nach Angaben der Polizei habe der Mann … verlangt, …": a frame opening the
        # sentence attributes all of it; a speech verb inside is part of what was said
        opening = _frame_source(ft, s_lo, min(s_hi, s_lo + 3 + _OPENING_FRAME_REACH))
        opening_end = opening[0][1] if opening and opening[0][0] <= s_lo + 2 else -1
        # a) speech verb + clause: "betonte, die Präsidenten hätten …", "teilte mit, dass …"
        tail_frame = -2  # where a closing ", sagte X" starts (-1: none), looked for once
        for vm in ft.outside(lang.speech_verb, s_lo, s_hi):
            if opening_end >= 0 and vm.start() >= opening_end \
                    and not _subject_after_frame(ft, opening_end, vm.start()):
                break
            if tail_frame == -2:
                tail_frame = _closing_frame(ft, s_lo, s_hi)
            if vm.start() < tail_frame and _has_mood(ft, s_lo, vm.start()):
                # "Zwei Firmen hätten angedeutet, … zu verlagern, sagte Kranz": a speech verb
                # after a Konjunktiv is part of what the closing frame reports (rule b)
                break
            if lang.negation_re and lang.negation_re.search(text, max(s_lo, vm.start() - 30),
                                                            vm.start()):
                continue  # "Es ist nicht bekannt, ob …": nobody said it
            if lang.noun_before_verb_re is not None and lang.noun_before_verb_re.search(
                    text, max(s_lo, vm.start() - 8), vm.start()):
                continue  # "a secretary of state has skipped …": a noun, no speech verb
            if lang.agent_after_verb_re is not None \
                    and lang.agent_after_verb_re.match(text, vm.end(), s_hi):
                continue  # "was confirmed by her son, …, who said …": the agent, no clause
            if (act := lang.pattern("act_not_speech")) is not None and act.match(text, vm.start(), s_hi):
                continue  # "declared a state of emergency at 5 a.m.": an act, no clause
            if lang.participle_apposition_re is not None \
                    and text[max(s_lo, vm.start() - 2):vm.start()].rstrip().endswith(",") \
                    and lang.participle_apposition_re.match(text, vm.end(), s_hi) \
                    and not _that_before_comma(lang, text, vm.end(), s_hi):
                continue  # "The deal, announced in June 2024, would have …": no speech act
                # ("The alliance, which represents …, said in a statement that …" is one)
            word = vm.group().split()[0]
            if (lang.infinitive_form_re is not None and lang.infinitive_form_re.fullmatch(word)
                    or lang.participle_re.fullmatch(word)) \
                    and _has_mood(ft, max(s_lo, text.rfind(",", s_lo, vm.start()) + 1), vm.start(),
                                  second=False):
                # "er werde sich erst äußern, wenn …", "er habe seine Prinzipien verraten,
                # als …": a speech verb closing a Konjunktiv clause is part of what was said
                continue
            cm = _CLAUSE_COMMA.match(text, vm.end(), s_hi) \
                or _CLAUSE_COMMA_QUOTED.match(text, vm.end(), s_hi)
            clause_start = cm.end() if cm else None
            clause_end, own_end = end, False
            if cm is None and not lang.that_clause and lang.infinitive_re is not None \
                    and lang.auxiliary_re is not None and lang.infinitive_end_re is not None \
                    and lang.participle_re.fullmatch(vm.group().split()[0]) \
                    and lang.auxiliary_re.search(text, s_lo, vm.start()):
                # "hat angekündigt die Preise ab 1. Oktober zu erhöhen": an infinitive
                # clause without its comma after a participle closing the verb bracket, up
                # to the sentence's end ("droht auseinanderzubrechen" is no report)
                stop = _trim(text, vm.end(), end)[1]
                while stop > vm.end() and not text[stop - 1].isalnum():
                    stop -= 1
                rest = text[vm.end():stop]
                if "," not in rest and len(rest.split()) >= 3 \
                        and lang.infinitive_re.search(rest) and lang.infinitive_end_re.search(rest):
                    clause_start = _trim(text, vm.end(), stop)[0]
            apposition = lang.pattern("apposition_before_that")
            if cm is not None and apposition is not None \
                    and not lang.complementizer_re.match(text, clause_start):
                # "meldete der Radiosender, Radio Vatikan, dass …": the subject's apposition
                # stands before the clause
                ap = apposition.match(text, clause_start, s_hi)
                first_word = _WORDS.match(text, clause_start)
                # not a clause of its own ending in a noun: "teilte mit, es sei für Putin
                # kein Problem, dass …" (a Konjunktiv or a pronoun subject)
                if ap is not None and not _has_mood(ft, clause_start, ap.end()) and not (
                        first_word and lang.pronoun_re.fullmatch(first_word.group())):
                    clause_start = ap.end()
            if cm and lang.that_clause:
                verb_end = vm.start() + len(vm.group().split()[0])
                comma = cm.start() + len(cm.group().rstrip()) - 1  # the comma (or colon)
                that = lang.that_re.search(text, verb_end, comma) if lang.that_re else None
                if that is not None:
                    # "who announced last month that he would step down …, voted …": the
                    # clause is the one after "that", up to the comma
                    clause_start, clause_end = that.end(), _trim(text, that.end(), comma)[1]
                    own_end = True
                elif _names_speaker(text, verb_end, comma):
                    continue  # "said Marie Lambert, a spokeswoman for …": an apposition
                elif lang.finite_re and lang.finite_re.search(text, verb_end, comma):
                    # "said it had cut 500 jobs, adding that …": the clause is before the comma
                    clause_start = None
                elif lang.finite_re and (apposition := _apposition_then_verb(
                        lang, text, comma + 1, s_hi)):
                    # "said the suspect, a 34-year-old man from Ohio, was arrested": the
                    # clause's subject has an apposition; the clause starts after the verb
                    clause_start = _trim(text, verb_end, apposition)[0]
            if clause_start is None and lang.that_clause:
                skip = lang.after_verb_skip.match(text, vm.end(), s_hi)
                base = skip.end() - 1 if skip and skip.end() > vm.end() else vm.end()
                if lang.addressee_verb_re is not None and base == vm.end() \
                        and lang.addressee_verb_re.match(text, vm.start()):
                    # "told Reuters the plan was …" (not past a skipped addressee: "told
                    # reporters the Russian delegation would …")
                    base = _past_addressee(ft, base, s_hi)
                tm = lang.clause_start_re.match(text, base, s_hi)
                clause_start = tm.end() if tm else None
                if clause_start is not None and lang.that_re and lang.finite_re:
                    clause_start = _after_that(
                        lang, text, clause_start, s_hi,
                        object_verb=bool(lang.object_verb_re
                                         and lang.object_verb_re.match(text, vm.start())))
            if clause_start is None or clause_start >= clause_end - 3:
                continue
            if lang.existential_re is not None and lang.existential_re.match(text, vm.start(), s_hi):
                continue  # "Es gibt nur wenige Busse, so dass …": no speech act
            if _as_frame(ft, clause_start, clause_end):
                continue  # "… mit Putin sprechen, wie der Sprecher mitteilte": a frame
            if lang.finite_opener_re is not None and lang.finite_opener_re.match(text, clause_start):
                continue  # "Stickoxid, auch als Lachgas bekannt, wird …": the main clause goes on
            subordinate = _in_subordinate_clause(ft, s_lo, vm.start())
            if subordinate and (_main_clause_after_subordinate(ft, clause_start) or (
                    lang.subjunctive_re and lang.subjunctive_re.match(text, clause_start)) or (
                    lang.subjunctive2_re and lang.subjunctive2_re.match(text, clause_start))):
                continue  # "Wenn Berlin geklagt hätte, hätte man …", "…, das dort gestanden
                #           hatte, habe nun …": the main clause goes on, no report
            if subordinate:
                clause_end = _end_before_main_clause(ft, clause_start, clause_end)
            # the clause ends where the frame goes on: "… brauche X und fügte hinzu: „…“",
            # "… 500 jobs, adding that …"
            cut = lang.clause_end_re.search(text, clause_start, clause_end) if lang.clause_end_re \
                else None
            if lang.participle_cue_re:
                part = lang.participle_cue_re.search(text, clause_start, clause_end)
                if part and (cut is None or part.start() < cut.start()):
                    cut = part
            if cut:
                clause_end = _trim(text, clause_start, cut.start())[1]
            comment = lang.commentary_re.search(text, clause_start, clause_end) \
                if lang.commentary_re else None
            if comment and not _has_mood(ft, comment.end(), clause_end):
                clause_end = comment.start()  # "…, was bisher nicht bestätigt werden konnte"
            clause_end = _before_contrast(ft, clause_start, clause_end)
            if not own_end:
                end = clause_end  # a cut end holds for the rest of the sentence's rules
            clause_text = text[clause_start:clause_end]
            if lang.that_clause and len(clause_text.split()) < (
                    2 if lang.that_re and lang.that_re.search(
                        text, max(0, clause_start - 8), clause_start) else 3):
                continue  # "spoke to reporters on Thursday": no clause ("that prices rose" is)
            if lang.that_clause and lang.finite_re is not None \
                    and text[max(0, vm.start() - 4):vm.start()].rstrip().rstrip(_CLOSING_MARKS).endswith(",") \
                    and (_speaker_phrase(clause_text) or _after_closing_mark(text, vm.start())
                         and len(clause_text.split()) <= 8) \
                    and not _lower_finite(lang, clause_text):
                # "The bill passed, said Bell's spokeswoman Dana Ortiz", '"…," said
                # hurricane center director Alan Prescott': who spoke
                continue
            if (lang.that_clause and lang.finite_re is not None and lang.that_re is not None
                    and lang.addressee_verb_re is not None
                    and lang.addressee_verb_re.match(text, vm.start())
                    and not lang.finite_re.search(clause_text)
                    and not lang.that_re.search(text, max(0, clause_start - 8), clause_start)
                    and not lang.participle_cue_re.match(text, vm.start())
                    if lang.participle_cue_re is not None else False):
                continue  # "told analysts on a conference call": whom, no clause
            if (lang.object_verb_re and lang.object_verb_re.match(text, vm.start())
                    and not (lang.that_re and lang.that_re.search(
                        text, max(0, clause_start - 8), clause_start))
                    and not (lang.finite_re and lang.finite_re.search(clause_text))):
                continue  # "will report quarterly results on Oct. 30": an object, no clause
            first = _WORDS.match(clause_text)
            quantity = lang.pattern("quantity_opener")
            if first and _adverbial(lang, first.group()) and not _gerund_subject(lang, clause_text) \
                    and not (quantity is not None and quantity.match(clause_text)):
                continue  # "…, um die Gewalt in den Griff zu bekommen": a purpose, not words
            preterite = lang.pattern("reported_preterite")
            present_e = lang.pattern("reported_present_e")
            if lang.complementizer_re.match(clause_text) or _has_mood(ft, clause_start, clause_end) \
                    or (lang.planned_re and ft.any_outside(lang.planned_re, clause_start, clause_end)) \
                    or (preterite is not None and _comma_right_after(ft, vm.end(), clause_start)
                        and lang.pattern("reported_preterite_cue").match(vm.group()) is not None
                        and (preterite.match(clause_text) is not None
                             or (present_e is not None and present_e.match(clause_text)))) \
                    or lang.that_clause or (lang.infinitive_re and lang.infinitive_re.search(clause_text)) \
                    or (lang.clause_verb_re and ft.any_outside(lang.clause_verb_re,
                                                                 clause_start, clause_end)):
                if text[clause_start] in "„“\"»«‚'" and mostly_direct(clause_start, clause_end):
                    break  # the direct quotation is the clause
                cue = (vm.start(), vm.start() + len(vm.group().split()[0]))
                # "Als Begründung heißt es, …": no source in the sentence, the last one speaks
                found = _reported_clause(ft, (clause_start, clause_end), cue, s_lo,
                                         "indirect: clause after a speech verb")
                inserted = _inserted_so_frame(ft, s_lo, vm.start())
                if found is not None and inserted is not None:
                    # "Der Plan, so sagte der Minister, sei gescheitert": the words before
                    # the inserted frame are said too
                    found.spans.insert(0, inserted)
                if found is not None and lang.subjunctive_re is not None \
                        and lang.subjunctive_re.match(text, vm.start()) \
                        and not _has_direct(ft, s_lo, clause_start):
                    # "… sei weiterhin eingeladen, erklärte die Managerin. Man erwarte, dass
                    # …": a verb of saying in the Konjunktiv is itself reported; the whole
                    # sentence is
                    found.spans[0] = (_trim(text, s_lo, found.spans[0][1])[0],
                                      found.spans[0][1])
                    found.rule = "indirect: a reported verb of saying and its clause"
                    if out and s_lo - out[-1].end <= 3 and out[-1].rule.endswith(
                            _CONTINUATION_RULE):
                        # "… sei daraufgekracht. Die Teile seien geworden, von denen man
                        # glaube, dass …": right after a continuation, the run goes on
                        found.continues, found.mention = True, None
                        found.rule = "indirect: " + _CONTINUATION_RULE
                elif found is not None and _named_as_before(ft, cue[1], clause_start,
                                                            clause_end):
                    # "würdigte die Bundeswehr als ein Kind des Kalten Krieges, das half, …":
                    # the clause belongs to what the object was called; the sentence is
                    # the report
                    second = _coordinated_verb(ft, cue[1], clause_start)
                    if second is not None:
                        # "Er bezeichnete die Proteste als rechtmäßig und forderte die
                        # Anhänger auf, Ruhe zu bewahren": the naming is a report of its
                        # own, the clause belongs to the second verb
                        out.append(Found("indirect", [_trim(text, s_lo, second, " \t\n,")],
                                         cue=cue, mention=found.mention,
                                         continues=found.continues,
                                         rule="reported: the object called something"))
                    else:
                        found.spans = [_trim(text, s_lo, s_hi, " \t\n")]
                        found.rule = "reported: the object called something, with a clause"
                break
        if colon_frame and found is None and _frame_source(ft, s_lo, s_hi) is not None:
            # "Laut Brenninger fürchten viele um ihre Stellen:" before a block: the
            # attribution frame's report (rule c below) comes besides the block
            colon_frame = False
        if colon_frame:
            if found is not None and found.spans[-1][1] - found.spans[0][0] > 12 and (
                    lang.that_clause or _has_mood(ft, *found.spans[0])
                    # "sagte, von Samstag an ströme mildere Luft heran:": a clause of its own
                    # after the verb and its comma is what was said, whatever its mood
                    or (found.rule == "indirect: clause after a speech verb"
                        and len(text[slice(*found.spans[0])].split()) >= _OWN_CLAUSE_WORDS)):
                found.spans[-1] = _trim(text, *found.spans[-1], " \t\n:")
                out.append(found)
                continue
            if not (out and s_lo - out[-1].end <= 3 and (
                    _has_mood(ft, s_lo, s_hi, second=False) or _reporting_mood(ft, s_lo, s_hi))):
                continue
            # "… sagte, die Brille wiege wenig. Sie sei für Techniker gedacht:" a
            # Konjunktiv sentence right after a report carries it on, colon or not
            found = Found("indirect", [_trim(text, s_lo, s_hi, " \t\n:")], continues=True,
                          rule="indirect: Konjunktiv continues the report")
            out.append(found)
            continue
        # a2) a noun of saying + clause: "die Forderung, … einzustellen", "der Verdacht,
        #     dass …" (the clause is what was said; the noun's owner, if named, said it)
        if found is None:
            found = _noun_clause(ft, s_lo, s_hi, end)
        # a3) "…, wonach Inspektoren Zutritt verlangt hätten": the report's clause
        if found is None:
            found = _relative_report(ft, s_lo, s_hi, end)
        # b) "Es sei …, sagte er." / "…, so der Sprecher."
        if found is None:
            so = lang.so_frame.search(text, s_lo, s_hi) \
                if lang.so_frame and _holds(ft, lang.so_frame_anchor, s_lo, s_hi) else None
            # the first speech verb right after a comma: "…, sagte Johanna Moser vom …"
            comma, tail_verb = -1, None
            for vm in ft.outside(lang.speech_verb, s_lo + 10, s_hi):
                lead = lang.tail_verb_lead_re.search(text, max(s_lo, vm.start() - 40), vm.start())
                if lead:
                    if lang.that_re is not None and lang.that_re.match(text, vm.end() + 1):
                        break  # "The report, released on Monday, found that …": its own verb
                    comma = lead.start() + (text[lead.start()] != ",")
                    tail_verb = (vm.start(), vm.start() + len(vm.group().split()[0]))
                    break
            if tail_verb is None:  # subject first: "Prices will rise, the minister said."
                last_comma = text.rfind(",", s_lo, s_hi)
                frame_hi = s_hi  # where the frame's words end
                if last_comma > s_lo and lang.participle_cue_re is not None \
                        and lang.participle_cue_re.match(text, last_comma):
                    # "…, the ministry said, adding that …": the frame is before the participle
                    last_comma = text.rfind(",", s_lo, last_comma)
                elif last_comma > s_lo and (after := _WORDS.search(text, last_comma + 1, s_hi)) \
                        and after.group() in lang.coordinators and lang.finite_re is not None \
                        and lang.finite_re.search(text, after.end(), s_hi):
                    # "…, he said, and a decision will be announced …": a clause of its own
                    # joined after the frame; the frame is before it, up to that comma
                    frame_hi, last_comma = last_comma, text.rfind(",", s_lo, last_comma)
                elif last_comma > s_lo and after is not None \
                        and (after.group() in lang.adverbial_openers or (
                            # "…, an official said, speaking on condition of anonymity"
                            after.group().islower() and _adverbial(lang, after.group()))):
                    # "…, the company said on Monday, as the planemaker grapples with …": the
                    # frame is before the adverbial clause
                    last_comma = text.rfind(",", s_lo, last_comma)
                if frame_hi - last_comma <= 80 and last_comma > s_lo and (
                        lang.that_clause or _has_mood(ft, s_lo, last_comma)) \
                        and not _subordinate_after(lang, text, last_comma + 1, frame_hi):
                    tail_verb = _verb_in(ft, last_comma + 1, frame_hi)
                    if tail_verb and _closes_verb_final_clause(lang, text, tail_verb, frame_hi):
                        tail_verb = None  # "…, kleineren Neubau ergänzt werde": no frame
                    if tail_verb and lang.subjunctive_re is not None and (
                            mood := lang.subjunctive_re.match(text, tail_verb[0])) \
                            and mood.end() >= tail_verb[1]:
                        # "…, ein Ergebnis erwarte man im Mai": a speech verb in Konjunktiv
                        # I is itself reported, not the frame of the clause before it
                        tail_verb = None
                    elif tail_verb and lang.subjunctive_re is not None \
                            and lang.subjunctive_re.search(text, last_comma + 1, tail_verb[0]):
                        # "…, der Vatikan habe es am Montag angenommen": so is one after an
                        # auxiliary in Konjunktiv I
                        tail_verb = None
                    subject = text[last_comma + 1:tail_verb[0]] if tail_verb else ""
                    if tail_verb and lang.that_clause and not subject.strip():
                        # "The report, released on Monday, found that …": no subject after
                        # the comma, so the verb is the sentence's own, not a frame
                        tail_verb = None
                    elif tail_verb and lang.that_clause and lang.finite_re \
                            and lang.finite_re.search(subject):
                        # "…, the minister said." has a subject before the verb; "…, and
                        # the board is expected to announce a buyback" is a clause of its own
                        tail_verb = None
                    comma = last_comma if tail_verb else -1
            if tail_verb is None and not so:
                tail_verb, comma = _frame_verb_after_mood(ft, s_lo, s_hi)
            if so and so.start() > s_lo + 10 and not mostly_direct(s_lo, so.start()):
                rest = _trim(text, so.end(), end)  # "…, so Obama weiter, würde …"
                spans = [_trim(text, s_lo, so.start())] + ([rest] if rest[1] - rest[0] > 3 else [])
                found = Found("indirect", spans,
                              cue=_trim(text, so.start(), so.start("src")),
                              mention=_trim(text, *so.span("src")),
                              rule="indirect: ', so X' after the clause")
            elif tail_verb and comma > s_lo + 10 and not ft.in_quote(comma) \
                    and not _runs_in_from_before(ft, s_lo) \
                    and not _COLON_AFTER.match(text, tail_verb[1], s_hi) \
                    and not _condition_of_the_frame(lang, text, s_lo, comma) \
                    and (not _has_direct(ft, s_lo, comma, names_too=False)
                         # "Man sei „auf einem guten Weg“, sagte Merz": a Konjunktiv I
                         # outside the quoted words makes the clause reported speech too
                         or _has_mood(ft, s_lo, comma, second=False)
                         # 'The visit would now take place "early in May", her spokesman
                         # said': so does a backshifted modal (English has no Konjunktiv)
                         or _backshift_around_quote(ft, s_lo, comma)) \
                    and (_has_mood(ft, s_lo, comma) or lang.that_clause
                         # "Das Gesetz soll im Januar in Kraft treten, teilte X mit"
                         or (lang.modal_clause_re is not None
                             and ft.any_outside(lang.modal_clause_re, s_lo, comma))
                         or _indicative_clause_before(lang, text, s_lo, comma, tail_verb, s_hi)):
                # "Es sei …, sagte er." / "Prices will rise, the minister said." A German
                # clause in the indicative before ", sagte X" is mostly the subject and its
                # apposition ("Die Haushaltspolitikerin der Grünen, Anja Hajduk, sagte"):
                # without a Konjunktiv it is taken only as a short main clause of its own
                # (`_indicative_clause_before`; held-out train F1 +0.4 for leaving the rest)
                found = Found("indirect", [_trim(text, after_dateline(text, s_lo, comma), comma)],
                              cue=tail_verb, rule="indirect: clause before the speech verb")
                if _inserted_so_frame(ft, s_lo, tail_verb[0]) is not None:
                    # "Die Lage habe sich, so berichtete die Polizei, inzwischen beruhigt":
                    # what was said goes on after the frame's comma
                    frame_end = text.find(",", tail_verb[1], s_hi)
                    if frame_end > 0 and not ft.in_quote(frame_end) \
                            and len(text[tail_verb[1]:frame_end].split()) <= 8:
                        rest = _trim(text, frame_end + 1, end)
                        if rest[1] - rest[0] > 3:
                            found.spans.append(rest)
                found.mention = speaker_for_cue(ft, tail_verb, comma + 1, s_hi, loose=True)
                if lang.that_clause and (found.mention is None
                                         or len(text[s_lo:comma].split()) < 3):
                    # "The decision, announced at 2 p.m. ET, keeps …": a participle
                    # describing a noun, no one saying the words before it
                    found = None
        # c) laut X / X zufolge / nach Angaben von X / wie X mitteilte
        if found is None and not text[s_lo:s_hi].rstrip().endswith("?"):
            # "Was ist Ihrer Meinung nach der Grund?": a question asks, it reports nothing
            frame = _frame_source(ft, s_lo, s_hi)
            if frame:
                (f_lo, f_hi), src, cue = frame
                lo, hi = _frame_scope(ft, s_lo, end, f_lo, f_hi)
                lo, hi = _colon_bounds(ft, lo, hi, f_lo, f_hi)
                f_hi = _past_relative_clause(ft, max(f_hi, lo), hi)
                spans = [_trim(text, lo, f_lo), _trim(text, f_hi, hi)]
                spans = [sp for sp in spans if sp[1] - sp[0] > 2]
                if spans:
                    found = Found("indirect", spans, cue=cue, mention=_trim(text, *src),
                                  rule="indirect: attribution frame")
        # c2) ", saying …": the sentence's subject reports (English)
        if found is None and lang.participle_cue_re is not None:
            part = next(iter(ft.outside(lang.participle_cue_re, s_lo, s_hi)), None)
            subject = _sentence_subject(ft, s_lo, part.start()) if part else None
            # '"The economy is strong," Biden told reporters, adding that …': after a
            # quotation with its frame, the quotation's speaker goes on
            after_quote = part is not None and subject is None and _has_direct(
                ft, s_lo, part.start()) and _verb_in(ft, s_lo, part.start()) is not None
            if part is not None and (subject is not None or after_quote) \
                    and end - part.end() > 10:
                found = Found("indirect", [_trim(text, part.end(), end)],
                              cue=part.span("cue"), mention=subject,
                              continues=subject is None,
                              rule="indirect: participle of saying after a comma")
        # d) a Konjunktiv-I sentence carries on the last report
        if found is None:
            lead = lang.continuation_re.match(text, s_lo) if lang.continuation_re else None
            report = lang.report_adverb_re.match(text, s_lo) if lang.report_adverb_re else None
            if report is None and before is not None:
                report = _document_adverb(ft, s_lo, before)
            if report and report.end() < end - 3:
                # "Demnach haben Jagdflugzeuge …": the adverb points back to the last source
                found = Found("indirect", [(report.end(), end)], continues=True,
                              cue=_trim(text, s_lo, report.end()),
                              rule="indirect: report adverb continues the report")
                found.extra["anchor"] = found.cue  # "Demnach" stands for the source
            elif (_has_mood(ft, s_lo, s_hi, second=False) or (
                    # Konjunktiv II or "soll … werden" right after a report carries it on too
                    # (a speech act without a clause counts: "Die Länder fordern
                    # Konsequenzen. So sollen die Abgeordneten … offenlegen müssen.")
                    # "„Die Lage ist ernst“, sagte Huber. Die Dämme würden … überwacht."
                    (last_sentence is not None and _has_direct(ft, *last_sentence, names_too=False)
                     and (_reporting_mood(ft, s_lo, s_hi) or (
                         (modal := lang.pattern("main_clause_modal")) is not None
                         and modal.match(text, s_lo, s_hi) is not None))) or
                    _right_after(out, s_lo, last_sentence)
                    and (_reporting_mood(ft, s_lo, s_hi) or _second_slot_mood(ft, s_lo, s_hi)
                         or _hedge_before_konjunktiv(ft, s_lo, s_hi) or (
                        # "Die Reform war … beschlossen worden. Sie soll … angewendet werden":
                        # a plan after a silent report on a thing is the writer's
                        lang.planned_re and not _silent_thing(ft, out[-1])
                        and (ft.any_outside(lang.planned_re, s_lo, s_hi) or (
                            (modal := lang.pattern("main_clause_modal")) is not None
                            and modal.match(text, s_lo, s_hi) is not None))))) or (
                    lang.hearsay_re and ft.any_outside(lang.hearsay_re, s_lo, s_hi)) or (
                    # "So sollen Gymnasiasten keine Hausaufgaben mehr bekommen": a plan set
                    # out as the details of what was said before
                    (detail := lang.pattern("detail_plan")) is not None
                    and detail.match(text, s_lo, s_hi) is not None) or (
                    lead and _has_mood(ft, s_lo, s_hi))) and not (
                    # "Ich habe so viele Sachen gelernt": an interview, not a report
                    lang.first_person_re is not None
                    and _first_person_in(ft, s_lo, s_hi)):
                after_report = (bool(out) and s_lo - out[-1].end <= 3) or (
                    last_sentence is not None
                    and _has_direct(ft, *last_sentence, names_too=False))
                found = _own_subject_clause(ft, s_lo, s_hi) \
                    or _mood_clause(ft, s_lo, s_hi, after_report) or Found(
                    "indirect", [_before_frame(ft, s_lo, s_hi)],
                    continues=True, rule="indirect: Konjunktiv continues the report")
                if found.rule.endswith(_CONTINUATION_RULE) and found.start == s_lo \
                        and _subjunctive2_opens_run(ft, out, before, s_lo):
                    found.spans[0] = (before[0], found.spans[0][1])
                elif found.rule.endswith(_CONTINUATION_RULE) \
                        and (tail := _quotation_then_mood(ft, s_lo, s_hi)) is not None:
                    # "X zeigte sich „sehr glücklich, wie die WM gelaufen“ sei": the quoted
                    # words with their verb are the report, the frame before them is not
                    found.spans = [tail]
                    found.mention = _sentence_subject(ft, s_lo, tail[0])
                    found.continues = found.mention is None
        # e0) "Als Grund nannte die Behörde …": a reason someone gave
        if found is None:
            found = _reason_given(ft, s_lo, s_hi)
        # e) a speech act without a clause: "Die Menschenrechtsorganisation fordert bessere
        #    Ausbildung." Only verbs that report speech on their own are output; any other
        #    speech verb with a subject still names who speaks next (a silent report).
        if found is None and not _has_direct(ft, s_lo, s_hi):
            verb = _main_clause_verb(ft, s_lo, s_hi)
            if verb and lang.infinitive_end_re is not None and "," not in text[verb[1]:s_hi] \
                    and lang.infinitive_end_re.search(text[verb[1]:s_hi].rstrip(" .!?\n")):
                verb = None  # "Der Frachter droht auseinanderzubrechen": no speech act
            if verb and any(pat is not None and pat.match(text, verb[0], s_hi)
                            for pat in (lang.not_speech_re, lang.existential_re)):
                verb = None  # "Der Haushaltsplan sieht eine Verdreifachung vor"
            if verb and _not_reported_here(ft, verb, s_lo, s_hi):
                verb = None
            bare = lang.pattern("bare_object_only")
            if verb and bare is not None and bare.match(text, verb[1], s_hi):
                verb = None  # "Der Abgeordnete forderte Konsequenzen.": a narrative sentence
            if verb:
                mention = speaker_for_cue(ft, verb, s_lo, s_hi)
                if mention and mention[1] <= verb[0]:
                    # "Das System wurde vom Gericht als rechtswidrig bezeichnet": the
                    # passive's agent speaks, not its subject
                    mention = _passive_agent(ft, mention[1], verb[0]) or mention
                if mention:
                    loud = lang.reported_verb.match(text, verb[0]) is not None
                    found = Found("indirect", [_trim(text, s_lo, s_hi, " \t\n")],
                                  cue=verb, mention=mention,
                                  rule="reported: speech act without a clause")
                    found.extra["silent"] = not loud
        if found is not None:
            if found.spans and text[found.spans[-1][1] - 1] == ":":
                # "… ihre Zusagen einhalten:" before a block quotation: the colon is the frame's
                found.spans[-1] = _trim(text, *found.spans[-1], " \t\n:")
            found.spans = [sp for sp in found.spans if sp[1] > sp[0]]
            if found.spans:
                out.append(found)
                # "said it had cut 500 jobs, adding that more cuts were possible": the same
                # speaker goes on after the participle
                part = next(iter(ft.outside(lang.participle_cue_re, found.end, s_hi)), None) \
                    if lang.participle_cue_re is not None and found.kind == "indirect" else None
                if part is not None and s_hi - part.end() > 10:
                    out.append(Found("indirect", [_trim(text, part.end(), s_hi, " \t\n.,;")],
                                     cue=part.span("cue"), mention=found.mention,
                                     continues=found.mention is None,
                                     rule="indirect: participle of saying after a comma"))
                elif found.kind == "indirect" and found.cue is not None \
                        and (second := _coordinated_report(ft, found, s_hi)) is not None:
                    out.append(second)
    return _merge_continuations(text, out, lang.modal_clause_re)


def _closing_frame(ft: FieldText, lo: int, hi: int) -> int:
    """Where a frame after a comma that closes the sentence starts ("…, sagte Kranz."), the
    way rule b) finds one; -1 when there is none."""
    lang = ft.lang
    for vm in ft.outside(lang.speech_verb, lo + 10, hi):
        lead = lang.tail_verb_lead_re.search(ft.text, max(lo, vm.start() - 40), vm.start())
        if lead:
            return lead.start()
    return -1


def _inserted_so_frame(ft: FieldText, lo: int, verb: int) -> tuple[int, int] | None:
    """The words before ", so" when a speech verb follows it inside the sentence ("Der Plan,
    so sagte der Minister, …"): a frame inserted into what was said."""
    short = ft.lang.short_attribution_re
    comma = ft.text.rfind(",", lo, verb)
    if short is None or comma <= lo + 3 or ft.in_quote(comma) \
            or not short.fullmatch(ft.text, comma, verb - 1) and not short.fullmatch(
                ft.text, comma, verb):
        return None
    return _trim(ft.text, lo, comma)


def _past_addressee(ft: FieldText, pos: int, hi: int) -> int:
    """After a verb that takes whom one spoke to ("told Reuters", "told the BBC"), the
    position after that noun phrase (a space stays before the clause), else `pos`."""
    text = ft.text
    start = pos
    while start < hi and text[start] == " ":
        start += 1
    np = _np_at(ft, start, hi) if start < hi and text[start].isupper() or (
        ft.lang.definite_re is not None and ft.lang.definite_re.match(text, start)) else None
    if np is None or np[1] >= hi or text[np[1]] != " " or ft.lang.finite_re is None \
            or ft.lang.finite_re.match(text, np[1] + 1) \
            or not ft.lang.finite_re.search(text, np[1], hi):
        return pos  # "told Reuters was …" has no addressee of its own
    return np[1]


def _coordinated_report(ft: FieldText, found: Found, hi: int) -> Found | None:
    """"Sie sagte, sie hoffe auf eine Einigung, und fügte hinzu, dass …", "…, and warned
    that …": the same speaker's second verb of saying after "und"/"and" and its own
    clause, a report of its own."""
    text, lang = ft.text, ft.lang
    m = _WORDS.search(text, found.end, min(hi, found.end + 6))
    if m is None or m.group() not in lang.coordinators or text[found.end:m.start()].strip(" ,"):
        return None
    verb = lang.speech_verb.match(text, m.end() + 1)
    if verb is None:
        return None
    # English opens the clause with "that" ("…, and warned that prices would rise")
    that = lang.that_re.match(text, verb.end() + 1) if lang.that_re is not None else None
    comma = None if that else _CLAUSE_COMMA.match(text, verb.end(), hi)
    if that is None and (comma is None or text[comma.start():comma.end()].strip()[:1] != ","):
        return None
    start, end = _trim(text, (that or comma).end(), hi, " \t\n.,;")
    if end - start < 10 or not (that or lang.complementizer_re.match(text, start)
                                or _has_mood(ft, start, end)
                                # "… und kündigte an, 2010 gegen sie kandidieren zu wollen"
                                or (lang.infinitive_re is not None
                                    and lang.infinitive_re.search(text, start, end))):
        return None
    cue = (verb.start(), verb.start() + len(verb.group().split()[0]))
    return Found("indirect", [(start, end)], cue=cue, mention=found.mention,
                 continues=found.mention is None, rule="indirect: clause after a speech verb")


def _runs_in_from_before(ft: FieldText, lo: int) -> bool:
    """Does a quotation opened before `lo` go on there (the last paragraph of a quotation
    over several paragraphs, „… ¶ „…“, sagte X)? Then the sentence is part of it."""
    q = ft.in_quote(lo)
    return q is not None and q.start < lo


def _conviction_frame(ft: FieldText, pattern: re.Pattern[str], lo: int, hi: int,
                      before: tuple[int, int] | None) -> Found | None:
    """"Die Reform wird wirken. Davon ist die Ministerin überzeugt." / "Der Euro erholt sich,
    davon geht der Ökonom aus.": the sentence or clause before is what the subject holds."""
    text = ft.text
    starts = [lo]
    comma = text.find(", ", lo, hi)
    while comma >= 0:
        starts.append(comma + 2)
        comma = text.find(", ", comma + 2, hi)
    for start in starts:
        m = pattern.match(text, start, hi)
        if m is None or not (m.group("cue") or m.group("verb")):
            continue
        if start == lo:
            if before is None or before[1] > lo or _has_direct(ft, *before, names_too=False):
                return None
            quoted = _trim(text, *before, " \t\n")
        else:
            quoted = _trim(text, lo, start - 2)
            if _has_direct(ft, lo, start, names_too=False):
                return None
        if quoted[1] - quoted[0] < 12:
            return None
        cue = m.span("cue") if m.group("cue") else m.span("verb")  # "überzeugt", "glaubt"
        return Found("indirect", [quoted], cue=cue, mention=_trim(text, *m.span("src")),
                     rule="indirect: the sentence before 'Davon ist X überzeugt'")
    return None


def _reason_given(ft: FieldText, lo: int, hi: int) -> Found | None:
    """The sentence that opens with the reason or cause someone gave ("Als Ursache wurde
    ein Defekt angegeben"): the whole sentence, its verb the cue, the subject (if any) the
    speaker. A passive names no one; letting the last speaker go on would join the sentence
    to the report before it (study −1 match), so it stays without one."""
    pat = ft.lang.pattern("reason_given")
    m = pat.match(ft.text, lo, hi) if pat is not None else None
    if m is None:
        return None
    cue = m.span("cue") if m.group("cue") else m.span("cue2")
    span = _trim(ft.text, lo, hi, " \t\n")
    found = Found("indirect", [span], cue=cue, rule="reported: a reason given")
    found.mention = speaker_for_cue(ft, cue, lo, hi)
    return found


def _first_person_in(ft: FieldText, lo: int, hi: int) -> bool:
    """`ft.any_outside(lang.first_person_re, lo, hi)`, searched in the sentence only. The
    pattern is one word between word boundaries (case-insensitive, so the field-wide scan
    cannot skip ahead): two of its matches cannot overlap, so the sentence holds exactly
    the field's matches starting in it — unless its end cuts a word, where a boundary
    would be seen that the field does not have; then the field is scanned as before."""
    text = ft.text
    if 0 < hi < len(text) and _is_word_char(text[hi - 1]) and _is_word_char(text[hi]):
        return ft.any_outside(ft.lang.first_person_re, lo, hi)
    return any(not ft.in_quote(m.start()) for m in ft.lang.first_person_re.finditer(text, lo, hi))


def _may_hold_report(ft: FieldText, lo: int, hi: int) -> bool:
    """False when no rule of `indirect_quotes` after its quotation-mark rules can find
    anything in the sentence [lo, hi): each needs one of these to begin inside it — a speech
    verb (inside quotation marks too: "Dies bestätigte …" looks there), or outside
    quotation marks a clause noun, a relative "wonach", the "so" of a ", so X" frame, a frame
    word ("laut", "zufolge"), a participle of saying, a Konjunktiv I or II, "soll … werden",
    hearsay — or the sentence opens with a report adverb ("Demnach"). Most sentences hold
    none, and one bisection then stands for the dozen rules. A rule added there that needs
    none of these must be added here too (`tests/quotes/test_openings.py` compares)."""
    starts = ft._report_triggers
    if starts is None:
        starts = ft._report_triggers = _report_triggers(ft)
    if not starts:
        return starts is None or _opens_with_report_adverb(ft, lo)
    k = bisect.bisect_left(starts, lo)
    return (k < len(starts) and starts[k] < hi) or _opens_with_report_adverb(ft, lo)


def _opens_with_report_adverb(ft: FieldText, lo: int) -> bool:
    lang = ft.lang
    document = lang.pattern("document_adverb")
    return (lang.report_adverb_re is not None and lang.report_adverb_re.match(ft.text, lo) is not None) \
        or (document is not None and document.match(ft.text, lo) is not None)


def _document_adverb(ft: FieldText, lo: int, before: tuple[int, int]) -> re.Match[str] | None:
    """"Danach" opening the sentence after one that names a study, figures or an account
    ("Die Bank veröffentlichte neue Quartalszahlen. Danach verzeichnet sie …"): it points
    back to that document, not to a time (`[patterns] document_adverb`, `document_nouns`)."""
    adverb, nouns = ft.lang.pattern("document_adverb"), ft.lang.pattern("document_nouns")
    if adverb is None or nouns is None:
        return None
    m = adverb.match(ft.text, lo)
    return m if m is not None and nouns.search(ft.text, *before) is not None else None


def _report_triggers(ft: FieldText) -> list[int] | None:
    """The sorted starts of everything `_may_hold_report` looks for (None: a language whose
    ", so X" frame has no literal anchor, where any sentence may hold one)."""
    lang = ft.lang
    if lang.so_frame is not None and lang.so_frame_anchor is None:
        return None
    starts = list(ft._scan(lang.speech_verb, ft._hits, False)[0])
    if lang.so_frame_anchor is not None:
        starts += ft._scan(lang.so_frame_anchor, ft._hits, False)[0]
    for pat in (lang.clause_noun_re, lang.report_relative_re, lang.participle_cue_re,
                lang.subjunctive_re, lang.subjunctive2_re, lang.planned_re, lang.hearsay_re,
                *lang.frames_before, lang.frames_after, lang.pattern("detail_plan"),
                # "soll(en)" after a report ("main_clause_modal"): the bare modal is the trigger
                lang.modal_clause_re if lang.pattern("main_clause_modal") else None,
                lang.pattern("subjunctive_class"), lang.pattern("anaphor_conviction_anchor")):
        if pat is not None:
            starts += ft._scan(pat, ft._outside_hits, True)[0]
    starts.sort()
    return starts


def _closes_verb_final_clause(lang: QuoteLanguage, text: str, verb: tuple[int, int],
                              hi: int) -> bool:
    """Whether a participle of saying is followed only by its auxiliary ("… durch einen
    zweiten, kleineren Neubau ergänzt werde."): the end of a clause with the verb last, not a frame with a subject after it."""
    after = _WORDS.findall(text, verb[1], hi)
    return len(after) == 1 and any(pat is not None and pat.fullmatch(after[0]) for pat in (
        lang.finite_opener_re, lang.subjunctive_re, lang.subjunctive2_re))


def _frame_verb_after_mood(ft: FieldText, lo: int, hi: int) -> tuple[tuple[int, int] | None, int]:
    """"Das Spiel sei gut gewesen, findet der Trainer": a verb that frames speech only right
    after what was said (`[patterns] quotation_frame_verb`), after a Konjunktiv clause."""
    pat = ft.lang.pattern("quotation_frame_verb")
    comma = ft.text.rfind(",", lo, hi)
    if pat is None or comma <= lo or not _has_mood(ft, lo, comma):
        return None, -1
    m = pat.match(ft.text, comma, hi)
    return (m.span("cue"), comma) if m else (None, -1)


def _subordinate_after(lang: QuoteLanguage, text: str, pos: int, hi: int) -> bool:
    """Whether a subordinate clause opens at `pos` ("…, dass die Prüfer nun von einem Abriss
    ausgingen"): a speech verb at its end is the clause's, no frame of what came before."""
    first = _WORDS.search(text, pos, hi)
    return first is not None and (lang.complementizer_re.fullmatch(first.group()) is not None
                                  or first.group().capitalize() in lang.subordinators)


def _condition_of_the_frame(lang: QuoteLanguage, text: str, lo: int, comma: int) -> bool:
    """"Sollte es keine Einigung geben, droht Werneke mit Streiks": a conditional clause
    alone before the frame is the frame's condition, not what was said (with a main clause
    of its own between, "Wenn …, drohe ein Kollaps, sagte X", it is)."""
    first = _WORDS.search(text, lo, comma)
    return first is not None and first.group() in lang.conditional_openers \
        and text.find(",", lo, comma) < 0


def _passive_agent(ft: FieldText, lo: int, cue: int) -> tuple[int, int] | None:
    """The agent of a passive between its subject's end `lo` and the participle at `cue`
    ("wurde vom Verfassungsgericht … bezeichnet"): someone, or a named body."""
    aux = ft.lang.pattern("passive_auxiliary")
    agent = ft.lang.pattern("passive_agent")
    m = aux.search(ft.text, lo, cue) if aux is not None and agent is not None else None
    by = agent.search(ft.text, m.end(), cue) if m is not None else None
    np = ft.lang.np_re.match(ft.text, by.end(), cue) if by is not None else None
    if np is None:
        return None
    s, e = _trim(ft.text, np.start(), np.end())
    hit = ft.people.entity_at(s, e) if ft.people.entity_spans else None
    return (s, e) if e > s and (hit or _person_like(ft, s, e)) else None


def _named_as_before(ft: FieldText, verb_end: int, lo: int, hi: int) -> bool:
    """Whether [lo, hi) is an indicative clause on what the speech verb's object was
    called ("bezeichnete X als einen Versuch, … zu verhindern"): the naming word stands
    between the verb and the clause, the clause has no "dass" and no Konjunktiv."""
    naming = ft.lang.pattern("named_as")
    return naming is not None and naming.search(ft.text, verb_end, lo) is not None \
        and not ft.lang.complementizer_re.match(ft.text, lo) and not _has_mood(ft, lo, hi)


def _coordinated_verb(ft: FieldText, lo: int, hi: int) -> int | None:
    """Where a second verb of saying joined by "und" starts in [lo, hi) ("… als rechtmäßig
    und forderte … auf, …"): the position of the coordinator, else None."""
    m = ft.lang.clause_end_re.search(ft.text, lo, hi) if ft.lang.clause_end_re else None
    if m is None or not m.group().strip().split()[0] in ft.lang.coordinators:
        return None
    return m.start()


def _main_clause_verb(ft: FieldText, lo: int, hi: int) -> tuple[int, int] | None:
    """The first speech verb in [lo, hi), past one in a relative clause on the subject:
    "Die Firma, die ihre Verluste noch beziffert, spricht von 3.000 Stück" (the relative
    clause's verb recalls, the main clause's reports)."""
    verb = _verb_in(ft, lo, hi, last=False)
    if verb is None or not _in_relative_clause(ft, verb, lo):
        return verb
    comma = ft.text.find(",", verb[1], hi)
    return verb if comma < 0 else (_verb_in(ft, comma + 1, hi, last=False) or verb)


def _in_relative_clause(ft: FieldText, verb: tuple[int, int], lo: int) -> bool:
    """Whether `verb` stands in a relative clause opened at the last comma before it
    (not an article before a noun: "…, die Polizei spricht von 4.000" is a main clause)."""
    comma = ft.text.rfind(",", lo, verb[0])
    if comma < 0:
        return False
    first = _WORDS.search(ft.text, comma + 1, verb[0])
    return first is not None and first.group()[:1].islower() \
        and ft.lang.relative_pronoun_re.fullmatch(first.group()) is not None \
        and not _ARTICLE_BEFORE_NOUN.match(ft.text, first.end())


def _not_reported_here(ft: FieldText, verb: tuple[int, int], lo: int, hi: int) -> bool:
    """A speech verb without a clause that reports nothing here: one in a relative clause
    ("Die Staatsanwaltschaft, die vier Jahre gefordert hatte, prüft …": a demand recalled,
    its subject the relative pronoun), or one without the words it needs to report
    ("will mit Macron sprechen" is a talk, "sprach von einem Durchbruch" a report)."""
    text, lang = ft.text, ft.lang
    if _in_relative_clause(ft, verb, lo):
        return True
    comma = text.rfind(",", lo, verb[0])
    for verbs, needs in lang.reported_needs:
        if verbs.match(text, verb[0]) and not needs.search(text, lo, hi):
            return True
    start = comma + 1 if comma >= 0 else lo
    first = _WORDS.search(text, start, verb[0])
    if first is not None and first.group() in lang.purpose_openers:
        return True  # "…, um über den Beitritt zu sprechen": a purpose, not a speech act
    # "Einzelheiten nannte er nicht.": nothing was said
    rest = _WORDS.findall(text, verb[1], hi)
    return bool(rest) and len(rest) <= 3 and any(w in lang.negations for w in rest)


_BALANCED_QUOTE = re.compile(r"„[^„“”]*[“”]|»[^»«]*«|\"[^\"]*\"")


def _indicative_clause_before(lang: QuoteLanguage, text: str, lo: int, comma: int,
                               verb: tuple[int, int], hi: int) -> bool:
    """Whether [lo, comma) before ", teilte X mit." is a main clause of its own in the
    indicative ("Der Umsatz wird 278 Millionen Euro betragen, teilte das Unternehmen mit").
    Only a short clause without a comma, so that no subject with an apposition ("Die
    Haushaltspolitikerin der Grünen, Anja Hajduk, sagte") and no fronted subordinate clause
    ("Da …, entschied sich der Pilot") is taken; and only a short frame after it, so that
    the verb is the frame's, not the sentence's own (held-out train F1 unchanged, dev +0.1)."""
    lead = lang.tail_verb_lead_re.search(text, comma - 1, verb[0])
    if not lead:
        return False
    # "…, die … bekannt gegeben wurde, und sie hat … – das meint X vom Verband für …": a
    # word pointing back ("das", "dies", "so") makes the whole clause the report, commas
    # and all (no subject with its apposition stands before it), and the verb the frame's
    # however long its subject ("das nennt sich …" names, it does not report)
    pointing = any(ch.isalpha() for ch in lead.group()) \
        and text[verb[0]:verb[1]] not in lang.naming_verbs
    if text.find(",", lo, comma) >= 0 and not pointing:
        return False
    if any(ch in _BALANCED_QUOTE.sub("", text[lo:comma]) for ch in "„“”\"»«"):
        return False  # the end of a quotation that began in an earlier sentence (a whole
        # quoted name inside is fine: "begleitet den Stern „HD 13189“, teilte … mit")
    found = list(_WORDS.finditer(text, lo, comma))
    words = [m.group() for m in found]
    impersonal = any(text.startswith(v, verb[0]) for v in lang.impersonal_verbs)
    if len(words) < (2 if impersonal else 3) or len(_WORDS.findall(text, verb[0], hi)) > (
            14 if pointing or _bracket_closes(lang, text, verb, hi) else 8):
        return False  # "Im Gegenteil, sagte er": no clause ("Niemand wurde verletzt, sagte
        # er" is one; 5 words were asked for before round fifteen, with no gain on train)
    if all(w[0].isupper() or w.isdigit() or w in lang.title_function_words for w in words):
        return False  # "Die Fraktion von Bündnis 90/Die Grünen, meldete …": a name, no verb
    first = words[0]
    if first in lang.subordinators:
        # "Seit dem 19. Juni ist …" opens with a preposition, "Seit er …" with a clause
        if first not in lang.subordinating_prepositions:
            return False
        if lang.definite_re is not None and lang.definite_re.match(text, found[1].start()):
            return True
        # "Seit Montag ist die Brücke gesperrt": a bare noun or number, then the main
        # clause's verb with more words after it ("Seit Peter kam," ends at its verb)
        return (words[1][:1].isupper() or words[1][:1].isdigit()) and len(words) > 3 \
            and words[2].islower() and bool(
                (lang.finite_opener_re is not None and lang.finite_opener_re.fullmatch(words[2]))
                or words[2].endswith(("en", "t")))
    return not (first.lower() in lang.coordinators or lang.complementizer_re.match(first.lower()))


def _bracket_closes(lang: QuoteLanguage, text: str, verb: tuple[int, int], hi: int) -> bool:
    """Whether a separable speech verb's particle ends the sentence ("…, teilte später der
    Direktor der Behörde, Bagus Puruhito, mit."): the words between are the frame's own,
    however many, and no clause of the sentence follows."""
    m = lang.speech_verb.match(text, verb[0], hi)
    return m is not None and m.end() > verb[1] + 1 and not text[m.end():hi].strip(" .!?\n")


def _as_frame(ft: FieldText, start: int, end: int) -> bool:
    """Whether [start, end) is an "as X said" frame: "wie der Sprecher mitteilte", with the
    speech verb last (not "wie wichtig die Reform sei", an indirect question)."""
    first = _WORDS.match(ft.text, start)
    if first is None or first.group() not in ft.lang.as_frame_openers:
        return False
    last = ft.outside(ft.lang.speech_verb, first.end(), end)
    return bool(last) and not ft.text[last[-1].end():end].strip(" .,;!?\n")


def _temporal_frame(ft: FieldText, m: re.Match[str]) -> bool:
    """A frame word that is also a preposition of time before a definite article and a bare
    noun of an act of saying ("nach der Mitteilung"): a sequence, not a source; a source has
    a complement or no article ("nach Angaben der Polizei", "nach einem Bericht der BBC"),
    or is a text ("Nach dem Grundgesetz ist …")."""
    words = ft.text[m.start():m.end()].split()
    return len(words) == 3 and words[0] in ft.lang.temporal_frame_words \
        and words[1].lower() in ft.lang.temporal_frame_articles \
        and words[2].strip(",.") in ft.lang.temporal_frame_nouns


def _frame_scope(ft: FieldText, lo: int, hi: int, f_lo: int, f_hi: int) -> tuple[int, int]:
    """What a frame attributes: the whole sentence, or only the subordinate clause the frame
    stands in ("…, da nach Angaben der Fluggesellschaft die Genehmigung zu spät beantragt
    worden war"): from its comma to the next comma or the sentence end."""
    text = ft.text
    comma = text.rfind(",", lo, f_lo)
    if comma < 0 or ft.in_quote(comma):
        return lo, hi
    first = _WORDS.search(text, comma + 1, f_lo)
    if first is not None and first.group() in ft.lang.frame_clause_links:
        # "…, der nicht entfernt, jedoch laut Angaben der Polizei gesprengt wurde"
        earlier = text.rfind(",", lo, comma)
        if earlier >= 0 and not ft.in_quote(earlier):
            comma = earlier
            first = _WORDS.search(text, comma + 1, f_lo)
    if first is not None and first.group() in ft.lang.frame_clause_prepositions:
        first = _WORDS.search(text, first.end(), f_lo)  # "…, unter denen sich nach …"
    if first is None or first.group() not in ft.lang.frame_clause_openers:
        second = ft.lang.pattern("second_main_clause")
        if second is not None and second.match(text, comma, f_lo):
            return comma + 1, hi  # "…, lediglich der Haupthafen wurde nach Angaben …"
        return lo, hi
    # the clause ends at a comma after its verb, which stands last: "…, das nach israelischen
    # Angaben der Planung, Finanzierung und Unterstützung diene." runs past the enumeration
    nxt = _clause_comma(ft, f_hi, hi)
    word = _WORDS.search(text, nxt + 1, hi) if nxt >= 0 else None
    if word is not None and word.group() in ft.lang.condition_openers:
        # "…, die laut dem Urteil nur dann zulässig ist, wenn …": the condition belongs to
        # the clause it restricts
        nxt = _clause_comma(ft, word.end(), hi)
    return comma + 1, (nxt if nxt >= 0 else hi)


def _clause_comma(ft: FieldText, lo: int, hi: int) -> int:
    """The first comma in [lo, hi) after a verb-final clause's last word (lower case),
    outside quotation marks; -1 if none."""
    nxt = ft.text.find(",", lo, hi)
    while nxt >= 0 and (ft.in_quote(nxt) or not _lower_word_before(ft.text, nxt)):
        nxt = ft.text.find(",", nxt + 1, hi)
    return nxt


_OWN_CLAUSE_WORDS = 5  # words of a clause after "sagte," before a colon that is reported speech


def _colon_bounds(ft: FieldText, lo: int, hi: int, f_lo: int, f_hi: int) -> tuple[int, int]:
    """A frame's words do not run across a colon: one before the frame opens what it
    attributes ("Weder … war gestattet: Es wurde nach Angaben der Polizei …"); one after it
    ends them before a quotation ("… die ihrer Meinung nach verbreiteten Illusionen: „…“")
    or, before a clause, makes that clause what was attributed ("Der Tathergang stellt sich
    nach Polizeiangaben so dar: Die Schüsse fielen …")."""
    text = ft.text
    before = [m.start() for m in _CLAUSE_COLON.finditer(text, lo, f_lo)
              if _colon_of_clause(ft, lo, m.start())]
    if before:
        lo = before[-1] + 1
    after = next((m.start() for m in _CLAUSE_COLON.finditer(text, f_hi, hi)
                  if _colon_of_clause(ft, lo, m.start())), -1)
    if after < 0:
        return lo, hi
    rest = _trim(text, after + 1, hi)
    if rest[0] < hi and text[rest[0]] in _OPENING_MARKS:
        return lo, after
    # a clause of its own opens with a capital ("…: durch Tröpfcheninfektion" goes on)
    return (rest[0], hi) if rest[1] - rest[0] > 10 and text[rest[0]].isupper() else (lo, hi)


def _colon_of_clause(ft: FieldText, lo: int, pos: int) -> bool:
    """A colon between clauses: not one in a quotation or in brackets ("(kurz: „Fed“)")."""
    return not ft.in_quote(pos) and ft.text.rfind("(", lo, pos) <= ft.text.rfind(")", lo, pos)


_OPENING_MARKS = "„“\"»«‚"
_CLAUSE_COLON = re.compile(r"(?<!\d):|:(?!\d)")  # not a clock time's ("um 15:00 Uhr")


def _past_relative_clause(ft: FieldText, f_hi: int, hi: int) -> int:
    """Where the attributed words start after a frame whose source has a relative clause:
    "Nach Angaben der Behörden, die nicht überprüft werden können, waren …" (the relative
    clause describes the source; it ends at a comma after its verb)."""
    text = ft.text
    m = _COMMA_WORD.match(text, f_hi, hi)
    if m is None:
        return f_hi
    word = m.group("word")
    if word in ft.lang.frame_clause_prepositions:
        m = _WORDS.match(text, _trim(text, m.end(), hi)[0])
        word = m.group() if m else ""
    if not word[:1].islower() or not ft.lang.relative_pronoun_re.fullmatch(word):
        return f_hi
    nxt = text.find(",", m.end(), hi)
    while nxt >= 0 and (ft.in_quote(nxt) or not _lower_word_before(text, nxt)):
        nxt = text.find(",", nxt + 1, hi)
    return nxt + 1 if nxt >= 0 else f_hi


_COMMA_WORD = re.compile(r"\s*,\s*(?P<word>\w+)")


def _opens_paragraph(text: str, sentence: tuple[int, int] | None,
                     after: tuple[int, int]) -> bool:
    """Whether `sentence` opens its paragraph and `after` follows it in the same one."""
    if sentence is None or sentence[1] > after[0] or "\n" in text[sentence[1]:after[0]]:
        return False
    return not text[text.rfind("\n", 0, sentence[0]) + 1:sentence[0]].strip()


def _picks_up_noun(ft: FieldText, pos: int, earlier: tuple[int, int]) -> bool:
    """Whether the sentence at `pos` opens with a definite description of a noun of the
    sentence before ("… hat das neue Tonband … . Das Tonband trägt …", "Die Stones-Tour
    stellte … . Die Tour, die …"): the second sentence goes on about the same thing."""
    text = ft.text
    if ft.lang.definite_re is None or not ft.lang.definite_re.match(text, pos):
        return False
    for word in _WORDS.findall(text, pos, min(len(text), pos + 60))[1:4]:
        if word[:1].isupper():
            head = word.lower()
            return len(head) >= 4 and any(w.lower().endswith(head) for w in _WORDS.findall(
                text, *earlier))
    return False


def _lower_word_before(text: str, pos: int) -> bool:
    """Whether the word ending at `pos` is in lower case (a verb, in a German clause)."""
    k = pos
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return k < pos and text[k].islower()


def _wrapped_direct(ft: FieldText, lo: int, hi: int) -> Found | None:
    """A sentence of reported speech around a quotation ("Es gebe „eine dramatische
    Erderwärmung …“", "Jeder Pädagoge könne „das Konto jetzt einlösen …“"): the Konjunktiv
    outside the marks makes the whole sentence a continuation of the report, besides the
    direct quotation inside it (the annotators mark both)."""
    text = ft.text
    s, e = _trim(text, lo, hi, " \t\n")
    if ft.in_quote(s) or not _has_mood(ft, s, e, second=False) \
            or ft.any_outside(ft.lang.speech_verb, s, e):
        return None
    return Found("indirect", [_before_frame(ft, s, e)], continues=True,
                 rule="indirect: Konjunktiv sentence around a quotation")


def _before_frame(ft: FieldText, lo: int, hi: int) -> tuple[int, int]:
    """A Konjunktiv sentence up to a frame inside it ("… habe seinen Preis, so Lahm weiter:
    „…“"): the report ends before the frame when the part before holds the Konjunktiv."""
    text = ft.text
    s, e = _trim(text, lo, hi, " \t\n")
    cut = ft.lang.clause_end_re.search(text, s, e) if ft.lang.clause_end_re else None
    if cut is not None and not ft.in_quote(cut.start()) and _has_mood(ft, s, cut.start(), False):
        return _trim(text, s, cut.start())
    return s, e


def _clause_around_direct(ft: FieldText, lo: int, hi: int) -> Found | None:
    """A reported clause after a speech verb that goes on into a quotation ("erklärte, der
    Bericht sei „ein grundlegendes Dokument …“"): the clause is reported speech besides
    the direct quotation in it (the annotators mark both)."""
    text = ft.text
    lang = ft.lang
    end = _sentence_end(text, lo, hi)
    for vm in ft.outside(lang.speech_verb, lo, hi):
        cm = _CLAUSE_COMMA.match(text, vm.end(), hi)
        if cm is None or cm.end() >= end - 3 or text[cm.end()] in "„“\"»«‚'" \
                or not _has_direct(ft, cm.end(), end):
            continue
        start = cm.end()
        clause_text = text[start:end]
        first = _WORDS.match(clause_text)
        if first and _adverbial(lang, first.group()):
            continue
        if lang.complementizer_re.match(clause_text) or _has_mood(ft, start, end) \
                or (lang.infinitive_re and lang.infinitive_re.search(clause_text)):
            cue = (vm.start(), vm.start() + len(vm.group().split()[0]))
            return _reported_clause(ft, (start, end), cue, lo,
                                    "indirect: clause around a quotation")
    return None


def _in_subordinate_clause(ft: FieldText, lo: int, verb: int) -> bool:
    """Whether the speech verb at `verb` ends a subordinate clause: "Wenn Berlin geklagt
    hätte,", "…, das über der Bucht gestanden hatte,", "Nachdem der Minister erklärt hatte,"."""
    lang = ft.lang
    if not lang.subordinators:
        return False
    text = ft.text
    after = _CLAUSE_COMMA.match(text, verb, verb + 60)
    if after is None or len(text[verb:after.end()].split()) > 2:
        return False  # the verb is not last: "Als Grund nannte die NASA, …" is a main clause
    comma = text.rfind(",", lo, verb)
    opener = _WORDS.search(text, comma + 1 if comma >= 0 else lo, verb)
    return bool(opener and (opener.group().capitalize() in lang.subordinators
                            or (comma >= 0 and lang.relative_pronoun_re.fullmatch(opener.group()))
                            # "Sollte der Antrag angenommen werden, …": a condition, verb first
                            or (comma < 0 and opener.group() in lang.conditional_openers)))


def _main_clause_verb_at(ft: FieldText, pos: int) -> bool:
    """Whether the words at `pos` are a main clause with its finite verb first and its
    subject after it ("hätte man …", "ist ein …", "kam es …", "hat Frau …"), rather than a
    clause with its own subject first ("er trete zurück", "die Regierung sei …")."""
    lang, text = ft.lang, ft.text
    first = _WORDS.match(text, pos)
    second = _WORDS.search(text, first.end(), first.end() + 40) if first else None
    if not (first and second and first.group().islower()) or any(
            pattern.fullmatch(first.group()) for pattern in (
                lang.pronoun_re, lang.complementizer_re, lang.relative_pronoun_re)) \
            or lang.determiner_re.match(first.group() + " "):
        return False
    # a capitalised word second is no sign: "keine Revolution", "doch UN-Sprecher …"
    return bool(lang.pronoun_re.fullmatch(second.group()) or second.group() in lang.inverted_subjects
                or lang.determiner_re.match(second.group() + " "))


def _main_clause_after_subordinate(ft: FieldText, clause: int) -> bool:
    """After a subordinate clause with the speech verb, the main clause going on is no
    report, unless it is an infinitive ("…, den Vorschlag prüfen zu lassen")."""
    if not _main_clause_verb_at(ft, clause):
        return False
    text, lang = ft.text, ft.lang
    end = _sentence_end(text, clause, len(text))
    while end > clause and not text[end - 1].isalnum():
        end -= 1  # the infinitive pattern looks at the clause's last word
    return not (lang.infinitive_re and lang.infinitive_re.search(text, clause, end))


def _end_before_main_clause(ft: FieldText, clause: int, end: int) -> int:
    """A report inside a subordinate clause ends where the main clause resumes, with its
    verb in the indicative: "Nachdem er erklärt hatte, er trete zurück, kam es zu …"."""
    text = ft.text
    for resume in ft.lang.main_clause_resumes_re.finditer(text, clause, end):
        word = _WORDS.match(text, resume.end() - 1)
        if word and _main_clause_verb_at(ft, word.start()) \
                and not _has_mood(ft, word.start(), word.end()):
            return _trim(text, clause, resume.start())[1]
    return end


def _reported_clause(ft: FieldText, span: tuple[int, int], cue: tuple[int, int], lo: int,
                     rule: str) -> Found:
    """An indirect quotation `span` introduced by `cue`; its speaker is looked for between
    `lo` and the clause (else whoever spoke last continues)."""
    found = Found("indirect", [span], cue=cue, rule=rule)
    found.mention = speaker_for_cue(ft, cue, lo, span[0], loose=True)
    # "Officials were told that …": who told them is unknown, not the last speaker
    found.continues = found.mention is None and not _passive_cue(ft, cue, lo)
    return found


def _passive_cue(ft: FieldText, cue: tuple[int, int], lo: int) -> bool:
    return ft.lang.passive_before_verb_re is not None and \
        ft.lang.passive_before_verb_re.search(ft.text, max(lo, cue[0] - 12), cue[0]) is not None


def _own_subject_clause(ft: FieldText, lo: int, hi: int) -> Found | None:
    """A reported sentence with its own subject and a 'dass' clause ("Die Experten kamen
    zu dem Ergebnis, dass es … gebe"): the subject speaks, the clause is what was said —
    not a continuation of the previous speaker."""
    text = ft.text
    for m in ft.outside(_COMMA_CLAUSE, lo, hi):
        if not ft.lang.complementizer_re.match(text, m.end()):
            continue
        subject = _sentence_subject(ft, lo, m.start())
        if subject is None or _has_mood(ft, lo, m.start(), second=False):
            # "Der Verein habe Sorge gehabt, dass …": a Konjunktiv I in the main
            # clause reports all of it (the continuation rule's)
            return None
        verb = _WORDS.search(text, subject[1], m.start())
        end = _sentence_end(text, m.end(), hi)
        return Found("indirect", [_trim(text, m.end(), end)], mention=subject,
                     cue=verb.span() if verb else None,
                     rule="indirect: clause after the subject's own verb")
    return None


_COMMA_CLAUSE = re.compile(r",\s*")


_ARTICLE_BEFORE_NOUN = re.compile(r"\s+[A-ZÄÖÜ]")


def _noun_clause(ft: FieldText, lo: int, hi: int, end: int) -> Found | None:
    lang = ft.lang
    text = ft.text
    for nm in ft.outside(lang.clause_noun_re, lo, hi):
        start = nm.end()
        if start >= end - 3:
            return None
        cut = lang.clause_end_re.search(text, start, end) if lang.clause_end_re else None
        stop = _trim(text, start, cut.start())[1] if cut else end
        clause = text[start:stop]
        first = _WORDS.match(clause)
        opener = first is not None and first.group().lower() in lang.noun_clause_openers
        relative = first is not None and lang.relative_pronoun_re.fullmatch(first.group())
        if relative and _ARTICLE_BEFORE_NOUN.match(clause, first.end()):
            relative = None  # "die Auffassung, die Welt befände sich …": an article
        owner = nm.span("owner") if "owner" in nm.re.groupindex else (-1, -1)
        # past an owner only a clause that can be nothing else ("dass", "zu" + infinitive):
        # in "nach Angaben der Planung, Finanzierung und …" the comma is an enumeration's
        if opener or (lang.infinitive_re and lang.infinitive_re.search(clause)) or (
                owner[0] < 0 and not relative and _reporting_mood(ft, start, stop)):
            cue = (nm.start(), owner[0] if owner[0] >= 0 else
                   nm.start() + len(nm.group().rstrip(", ")))
            found = _reported_clause(ft, (start, stop), _trim(text, *cue), lo,
                                     "indirect: clause after a noun of saying")
            if owner[0] >= 0:  # "die Warnung der Gewerkschaft, …": the owner said it
                found.mention, found.continues = owner, False
            return found
    return None


def _relative_report(ft: FieldText, lo: int, hi: int, end: int) -> Found | None:
    """", wonach …" / ", nach denen …" after the phrase naming a report ("ein Bericht der
    Agentur, wonach …"): the clause is what the report says, the phrase its source."""
    text = ft.text
    for m in ft.outside(ft.lang.report_relative_re, lo, hi):
        start = m.end()
        cut = ft.lang.clause_end_re.search(text, start, end) if ft.lang.clause_end_re else None
        stop = _trim(text, start, cut.start())[1] if cut else end
        resume = ft.lang.main_clause_resumes_re.search(text, start, stop)
        if resume:
            stop = resume.start()
        if stop - start < 10:
            return None
        source = None
        for np in ft.lang.np_re.finditer(text, max(lo, m.start() - 150), m.start()):
            s, e = _trim(text, np.start(), np.end())
            if e > s and not text[e:m.start()].strip(" ,"):
                source = (s, e)
        cue = _trim(text, m.start() + 1, m.end())
        return Found("indirect", [(start, stop)], cue=cue, mention=source,
                     continues=source is None, rule="indirect: clause after 'wonach'")
    return None


@functools.lru_cache(maxsize=8)
def _that_comma(openers: frozenset[str]) -> re.Pattern[str] | None:
    """A clause opener ("dass", "ob": the language's `noun_clause_openers`) after a comma."""
    if not openers:
        return None
    return re.compile(r",\s+(?P<that>" + "|".join(sorted(map(re.escape, openers))) + r")\b")


def _mood_clause(ft: FieldText, lo: int, hi: int, after_report: bool = False) -> Found | None:
    """The Konjunktiv only after a comma ("Er trat dem Vorwurf entgegen, das Gericht sei
    ein irakisches"): the reported words are that clause, not the sentence around it."""
    lang = ft.lang
    text = ft.text
    if lang.subjunctive_re is None:
        return None
    first = next(iter(ft.outside(lang.subjunctive_re, lo, hi)), None)
    verb_class = lang.pattern("subjunctive_class")  # "kontrolliere": any "-ieren" verb
    if verb_class is not None:
        other = next(iter(ft.outside(verb_class, lo, hi)), None)
        if other is not None and (first is None or other.start() < first.start()):
            first = other
    if first is None:
        return None
    comma = text.rfind(",", lo, first.start())
    while comma > lo and text[comma - 1:comma].isdigit() and text[comma + 1:comma + 2].isdigit():
        comma = text.rfind(",", lo, comma)  # a decimal comma ("rund 1,2 Millionen Euro")
    comma = _before_date_apposition(ft, lo, comma)
    if comma < lo + 10 or ft.in_quote(comma) or _has_direct(ft, lo, comma):
        return None
    if lang.speech_verb.match(text, first.start()) and _reporting_mood(ft, lo, comma):
        # "Die Proben würden ausgewertet, ein Ergebnis erwarte man im Mai": a speech verb
        # in Konjunktiv I after a Konjunktiv before the comma; all of it is the report
        return None
    if after_report and _reporting_mood(ft, lo, comma):
        # "… würden keine Ermittlungen aufgenommen. In vielen Fällen käme es dazu, dass …
        # gebe": right after a report, a Konjunktiv II before the comma carries it on too
        return None
    start = _trim(text, comma + 1, hi)[0]
    that_re = _that_comma(lang.noun_clause_openers)
    that = that_re.search(text, lo, comma) if that_re is not None else None
    if that is not None and not _has_direct(ft, that.start(), first.start()):
        # "…, dass das Duell, das das erste seit 15 Jahren war, wichtig gewesen sei": the
        # comma before the verb closes a relative clause inside the "dass" clause
        start = that.end() - len(that.group("that"))
    opener = _WORDS.match(text, lo)
    fronted = opener is not None and opener.group() in lang.concessive_openers \
        and not _has_mood(ft, lo, comma)
    if start == first.start() and not fronted:
        # the verb right after the comma is the main clause's, resumed after an apposition
        # or a relative clause ("Die Getöteten, vor allem Zivilisten, seien …"): all of it
        # (not after a fronted concession in the indicative, the writer's: "Obwohl der
        # Minister mit Mehreinnahmen rechnet, sei man von einer Entschuldung weit entfernt";
        # a fronted "Nachdem …" or "Da …" is as often part of what was said)
        return None
    end = _sentence_end(text, start, hi)
    cut = lang.clause_end_re.search(text, start, end) if lang.clause_end_re else None
    if cut:
        end = _trim(text, start, cut.start())[1]
    relative = lang.pattern("relative_clause_opener")
    if relative is not None and relative.match(text, start) \
            and text.startswith(",", first.end()) and first.end() < end:
        # "Neben dem Grundsatz, den der Gerichtshof immer wieder betone, untersagten …": a
        # relative clause ends with its verb; the main clause after it is the writer's
        # (who said it stays the reporter: the annotators name the one reporting)
        end = first.end()
    if end - start < 10:
        return None
    if lang.first_person_re is not None and lang.first_person_re.search(text, start, end):
        return None  # "die ich bisher getroffen habe": "habe" is the indicative here
    if (word := _WORDS.match(text, start)) is not None and word.group() in lang.condition_openers:
        return None  # "…, wenn er abgereist sei": the condition of the clause before it
    subject = None if fronted else _sentence_subject(ft, lo, comma)
    return Found("indirect", [(start, end)], mention=subject, continues=subject is None,
                 rule="indirect: Konjunktiv clause after a comma")


def _before_date_apposition(ft: FieldText, lo: int, comma: int) -> int:
    """The comma before a date in apposition that `comma` closes ("Das für Samstag, 6.
    Dezember, geplante Fest sei abgesagt": the second comma opens no clause), else `comma`
    (`[patterns] date_apposition`)."""
    pat = ft.lang.pattern("date_apposition")
    while pat is not None and comma > lo:
        before = ft.text.rfind(",", lo, comma)
        if before < 0 or pat.fullmatch(ft.text, before + 1, comma) is None:
            break
        comma = ft.text.rfind(",", lo, before)
    return comma


def _backshift_around_quote(ft: FieldText, lo: int, hi: int) -> bool:
    """A modal of reported speech outside quoted words that do not open the clause."""
    modal = ft.lang.pattern("backshift_modal")
    if modal is None:
        return False
    k = bisect.bisect_left(ft.quoted_starts, lo)
    return k < len(ft.quoted) and ft.quoted[k].start > lo and ft.any_outside(modal, lo, hi)


def _has_direct(ft: FieldText, lo: int, hi: int, names_too: bool = True) -> bool:
    """Whether a quotation starts in [lo, hi); `names_too=False`: not counting marks around
    a name or a title (`short_quoted`: „Letzte Generation“)."""
    k = bisect.bisect_left(ft.quoted_starts, lo)
    if names_too or not ft.short_quoted:
        return k < len(ft.quoted) and ft.quoted[k].start < hi
    names = {q.start for q in ft.short_quoted}
    while k < len(ft.quoted) and ft.quoted[k].start < hi:
        if ft.quoted[k].start not in names:
            return True
        k += 1
    return False


def nested_quotes(ft: FieldText, indirect: list[Found]) -> list[Found]:
    """Words in quotation marks inside reported speech are the speaker's own words
    (der Pilot trage die „volle Verantwortung“): a direct quotation by the same speaker."""
    out = []
    reports = [f for f in indirect if not f.extra.get("silent")]
    for q in ft.short_quoted:
        words = ft.text[q.start + 1:q.end - 1].split()
        if all(w[:1].isupper() or w[:1].isdigit() for w in words):
            continue  # „Ruhr Nachrichten“, „DFB“: a name or a title, not someone's words
        if _named_in_place(ft, q.start, q.end) \
                or _after_name_noun(ft, q.start, ft.text[q.start + 1:q.end - 1]):
            continue
        for f in reports:
            if any(s <= q.start and q.end <= e for s, e in f.spans):
                out.append(Found("direct", [(q.start, q.end)], cue=f.cue, mention=f.mention,
                                 continues=f.continues, rule="direct: inside reported speech"))
                break
        else:
            inner = ft.text[q.start + 1:q.end - 1].lstrip()
            slogan = ft.lang.slogan_re is not None and \
                ft.lang.slogan_re.search(ft.text, max(0, q.start - 40), q.start) is not None
            if slogan or (inner[:1].islower() and len(words) >= 4) or _said_clause(words):
                # „in den kommenden Wochen noch einmal prüfen“ inside a sentence: words
                # taken from someone (names and titles start with a capital; on train 21
                # of 26 such phrases outside reported speech are gold quotations). The
                # sentence's subject said them, else the last speaker.
                lo, hi = ft.sentence_at(q.start)
                mention = _sentence_subject(ft, lo, hi)
                out.append(Found("direct", [(q.start, q.end)], mention=mention,
                                 continues=mention is None,
                                 rule="direct: slogan" if slogan
                                 else "direct: quoted words inside a sentence"))
    return out


def _said_clause(words: list[str]) -> bool:
    """„Tut mir leid, da muss ich mich … erkundigen“ with no verb of saying near it: five
    words or more, three of them in lower case, with a comma or a sentence's end inside,
    are a sentence someone said, not a name or a title (those have neither; study
    articles 1–450: 4 of 5 such phrases the other rules leave are gold quotations)."""
    if len(words) < 5 or sum(1 for w in words if w[:1].islower()) < 3:
        return False
    return any(w[-1:] in ",;!?" or (w[-1:] == "." and len(w) > 2) for w in words[:-1]) \
        or words[-1][-1:] in ".!?"


def _clauses(ft: FieldText) -> list[tuple[int, int]]:
    """Sentences, cut again at semicolons outside quotations: "Die Veranstalter schätzten
    2.000 Teilnehmer; nach Polizeiangaben waren es 1.000" holds two reports."""
    out = []
    for lo, hi in ft.sentences:
        start = lo
        k = ft.text.find(";", lo, hi)
        while k >= 0:
            if not ft.in_quote(k):
                out.append((start, k))
                start = k + 1
            k = ft.text.find(";", k + 1, hi)
        out.append((start, hi))
    return out


# a whole Konjunktiv sentence carrying a report on; what follows "Demnach …" stays apart
_CONTINUATION_RULE = "Konjunktiv continues the report"


def _merge_continuations(text: str, found: list[Found],
                         modal: re.Pattern[str] | None = None) -> list[Found]:
    """Adjacent continuation sentences form one report, as readers (and annotators) see it.
    A clause (`dass …`, `…, es sei …`) is not joined to the sentence after it: the
    annotators keep the clause apart (study articles 1–450 +3, held-out 451–700 +3), and
    so is a sentence opened by a report adverb (`Demnach …`; study +2, held-out +2).
    Continuations on both sides of a semicolon join too (`… sei gebrochen; die Reparatur
    werde …`), which `_clauses` looked at apart. A run does not pass a change between
    Konjunktiv and `soll(en)` (`_mood_changes`), and it does pass a paragraph break (whole
    reported sentences across one on study: 6 of 7 pairs one quotation; joining them lost
    a match on held-out articles until the mood-change break, now held-out ±0, study
    +0.07)."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and f.continues and prev.continues and len(prev.spans) == 1 \
                and prev.rule.endswith(_CONTINUATION_RULE) \
                and not text[prev.end:f.start].strip(" .;\t\n") \
                and not _mood_changes(text, prev, f, modal):
            prev.spans[-1] = (prev.spans[-1][0], f.end)
            continue
        out.append(f)
    return out


def _mood_changes(text: str, prev: Found, f: Found, modal: re.Pattern[str] | None) -> bool:
    """One side has `soll(en)` and the other not: the annotators start a new quotation
    where a run changes between Konjunktiv and `soll` (pairs of whole reported sentences
    in one paragraph on train articles 1–450: Konjunktiv then `soll` 5 of 6 apart, `soll`
    then Konjunktiv 6 of 10, both `soll` 0 of 13, both Konjunktiv 21 of 103)."""
    if modal is None:
        return False
    return (modal.search(text, f.start, f.end) is not None) \
        != (modal.search(text, prev.spans[-1][0], prev.end) is not None)


_CLAUSE_MARK = ",;:.!?"  # what bounds the clause around quoted words (outside the marks)


def _clause_around(ft: FieldText, start: int, end: int) -> tuple[int, int]:
    """The comma clause holding the quotation [start, end) within its sentence, the
    punctuation inside quotation marks not counting."""
    text = ft.text
    lo, hi = ft.sentence_at(start)
    s = start
    while s > lo and not (text[s - 1] in _CLAUSE_MARK and not ft.in_quote(s - 1)):
        s -= 1
    e = end
    while e < hi and not (text[e] in _CLAUSE_MARK and not ft.in_quote(e)):
        e += 1
    return _trim(text, s, e, " \t\n")


def quoted_clause_twins(ft: FieldText, found: list[Found]) -> list[Found]:
    """Quoted words that carry on a Konjunktiv clause ("es gebe „kaum noch Platz für
    neue Ideen …“", "der Austausch „sei offen und ehrlich gewesen“"): the clause
    around them is reported speech too, besides the direct quotation (the annotators mark
    both: 12 of the 23 lower-case quotations after a Konjunktiv on study articles 1–450 have
    such a short twin, the rest a longer report around them). Only quoted words in lower
    case, with a Konjunktiv just before them in their clause or inside them, that no report
    holds; the clause is at most twice as long, so a quotation marked once still matches."""
    lang, text = ft.lang, ft.text
    candidates = [f for f in found if f.kind == "direct" and len(f.spans) == 1
                  and text[f.start + 1:f.start + 2].islower()]
    if lang.subjunctive_re is None or not candidates:
        return []
    reports = sorted((s, e) for f in found if f.kind == "indirect" for s, e in f.spans)
    out = []
    for f in candidates:
        start, end = f.spans[0]
        k = bisect.bisect_right(reports, (end, end)) - 1
        if k >= 0 and reports[k][1] > start:
            continue  # a report holds it already
        c_lo, c_hi = _clause_around(ft, start, end)
        before = text[c_lo:start].split()[-4:]
        mood = (lang.subjunctive_re, lang.subjunctive2_re)
        if not any(pat is not None and pat.fullmatch(w) for w in before for pat in mood) \
                and not any(pat is not None and pat.search(text, start, end) for pat in mood):
            continue
        if c_hi - c_lo > 2 * (end - start) or (c_lo, c_hi) == (start, end):
            continue  # a longer clause is another rule's ground
        out.append(Found("indirect", [(c_lo, c_hi)], cue=f.cue, mention=f.mention,
                         continues=f.continues,
                         rule="indirect: Konjunktiv clause around quoted words"))
    return out
