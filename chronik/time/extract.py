"""Stage 1 of temporal tagging: find the spans of time expressions and what was said in them.

Every rule of the language runs over the text; overlapping candidates are resolved by
length (longer wins), then by rule order. The result is a list of `Mention`s, each with
the named groups of its match: a typed parse that the normalizer turns into a value
without looking at the words again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chronik.time.langdata import WORD_TESTS, LanguageData, Rule, casefolded, fold_text, folded_scan
from chronik.time.langdata import trie as _trie

_WORD_BEFORE = re.compile(r"([\w.§%€/°]+)\s*$")
_WORD_AFTER = re.compile(r"^\s*([\w.§%€/°]+)")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"„“”»«\n–—-]\s*)$")


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    rule: Rule
    groups: dict[str, str]
    group_spans: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        return self.rule.kind

    def has(self, *names: str) -> bool:
        groups = self.groups  # (a loop, not any() over a generator: asked ~20 times a mention)
        for n in names:
            if groups.get(n):
                return True
        return False


@dataclass(slots=True, frozen=True)
class _RuleGroup:
    """Rules that share their window tests: the tests are answered once per window for all
    of them. Built once per language (see `rule_groups`)."""

    words: int  # bits of `_WordIndex.tests`: word tests, answered by one scan per window
    tests: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...]  # the other tests
    literals: tuple[tuple[str, ...], ...]
    rules: tuple[Rule, ...]


@dataclass(slots=True, frozen=True)
class _WordIndex:
    """Every word test of a language's rules (a trie of words every match of a table
    holds, `langdata._prefix_test`) answered at once: one scan of a window finds, at each
    position, the longest of all their words that begins there; a test passes when one of
    those occurrences holds one of its words. Replaces a scan per test and window."""

    scanner: re.Pattern[str]
    # word found -> bits of the tests it passes (those with a word inside it)
    passes: dict[str, int]
    tests: dict[re.Pattern[str], int]  # word test -> its bit
    # bits of the tests passing in a window -> the groups to try there (`_groups_passing`)
    passing: dict[int, tuple[_RuleGroup, ...]]


def _word_index(rules: list[Rule]) -> _WordIndex | None:
    tests: dict[re.Pattern[str], int] = {}
    for rule in rules:
        for _need, need_folded in rule.tests:
            if need_folded in WORD_TESTS and need_folded not in tests:
                tests[need_folded] = 1 << len(tests)
    if not tests:
        return None
    words = sorted({w for test in tests for w in WORD_TESTS[test]})
    passes = {found: sum(bit for test, bit in tests.items()
                         if any(w in found for w in WORD_TESTS[test]))
              for found in words}
    return _WordIndex(_index_scanner(words), passes, tests, {})


def _index_scanner(words: list[str]) -> re.Pattern[str]:
    """A pattern whose matches' group 1 is, at each position, the longest of `words`
    beginning there (found at every position, also inside or across another word).

    The plain form is a lookahead tried at every position, `(?=(words))`: the engine
    enters the words' alternation at each character. Opening with the set of the words'
    first characters, consumed, and the same lookahead from one character back,
    `[first](?<=(?=(words)).)`, gives the same group at the same positions (each match
    consumes one character, so the next is looked for from the next position), while
    the engine skips, in C, the positions where no word can begin (~15 % less time)."""
    lookahead = "(?=(" + _trie(words) + "))"
    if not words or not all(words):
        return re.compile(lookahead)
    first = "".join(re.escape(c) for c in sorted({w[0] for w in words}))
    return re.compile(f"[{first}](?<={lookahead}.)")


def rule_groups(data: LanguageData) -> tuple[_WordIndex | None, tuple[_RuleGroup, ...]]:
    """The language's word index and its rules grouped by their window tests
    (`Rule.tests`, `Rule.literals`), in rule order. Remembered on `data`; who changes a
    rule's tests sets `data.rule_groups = ()` so that they are grouped anew."""
    if not data.rule_groups:
        index = _word_index(data.rules)
        grouped: dict[tuple, list[Rule]] = {}
        for rule in data.rules:
            key = (tuple((need.pattern, need.flags) for need, _ in rule.tests), rule.literals)
            grouped.setdefault(key, []).append(rule)
        groups = []
        for rules in grouped.values():
            tests, words = [], 0
            for need, need_folded in rules[0].tests:
                if index is not None and need_folded in index.tests:
                    words |= index.tests[need_folded]
                else:
                    tests.append((need, need_folded))
            groups.append(_RuleGroup(words, tuple(tests), rules[0].literals, tuple(rules)))
        data.rule_groups = (index, tuple(groups))
    return data.rule_groups


