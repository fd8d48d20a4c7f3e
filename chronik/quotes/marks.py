"""Finding text between quotation marks, in one left-to-right pass.

Every mark is looked at once: openers go on a small stack, a closer pops the nearest
opener it can close. Unbalanced marks therefore cost nothing extra and never swallow the
rest of the document: an opener that is never closed is simply dropped, and a pair
farther apart than `max_quote_chars` is not believed. Marks that can both open and close
(`"`, `'`, `“`, `»`, `«`) are told apart by the characters on either side; an apostrophe
between two letters (it's, Peters' Buch is left to context) is not a mark.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

# Characters after which a mark opens, and before which a mark closes.
_OPEN_CONTEXT = set("([{/—–-\u00a0")
_CLOSE_CONTEXT = set(".,;:!?)]}…—–-\u00a0")
_APOSTROPHES = set("'’")
_MAX_STACK = 8  # deeper nesting than this is noise, not quotation


@dataclass(frozen=True, slots=True)
class Quoted:
    """A stretch of text from an opening mark to its closing mark (both included)."""

    start: int
    end: int
    opener: str
    closer: str


@dataclass(frozen=True)
class _MarkTable:
    pattern: re.Pattern[str]
    opens: dict[str, int]  # opener char -> pair index
    closes: dict[str, frozenset[int]]  # closer char -> pair indices it closes


@cache
def _table(pairs: tuple[tuple[str, str], ...]) -> _MarkTable:
    opens: dict[str, int] = {}
    closes: dict[str, set[int]] = {}
    for index, (opener, closers) in enumerate(pairs):
        opens.setdefault(opener, index)
        for c in closers:
            closes.setdefault(c, set()).add(index)
    chars = set(opens) | set(closes)
    pattern = re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")
    return _MarkTable(pattern, opens, {c: frozenset(v) for c, v in closes.items()})


def _role(text: str, i: int, can_open: bool, can_close: bool, open_pairs: set[int],
          closes: frozenset[int]) -> str | None:
    """'open', 'close' or None (not a quotation mark here) for the mark at i."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in _APOSTROPHES and prev.isalnum() and nxt.isalnum():
        return None  # it's, Bush’s
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    left_free = prev.isspace() or prev in _OPEN_CONTEXT
    right_free = nxt.isspace() or nxt in _CLOSE_CONTEXT
    if left_free and not right_free:
        return "open"
    if right_free and not left_free:
        return "close"
    if left_free and right_free:
        return None  # a mark standing alone between spaces
    return "close" if open_pairs & closes else "open"


def find_quoted(text: str, pairs: tuple[tuple[str, str], ...], max_chars: int = 6000,
                start: int = 0, end: int | None = None) -> list[Quoted]:
    """The outermost quoted stretches of text[start:end], in order, in linear time."""
    table = _table(pairs)
    end = len(text) if end is None else end
    stack: list[tuple[int, int, str]] = []  # (position, pair index, opener)
    found: list[Quoted] = []
    unmatched: list[tuple[int, int, str]] = []
    for m in table.pattern.finditer(text, start, end):
        i, ch = m.start(), m.group()
        closes = table.closes.get(ch, frozenset())
        role = _role(text, i, ch in table.opens, bool(closes), {p for _, p, _ in stack}, closes)
        if role == "open":
            stack.append((i, table.opens[ch], ch))
            if len(stack) > _MAX_STACK:
                unmatched.append(stack.pop(0))
        elif role == "close":
            for k in range(len(stack) - 1, -1, -1):
                pos, pair, opener = stack[k]
                if pair in closes:
                    unmatched.extend(stack[k + 1:])
                    del stack[k:]
                    if i + 1 - pos <= max_chars:
                        found.append(Quoted(pos, i + 1, opener, ch))
                    break
    unmatched.extend(stack)
    found.sort(key=lambda q: (q.start, -q.end))
    outer: list[Quoted] = []
    for q in found:
        if not outer or q.start >= outer[-1].end:
            outer.append(q)
    return _join_paragraphs(text, outer, unmatched, max_chars)


_PARAGRAPH_START = re.compile(r"\n\s*")


def _join_paragraphs(text: str, quotes: list[Quoted], unmatched: list[tuple[int, int, str]],
                     max_chars: int) -> list[Quoted]:
    """A quotation over several paragraphs opens each paragraph and closes only the last one
    („First paragraph … ¶ „Second paragraph …“): join such chains into one quotation."""
    if not unmatched or not quotes:
        return quotes
    by_start = {q.start: k for k, q in enumerate(quotes)}
    starts = sorted(by_start)
    # right to left, so that a chain of three paragraphs joins completely
    for pos, _pair, opener in sorted(unmatched, reverse=True):
        if pos > 0 and text[pos - 1] not in "\n":
            continue  # only an opener that starts its paragraph continues into the next
        nl = text.find("\n", pos)
        if nl < 0:
            continue
        para = _PARAGRAPH_START.match(text, nl)
        nxt = para.end() if para else nl + 1
        k = by_start.get(nxt)
        if k is None or quotes[k].opener != opener:
            continue
        # nothing quoted between the opener and the next paragraph
        j = bisect.bisect_right(starts, pos)
        if j < len(starts) and starts[j] < nxt:
            continue
        joined = Quoted(pos, quotes[k].end, opener, quotes[k].closer)
        if joined.end - joined.start > max_chars:
            continue
        quotes[k] = joined
        del by_start[nxt]
        by_start[pos] = k
    quotes.sort(key=lambda q: q.start)
    return quotes
