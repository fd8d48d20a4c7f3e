"""Who a speaker mention refers to: names, role appositions, pronouns.

When the entity stage has run (`doc.entities` non-empty) its PER entities are the
people; otherwise the document's own capitalised name sequences are. A mention resolves
to the fullest name the document gives that person ("Peskow" -> "Dmitri Peskow"), a role
noun to the person most recently introduced with that role ("der Kremlsprecher Dmitri
Peskow" makes "der Sprecher" mean Peskow), a pronoun to the most recent speaker. What
cannot be resolved stays None: no name is ever guessed.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from chronik.entities.cluster import GIVEN_AFTER_FAMILY
from chronik.model import Document
from chronik.quotes.langdata import LOWER, NAME_WORD, UPPER, QuoteLanguage

_NAME_WORD = NAME_WORD
_WORD = re.compile(rf"[{UPPER}{LOWER}][\w\-]*")
_ROLE_THEN_NAME = re.compile(
    rf"(?<![\w\-])([\w\-]+)[ \t]+({_NAME_WORD})(?![ \t]+{_NAME_WORD})(?![\w\-])")


@lru_cache(maxsize=65536)
def _is_role(code: str, word: str) -> bool:
    """A role noun: ends, after an inflection ending, in a role head (Kremlsprecher, US-Präsidenten)."""
    from chronik.quotes.langdata import load

    lang = load(code)
    return lang is not None and lang.role_re.fullmatch(word) is not None \
        and not word.lower().endswith(lang.role_look_alike_places)


@dataclass
class Person:
    name: str
    parts: frozenset[str]


@dataclass
class PersonIndex:
    """The people of one field of a document and where they are mentioned."""

    lang: QuoteLanguage
    people: dict[str, Person] = field(default_factory=dict)  # surname (lower) -> fullest
    positions: list[int] = field(default_factory=list)  # where a person is mentioned
    position_names: list[str] = field(default_factory=list)
    role_positions: list[int] = field(default_factory=list)
    role_names: list[tuple[str, str]] = field(default_factory=list)  # (role base, full name)
    entity_spans: list[tuple[int, int, str, str]] = field(default_factory=list)
    _entity_hits: dict[tuple[int, int], tuple[str, str] | None] = field(default_factory=dict)
    _by_start: tuple[list[int], list[int], int] | None = None
    text: str = ""  # the field's text (to look at the words after a mention)

    def role_base(self, word: str) -> str | None:
        """The role noun in a word, up to its head: 'Kremlsprechers' -> 'kremlsprecher'."""
        low = word.lower()
        for head in self.lang.role_heads:
            k = low.rfind(head)
            if k >= 0:
                return low[:k + len(head)]
        return None

    def is_role(self, word: str) -> bool:
        return _is_role(self.lang.code, word)

    def add_person(self, full: str, start: int) -> None:
        words = full.split()
        if len(words) < 2:
            return
        surname = words[-1].lower()
        known = self.people.get(surname)
        if known is None or len(full) > len(known.name):
            self.people[surname] = Person(full, frozenset(w.lower() for w in words))
        if len(words) == 2 and GIVEN_AFTER_FAMILY.fullmatch(words[1]) \
                and words[0].lower() not in self.people:
            # "Park Ji-won … Park said": the family name comes first
            self.people[words[0].lower()] = Person(full, frozenset(w.lower() for w in words))
        k = bisect.bisect(self.positions, start)
        self.positions.insert(k, start)
        self.position_names.insert(k, full)

    def fullest(self, word: str) -> str | None:
        """The fullest name whose last word is `word` (or `word` without a genitive s)."""
        low = word.lower()
        for key in (low, low[:-1] if low.endswith("s") else None, low[:-2] if low.endswith(("’s", "'s")) else None):
            if key and key in self.people:
                return self.people[key].name
        return None

    def recent_person(self, pos: int, window: int) -> str | None:
        k = bisect.bisect_left(self.positions, pos) - 1
        if k >= 0 and pos - self.positions[k] <= window:
            return self.position_names[k]
        return None

    def by_role(self, base: str, pos: int) -> str | None:
        """The person most recently introduced before `pos` with a role ending in `base`."""
        k = bisect.bisect_left(self.role_positions, pos) - 1
        while k >= 0:
            role, name = self.role_names[k]
            if role.endswith(base):
                return name
            k -= 1
        return None

    def _possessor(self, start: int, end: int) -> bool:
        """A name in the genitive right before a role noun: "Offenbachs Oberbürgermeister"."""
        if not self.text[start:end].endswith(("s", "'", "’s")):
            return False
        nxt = _WORD.match(self.text, end + 1) if self.text[end:end + 1] == " " else None
        return nxt is not None and self.is_role(nxt.group())

    def entity_at(self, start: int, end: int) -> tuple[str, str] | None:
        """(name, type) of an entity stage mention overlapping [start, end), PER first."""
        key = (start, end)
        if key in self._entity_hits:  # the rules and the speaker ranker ask again and again
            return self._entity_hits[key]
        if self._by_start is None or len(self._by_start[1]) != len(self.entity_spans):
            # (start, original index) sorted, and the longest mention: an overlap with
            # [start, end) starts after start - longest and before end
            order = sorted((s, k) for k, (s, _, _, _) in enumerate(self.entity_spans))
            longest = max((e - s for s, e, _, _ in self.entity_spans), default=0)
            self._by_start = ([s for s, _ in order], [k for _, k in order], longest)
        starts, index, longest = self._by_start
        lo = bisect.bisect_right(starts, start - longest)
        hi = bisect.bisect_left(starts, end, lo)
        spans = self.entity_spans
        # a tagger span running past the mention is no name of it ("Deutsche Wetterdienst
        # warnt vor Orkanböen" tagged as one entity)
        inside = [(s, e, n, t) for s, e, n, t in (spans[k] for k in sorted(index[lo:hi]))
                  if s < end and start < e <= end + 1]
        if sum(t == "PER" for _, _, _, t in inside) > 1 and self.text:
            # "Offenbachs Oberbürgermeister Felix Schwenke": a possessor before a role is not
            # the person the phrase names
            inside = [x for x in inside if not self._possessor(x[0], x[1])]
        hits = [(n, t) for _, _, n, t in inside]
        hits.sort(key=lambda h: h[1] != "PER")
        self._entity_hits[key] = hit = hits[0] if hits else None
        return hit


def build_index(doc: Document, field_name: str, lang: QuoteLanguage) -> PersonIndex:
    text = doc.fields[field_name]
    index = PersonIndex(lang, text=doc.fields[field_name])
    people = [e for e in doc.entities if e.type == "PER"]
    if doc.entities:
        for e in doc.entities:
            for m in e.mentions:
                if m.field == field_name:
                    index.entity_spans.append((m.start, m.end, e.name, e.type))
        for e in people:
            for m in e.mentions:
                if m.field == field_name:
                    index.add_person(e.name, m.start) if len(e.name.split()) > 1 else None
                    _note_role(index, text, m.start, e.name)
        for e in people:  # single-word persons: still a person, their own fullest name
            if len(e.name.split()) == 1:
                index.people.setdefault(e.name.lower(), Person(e.name, frozenset([e.name.lower()])))
                for m in e.mentions:
                    if m.field == field_name:
                        k = bisect.bisect(index.positions, m.start)
                        index.positions.insert(k, m.start)
                        index.position_names.insert(k, e.name)
        return index
    stop = lang.stop_caps
    for m in lang.name_seq_re.finditer(text):
        words = m.group().split()
        offset = m.start()
        # strip leading words that are not names: role nouns, sentence openers
        while words and (words[0] in stop or index.is_role(words[0])
                         or words[0] in lang.not_person):
            offset += len(words[0])
            offset += len(text[offset:]) - len(text[offset:].lstrip())
            words = words[1:]
        # after a role noun, an article is no part of a name: "Ein Sprecher der Polizei"
        # names no person "der Polizei" ("Ministerin von der Leyen" keeps "von")
        while words and words[0].islower() and words[0] not in lang.leading_particles:
            offset += len(words[0])
            offset += len(text[offset:]) - len(text[offset:].lstrip())
            words = words[1:]
        while words and (words[-1] in stop or index.is_role(words[-1])):
            words = words[:-1]
        # a role inside the sequence ends what comes before it: "Sender Polizeisprecher
        # Ralf Meyer", "de Polizeisprecher Ralf Meyer" (from "ndr.de") -> "Ralf Meyer"
        roles = [k for k, w in enumerate(words[:-1]) if index.is_role(w)]
        if roles:
            for w in words[:roles[-1] + 1]:
                offset = text.index(w, offset) + len(w)
            offset += len(text[offset:offset + 10]) - len(text[offset:offset + 10].lstrip())
            words = words[roles[-1] + 1:]
        # a particle continues a name only after a given name or another particle
        # ("Ursula von der Leyen"); after a surname it starts a phrase ("Peer Steinbrück
        # zu Beginn")
        for k in range(1, len(words)):
            if words[k].islower() and not (words[k - 1] in lang.given_names
                                           or words[k - 1].split("-")[0] in lang.given_names
                                           or words[k - 1].islower()):
                words = words[:k]
                break
        # a noun before a given name is not part of the name: "Astronaut Neil Armstrong"
        while len(words) > 2 and words[0] not in lang.given_names \
                and words[1] in lang.given_names:
            offset = text.index(words[0], offset) + len(words[0])
            offset += len(text[offset:offset + 10]) - len(text[offset:offset + 10].lstrip())
            words = words[1:]
        if len(words) >= 2:
            full = " ".join(words)
            # a person's name: a given name first, or a role noun just before it
            if _note_role(index, text, offset, full) or words[0] in lang.given_names:
                index.add_person(full, offset)
    # a single name after a role noun: "CSU-Landesgruppenchef Glos", "Vatikansprecher Navarro-Valls"
    for m in _ROLE_THEN_NAME.finditer(text):
        role, name = m.group(1), m.group(2)
        if index.is_role(role) and name not in stop and name.lower() not in index.people:
            index.people[name.lower()] = Person(name, frozenset([name.lower()]))
            _note_role(index, text, m.start(2), name)
    # later mentions of a known surname alone are person mentions too
    if index.people:
        surnames = re.compile(r"(?<![\w\-])(" + "|".join(
            re.escape(p.name.split()[-1]) for p in index.people.values()) + r")s?\b")
        for m in surnames.finditer(text):
            full = index.fullest(m.group(1))
            if full and not text.startswith(full, max(0, m.end() - len(full))):
                k = bisect.bisect(index.positions, m.start())
                index.positions.insert(k, m.start())
                index.position_names.insert(k, full)
    return index


def _note_role(index: PersonIndex, text: str, start: int, full: str) -> bool:
    """Remember 'Kremlsprecher Dmitri Peskow' / 'der russische Präsident Wladimir Putin'."""
    before = text[max(0, start - 40):start]
    words = _WORD.findall(before)
    if before.rstrip().endswith(","):
        # "Die Sprecherin des Weißen Hauses, Karoline Weston, sagte": the role heads the
        # phrase the name stands in apposition to
        segment = text[max(0, start - 80):start].rstrip().rstrip(",")
        cut = max(segment.rfind(ch) for ch in ".,;:!?\n")
        head = next((w for w in _WORD.findall(segment[cut + 1:]) if index.is_role(w)), None)
        if head is not None:
            words = [head]
    first = full.split()[0]
    if len(full.split()) > 1 and index.is_role(first) and not (words and index.is_role(words[-1])):
        # "Prince Alaric": the entity's name opens with its role ("the prince" is he)
        words = [first]
    if words and index.is_role(words[-1]):
        base = index.role_base(words[-1])
        if base:
            k = bisect.bisect(index.role_positions, start)
            index.role_positions.insert(k, start)
            index.role_names.insert(k, (base, full))
            return True
    return False