def _candidates(text: str, start: int, end: int, data: LanguageData,
                folded: str | None = None) -> list[Mention]:
    """Every match of every rule in the window `text[start:end]`. With `folded` (the text
    lowercased by `fold_text`), rules that have a case-folded copy run on it: same spans,
    less regex work; the groups are read from `text`. The order of the candidates does
    not matter: `find_mentions` sorts them by a key that tells any two apart."""
    found: list[Mention] = []
    index, groups = rule_groups(data)
    # many rules share a window test ("a digit", "a month", the word "uhr"): each is
    # answered once per window
    present: dict[re.Pattern[str], bool] = {}
    words: dict[str, bool] = {}
    if folded is not None and index is not None:
        have = 0  # bits of the word tests that pass in this window
        passes = index.passes
        for m in index.scanner.finditer(folded, start, end):
            have |= passes[m.group(1)]
        groups = _groups_passing(index, groups, have)
    for group in groups:
        if group.words and folded is None and not _tests_pass(
                [(need, None) for need in _word_tests(group, data)], text, None, start, end,
                present):
            continue
        if group.tests and not _tests_pass(group.tests, text, folded, start, end, present):
            continue
        if folded is not None and group.literals \
                and not _literals_present(group.literals, folded, start, end, words):
            continue
        for rule in group.rules:
            if folded is not None and rule.folded is not None:
                pattern, subject = rule.folded, folded
            elif folded is not None and rule.relaxed is not None:
                # finditer's walk, tried only where the relaxed copy begins a match (no
                # match of the rule begins elsewhere; it never matches empty)
                pattern = rule.pattern
                search, match = rule.relaxed.search, pattern.match
                pos = start
                while (r := search(folded, pos, end)) is not None:
                    m = match(text, r.start(), end)
                    if m is None:
                        pos = r.start() + 1
                    else:
                        _add_candidate(found, m, rule, pattern, text)
                        pos = m.end()
                continue
            else:
                pattern, subject = rule.pattern, text
            for m in pattern.finditer(subject, start, end):
                _add_candidate(found, m, rule, pattern, text)
    return found


def _groups_passing(index: _WordIndex, groups: tuple[_RuleGroup, ...],
                    have: int) -> tuple[_RuleGroup, ...]:
    """The groups whose word tests all pass when the tests `have` do, remembered per
    combination (windows share few of them)."""
    passing = index.passing.get(have)
    if passing is None:
        if len(index.passing) > 4096:  # bounded: an odd text must not grow it for ever
            index.passing.clear()
        passing = index.passing[have] = tuple(g for g in groups if g.words & have == g.words)
    return passing


def _word_tests(group: _RuleGroup, data: LanguageData) -> list[re.Pattern[str]]:
    """The original (case-insensitive) patterns of a group's word tests, for unfolded text."""
    index = data.rule_groups[0]
    return [need for need, need_folded in group.rules[0].tests
            if index is not None and need_folded in index.tests]


def _add_candidate(found: list[Mention], m: re.Match[str], rule: Rule,
                   pattern: re.Pattern[str], text: str) -> None:
    if m.end() == m.start():
        return
    span = m.span("t") if "t" in pattern.groupindex and m.start("t") < m.end("t") \
        else m.span()
    if span[0] == span[1]:
        return
    if rule.requires is not None and not rule.requires.search(text[m.start():m.end()]):
        return
    regs = m.regs  # every group's span at once (what m.span(name) reads one by one)
    spans = {name: regs[i] for name, i in pattern.groupindex.items() if regs[i][0] < regs[i][1]}
    groups = {name: text[s:e] for name, (s, e) in spans.items()}
    found.append(Mention(span[0], span[1], rule, groups, spans))


def _tests_pass(tests, text: str, folded: str | None, start: int, end: int,
                present: dict[re.Pattern[str], bool]) -> bool:
    """Does the window hold what a rule cannot match without (its `window_requires`, the
    tables its pattern implies)? False means it cannot match there."""
    for need, need_folded in tests:
        ok = present.get(need)
        if ok is None:
            if folded is not None and need_folded is not None:
                ok = need_folded.search(folded, start, end) is not None
            else:
                ok = need.search(text, start, end) is not None
            present[need] = ok
        if not ok:
            return False
    return True


def _literals_present(literals: tuple[tuple[str, ...], ...], folded: str, start: int,
                      end: int, words: dict[str, bool]) -> bool:
    """Does the window of the folded text hold one word of each group of `literals`?"""
    for choice in literals:
        for word in choice:
            ok = words.get(word)
            if ok is None:
                ok = words[word] = folded.find(word, start, end) >= 0
            if ok:
                break
        else:
            return False
    return True


