"""A quotation relayed by a medium has two sources: the person quoted and the medium
quoting them ("„…“, zitiert ndr.de Polizeisprecher Ralf Meyer", "Platter wird von der
Nachrichtenagentur Reuters mit den Worten zitiert, …"). The German gold data marks such a
quotation twice, once per source (study articles 1–450: 12 of 13 quotations on a
quoting verb with a medium beside the person), so it is output twice here too.

The medium is found by the language's patterns `quoting_medium_passive` (`von`/`im`/`in
der` … `zitiert`), `quoting_medium_after` (`zitiert <medium> <person>`) and
`quoting_medium_before` (`<medium> zitiert <person>`); a language without them has no
such rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from chronik.quotes.extract import FieldText, Found, _person_like, _trim

_WORD = re.compile(r"[\w.-]+")
_PATTERNS = ("quoting_medium_passive", "quoting_medium_after", "quoting_medium_before")


def add_quoting_media(ft: FieldText, found: list[Found],
                      resolve: Callable[[FieldText, tuple[int, int], Found | None],
                                        tuple[str | None, str]]) -> list[Found]:
    """`found` with a second quotation, spoken by the medium, after each one a medium
    relays; the first keeps (or gets) the person quoted."""
    pats = [p for p in (ft.lang.pattern(n) for n in _PATTERNS) if p is not None]
    if not pats or not found or ft.lang.quoting_verb_re.search(ft.text) is None:
        return found  # the common case: no quoting verb in the field
    out: list[Found] = []
    for f in found:
        out.append(f)
        if f.extra.get("silent") or f.speaker is None:
            continue
        found_medium = _medium(ft, f, pats)
        if found_medium is None:
            continue
        medium, ran_over = found_medium
        if f.mention is not None and f.mention[0] < medium[1] and medium[0] < f.mention[1]:
            person = _person(ft, f, medium)
            if person is None:
                continue  # the medium alone speaks (it quotes itself)
            f.mention = person
            f.speaker, f.speaker_note = resolve(ft, person, f)
        # inside a name the entity stage ran over it, the medium is its own words
        speaker, note = (ft.text[medium[0]:medium[1]], "the medium named in the mention") \
            if ran_over else resolve(ft, medium, f)
        if not speaker or speaker == f.speaker:
            continue
        out.append(replace(f, spans=list(f.spans), mention=medium, speaker=speaker,
                           speaker_note=f"the medium quoting it: {note}",
                           rule=f"{f.kind}: the medium quoting it", extra=dict(f.extra)))
    return out


def _frame_parts(ft: FieldText, f: Found) -> list[tuple[int, int]]:
    """The sentence(s) of the quotation and of its cue, without the quotation itself."""
    lo = ft.sentence_at(f.start)[0]
    hi = ft.sentence_at(max(f.end - 1, f.start))[1]
    if f.end < len(ft.text) and hi <= f.end:
        hi = ft.sentence_at(f.end)[1]  # "„…“ wird der Franzose im Fachblatt … zitiert."
    if f.cue is not None:
        lo, hi = min(lo, ft.sentence_at(f.cue[0])[0]), max(hi, ft.sentence_at(f.cue[0])[1])
    return [(lo, f.start), (f.end, hi)]


def _medium(ft: FieldText, f: Found, pats) -> tuple[tuple[int, int], bool] | None:
    """The medium's span, and whether the rules' mention ran over it."""
    for lo, hi in _frame_parts(ft, f):
        if hi <= lo or not ft.lang.quoting_verb_re.search(ft.text, lo, hi):
            continue
        for pat in pats:
            m = pat.search(ft.text, lo, hi)
            if m is None:
                continue
            s, e = _trim(ft.text, *m.span("src"))
            # a mention that ran over the medium ("Robert Hoyzer von Spiegel-Online", one
            # name to the entity stage) makes it look like a person; it is not
            ran_over = f.mention is not None and f.mention[0] < s and e <= f.mention[1]
            if e > s and (ran_over or not _person_like(ft, s, e)):
                return (s, e), ran_over
    return None


def _person(ft: FieldText, f: Found, medium: tuple[int, int]) -> tuple[int, int] | None:
    """The person the medium quotes: the rest of a mention that ran over the medium ("wie
    Hoyzer von Spiegel-Online", "die „Computerwoche“ Lynch"), else the last person-like
    phrase of the frame."""
    if f.mention is not None:
        for lo, hi in ((f.mention[0], medium[0]), (medium[1], f.mention[1])):
            # the rules took the whole mention for the speaker: its capitalised rest is
            # the person ("Robert Hoyzer", which the entity stage ran into the medium)
            name = _capitalised_run(ft.text, lo, hi)
            if name is not None:
                return name
    best = None
    for lo, hi in _frame_parts(ft, f):
        for m in ft.lang.np_re.finditer(ft.text, lo, hi):
            s, e = _trim(ft.text, m.start(), m.end())
            if e > s and not (s < medium[1] and medium[0] < e) and _person_like(ft, s, e):
                best = (s, e)
    return best


def _capitalised_run(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The first run of capitalised words in [lo, hi) ("wie Robert Hoyzer von" → "Robert
    Hoyzer")."""
    run: tuple[int, int] | None = None
    for m in _WORD.finditer(text, lo, hi):
        if m.group()[:1].isupper():
            run = (run[0] if run else m.start(), m.end())
        elif run:
            break
    return run
