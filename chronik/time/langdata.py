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

    def __post_init__(self) -> None:
        self._compiled = [(re.compile(frag, re.IGNORECASE), value) for frag, value in self.entries]

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
        for pattern, val in self._compiled:
            if pattern.fullmatch(key):
                value = val
                break
        self._cache[key] = value
        return value


@dataclass
class Rule:
    name: str
    kind: str
    pattern: re.Pattern[str]
    order: int
    options: dict[str, Any]
    requires: re.Pattern[str] | None = None
    # a rule anchored on a word ("three days ago") only runs in windows containing it
    window_requires: re.Pattern[str] | None = None


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

    def table(self, name: str) -> Vocabulary:
        return self.vocab[name]


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
    for order, spec in enumerate(raw.get("rules", [])):
        body = _expand(spec["pattern"], vocab, spec["name"])
        # a time expression never starts or ends inside a word or a number
        compiled = re.compile(r"(?<![\w.,:])(?:" + body + r")(?!\w)", re.IGNORECASE)
        options = {k: v for k, v in spec.items()
                   if k not in ("name", "kind", "pattern", "requires", "window_requires")}
        requires = re.compile(spec["requires"], re.IGNORECASE) if spec.get("requires") else None
        # `window_requires` may name tables too: "{months}" = any month word
        window = spec.get("window_requires")
        window_re = (re.compile(_expand(window, vocab, spec["name"]), re.IGNORECASE)
                     if window else None)
        rules.append(Rule(spec["name"], spec["kind"], compiled, order, options, requires,
                          window_re))
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