def _blocked(text: str, m: Mention, data: LanguageData, region_start: int) -> bool:
    """Numbers after `Zimmer`/`Artikel` or before `Prozent`/`Euro` are not years or times."""
    if not m.rule.options.get("numeric"):
        return False
    before = _WORD_BEFORE.search(text, max(region_start, m.start - 30), m.start)
    if before and data.blockers_before is not None and data.blockers_before.fullmatch(before.group(1)):
        return True
    after = _WORD_AFTER.search(text[m.end:m.end + 30])
    return bool(after and data.blockers_after is not None and data.blockers_after.fullmatch(after.group(1)))


def _lowercase_violation(text: str, m: Mention, data: LanguageData, region_start: int) -> bool:
    """`Morgen` capitalised mid-sentence is the noun (morning), not `morgen` (tomorrow)."""
    word = m.groups.get("deictic")
    if not word or word.lower() not in data.lowercase_only or word.islower():
        return False
    s, _ = m.group_spans["deictic"]
    return not _SENTENCE_START.search(text[max(region_start, s - 3):s])


def _capitalization_violation(m: Mention, data: LanguageData) -> bool:
    """English "may" (the verb) and "march" (to walk) are months only when capitalised."""
    for group in data.capitalized_groups:
        word = m.groups.get(group)
        if word and not word[0].isupper():
            return True
    return False


_BEFORE, _AFTER = 40, 60  # context a rule may need around its trigger word, in characters
_FP_MARGIN = 40  # false-positive patterns are looked for this far around the windows
_TRIGGER_CACHE: dict[str, re.Pattern[str]] = {}


def trigger_pattern(data: LanguageData) -> re.Pattern[str]:
    """One compiled regex matching exactly the words that can start a time expression:
    any word with a digit, a word beginning with a trigger stem, a whole trigger word
    (optionally plural), a word containing a trigger suffix. Built once per language, so
    finding windows costs one regex scan instead of Python work per token."""
    pattern = _TRIGGER_CACHE.get(data.lang)
    if pattern is not None:
        return pattern

    def alternation(words) -> str:
        # a trie ("jahr(?:zehnt|hundert)?"): each branch only asks whether *some* word
        # fits here (what follows runs to the end of the word either way), so the order
        # of the words does not matter, and the engine tries a handful of letters per
        # position instead of every word
        return _trie(words)

    # a number is a trigger unless it is money, a percentage or the tail of a number
    # ("$1.76", "12%", the "384" of "1,384,119"): no time expression starts there
    # (each branch that walks a word opens with a lookahead that looks at the word once,
    # without backtracking, for what the branch cannot match without: a digit, a letter
    # of every suffix; it rejects most words before the branch backtracks through them)
    branches = [r"(?=[^\W\d]*+\d)(?<![$€£¥])(?<!\d[.,])\w*\d\w*(?!\s?%)"]
    prefixes = [stem for stems in data.trigger_stems.values() for stem in stems]
    if prefixes:
        branches.append(f"(?:{alternation(prefixes)})\\w*")
    if data.trigger_words:
        branches.append(f"(?:{alternation(data.trigger_words)})s?(?!\\w)")
    if data.trigger_suffixes:
        branches.append(f"{_suffix_guard(data)}\\w*?(?:{alternation(data.trigger_suffixes)})\\w*")
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(branches) + ")", re.IGNORECASE)
    _TRIGGER_CACHE[data.lang] = pattern
    return pattern


def _trigger_after_gap(data: LanguageData) -> re.Pattern[str] | None:
    """The folded trigger pattern opening with the character before the word instead of
    looking back at it: "\\W(?:...)" where `trigger_pattern` has "(?<!\\w)(?:...)". The
    engine then starts it only after spaces and punctuation, not at every letter; a match
    of it at p - 1 is a match of the trigger pattern at p (the branches consume word
    characters only, so no match reaches the gap before the next word). None when it
    cannot be made."""
    key = f"{data.lang}/triggers-after-gap"
    if key not in _FOLDED:
        source = trigger_pattern(data).pattern
        prefix = r"(?<!\w)(?:"
        pattern = None
        if source.startswith(prefix):
            pattern = casefolded(re.compile(r"\W(?:" + source[len(prefix):], re.IGNORECASE))
        _FOLDED[key] = pattern
    return _FOLDED[key]


def _suffix_guard(data: LanguageData) -> str:
    """A lookahead that a word holds a letter every trigger suffix has (the one rarest in
    the language's vocabulary), or "" when there is none or a suffix is more than letters."""
    suffixes = [s.lower() for s in data.trigger_suffixes]
    if not suffixes or not all(re.fullmatch(r"\w+", s) for s in suffixes):
        return ""
    common = set.intersection(*(set(s) for s in suffixes)) - set("0123456789_")
    if not common:
        return ""
    vocabulary = " ".join(frag.lower() for table in data.vocab.values()
                          for frag, _ in table.entries)
    letter = min(sorted(common), key=vocabulary.count)
    return f"(?=[^\\W{re.escape(letter)}]*+{re.escape(letter)})"


