"""Loading a language's temporal data file and compiling its rules.

The engine knows group names (`day`, `month`, `weekday`, `unit`, ...) and rule kinds;
the language file knows words and word order. A placeholder `{table}` or
`{table:group}` in a rule pattern becomes a named group matching any entry of that
vocabulary table; `{day}`, `{year}`, `{hour}`... are built-in number shapes.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

LANG_DIR = Path(__file__).resolve().parent / "lang"

# Built-in number shapes, shared by all languages (digits are digits everywhere).
BUILTINS: dict[str, str] = {
    "day": r"(?:0?[1-9]|[12]\d|3[01])",
    "day2": r"(?:0[1-9]|[12]\d|3[01])",
    "month_num": r"(?:0?[1-9]|1[0-2])",
    "month_num2": r"(?:0[1-9]|1[0-2])",
    "year": r"(?:1\d{3}|20\d{2})",
    "year2": r"\d{2}",
    "hour": r"(?:[01]?\d|2[0-4])",
    "minute": r"[0-5]\d",
    "decade": r"(?:1\d|20)?\d0",
    "int": r"\d+",
}
# Built-ins whose group carries a different meaning than its shape name.
BUILTIN_GROUP = {"day2": "day", "month_num2": "month_num"}

_PLACEHOLDER = re.compile(r"\{(\w+)(?::(\w+))?\}")


@dataclass
class Vocabulary:
    """A table of word forms (regex fragments) and what they mean."""

    name: str
    entries: list[tuple[str, Any]]
    _compiled: list[tuple[re.Pattern[str], Any]] = field(default_factory=list, repr=False)
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    def _patterns(self) -> list[tuple[re.Pattern[str], Any]]:
        # compiled on the first lookup: loading a language need not pay for tables no
        # text of the process ever looks up
        if not self._compiled and self.entries:
            self._compiled = [(re.compile(frag, re.IGNORECASE), value)
                              for frag, value in self.entries]
        return self._compiled

    @property
    def alternation(self) -> str:
        # longest fragments first so that alternation prefers "übermorgen" over "morgen"
        frags = sorted((frag for frag, _ in self.entries), key=len, reverse=True)
        return "(?:" + "|".join(frags) + ")"

    def lookup(self, text: str) -> Any:
        key = " ".join(text.lower().split())
        if key in self._cache:
            return self._cache[key]
        value = None
        for pattern, val in self._patterns():
            if pattern.fullmatch(key):
                value = val
                break
        self._cache[key] = value
        return value


@dataclass
class Rule:
    name: str
    kind: str
    source: str  # the whole pattern, case-insensitive (see `pattern`)
    order: int
    options: dict[str, Any]
    requires: re.Pattern[str] | None = None
    # a rule anchored on a word ("three days ago") only runs in windows containing it
    window_requires: re.Pattern[str] | None = None
    # case-sensitive copies for lowercased text (see `casefolded`; None: use the above)
    folded: re.Pattern[str] | None = None
    window_folded: re.Pattern[str] | None = None
    # what the rule's own pattern says a window must hold: a word of every table (or a
    # number of every shape) the pattern cannot match without, as (pattern, folded copy)
    implied: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...] = ()
    # words the rule cannot match without ("ago"; "from now" -> "from", "now"; "vor" or
    # "seit"), lowercase: a window of folded text without one of each group is skipped
    # after plain substring searches
    literals: tuple[tuple[str, ...], ...] = ()
    # every regex window test as (pattern, folded copy): `window_requires`, then `implied`
    tests: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...] = ()
    # for a rule without `folded` (case-sensitive parts: "(?-i:{mods})"): a folded copy
    # that matches wherever the rule does, and maybe elsewhere; the rule itself is tried
    # only where this one begins a match (as `FoldedScan` does)
    relaxed: re.Pattern[str] | None = None

    _pattern: re.Pattern[str] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        # `folded`, `implied` and `literals` come from one analysis in `load_language`
        self.window_folded = _window_test_once(self.window_requires)

    @property
    def pattern(self) -> re.Pattern[str]:
        """The rule compiled case-insensitively, on first use: the tagger runs `folded` on
        every text that folds (nearly all), so most processes never need it, and compiling
        is most of what loading a language costs."""
        if self._pattern is None:
            self._pattern = re.compile(self.source, re.IGNORECASE)
        return self._pattern


@dataclass
class LanguageData:
    lang: str
    vocab: dict[str, Vocabulary]
    rules: list[Rule]
    tense_future: re.Pattern[str]
    tense_past: re.Pattern[str]
    past_form_exceptions: frozenset[str]
    blockers_before: re.Pattern[str] | None
    blockers_after: re.Pattern[str] | None
    false_positives: re.Pattern[str] | None
    lowercase_only: frozenset[str]
    raw: dict[str, Any]
    # groups whose words are names only when capitalised (English "May", "March", "Sun")
    capitalized_groups: tuple[str, ...] = ()
    trigger_stems: dict[int, frozenset[str]] = field(default_factory=dict)
    # how much a past *form* ("-ed", a participle) counts against a listed past word:
    # English participles often stand as adjectives ("the crippling, untouched markets")
    past_form_weight: float = 1.0
    tense_past_words: re.Pattern[str] | None = None
    trigger_words: frozenset[str] = frozenset()
    trigger_suffixes: tuple[str, ...] = ()
    # the rules grouped by their window tests (`chronik.time.extract.rule_groups`)
    rule_groups: tuple = ()
    # patterns made for lowercased text on first need (`FoldedScan`s), by purpose
    scans: dict[str, Any] = field(default_factory=dict)

    def table(self, name: str) -> Vocabulary:
        return self.vocab[name]

    def compile_all(self) -> None:
        """Compile now what is otherwise compiled on first use (every table's forms, every
        rule's case-insensitive pattern): a batch runner pays it while loading, before
        forking workers, instead of in its first documents."""
        for table in self.vocab.values():
            table._patterns()
        for rule in self.rules:
            _ = rule.pattern


def _expand(pattern: str, vocab: dict[str, Vocabulary], rule_name: str) -> str:
    used: set[str] = set()

    def replace(m: re.Match[str]) -> str:
        name, alias = m.group(1), m.group(2)
        if name in BUILTINS:
            body = BUILTINS[name]
            group = alias or BUILTIN_GROUP.get(name, name)
        elif name == "num":
            body = r"(?:\d+(?:[.,]\d+)?|" + vocab["numbers"].alternation + ")"
            group = alias or "num"
        elif name == "approx" and "approx" in vocab:
            body = vocab["approx"].alternation
            group = alias or "approx"
        elif name in vocab:
            body = vocab[name].alternation
            group = alias or name
        else:
            raise ValueError(f"rule {rule_name}: unknown placeholder {{{name}}}")
        if group in used:
            raise ValueError(f"rule {rule_name}: group {group!r} used twice; give an alias")
        used.add(group)
        return f"(?P<{group}>{body})"

    return _PLACEHOLDER.sub(replace, pattern)


_LEADING_WORD = re.compile(r"[^\W\d_]{3,}")


def _trigger_stems(vocab: dict[str, Vocabulary], skip: set[str], whole_words: bool = False
                   ) -> tuple[dict[int, frozenset[str]], frozenset[str]]:
    """Literal word beginnings of every vocabulary entry, grouped by length, and (with
    `whole_words`) the words that trigger only as whole words.

    A time expression contains a digit or a word from the vocabulary, so the rules only
    need to run near such words: this is what makes tagging cost proportional to the
    (few) temporal words rather than to rules x text length. With `whole_words`, a literal
    word that ends its entry ("march", "mar\\.", "dec\\.?") must be the whole word
    (plus an optional plural s), so English "market" and "decline" open no window;
    one followed by more pattern ("jan(?:uar|\\.)") stays a prefix.
    """
    by_len: dict[int, set[str]] = {}
    exact: set[str] = set()
    for name, table in vocab.items():
        if name in skip:
            continue
        for fragment, _ in table.entries:
            for alternative in _split_top_level(fragment):
                # its longest literal word ("in\\s+der\\s+zukunft" -> "zukunft"): a
                # multi-word entry is near that word whenever it occurs
                parts = re.split(r"\\s[+*?]?", alternative)
                words = [(m.group(), part[m.end():]) for part in parts
                         if (m := _LEADING_WORD.match(part))]
                if not words:
                    continue
                # the last word of a multi-word entry is its head ("gegen ende" -> "ende")
                stem, rest = words[-1][0].lower(), words[-1][1]
                if rest.startswith("?") and len(stem) > 3:
                    # "minutes?": the regex consumed an optional last letter
                    stem, rest = stem[:-1], ""
                    if not whole_words:
                        rest = "?"
                if whole_words and _ends_word(rest):
                    exact.add(stem)
                else:
                    by_len.setdefault(len(stem), set()).add(stem)
    return {n: frozenset(stems) for n, stems in by_len.items()}, frozenset(exact)


def _ends_word(rest: str) -> bool:
    """Does the pattern after a literal word end the word (nothing, a dot, an apostrophe)?"""
    return rest in ("", "\\.", "\\.?", "'", "'?", ")", ")?") or rest.startswith(("\\.", "'"))


def _split_top_level(fragment: str) -> list[str]:
    parts, depth, current, escaped = [], 0, [], False
    for ch in fragment:
        if escaped:
            current.append(ch)
            escaped = False
            continue
        if ch == "\\":
            escaped = True
            current.append(ch)
        elif ch == "(":
            depth += 1
            current.append(ch)
        elif ch == ")":
            depth -= 1
            current.append(ch)
        elif ch == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _mandatory_groups(items) -> set[int]:
    """Group numbers that every match of a parsed pattern must fill: all of a sequence's
    items, the groups common to every alternative of a branch, those of a repeat that
    must run at least once. Lookarounds, conditionals and the like add nothing (a window
    test built from this may only ever be weaker than the rule itself)."""
    out: set[int] = set()
    for op, av in items:
        name = str(op)
        if name == "SUBPATTERN":
            group, _add, _del, sub = av
            out |= _mandatory_groups(sub.data)
            if group is not None:
                out.add(group)
        elif name == "BRANCH":
            alternatives = [_mandatory_groups(a.data) for a in av[1]]
            if alternatives:
                out |= set.intersection(*alternatives)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if av[0] >= 1:
                out |= _mandatory_groups(av[2].data)
        elif name == "ATOMIC_GROUP":
            out |= _mandatory_groups(av.data)
    return out


_MIN_LITERAL = 3  # shorter runs ("am", "in") are in almost every window
_MAX_CHOICES = 4  # "one of these words": more would cost more than the rule's own scan


def _parsed_and_folded(compiled: re.Pattern[str]) -> tuple[Any, re.Pattern[str] | None]:
    """One parse of a rule for every analysis: (its parse tree, case-folded when it could
    be; the case-folded compiled copy or None). None for the tree when there is no parser."""
    if _sre is None:
        return None, None
    return _folded_parse(_parser.parse(compiled.pattern, compiled.flags), compiled.pattern,
                         compiled.flags)


def _compiled_from(tree, source: str, flags: int) -> tuple[re.Pattern[str], Any]:
    """(`re.compile(source, flags)` from its parse `tree`, the tree case-folded in place or
    None when it does not fold)."""
    flags = int(flags)
    try:
        compiled = _sre_compile(tree, flags | tree.state.flags, _compiler._code(tree, flags),
                                source)
    except (re.error, AttributeError, TypeError, ValueError, IndexError):
        compiled = re.compile(source, flags)
    try:
        tree.data = _fold_items(tree.data)
    except (_NotFoldable, re.error):
        return compiled, None
    return compiled, tree


def _compile_folded(tree, flags: int) -> re.Pattern[str] | None:
    """`casefolded` of a pattern from its folded parse (see `_compiled_from`)."""
    if tree is None:
        return None
    tree.state.flags &= ~re.IGNORECASE
    try:
        return compile_tree(tree, flags & ~re.IGNORECASE)
    except (re.error, AttributeError, TypeError, ValueError, IndexError):
        return None


def _folded_parse(tree, source: str, flags: int) -> tuple[Any, re.Pattern[str] | None]:
    try:
        tree.data = _fold_items(tree.data)
    except _NotFoldable:
        return _parser.parse(source, flags), None  # half-folded: parse anew
    tree.state.flags &= ~re.IGNORECASE
    try:  # compiling reads the tree and leaves it as it was
        return tree, compile_tree(tree, flags & ~re.IGNORECASE)
    except (re.error, TypeError, ValueError, IndexError):
        return tree, None


def _relaxed_parse(source: str):
    """The parse of a case-insensitive rule folded with its case-sensitive parts relaxed
    (`casefolded(..., relax=True)`), or None when it does not fold even so."""
    tree = _parser.parse(source, re.IGNORECASE)
    try:
        tree.data = _fold_items(tree.data, relax=True)
    except (_NotFoldable, re.error):
        return None
    return tree


def _mandatory_literals(tree) -> tuple[tuple[str, ...], ...]:
    """What every match of the rule contains, as groups of words of which at least one
    occurs ("ago"; "vor" or "seit"), from its case-folded parse tree (`_parsed_and_folded`),
    so lowercase like a folded text."""
    if tree is None:
        return ()
    return tuple(dict.fromkeys(_literal_groups(tree.data)))


def _literal_groups(items) -> list[tuple[str, ...]]:
    groups: list[tuple[str, ...]] = []
    run: list[str] = []

    def end_run() -> None:
        if len(run) >= _MIN_LITERAL:
            groups.append(("".join(run),))
        run.clear()

    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(av))
            continue
        end_run()
        if name == "SUBPATTERN":
            groups += _literal_groups(av[3].data)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            groups += _literal_groups(av[2].data)
        elif name == "ATOMIC_GROUP":
            groups += _literal_groups(av.data)
        elif name == "BRANCH":
            # each alternative contributes its longest certain word; one without any
            # makes the whole branch uncertain
            choices = []
            for alternative in av[1]:
                words = [w for group in _literal_groups(alternative.data) if len(group) == 1
                         for w in group]
                if not words:
                    break
                choices.append(max(words, key=len))
            else:
                if choices and len(set(choices)) <= _MAX_CHOICES:
                    groups.append(tuple(dict.fromkeys(choices)))
        # lookarounds, optional parts: nothing certain
    end_run()
    return groups


def _implied_requirements(template: str, tree,
                          vocab: dict[str, Vocabulary], rule_name: str,
                          window: re.Pattern[str] | None,
                          cache: dict[str, tuple[re.Pattern[str], re.Pattern[str] | None] | None]
                          ) -> tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...]:
    """The placeholders ({months}, {year}, {num}...) a rule cannot match without, as
    window tests: a window with no word of such a table cannot hold a match of the rule,
    so the rule need not scan it. Sound by construction: the table's own alternation is
    looked for, and the rule's match would contain one inside the window."""
    if tree is None:
        return ()
    group_table: dict[str, str] = {}
    for m in _PLACEHOLDER.finditer(template):
        name, alias = m.group(1), m.group(2)
        group_table[alias or BUILTIN_GROUP.get(name, name)] = name
    name_of_group = {number: name for name, number in tree.state.groupdict.items()}
    tables = sorted({group_table[name_of_group[g]] for g in _mandatory_groups(tree.data)
                     if name_of_group.get(g) in group_table})
    out = []
    for table in tables:
        if table not in cache:
            source = _expand("{" + table + "}", vocab, rule_name)
            # a long table ("lexicon") costs about what the rule's own scan costs; a test
            # that two letters or a single digit pass ("in", {day}) is found in nearly
            # every window: either would cost more than it saves
            cache[table] = None
            parsed = _parser.parse(source, re.IGNORECASE)
            if parsed.getwidth()[0] > _WEAK_WIDTH:
                # (`_prefix_test`, else `casefolded`, of the test, from this one parse)
                test, folded_tree = _compiled_from(parsed, source, re.IGNORECASE)
                prefixes = folded_tree and _word_test(folded_tree.data)
                if len(source) <= _LONG_TEST or prefixes is not None:
                    folded = prefixes or _compile_folded(folded_tree, test.flags)
                    cache[table] = None if folded is None else (test, folded)
        if cache[table] is not None and (window is None
                                         or cache[table][0].pattern != window.pattern):
            out.append(cache[table])
    return tuple(out)


_WEAK_WIDTH = 2
_LONG_TEST = 600  # characters of regex
_MIN_PREFIX = 3  # a test on shorter word beginnings would pass nearly every window


def _prefix_test(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A cheaper window test for folded text than `pattern`'s own folded copy: words of
    which every match holds one ("weihnachtstag" of "weihnachtstag(?:e|en)?", "abend" of
    "heilig(?:e[nmr]?)?\\s+abend", see `_necessary_words`) as one trie. A window without
    any holds no match (the test may pass where the pattern would not, never the other
    way round). A word table's alternation tries every entry at every position; the trie
    tries a few letters. None when some match need not hold a literal word of
    `_MIN_PREFIX` letters, or the pattern does not fold."""
    if _sre is None or not pattern.flags & re.IGNORECASE:
        return None
    try:
        items = _fold_items(_parser.parse(pattern.pattern, pattern.flags).data)
    except (_NotFoldable, re.error):
        return None
    return _word_test(items)


def _word_test(items) -> re.Pattern[str] | None:
    """`_prefix_test` of an already parsed and folded pattern."""
    words = _necessary_words(items)
    if not words or min(map(len, words)) < _MIN_PREFIX:
        return None
    # a word that holds a shorter one adds nothing to the test
    kept = [w for w in words if not any(v != w and v in w for v in words)]
    test = re.compile(trie(kept))
    WORD_TESTS[test] = frozenset(kept)
    return test


def _own_word_test(tree, tests) -> tuple:
    """The words every match of the rule itself holds (`_prefix_test` of its folded parse
    `tree`: "uhr" for "{hour}\\s+uhr", "seit" for "seit\\s+{num}\\s+{units}"), as one more
    window test unless one of its tests already looks for the same words; else the
    characters its matches hold in a row (`_own_run_test`)."""
    own = _word_test(tree.data)
    if own is None:
        return _own_run_test(tree)
    if any(WORD_TESTS.get(folded) == WORD_TESTS[own] for _, folded in tests):
        return ()
    # for text that is not folded: the same words, case-insensitive like the rule
    return ((re.compile(own.pattern, re.IGNORECASE), own),)


_MIN_RUN = 3  # characters in a row; "\\d\\." alone is in nearly every window


def _own_run_test(tree) -> tuple:
    """For a rule without such words: characters its every match holds in a row, as a
    regex ("\\d[:.][0-5]\\d" for "{hour}[:.]{minute}\\s*uhr": the last digit of the hour,
    the separator, the minute), one such run for each alternative of the rule."""
    try:
        runs = _necessary_runs(tree.data)
    except _UnknownStart:
        return ()
    if not runs:
        return ()
    source = "|".join(sorted(set(runs)))
    if all(run.isalnum() and len(run) >= _MIN_PREFIX for run in runs):
        # plain words ("0er|achtziger|..." of the German decades): a word test, which
        # the word index answers with the others in its one scan of the window
        test = re.compile(trie(sorted(set(runs))))
        WORD_TESTS[test] = frozenset(runs)
        return ((re.compile(source, re.IGNORECASE), test),)
    return ((re.compile(source, re.IGNORECASE), hinted(re.compile(source))),)


def _necessary_runs(items) -> list[str] | None:
    """Regexes of single characters in a row, one of which every match of a parsed
    (folded) sequence contains: the longest run of mandatory one-character items (a
    group or a repeat adds its first and last characters at its edges), or for a branch
    one run per alternative. None when there is no run of `_MIN_RUN`."""
    best: list[str] | None = None
    best_len = 0
    run: list[str] = []

    def end_run() -> None:
        nonlocal best, best_len
        if len(run) >= _MIN_RUN and len(run) > best_len:
            best, best_len = ["".join(run)], len(run)
        run.clear()

    for op, av in items:
        name = str(op)
        if name in ("LITERAL", "IN"):
            run.append(_run_char([(op, av)]))
            continue
        if name in ("MAX_REPEAT", "MIN_REPEAT") and av[0] >= 1 or name == "SUBPATTERN":
            sub = av[2].data if name != "SUBPATTERN" else av[3].data
            if name == "SUBPATTERN" and (av[1] or av[2]):
                end_run()
                continue
            first, nullable = _first_chars(sub)
            last, _ = _first_chars(sub, last=True)
            if nullable or not first or not last:
                end_run()
                continue
            if name == "SUBPATTERN" and _one_char_each(sub):
                run.extend(_run_char([item]) for item in sub)
                continue
            run.append(_run_char(first))
            end_run()
            inner = _necessary_runs(sub)
            if inner is not None and min(map(len, inner)) > best_len:
                best, best_len = inner, min(map(len, inner))
            run.append(_run_char(last))
            continue
        if name == "BRANCH":
            end_run()
            alternatives: list[str] = []
            for alternative in av[1]:
                runs = _necessary_runs(alternative.data)
                if runs is None:
                    alternatives = []
                    break
                alternatives += runs
            shortest = min(map(len, alternatives), default=0)
            if alternatives and shortest > best_len:
                best, best_len = alternatives, shortest
            continue
        end_run()  # optional parts, lookarounds, anything else: the run ends
    end_run()
    return best


def _one_char_each(items) -> bool:
    return all(str(op) in ("LITERAL", "IN") for op, _ in items)


_CATEGORY_CLASS = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
                   "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W",
                   "CATEGORY_UNI_DIGIT": r"\d", "CATEGORY_UNI_NOT_DIGIT": r"\D",
                   "CATEGORY_UNI_SPACE": r"\s", "CATEGORY_UNI_NOT_SPACE": r"\S",
                   "CATEGORY_UNI_WORD": r"\w", "CATEGORY_UNI_NOT_WORD": r"\W"}


def _run_char(items) -> str:
    """`_char_class`, but one literal character as itself ("0", not "[0]"): the engine
    tests it faster, and `_factor_branches` can group the runs by it."""
    chars = {av for op, av in items if str(op) == "LITERAL"}
    if len(chars) == 1 and all(str(op) == "LITERAL" for op, _ in items):
        return re.escape(chr(chars.pop()))
    return _char_class(items)


def _char_class(items) -> str:
    """A regex character class for parsed class items (literals, ranges, categories)."""
    parts = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            parts.append(re.escape(chr(av)))
        elif name == "IN":
            parts.append(_char_class(av)[1:-1])
        elif name == "RANGE":
            parts.append(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif name == "CATEGORY" and str(av) in _CATEGORY_CLASS:
            parts.append(_CATEGORY_CLASS[str(av)])
        else:
            raise _UnknownStart(name)  # a negated class: no run through it
    return "[" + "".join(parts) + "]"


# the words of every test made by `_prefix_test` (see `chronik.time.extract.word_index`)
WORD_TESTS: dict[re.Pattern[str], frozenset[str]] = {}


def _necessary_words(items) -> set[str] | None:
    """Literal strings of which every match of a parsed (folded) sequence contains one at
    least ("zukunft" for "in\\s+der\\s+zukunft", {"ochentags", "erktags"} for "w(?:ochentags|
    erktags)"), the longest such choice; None when there is none."""
    choices: list[set[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            choices.append({"".join(run)})
            run.clear()

    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(av))
            continue
        end_run()
        inner = None
        if name == "SUBPATTERN" and not av[1] and not av[2]:
            inner = _necessary_words(av[3].data)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            inner = _necessary_words(av[2].data)
        elif name == "ATOMIC_GROUP":
            inner = _necessary_words(av.data)
        elif name == "BRANCH":
            inner = set()
            for alternative in av[1]:
                words = _necessary_words(alternative.data)
                if words is None:
                    inner = None
                    break
                inner |= words
        if inner:
            choices.append(inner)
        # anything else (optional parts, classes, lookarounds) is not certain
    end_run()
    if not choices:
        return None
    return max(choices, key=lambda words: (min(map(len, words)), -len(words)))


def trie(words) -> str:
    """A regex matching exactly `words` (literal strings), factored by common prefixes."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word ends here and longer ones go on
            body = ("(?:" + body + ")" if len(branches) == 1 and len(branches[0]) > 1
                    else body) + "?"
        return body

    return emit(root)


def _stretch_test(source: str | None, vocab: dict[str, Vocabulary], rule_name: str) -> tuple:
    """A rule's `window_stretch` as one more window test: a piece of its pattern
    ("und {num} {units}") that a window must hold, searched as a regex. Unlike
    `window_requires` it is not reduced to its words (their test, which the word index
    answers, says less), so it pays where the words are common and the stretch rare; it
    is tried after the word tests, only in windows that pass them."""
    if not source:
        return ()
    test = re.compile(_expand(source, vocab, rule_name), re.IGNORECASE)
    return ((test, casefolded(test)),)


def _words(fragment: str | None) -> re.Pattern[str] | None:
    if not fragment:
        return None
    return re.compile(r"(?:" + fragment + r")", re.IGNORECASE)


@cache
def load_language(lang: str) -> LanguageData:
    """Load and compile `lang/<lang>.toml` once per process."""
    path = LANG_DIR / f"{lang}.toml"
    if not path.exists():
        raise ValueError(f"no temporal language data for {lang!r} (looked for {path})")
    with path.open("rb") as fh:
        raw = tomllib.load(fh)
    special = {"lang", "rules", "tense", "blockers", "false_positives", "case", "triggers",
               "durations"}
    vocab = {name: Vocabulary(name, list(table.items()))
             for name, table in raw.items() if name not in special and isinstance(table, dict)}
    rules = []
    requirement_cache: dict[str, tuple[re.Pattern[str], re.Pattern[str] | None] | None] = {}
    for order, spec in enumerate(raw.get("rules", [])):
        body = _expand(spec["pattern"], vocab, spec["name"])
        # a time expression never starts or ends inside a word or a number
        source = r"(?<![\w.,:])(?:" + body + r")(?!\w)"
        tree, folded = _folded_parse(_parser.parse(source, re.IGNORECASE), source,
                                     int(re.IGNORECASE)) if _sre is not None else (None, None)
        options = {k: v for k, v in spec.items()
                   if k not in ("name", "kind", "pattern", "requires", "window_requires",
                                "window_stretch")}
        requires = re.compile(spec["requires"], re.IGNORECASE) if spec.get("requires") else None
        # `window_requires` may name tables too: "{months}" = any month word
        window = spec.get("window_requires")
        window_re = (re.compile(_expand(window, vocab, spec["name"]), re.IGNORECASE)
                     if window else None)
        rule = Rule(spec["name"], spec["kind"], source, order, options, requires, window_re)
        rule.folded = folded
        rule.implied = _implied_requirements(spec["pattern"], tree, vocab, spec["name"],
                                             window_re, requirement_cache)
        rule.literals = _mandatory_literals(tree) if rule.folded is not None else ()
        rule.tests = tuple((need, need_folded) for need, need_folded
                           in ((window_re, rule.window_folded), *rule.implied)
                           if need is not None)
        rule.tests += _stretch_test(spec.get("window_stretch"), vocab, spec["name"])
        if rule.folded is not None:  # then `tree` is the folded parse
            rule.tests += _own_word_test(tree, rule.tests)
        elif tree is not None and tree.getwidth()[0] > 0:
            relaxed_tree = _relaxed_parse(source)
            if relaxed_tree is not None:
                rule.relaxed = _compile_folded(relaxed_tree, int(re.IGNORECASE))
                if rule.relaxed is not None:
                    # what every match of the relaxed copy holds, every match of the rule does
                    rule.literals = _mandatory_literals(relaxed_tree)
                    rule.tests += _own_word_test(relaxed_tree, rule.tests)
        rules.append(rule)
    tense = raw.get("tense", {})
    past_forms = tense.get("past_forms")
    past = tense.get("past", "")
    if past_forms:
        past = f"{past}|{past_forms}" if past else past_forms
    blockers = raw.get("blockers", {})
    triggers = raw.get("triggers", {})
    fps = raw.get("false_positives", {}).get("patterns", [])
    stems, whole = _trigger_stems(vocab, skip=set(triggers.get("skip_tables", [])),
                                  whole_words=bool(triggers.get("whole_words")))
    return LanguageData(
        lang=lang, vocab=vocab, rules=rules,
        tense_future=re.compile(r"\b(?:" + tense.get("future", "(?!)") + r")\b", re.IGNORECASE),
        tense_past=re.compile(r"\b(?:" + (past or "(?!)") + r")\b", re.IGNORECASE),
        past_form_exceptions=frozenset(
            w.lower() for w in (tense.get("past_form_exceptions") or "").split("|") if w),
        blockers_before=_words(blockers.get("before")),
        blockers_after=_words(blockers.get("after")),
        false_positives=re.compile("|".join(f"(?:{p})" for p in fps), re.IGNORECASE) if fps else None,
        lowercase_only=frozenset(w.lower() for w in raw.get("case", {}).get("lowercase_only", [])),
        raw=raw,
        capitalized_groups=tuple(raw.get("case", {}).get("capitalized_groups", [])),
        # context-only tables (prepositions before a number, places, zones after a time)
        # never start an expression on their own
        past_form_weight=float(tense.get("past_form_weight", 1.0)),
        tense_past_words=re.compile(r"(?:" + tense["past"] + r")", re.IGNORECASE)
        if tense.get("past") else None,
        trigger_stems=stems,
        trigger_words=whole,
        trigger_suffixes=tuple(triggers.get("suffixes", [])),
    )


# --- case-folded matching -----------------------------------------------------------------
# Python's regex engine cannot skip ahead in case-insensitive patterns: every alternative
# of a word table is tried letter by letter at every position. Matching a lowercased copy
# of the text with a case-sensitive copy of each pattern finds the same matches (same
# offsets, since lowercasing a "plain" character keeps it one character long) while the
# engine skips non-starting positions and alternatives in C. Texts holding a character
# whose case does not fold one-to-one (Turkish dotted I, Greek sigma, the Kelvin sign...)
# keep the case-insensitive patterns.
try:  # the standard library's own regex parser and compiler (private, hence the fallback)
    import _sre
    from re import _casefix, _compiler, _parser
    _FOLD_CLASHES = frozenset(_casefix._EXTRA_CASES)  # letters sharing a fold with another
except ImportError:  # pragma: no cover - another Python: case-insensitive patterns only
    _sre = None
    _FOLD_CLASHES = frozenset()

_MAX_RANGE = 2_000  # a character range larger than this is not expanded (pattern kept as is)


class _NotFoldable(Exception):
    """A pattern construct whose case-folded copy could match differently."""


def _same_classes(a: str, b: str) -> bool:
    # \w, \d and \s must see the same thing in the lowered character
    return (a.isalnum() == b.isalnum() and a.isdecimal() == b.isdecimal()
            and a.isspace() == b.isspace())


_PLAIN: dict[str, bool] = {}


def _plain(ch: str) -> bool:
    """Does `ch` lowercase to one character that the engine's case-insensitive rules treat
    exactly like `ch` (same simple lowercase, no extra case partners, same classes)?"""
    ok = _PLAIN.get(ch)
    if ok is None:
        low = ch.lower()
        ok = _PLAIN[ch] = (len(low) == 1 and ord(low) == _sre.unicode_tolower(ord(ch))
                           and (ord(low) not in _FOLD_CLASHES or ch.isascii())
                           and _same_classes(ch, low))
    return ok


def fold_text(text: str) -> str | None:
    """`text` lowercased for the case-folded patterns, or None when a character of it does
    not fold one-to-one (then the case-insensitive patterns must run). Remembered for the
    last few texts: the stages of one document fold the same field text several times."""
    memo = _FOLD_MEMO.get(id(text))
    if memo is not None and memo[0] is text:  # the text itself is held: its id is its own
        return memo[1]
    folded = _fold_text(text)
    global _FOLD_MEMO_CHARS
    if len(_FOLD_MEMO) >= _FOLD_MEMO_SIZE or _FOLD_MEMO_CHARS > _FOLD_MEMO_MAX_CHARS:
        _FOLD_MEMO.clear()
        _FOLD_MEMO_CHARS = 0
    _FOLD_MEMO[id(text)] = (text, folded)
    _FOLD_MEMO_CHARS += len(text)
    return folded


_FOLD_MEMO: dict[int, tuple[str, str | None]] = {}
# an ingest runs each stage over a chunk of documents (`pipeline.analyse_all_safely`,
# 256 of them, a field or two each) before the next stage folds the same texts again:
# the memo holds a whole chunk's fields (~0.5 M characters for news), cleared when full;
# the bound on characters keeps a long-running process from holding many huge texts
_FOLD_MEMO_SIZE = 1024
_FOLD_MEMO_MAX_CHARS = 4_000_000
_FOLD_MEMO_CHARS = 0


def _fold_text(text: str) -> str | None:
    if _sre is None:
        return None
    if text.isascii():
        return text.lower()
    # the non-ASCII characters picked out by a regex scan, not by a set of the whole text:
    # the scan skips ASCII in C, a set hashes every character (~2x the time for news)
    if all(_plain(ch) for ch in set(_NON_ASCII.findall(text))):
        return text.lower()
    return None


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold_code(code: int) -> int:
    ch = chr(code)
    if not ch.isascii() and not _plain(ch):
        raise _NotFoldable(f"character {ch!r}")
    return _sre.unicode_tolower(code)


def _fold_items(items: list, relax: bool = False, relaxed: bool = False) -> list:
    """Fold a parsed pattern in place. With `relax`, a case-sensitive part (`(?-i:May)`)
    is folded too, which makes it match more: only for prefilters, and only where that
    cannot make the pattern match less (`relaxed`: inside such a part, where negations
    would turn "more" into "less")."""
    out = []
    for op, av in items:
        name = str(op)
        if name in ("LITERAL", "NOT_LITERAL"):
            if relaxed and name == "NOT_LITERAL":
                raise _NotFoldable("negation in a case-sensitive part")
            out.append((op, _fold_code(av)))
        elif name == "IN":
            if relaxed and any(str(o) == "NEGATE" for o, _ in av):
                raise _NotFoldable("negation in a case-sensitive part")
            out.append((op, _fold_class(av)))
        elif name in ("AT", "ANY"):
            out.append((op, av))
        elif name == "SUBPATTERN":
            group, add_flags, del_flags, sub = av
            inner_relaxed = relaxed
            if add_flags == re.IGNORECASE and not del_flags and not relaxed:
                # `(?i:...)` where the pattern is case-insensitive anyway (the folded
                # copies are made of case-insensitive patterns only): a plain group
                pass
            elif add_flags or del_flags:
                if not (relax and add_flags == 0 and del_flags == re.IGNORECASE):
                    raise _NotFoldable("scoped flags")
                inner_relaxed = True
            sub.data = _fold_items(sub.data, relax, inner_relaxed)
            out.append((op, (group, 0, 0, sub)))
        elif name in ("ASSERT", "ASSERT_NOT"):
            if relaxed and name == "ASSERT_NOT":
                raise _NotFoldable("negation in a case-sensitive part")
            # under a negative lookaround a part that matches more makes the whole match
            # less: nothing in there may be relaxed
            inner_relax = relax and name == "ASSERT"
            av[1].data = _fold_items(av[1].data, inner_relax, relaxed)
            out.append((op, av))
        elif name == "ATOMIC_GROUP":
            if relax:  # keeps its first match only: a relaxed one could differ
                raise _NotFoldable("atomic group in a relaxed copy")
            av.data = _fold_items(av.data, relax, relaxed)
            out.append((op, av))
        elif name == "BRANCH":
            for alternative in av[1]:
                alternative.data = _fold_items(alternative.data, relax, relaxed)
            out.append((op, av))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if relax and name == "POSSESSIVE_REPEAT":
                raise _NotFoldable("possessive repeat in a relaxed copy")
            av[2].data = _fold_items(av[2].data, relax, relaxed)
            out.append((op, av))
        else:
            raise _NotFoldable(name)
    return out


def _fold_class(items: list) -> list:
    out = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.append((op, _fold_code(av)))
        elif name == "RANGE":
            low, high = av
            if high - low > _MAX_RANGE:
                raise _NotFoldable("large range")
            literal = _parser.LITERAL
            out.extend((literal, _fold_code(code)) for code in range(low, high + 1))
        elif name in ("NEGATE", "CATEGORY"):
            out.append((op, av))
        else:
            raise _NotFoldable(name)
    return out


_FOLDED_ONCE: dict[tuple[str, int], re.Pattern[str] | None] = {}


def _window_test_once(pattern: re.Pattern[str] | None) -> re.Pattern[str] | None:
    """The test for folded text of a window test (`_prefix_test`, else `casefolded`),
    remembered: many rules share one window test ("a digit")."""
    if pattern is None:
        return None
    key = (pattern.pattern, pattern.flags)
    if key not in _FOLDED_ONCE:
        # (`_prefix_test(pattern) or casefolded(pattern)` from one parse)
        folded = None
        if _sre is not None and pattern.flags & re.IGNORECASE:
            try:
                tree = _parser.parse(pattern.pattern, pattern.flags)
                tree.data = _fold_items(tree.data)
            except (_NotFoldable, re.error):
                tree = None
            if tree is not None:
                folded = _word_test(tree.data) or _compile_folded(tree, pattern.flags)
        _FOLDED_ONCE[key] = folded
    return _FOLDED_ONCE[key]


def casefolded(pattern: re.Pattern[str] | None, *, relax: bool = False
               ) -> re.Pattern[str] | None:
    """A case-sensitive copy of a case-insensitive `pattern` for `fold_text` texts: every
    literal lowercased, ranges spelt out. None when the pattern is not case-insensitive or
    uses something whose folded copy could behave differently (backreferences, scoped
    flags, characters without a one-to-one fold). With `relax`, case-sensitive parts are
    folded as well: the copy then finds a match wherever the pattern does (and maybe
    more), which makes it a prefilter, not a replacement."""
    if pattern is None or _sre is None or not pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        parsed.data = _fold_items(parsed.data, relax)
        parsed.state.flags &= ~re.IGNORECASE
        return compile_tree(parsed, pattern.flags & ~re.IGNORECASE)
    except (_NotFoldable, re.error, AttributeError, TypeError, ValueError, IndexError):
        return None


@dataclass(frozen=True, slots=True)
class FoldedScan:
    """The matches of a case-insensitive pattern (`pattern.finditer`) found with less regex
    work in the text lowercased by `fold_text`: with its case-folded copy when it has one;
    else (case-sensitive parts such as `(?-i:[a-z]{2,}ed)`) the pattern itself is tried
    only where its relaxed folded copy, which matches wherever the pattern does (and maybe
    elsewhere), begins a match. Either way the spans are exactly the pattern's own."""

    pattern: re.Pattern[str]
    folded: re.Pattern[str] | None = None
    relaxed: re.Pattern[str] | None = None

    def spans(self, text: str, folded: str | None, pos: int, endpos: int
              ) -> list[tuple[int, int]]:
        """The spans of `self.pattern.finditer(text, pos, endpos)`; `folded` is
        `fold_text(text)`."""
        if folded is not None and self.folded is not None:
            return [m.span() for m in self.folded.finditer(folded, pos, endpos)]
        if folded is None or self.relaxed is None:
            return [m.span() for m in self.pattern.finditer(text, pos, endpos)]
        # finditer's own walk: the leftmost match from `pos` on, then on from its end; no
        # match of the pattern begins where the relaxed copy finds none, so positions
        # between are skipped (the pattern never matches empty, see `folded_scan`)
        out: list[tuple[int, int]] = []
        search, match = self.relaxed.search, self.pattern.match
        while (r := search(folded, pos, endpos)) is not None:
            at = r.start()
            m = match(text, at, endpos)
            if m is None:
                pos = at + 1
            else:
                pos = m.end()
                out.append((at, pos))
        return out


def folded_scan(pattern: re.Pattern[str]) -> FoldedScan:
    """A `FoldedScan` of `pattern` (one that just runs `pattern` when nothing folds)."""
    exact = casefolded(pattern)
    if exact is not None:
        return FoldedScan(pattern, exact)
    relaxed = casefolded(pattern, relax=True)
    # an empty match would need finditer's rules for the next position: not emulated
    if relaxed is not None and _parser.parse(pattern.pattern, pattern.flags).getwidth()[0] > 0:
        return FoldedScan(pattern, None, relaxed)
    return FoldedScan(pattern)


# --- where a match can begin ---------------------------------------------------------------
# Every rule opens with a lookbehind ("not inside a word"), and a pattern that opens with a
# lookbehind gets no "first character" hint from the standard compiler: the engine then
# starts the whole pattern at every position of a window. `compile_tree` works out the
# set of characters a match can begin with (lookarounds consume nothing, optional parts
# add what follows them) and puts it into the compiled pattern's header, the very place
# the standard compiler puts it for a pattern opening with a character class: the engine
# then skips, in C, the positions where no match can begin. Which matches are found does
# not change (a match starts with one of those characters by construction).


class _UnknownStart(Exception):
    """A construct whose first characters are not worked out here (negated classes...)."""


def _first_chars(items, last: bool = False) -> tuple[list, bool]:
    """(charset items a match of the parsed sequence `items` can begin with, or with
    `last` end with; whether it can match the empty string)."""
    out: list = []
    for op, av in (reversed(list(items)) if last else items):
        first, nullable = _first_of(str(op), op, av, last)
        out += first
        if not nullable:
            return out, False
    return out, True


def _first_of(name: str, op, av, last: bool = False) -> tuple[list, bool]:
    if name == "LITERAL":
        return [(op, av)], False
    if name == "IN":
        if any(str(o) == "NEGATE" for o, _ in av):
            raise _UnknownStart(name)
        return list(av), False
    if name == "SUBPATTERN":
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _UnknownStart("scoped flags")
        return _first_chars(sub.data, last)
    if name == "ATOMIC_GROUP":
        return _first_chars(av.data, last)
    if name == "BRANCH":
        out: list = []
        nullable = False
        for alternative in av[1]:
            first, empty = _first_chars(alternative.data, last)
            out += first
            nullable = nullable or empty
        return out, nullable
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        first, empty = _first_chars(av[2].data, last)
        return first, empty or av[0] == 0
    if name in ("AT", "ASSERT", "ASSERT_NOT"):  # zero-width: the match begins after them
        return [], True
    raise _UnknownStart(name)


def compile_tree(tree, flags: int, source: str | None = None) -> re.Pattern[str]:
    """Compile a parsed case-sensitive pattern like `re._compiler.compile`, telling the
    engine which characters a match can begin with when the standard compiler does not,
    and with its word lists factored by first letter (`_factor_branches`)."""
    flags = int(flags)  # as re.compile does: the compiler tests it bit by bit, an enum slowly
    if not (flags | tree.state.flags) & (re.IGNORECASE | re.LOCALE):
        # a new tree: the caller may read its own afterwards (`_parsed_and_folded`)
        tree = _parser.SubPattern(tree.state, _factor_branches(tree.data, tree.state))
    code = _compiler._code(tree, flags)
    flags |= tree.state.flags
    try:
        # an INFO header with no hint yet ([INFO, skip, mask 0, min, max]); a case-
        # insensitive pattern would need its hint folded, which is left to the standard way
        if code[0] == _compiler.INFO and code[2] == 0 and code[3] > 0 \
                and not flags & re.IGNORECASE:
            first, nullable = _first_chars(tree.data)
            if first and not nullable:
                charset, _cased = _compiler._optimize_charset(first)
                info = [_compiler.INFO, 0, _compiler.SRE_INFO_CHARSET, code[3], code[4]]
                _compiler._compile_charset(charset, flags, info)
                info[1] = len(info) - 1
                hinted = info + code[code[1] + 1:]
                return _sre_compile(tree, flags, hinted, source)
    except (_UnknownStart, AttributeError, TypeError, ValueError, IndexError, RuntimeError):
        pass  # another Python's internals, or a construct not handled: no hint
    return _sre_compile(tree, flags, code, source)


def hinted(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A case-sensitive `pattern` compiled again by `compile_tree`, so that the engine skips
    the positions where no match can begin (for patterns opening with a lookaround or a
    word boundary, which get no such hint from the standard compiler); `pattern` itself
    when that cannot be done. Finds exactly the same matches."""
    if _sre is None or pattern.flags & re.IGNORECASE:
        return pattern
    try:
        return compile_tree(_parser.parse(pattern.pattern, pattern.flags), pattern.flags,
                            pattern.pattern)
    except (re.error, AttributeError, TypeError, ValueError, IndexError):
        return pattern


_MIN_FACTOR = 3  # alternatives opening with one letter before they are worth a group


def _factor_branches(items, state) -> list:
    """The parsed sequence `items` with each alternation's alternatives that open with the
    same literal character grouped under it ("may|march|monday|june" -> "m(?:ay|arch|onday)
    |june"), recursively: a word table then costs the engine a handful of character tests
    per position instead of one per word. The same matches in the same order: two
    alternatives opening with different characters cannot both match at one position, so
    only the order *within* a group matters, and it is kept; an alternative opening with
    anything else (a class, a group) keeps its place among the groups before and after it.
    Only for case-sensitive patterns (under (?i) "M" and "m" could both match); a scoped
    flag leaves its part as it is. Builds new nodes and leaves `items` as they were."""
    sub = _parser.SubPattern
    out = []
    for op, av in items:
        name = str(op)
        if name == "BRANCH":
            alternatives = [sub(state, _factor_branches(a.data, state)) for a in av[1]]
            out.append((op, (av[0], _factored(alternatives, state))))
        elif name == "SUBPATTERN":
            group, add_flags, del_flags, inner = av
            if not add_flags and not del_flags:
                av = (group, 0, 0, sub(state, _factor_branches(inner.data, state)))
            out.append((op, av))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            out.append((op, (av[0], av[1], sub(state, _factor_branches(av[2].data, state)))))
        elif name in ("ASSERT", "ASSERT_NOT"):
            out.append((op, (av[0], sub(state, _factor_branches(av[1].data, state)))))
        elif name == "ATOMIC_GROUP":
            out.append((op, sub(state, _factor_branches(av.data, state))))
        else:
            out.append((op, av))
    return _possessive(out)


def _possessive(items: list) -> list:
    """Greedy runs of one character class that what follows them cannot begin with made
    possessive ("[\\w.]+\\s+per" -> "[\\w.]++\\s+per"): when what follows fails, giving
    characters of the run back one by one cannot help (none of them can begin it), so the
    engine need not try. The same matches."""
    out = list(items)
    for i, (op, av) in enumerate(out):
        if op is not _parser.MAX_REPEAT or len(av[2].data) != 1 or i + 1 == len(out):
            continue
        body = av[2].data[0]
        if body[0] is _parser.LITERAL:
            run = [body]
        elif body[0] is _parser.IN:
            run = list(body[1])
        else:
            continue
        try:
            follow, nullable = _first_chars(out[i + 1:])
        except _UnknownStart:
            continue
        if follow and not nullable and _disjoint(run, follow):
            out[i] = (_parser.POSSESSIVE_REPEAT, av)
    return out


_CATEGORY_TEST = {name: re.compile(cls) for name, cls in _CATEGORY_CLASS.items()}
_MAX_RANGE_TEST = 512


def _disjoint(a: list, b: list) -> bool:
    """Can no character match both charset item lists (LITERAL, RANGE, CATEGORY)? False
    when unsure (negations, large ranges)."""
    def chars(items) -> tuple[set[int], set[str]] | None:
        codes, categories = set(), set()
        for op, av in items:
            name = str(op)
            if name == "LITERAL":
                codes.add(av)
            elif name == "RANGE" and av[1] - av[0] <= _MAX_RANGE_TEST:
                codes.update(range(av[0], av[1] + 1))
            elif name == "CATEGORY" and str(av) in _CATEGORY_TEST:
                categories.add(str(av))
            else:
                return None
        return codes, categories

    first, second = chars(a), chars(b)
    if first is None or second is None:
        return False
    (codes_a, cats_a), (codes_b, cats_b) = first, second
    if codes_a & codes_b:
        return False
    for codes, cats in ((codes_a, cats_b), (codes_b, cats_a)):
        if any(_CATEGORY_TEST[c].fullmatch(chr(code)) for code in codes for c in cats):
            return False
    return all(frozenset((_CATEGORY_CLASS[x], _CATEGORY_CLASS[y])) in _DISJOINT_CLASSES
               for x in cats_a for y in cats_b)


_DISJOINT_CLASSES = {frozenset(pair) for pair in (
    (r"\d", r"\s"), (r"\w", r"\s"), (r"\d", r"\D"), (r"\w", r"\W"), (r"\s", r"\S"),
    (r"\d", r"\W"))}


def _factored(alternatives: list, state) -> list:
    literal = _parser.LITERAL
    out: list = []
    segment: dict[int, list] = {}  # first character -> its alternatives, in order

    def flush() -> None:
        for code, group in segment.items():
            if len(group) < _MIN_FACTOR:
                out.extend(group)
                continue
            rests = [_parser.SubPattern(state, a.data[1:]) for a in group]
            inner = [(_parser.BRANCH, (None, _factored(rests, state)))]
            out.append(_parser.SubPattern(state, [(literal, code), *inner]))
        segment.clear()

    for a in (opened for alternative in alternatives for opened in _opened(alternative, state)):
        if a.data and a.data[0][0] is literal:
            segment.setdefault(a.data[0][1], []).append(a)
        else:
            flush()
            out.append(a)
    flush()
    return out


_MAX_SPREAD = 16  # alternatives of a leading word list spread over what follows it


def _opened(alternative, state, depth: int = 0) -> list:
    """`alternative` as alternatives that open with a literal where it opens with a group
    or a short word list: "(?:the|a)\\s+fall" -> "the\\s+fall", "a\\s+fall" (what follows is
    shared, not copied). The same matches in the same order: the engine tries "a" only
    after "the" and all that follows it failed, either way; and the same group marks."""
    data = alternative.data
    if not data or depth > 2:
        return [alternative]
    op, av = data[0]
    if op is _parser.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
        return _opened(_parser.SubPattern(state, [*av[3].data, *data[1:]]), state, depth + 1)
    if op is _parser.BRANCH and len(av[1]) <= _MAX_SPREAD:
        return [opened for choice in av[1]
                for opened in _opened(_parser.SubPattern(state, [*choice.data, *data[1:]]),
                                      state, depth + 1)]
    return [alternative]


def _sre_compile(tree, flags: int, code: list, source: str | None = None) -> re.Pattern[str]:
    groupindex = tree.state.groupdict
    indexgroup = [None] * tree.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    return _sre.compile(source, flags, code, tree.state.groups - 1, groupindex,
                        tuple(indexgroup))
