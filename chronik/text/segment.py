"""Sentence and token segmentation with character offsets, fast and rule-based.

News text needs few rules: paragraphs and headline lines end sentences; `.`, `!`, `?`
and `…` end one unless an abbreviation (`Dr.`, `z.B.`), an initial (`John F. Kennedy`) or,
in languages that write them so, an ordinal (`am 10. Januar`) precedes the period. The
abbreviation lists and ordinal conventions are language data (`chronik/text/lang/*.toml`).

This replaced SoMaJo in the pipeline: the same sentence spans on news text at a few
hundred times the speed (see docs/benchmarks.md), which the 200 articles/s target needs.
Everything is a single left-to-right pass of compiled regular expressions, so time is
linear in the length of the text whatever it contains.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from chronik.model import Sentence

_LANG_DIR = Path(__file__).with_name("lang")

# A paragraph: a run of lines without a blank line between them.
_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n(?![ \t\r\f\v]*\n)[^\n]*)*")
# A possible sentence end: terminal punctuation, closing quotes/brackets, then a space
# and the first character of what follows (or a line break, handled separately).
_END = re.compile(r"[.!?…]+[\"'“”„»«’‘)\]]*(?=[ \t]+([^ \t\n]))|\n(?=[ \t]*(\S))"
                  # scraped text loses the space: "verschwunden.Der Deutsche"
                  # (the three letters before it are checked after the period, so that
                  # every alternative opens with a character the engine can skip to in C)
                  r"|[.!?](?<=[^\W\d_]{3}.)(?=([^\W\d_])[^\W\d_]*[a-zäöüß])")
# The word a period ends ("Dr" of "Dr."), read backwards: the window before the period is
# reversed and this pattern matched at its start. Searching forwards for
# `([\w.\-]*\w)\.+$` tried every position of the 40-character window, each running to
# the end of its word and back (~9 µs per period); the reversed match is the same word
# (the longest run of word characters, dots and hyphens before the last dots, ending in a
# word character) for a fraction of that.
_WORD_BEFORE_REVERSED = re.compile(r"\.+(\w[\w.\-]*)")
_WORD_AFTER = re.compile(r"[\"'“”„»«‚‘(\[]*([\w\-]+)")
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*\.?|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    sentence: int  # index of the sentence the token belongs to


@dataclass(frozen=True, slots=True)
class SegmentationData:
    abbreviations: frozenset[str]
    ordinal_period: bool
    sentence_starters: frozenset[str]


@cache
def segmentation_data(lang: str) -> SegmentationData:
    path = _LANG_DIR / f"{lang}.toml"
    if not path.exists():  # unknown language: no abbreviations, periods end sentences
        return SegmentationData(frozenset(), False, frozenset())
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    return SegmentationData(frozenset(raw.get("abbreviations", ())),
                            bool(raw.get("ordinal_period", False)),
                            frozenset(raw.get("sentence_starters", ())))


# a web address ("tagesschau.de", "PowerOutage.us"): a name of three or more letters and a
# top-level domain in lower case, unlike "z.B." or "U.S."
_WEB_ADDRESS = re.compile(r"[\w-]{3,}(?:\.[\w-]+)*\.[a-z]{2,6}")


def _ends_sentence(text: str, m: re.Match, para_start: int, data: SegmentationData) -> bool:
    punct = m.group()
    if punct == "\n":  # a line break inside a paragraph: a headline or list line ends
        return not m.group(2).islower()
    if m.group(3) is not None:  # no space after the period: only "word.Word" ends a sentence
        return m.group(3).isupper() and "." not in text[max(para_start, m.start() - 12):m.start()]
    nxt = m.group(1)
    if nxt.islower() or nxt in ",;:":
        return False
    if not punct.startswith("."):
        return True
    # (text[m.start()] is the period)
    before = _WORD_BEFORE_REVERSED.match(text[max(para_start, m.start() - 40):m.start() + 1][::-1])
    if before is None:
        return True
    word = before.group(1)[::-1]
    after = _WORD_AFTER.match(text, m.end() + len(text[m.end():m.end() + 8])
                              - len(text[m.end():m.end() + 8].lstrip(" \t")))
    next_word = after.group(1) if after else ""
    if word in data.abbreviations:  # "Dr. Müller", but "eine gefährdete Art. In ..."
        return next_word in data.sentence_starters
    if len(word) == 1 and word.isupper():  # an initial: "John F. Kennedy"
        return False
    if _WEB_ADDRESS.fullmatch(word):  # "according to PowerOutage.us. Governor …": a name
        return True
    if "." in word and not word.replace(".", "").isdigit():  # "z.B.", "U.S.": dotted abbreviation
        return next_word in data.sentence_starters
    if data.ordinal_period and word.isdigit() and len(word) <= 3:
        return next_word in data.sentence_starters
    return True


def sentences(text: str, lang: str = "de", start: int = 0, end: int | None = None,
              field: str = "text") -> list[Sentence]:
    """Sentences of `text[start:end]` as spans into `text`, whitespace trimmed."""
    end = len(text) if end is None else end
    data = segmentation_data(lang)
    out: list[Sentence] = []
    for para in _PARAGRAPH.finditer(text, start, end):
        cut = para.start()
        for m in _END.finditer(text, para.start(), para.end()):
            if _ends_sentence(text, m, para.start(), data):
                _add(out, text, cut, m.end(), field)
                cut = m.end()
        _add(out, text, cut, para.end(), field)
    return out


def _add(out: list[Sentence], text: str, start: int, end: int, field: str) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(field, start, end))


def tokens(text: str, lang: str = "de", start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of `text[start:end]` with offsets into `text` and their sentence index.

    Words keep inner hyphens, apostrophes and periods (`NATO-Russland-Rat`, `z.B.`); a
    final period stays on a word only when the word is a known abbreviation.
    """
    data = segmentation_data(lang)
    out: list[Token] = []
    for index, sent in enumerate(sentences(text, lang, start, end)):
        for m in _TOKEN.finditer(text, sent.start, sent.end):
            s, e = m.start(), m.end()
            if text[e - 1] == "." and e - s > 1 and text[s:e - 1] not in data.abbreviations \
                    and "." not in text[s:e - 1]:
                out.append(Token(s, e - 1, text[s:e - 1], index))
                out.append(Token(e - 1, e, ".", index))
            else:
                out.append(Token(s, e, text[s:e], index))
    return out