def _folded(data: LanguageData, name: str, pattern: re.Pattern[str] | None, *,
            relax: bool = False) -> re.Pattern[str] | None:
    """The case-folded copy of one of a language's patterns, made once per process."""
    key = f"{data.lang}/{name}"
    if key not in _FOLDED:
        _FOLDED[key] = casefolded(pattern, relax=relax)
    return _FOLDED[key]


_FOLDED: dict[str, re.Pattern[str] | None] = {}


def trigger_windows(text: str, start: int, end: int, data: LanguageData,
                    folded: str | None = None) -> list[tuple[int, int]]:
    """Merged stretches of text around words that can start a time expression
    (found in `folded`, the text lowercased by `fold_text`, when given)."""
    pattern = trigger_pattern(data)
    if folded is not None and \
            (folded_pattern := _folded(data, "triggers", trigger_pattern(data))) is not None:
        pattern, text = folded_pattern, folded
        after_gap = _trigger_after_gap(data)
        if after_gap is not None:
            # a word at `start` itself, then every word after a gap
            first = pattern.match(text, start, end)
            spans = [first.span()] if first is not None else []
            spans += [(m.start() + 1, m.end()) for m in after_gap.finditer(text, start, end)]
            return _merged(spans, start, end)
    return _merged([m.span() for m in pattern.finditer(text, start, end)], start, end)


def _merged(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for s, e in spans:
        ws, we = max(start, s - _BEFORE), min(end, e + _AFTER)
        if windows and ws <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], we))
        else:
            windows.append((ws, we))
    return windows


def find_mentions(text: str, data: LanguageData, start: int = 0,
                  end: int | None = None) -> list[Mention]:
    """All time-expression mentions in `text[start:end]`, in text order, without overlaps."""
    end = len(text) if end is None else end
    folded = fold_text(text)
    windows = trigger_windows(text, start, end, data, folded)
    cands = [c for ws, we in windows for c in _candidates(text, ws, we, data, folded)]
    if not cands:
        return []
    fp = _FalsePositives(text, folded, windows, data, start, end)
    cands.sort(key=lambda c: (-(c.end - c.start), c.rule.order, c.start))
    taken = bytearray(end - start)
    accepted: list[Mention] = []
    for c in cands:
        lo, hi = c.start - start, c.end - start
        if any(taken[lo:hi]):
            continue
        if fp.overlap(c):
            continue
        if _blocked(text, c, data, start) or _lowercase_violation(text, c, data, start):
            continue
        if data.capitalized_groups and _capitalization_violation(c, data):
            continue
        taken[lo:hi] = b"\x01" * (hi - lo)
        accepted.append(c)
    accepted.sort(key=lambda c: c.start)
    return accepted


class _FalsePositives:
    """The false-positive spans ("rund 2000 Menschen") near a text's windows, looked for
    only where a candidate asks: a window's stretch (`_FP_MARGIN` around it) is scanned
    the first time a candidate overlaps it. A span lies inside the stretch it was found
    in, so a stretch no candidate overlaps cannot reject one, and skipping its scan (four
    windows in ten have no candidate) changes nothing; each stretch found is the one
    scanned before, from the same start. Looked for in the lowercased text where the
    pattern's relaxed copy finds something ("May said": case-sensitive parts; see
    `FoldedScan`)."""

    __slots__ = ("folded", "scan", "spans", "stretches", "text")

    def __init__(self, text: str, folded: str | None, windows: list[tuple[int, int]],
                 data: LanguageData, start: int, end: int) -> None:
        self.text, self.folded, self.spans = text, folded, []
        self.scan = None
        self.stretches: list[tuple[int, int]] = []
        if data.false_positives is not None:
            scan = data.scans.get("false_positives")
            if scan is None:
                scan = data.scans["false_positives"] = folded_scan(data.false_positives)
            self.scan = scan
            self.stretches = [(max(start, ws - _FP_MARGIN), min(end, we + _FP_MARGIN))
                              for ws, we in windows]

    def overlap(self, c: Mention) -> bool:
        """Does a false positive overlap the candidate `c`?"""
        if self.scan is None:
            return False
        if self.stretches:
            kept = []
            for lo, hi in self.stretches:
                if lo < c.end and c.start < hi:
                    self.spans.extend(self.scan.spans(self.text, self.folded, lo, hi))
                else:
                    kept.append((lo, hi))
            self.stretches = kept
        return any(s < c.end and c.start < e for s, e in self.spans)
