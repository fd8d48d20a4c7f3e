"""Who takes part in an event and where it takes place, from the clause around its trigger.

Names come from the entity stage (`doc.entities`) when it has run; without it a modest
fallback finds names from the lexicon (countries, organisations), names after a title
("Präsident Wladimir Putin") and, in English, capitalised words inside a sentence.
People and organisations in the clause take part; places take part only inside a
participant frame ("zwischen Russland und den USA", "talks with Ukraine"), otherwise
a place after a location preposition ("in Genf", "at the Kremlin") is the location.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from chronik.events.clauses import Clause
from chronik.events.lexicon import EventLanguage
from chronik.model import Document
from chronik.time.langdata import FoldedScan, fold_text

# What may stand between two names of one list: "Russland und den USA", "Paris, Berlin".
_LIST_GAP = re.compile(r"\s*(?:,|und|and|sowie|oder|or|&)?\s*(?:der|die|den|dem|des|the)?\s*$",
                       re.IGNORECASE)
MAX_PARTICIPANTS = 6
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True, slots=True)
class NameMention:
    start: int
    end: int
    name: str  # the canonical name (entity name, or the text itself)
    type: str  # PER, ORG, LOC, MISC


class NameIndex:
    """Name mentions of one field, sorted by position, looked up by clause."""

    def __init__(self, mentions: list[NameMention]):
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.starts = [m.start for m in self.mentions]

    def within(self, start: int, end: int) -> list[NameMention]:
        return self._within(start, end)

    def _within(self, start: int, end: int) -> list[NameMention]:
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out


class FallbackNames(NameIndex):
    """Names found by the lexicon fallback, searched only in the clauses asked about
    (the patterns are too costly to run over whole articles that have no events)."""

    def __init__(self, text: str, lang: EventLanguage):
        super().__init__([])
        self._text, self._lang = text, lang
        self._cache: dict[tuple[int, int], list[NameMention]] = {}

    def within(self, start: int, end: int) -> list[NameMention]:
        key = (start, end)
        if key not in self._cache:
            self._cache[key] = fallback_names(self._text, self._lang, start, end)
        return self._cache[key]


def name_index(doc: Document, field: str, lang: EventLanguage) -> NameIndex:
    """Mentions of the entity stage in `field`, or the fallback names when it found none."""
    if doc.entities:
        return NameIndex([NameMention(m.start, m.end, e.name, e.type)
                          for e in doc.entities for m in e.mentions if m.field == field])
    return FallbackNames(doc.fields[field], lang)


def fallback_names(text: str, lang: EventLanguage, start: int = 0,
                   end: int | None = None) -> list[NameMention]:
    end = len(text) if end is None else end
    found: dict[tuple[int, int], NameMention] = {}
    if lang.known_names is not None:
        for m in lang.known_names.finditer(text, start, end):
            found[(m.start(), m.end())] = NameMention(m.start(), m.end(), m.group(), "ORG")
    if lang.titled_name is not None:
        for m in lang.titled_name.finditer(text, start, end):
            words = m.group(1).split()
            while words and lang.not_names.match(words[-1]):
                words.pop()
            if not words or lang.not_names.match(words[0]):
                continue
            name = " ".join(words).rstrip(".")
            start = m.start(1)
            found[(start, start + len(name))] = NameMention(start, start + len(name), name, "PER")
    if lang.capitalised_names:
        # only where no better-known name is: "Chancellor Scholz" is "Scholz"
        taken = sorted(found)
        for m in _capitalised(lang).finditer(text, start, end):
            if _sentence_initial(text, m.start()) or lang.not_names.match(m.group()):
                continue
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            name = _POSSESSIVE.sub("", m.group())
            found[(m.start(), m.start() + len(name))] = NameMention(
                m.start(), m.start() + len(name), name, "MISC")
    # a shorter name inside a longer one is the longer one ("Joe Biden" over "Biden")
    spans = sorted(found, key=lambda s: (s[0], -s[1]))
    out: list[NameMention] = []
    for span in spans:
        if out and span[0] < out[-1].end:
            continue
        out.append(found[span])
    return out


@cache
def _capitalised(lang: EventLanguage) -> re.Pattern[str]:
    # "Palais des Nations", "Bank of England", "Ursula von der Leyen"
    joiners = r"(?:of\s+the|of|de|des|du|la|del|di|da|von|van|der|den)\s+"
    return re.compile(r"(?<![\w-])[A-Z][\w'.-]*[\w](?:\s+(?:" + joiners + r")*[A-Z][\w'.-]*[\w])*")


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].rstrip(" \"'“”‘’«»(")
    return pos == 0 or not before or before[-1] in ".!?\n:"


def participants(text: str, clause: Clause, names: NameIndex, location: NameMention | None,
                 lang: EventLanguage, verb: tuple[int, int] | None = None) -> list[str]:
    """Names taking part in the event of this clause, in order of mention. `verb`: the
    trigger, when it is a verb: a place right before it is its subject and one right after
    it (an article between) its object ("Russia invaded Ukraine")."""
    in_clause = [m for m in names.within(clause.start, clause.end)
                 if not (location and m.start == location.start)
                 and not text.startswith("-", m.end)]  # "Ukraine-Krise" speaks of a crisis
    framed = _framed(text, clause, in_clause, lang)
    if verb is not None:
        framed.update(id(m) for m in in_clause
                      if (m.end <= verb[0] and not text[m.end:verb[0]].strip())
                      or (m.start >= verb[1] and lang.object_gap.fullmatch(text, verb[1], m.start)))
    prep = _location_preposition(lang)
    out: list[str] = []
    for m in in_clause:
        if (m.type == "LOC" or (lang.place_heads is not None and lang.place_heads.search(m.name))) \
                and prep.search(text, max(clause.start, m.start - 25), m.start) is not None:
            continue  # "in der Prager Straße", "at the Kennedy Space Center": where, not who
        if (m.type in ("PER", "ORG") or id(m) in framed) and m.name not in out:
            out.append(m.name)
    return out[:MAX_PARTICIPANTS]



def _framed(text: str, clause: Clause, mentions: list[NameMention], lang: EventLanguage) -> set[int]:
    """Mentions in a participant frame: after "zwischen", "mit"... and the names listed with them."""
    framed: set[int] = set()
    previous_end: int | None = None
    for m in mentions:
        gap_start = previous_end if previous_end is not None else clause.start
        gap = text[gap_start:m.start]
        listed = previous_end is not None and _LIST_GAP.match(gap)
        if listed or _frame_before(text, max(clause.start, m.start - 40), m.start, lang):
            framed.add(id(m))
        else:
            previous_end = None
            continue
        previous_end = m.end
    return framed


def _frame_before(text: str, start: int, end: int, lang: EventLanguage) -> bool:
    window = text[start:end]
    m = None
    for m in lang.participant_frames.finditer(window):
        pass
    return m is not None and _LIST_GAP.match(window, m.end()) is not None


def location(text: str, clause: Clause, names: NameIndex, lang: EventLanguage,
             places: FoldedScan | None,
             times: Sequence[tuple[int, int]] = ()) -> NameMention | None:
    """The place after a location preposition in the clause ("in Genf", "at the Kremlin");
    never a time expression ("in April") nor a name used as a modifier ("the U.S. embassy").
    `places` is the scan of the place names (a case-insensitive list, run lowercased)."""
    prep = _location_preposition(lang)

    def usable(start: int, end: int) -> bool:
        return (not any(a < end and start < b for a, b in times)
                and not text.startswith("-", end)
                and prep.search(text, max(clause.start, start - 25), start) is not None
                and lang.location_modified.match(text, end) is None
                and not (lang.location_topic is not None and lang.location_topic.search(
                    text, max(clause.start, start - 40), start)))

    for m in names.within(clause.start, clause.end):
        if m.type in ("LOC", "ORG", "MISC") and usable(m.start, m.end):
            return m
    if places is not None:
        for a, b in places.spans(text, fold_text(text), clause.start, clause.end):
            if usable(a, b):
                return NameMention(a, b, text[a:b], "LOC")
    return None



@cache
def _location_preposition(lang: EventLanguage) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + lang.location_prepositions + r")\s+$", re.IGNORECASE)
