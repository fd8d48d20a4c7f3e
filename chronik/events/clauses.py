"""Cutting a sentence into clauses with a few compiled patterns (no parser).

A trigger is anchored only to a time expression of its own clause: in "Wie das Amt am
Montag mitteilte, soll das Treffen in Genf stattfinden" Monday is when something was
said, not when the meeting is. Cuts are made where German and English punctuation is
reliable: at `;`, `:` and dashes, at a comma that opens a subordinate or relative
clause (", dass", ", die", ", which"), and at the comma that closes a clause opened that
way. Commas of appositions and lists ("Am 30. Dezember spätabends, um 21:30 Uhr, soll")
do not cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chronik.events.lexicon import EventLanguage

# a name in apposition between commas (", Stefan Oltmanns,"); Latin capitals, so no word list
NAME_APPOSITION = re.compile(r",\s+(?:[A-ZÄÖÜ][\w.'-]*\s+){0,3}[A-ZÄÖÜ][\w'-]*,(?=\s)")


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int
    relative: bool  # opened by a relative pronoun: it may describe the noun before it


def split_clauses(text: str, start: int, end: int, lang: EventLanguage) -> list[Clause]:
    """Clauses of the sentence text[start:end], in order, covering it without gaps."""
    cuts: dict[int, bool] = {}  # position -> the clause starting there is relative
    for m in lang.clause_hard.finditer(text, start, end):
        cuts[m.end()] = False
    opened = bool(lang.clause_opener.match(text, start, end))
    pos, previous = text.find(",", start, end), -1
    while pos != -1:
        name = NAME_APPOSITION.match(text, pos, end)
        if name is not None and not lang.clause_introducer.match(text, name.end() - 1, end):
            # "sagte der Leiter des Amts, Stefan Oltmanns, am Morgen": a name in apposition
            # opens and closes nothing
            pos, previous = text.find(",", name.end(), end), name.end() - 1
            continue
        if _article_after_apposition(text, previous, pos, end, lang):
            pass  # "hat heute, am Donnerstag, das Gesetz beschlossen": the clause goes on
        elif lang.date_apposition is not None and lang.date_apposition.match(text, pos, end):
            pass  # "hatte am Mittwoch, dem 9. November, mit Putin telefoniert": a date
        elif lang.clause_introducer.match(text, pos, end):
            cuts[pos + 1] = bool(lang.relative_introducer.match(text, pos, end))
            opened = True
        elif opened:
            # the comma that closes a subordinate clause: the main clause goes on after it
            cuts[pos + 1] = False
            opened = False
        pos, previous = text.find(",", pos + 1, end), pos
    clauses: list[Clause] = []
    begin, relative = start, False
    for cut in sorted(cuts):
        if start < cut < end:
            clauses.append(Clause(begin, cut, relative))
            begin, relative = cut, cuts[cut]
    clauses.append(Clause(begin, end, relative))
    return clauses


def _article_after_apposition(text: str, previous: int, pos: int, end: int,
                              lang: EventLanguage) -> bool:
    """The comma at `pos` closes a time in apposition (", am Donnerstag,") and an article
    with its noun follows (", das Gesetz"): no relative or subordinate clause opens there
    ("Das Treffen am Montag, dem 5. März, das in Genf stattfand" still has one)."""
    if previous < 0 or lang.time_apposition is None or lang.article_after_apposition is None:
        return False
    return lang.time_apposition.fullmatch(text, previous + 1, pos) is not None \
        and lang.article_after_apposition.match(text, pos, end) is not None
