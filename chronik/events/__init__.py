"""Events: things that happened, happen or are scheduled, each anchored to a time expression.

    >>> from chronik.pipeline import extract
    >>> doc = extract("Am 10. Januar soll in Genf ein Treffen stattfinden.", date="2021-12-30")
    >>> [(e.trigger, e.value, e.status, e.location) for e in doc.events]
    [('Treffen', '2022-01-10', 'planned', 'Genf')]

`annotate(doc)` runs after the time tagger (and after the entity and quotation stages
when they exist) and fills `doc.events`. How it works, in order:

1. triggers: event nouns and verbs from the lexicon `lang/<lang>.toml` (German
   compounds by their head: "Videokonferenz"), found in two linear scans (triggers.py);
2. clauses: each sentence with a trigger is cut into clauses (`clauses.py`);
3. anchoring: a trigger takes the nearest calendar time expression of its clause
   (one that follows it directly, "Treffen am 10. Januar", wins), refined to the most
   precise of an apposition ("am 30. Dezember spätabends, um 21:30 Uhr" -> 21:30);
   a trigger without one gets none, except when its sentence opens with a word that
   continues the previous sentence ("Dabei", "There") -- an event without a date is
   not reported (see docs/events.md);
4. status (`status.py`), participants and location (`participants.py`), summary;
5. the same happening told twice (same kind, compatible dates: the title's "Telefonat
   heute am späten Abend" and the body's "Videotelefonat ... um 21:30 Uhr") becomes one
   event, keeping the most precise date.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import chain

from chronik.events.clauses import NAME_APPOSITION, Clause, split_clauses
from chronik.events.lexicon import EventLanguage, TriggerEntry, load_event_language
from chronik.events.participants import NameIndex, location, name_index, participants
from chronik.events.status import (
    CANCELLED,
    HAPPENED,
    PLANNED,
    conjoined_at,
    cue_scans,
    decide_status,
    interval,
)
from chronik.model import Document, Event, Evidence, Span, Timex
from chronik.time.langdata import FoldedScan, folded_scan, load_language
from chronik.time.tense import sentences_of

__all__ = ["annotate", "load_event_language"]

# Time expressions that can date an event: durations ("seit Wochen") and sets ("every
# Tuesday") cannot; references (PRESENT_REF) only when nothing better is there.
_CALENDAR_TYPES = ("DATE", "TIME")
_REFERENCE_PENALTY = 1500  # more than adjacency: "im Juni 2022 besucht, damals …" is June
_NAME_BEFORE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w-]+\s+$")
_CROSSED_TRIGGER_PENALTY = 200
# a time before the trigger across a comma, when one after it in its own stretch of the
# sentence is there: "Die Frist endet heute um 20 Uhr, in Portugal schließt das
# Transferfenster erst um 23:59 Uhr" (the window closes at 23:59)
_CROSSED_COMMA_PENALTY = 60
_ADJACENT_BONUS = -1000
SUMMARY_WIDTH = 120


@dataclass(slots=True)
class _Trigger:
    start: int
    end: int
    entry: TriggerEntry
    clause: Clause
    sentence: int
    timex: Timex | None = None
    link: str = ""
    score: float = 0.0
    crossed: list[_Trigger] = field(default_factory=list)  # triggers between it and its time
    timex_clause: Clause | None = None
    # the main clause going on after a relative clause on the trigger ("The meeting, which
    # had been scheduled for June 30, | was cancelled")
    rest: Clause | None = None


@dataclass(slots=True)
class _Found:
    event: Event
    order: tuple[int, int]
    instant: str | None  # the absolute time, where the text fixes a time zone
    extra: list[Span] = field(default_factory=list)
    in_title: bool = False


def annotate(doc: Document) -> None:
    """Fill `doc.events` from `doc.timexes`, `doc.sentences` and `doc.entities`."""
    lang = load_event_language(doc.lang or "")
    if lang is None:
        doc.events = []
        return
    # the lowercased scans are built with the language's first document (`warm_up`'s), not
    # by the first trigger that needs them
    cue_scans(lang)
    _places_scan(lang.lang)
    found: list[_Found] = []
    region_order = {r.field: i for i, r in enumerate(doc.regions)}
    for field_name in dict.fromkeys(r.field for r in doc.regions):
        text = doc.fields[field_name]
        found.extend(_events_of_field(doc, field_name, text, lang,
                                      region_order.get(field_name, 0)))
    titles = [r for r in doc.regions if r.kind == "title"]
    for f in found:
        e = f.event
        f.in_title = any(r.field == e.field and r.start <= e.start < r.end for r in titles)
    merged = _merge(found, lang.kin,
                    lang.fallback_entry.kind if lang.fallback_entry is not None else None)
    merged.sort(key=lambda f: f.order)
    for i, f in enumerate(merged, start=1):
        f.event.id = f"e{i}"
        f.event.mentions = f.extra
    doc.events = [f.event for f in merged]


def _add_fallback_verbs(text: str, sentences: list[tuple[int, int]], timexes: list[Timex],
                        timex_starts: list[int],
                        by_sentence: dict[int, list[tuple[int, int, TriggerEntry]]],
                        lang: EventLanguage,
                        clauses_of: dict[int, list[Clause]] | None = None) -> None:
    """In a sentence with a date or a time and no trigger of the lexicon (but statements),
    the verb that closes a clause becomes a weak trigger of its own (`[fallback]` in the
    language data): "Die Dividende wird am Montag ausgezahlt" is an event of that Monday
    though "ausgezahlt" is in no list. It yields to every lexicon trigger for that time."""
    assert lang.fallback_verb is not None and lang.fallback_entry is not None
    k = 0
    for i, (s_start, s_end) in enumerate(sentences):
        k = bisect_left(timex_starts, s_start, k)
        if k >= len(timexes) or timexes[k].start >= s_end or not any(
                x.type in _CALENDAR_TYPES for x in _between(timexes, timex_starts, s_start, s_end)):
            continue
        # a lexicon form its clause lacks the word for ("lowered" without a rate), or has
        # the word against ("assembly plant"), leaves the verb to the fallback
        found = by_sentence.get(i, [])
        taken = [x for x in found
                 if (x[2].needs is None or x[2].needs.search(text, s_start, s_end))
                 and (x[2].needs_not is None or not x[2].needs_not.search(text, s_start, s_end))]
        if len(taken) < len(found):
            by_sentence[i] = taken  # (those could never apply in this sentence)
        # (a capitalised noun inside an English sentence is a name, no event: "who plans to
        # run the Berlin Marathon in September" leaves "run" to the fallback; so is a verb
        # form: "with the Met Office station at Ashcombe reaching 36.4C")
        strong = [(a, b) for a, b, entry in taken if not entry.weak and not (
            (lang.nouns_lower_case if entry.pos == "noun" else lang.verbs_lower_case)
            and text[a].isupper() and text[s_start:a].strip(" \"'„“”»«("))]
        clauses = _clauses_of(text, i, s_start, s_end, lang, clauses_of) if strong else ()
        for a, b in _fallback_spans(text, s_start, s_end, timexes, timex_starts, lang, found):
            if any(a < tb and ta < b for ta, tb, _ in taken) \
                    or _inside_timex(a, b, timexes, timex_starts):
                continue
            if strong and ((lang.cancelled.fullmatch(text, a, b) or (
                    lang.postponed is not None and lang.postponed.fullmatch(text, a, b)))
                    # (not an event told after a semicolon: "Der Rundgang am Mittwoch wurde
                    # abgesagt; die Ministerin reist zu einem Krisentreffen")
                    and any(";" not in text[min(sa, a):max(sa, a)] for sa, _ in strong) or any(
                    c.start <= a < c.end and any(
                        c.start <= sa < c.end and not (
                            # "… has been cancelled after lead actor X broke his ankle": the
                            # cause is a happening of its own
                            sa < a and lang.cause_opener is not None
                            and lang.cause_opener.search(text, sa, a))
                        for sa, _ in strong)
                    for c in clauses)):
                # "Das Treffen wurde auf den 3. April verschoben": the meeting is the event
                # (and a status word in another clause speaks of it too)
                continue
            by_sentence.setdefault(i, []).append((a, b, lang.fallback_entry))


def _fallback_spans(text: str, s_start: int, s_end: int, timexes: list[Timex],
                    timex_starts: list[int], lang: EventLanguage,
                    lexicon: list[tuple[int, int, TriggerEntry]]) -> list[tuple[int, int]]:
    """Where the fallback's verbs of a sentence are: a verb closing a clause (`verb`; group
    "verb", or "past" for a simple past without an auxiliary) and the finite verb after a
    clause's first part (`finite`, `after_time`), unless it is a form of the lexicon (whose
    rules may have turned it down: "Am Montag traf die Rakete den Palast" is no meeting)."""
    assert lang.fallback_verb is not None
    spans = []
    for m in lang.fallback_verb.finditer(text, s_start, s_end):
        a, b = next((m.span(g) for g in lang.fallback_verb.groupindex
                     if g.startswith(("verb", "past")) and m.group(g) is not None), m.span())
        word = text[a:b].lower()
        if word not in lang.not_triggers and word not in lang.fallback_not:
            spans.append((a, b))
    if not lang.fallback_finite:
        return spans
    # a clause opens the sentence or follows a semicolon or a colon ("Heute ruht die Arbeit;
    # morgen früh geht es weiter", "war ein Meteorit: Um 22.17 Uhr durchschlug er das Dach")
    starts = [s_start] + [m.end() for m in _CLAUSE_MARK.finditer(text, s_start, s_end)]
    for start in starts:
        # (past quotes and dashes, and a dateline: "BERLIN (dpa) - Am Montag …")
        start = _CLAUSE_OPENING.match(text, start, s_end).end()
        k = bisect_left(timex_starts, start)
        after_time = None
        if k < len(timexes) and lang.fallback_after_time is not None and (
                timexes[k].start == start
                or _LEADING_WORDS.fullmatch(text, start, timexes[k].start)):
            # "Heute vor genau einer Woche, am Rosenmontag, platzte …": the time is the first
            # part (with a time in apposition after it)
            end = timexes[k].end
            while k + 1 < len(timexes) and _APPOSITION_GAP_SHORT.fullmatch(
                    text, end, timexes[k + 1].start):
                k += 1
                end = timexes[k].end
            after_time = lang.fallback_after_time.match(text, end, s_end)
        # the first reading whose verb is one (tried one after the other)
        readings = chain((after_time,), (p.match(text, start, s_end) for p in lang.fallback_finite))
        span = next((m.span("verb") for m in readings if m is not None
                     and _finite_verb(text, *m.span("verb"), timexes, timex_starts, lang,
                                      lexicon)), None)
        if span is not None and span not in spans:
            spans.append(span)
    return spans


def _finite_verb(text: str, a: int, b: int, timexes: list[Timex], timex_starts: list[int],
                 lang: EventLanguage, lexicon: list[tuple[int, int, TriggerEntry]]) -> bool:
    """Whether text[a:b], found where a finite verb stands, can be the fallback's verb."""
    if lang.fallback_adjective is not None and lang.fallback_noun_next is not None \
            and lang.fallback_noun_next.match(text, b) \
            and lang.fallback_adjective.fullmatch(text, a, b):
        return False  # "Erste wissenschaftliche Daten", "Ihr aktuelles Album", "Das für
        #               Mittwoch geplante öffentliche Grillen": an adjective, no verb
    return text[a:b].lower() not in lang.fallback_finite_not \
        and not any(ta < b and a < tb for ta, tb, _ in lexicon) \
        and not _inside_timex(a, b, timexes, timex_starts)


# a semicolon, or a colon that is no clock time's ("10:30") and no quote's opening
_CLAUSE_MARK = re.compile(r";|(?<!\d):(?![\d\s]*[\"„“»])(?!\d)")
# "Am Morgen", "In der Nacht zum Freitag": short words before the time that opens a clause
_LEADING_WORDS = re.compile(r"\w{1,5}\s+(?:\w{1,3}\s+)?")
_CLAUSE_OPENING = re.compile(
    r"[\s\"'„“”»«(–-]*(?:[A-ZÄÖÜ][A-ZÄÖÜ/ .-]+\([^)]{1,30}\)\s*[-–—]\s*)?")
# ", am Rosenmontag": a time in apposition after the time that opens a clause
_APPOSITION_GAP_SHORT = re.compile(r"[\s,]*(?:\w{1,3}\s+)?")


def _clauses_of(text: str, i: int, s_start: int, s_end: int, lang: EventLanguage,
                memo: dict[int, list[Clause]] | None) -> list[Clause]:
    """`split_clauses` of sentence `i`, remembered in `memo` (the fallback verbs and the
    triggers ask for the same sentences; nobody changes the list)."""
    if memo is None:
        return split_clauses(text, s_start, s_end, lang)
    clauses = memo.get(i)
    if clauses is None:
        clauses = memo[i] = split_clauses(text, s_start, s_end, lang)
    return clauses


def _sentence_spans(doc: Document, field_name: str, text: str,
                    lang: EventLanguage) -> list[tuple[int, int]]:
    spans = [(s.start, s.end) for s in doc.sentences if s.field == field_name]
    if spans:
        return spans
    # no segmenter ran (e.g. `analyse(segment=False)`): cut at sentence punctuation
    cuts = sentences_of(text, load_language(lang.lang))
    out = []
    for region in doc.regions:
        if region.field != field_name:
            continue
        for s, e in zip(cuts.starts, cuts.ends):
            s, e = max(s, region.start), min(e, region.end)
            if s < e:
                out.append((s, e))
    return out


def _events_of_field(doc: Document, field_name: str, text: str, lang: EventLanguage,
                     field_rank: int) -> list[_Found]:
    # an offset from the document date ("vor zwei Wochen": P2W) dates an event by the point
    # it leads to; the event still names that timex
    timexes = sorted((replace(t, type="DATE", value=t.points_to) if t.points_to else t
                      for t in doc.timexes if t.field == field_name), key=lambda t: t.start)
    if not timexes:
        return []  # an event is anchored to a time expression of its field, or is none
    sentences = _sentence_spans(doc, field_name, text, lang)
    if not sentences:
        return []
    timex_starts = [t.start for t in timexes]
    sentence_starts = [s for s, _ in sentences]
    by_sentence: dict[int, list[tuple[int, int, TriggerEntry]]] = {}
    lo, hi = sentences[0][0], sentences[-1][1]
    for a, b, entry in lang.triggers.find(text, lo, hi):
        word = text[a:b].lower()
        if (word in lang.not_triggers or word.endswith(lang.not_trigger_endings)
                or _inside_timex(a, b, timexes, timex_starts)):
            continue
        i = bisect_left(sentence_starts, a + 1) - 1
        if i < 0 or b > sentences[i][1]:
            continue
        by_sentence.setdefault(i, []).append((a, b, lang.entries[entry]))
    clauses_of: dict[int, list[Clause]] = {}
    if lang.fallback_verb is not None:
        _add_fallback_verbs(text, sentences, timexes, timex_starts, by_sentence, lang,
                            clauses_of)
    if not by_sentence:
        return []
    names: NameIndex | None = None
    quotes: _QuoteIndex | None = None
    # what each speech verb introduced ("Biden will speak on Thursday, the White House
    # said"): a time in it dates what was said, not the saying
    said: dict[int, list[tuple[int, int]]] = {}
    # ... and what was said with its frame outside it: a trigger inside takes no time of
    # the frame ("Kornelius sagte am Freitagvormittag, beide Seiten hätten ein Gespräch
    # geführt": the talk was not on Friday morning)
    # (start, end, every part of that quotation): "Ein Urteil könnte nach Angaben einer
    # Sprecherin schon am 3. Juni fallen" is one thing said, cut in two by its frame
    framed: list[tuple[int, int, tuple[tuple[int, int], ...]]] = []
    for q in doc.quotes:
        if q.field == field_name and q.cue_span is not None:
            spans = [(sp.start, sp.end) for sp in q.spans or [Span(field_name, q.start, q.end)]]
            said.setdefault(q.cue_span.start, []).extend(spans)
            parts = tuple(sp for sp in spans
                          if not sp[0] <= q.cue_span.start < sp[1] and sp[1] - sp[0] > 0)
            framed.extend((a, b, parts) for a, b in parts)
    framed.sort()
    places = _places_scan(lang.lang)
    # names of several words: a noun trigger inside one, not its last word, is part of a
    # name ("the National Hurricane Center said"), not an event
    name_spans = sorted((m.start, m.end) for e in doc.entities if e.type != "PER"
                        for m in e.mentions if m.field == field_name and " " in m.text)
    out: list[_Found] = []
    for i, raw in sorted(by_sentence.items()):
        s_start, s_end = sentences[i]
        sentence_timexes = _between(timexes, timex_starts, s_start, s_end)
        if not sentence_timexes and not _may_borrow(text, i, sentences, timexes, timex_starts,
                                                    lang):
            continue  # no time expression its triggers could be anchored to
        clauses = _clauses_of(text, i, s_start, s_end, lang, clauses_of)
        clause_starts = [c.start for c in clauses]
        triggers = [_Trigger(a, b, entry, _near(clauses[_clause_at(clause_starts, a)], a, b), i,
                             rest=_main_rest(clauses, _clause_at(clause_starts, a), text, lang,
                                             raw))
                    for a, b, entry in _dedupe([r for r in raw if not _noun_not_verb(
                        text, r, lang, s_start, s_end)])]
        triggers = [t for t in triggers if _applies(text, t, lang, s_start)
                    and not (t.entry.pos == "noun" and _inside_name(t, name_spans))]
        if lang.topic_of_speech is not None:
            # "sprach über den Krieg in der Ukraine": what was talked about is no event
            triggers = [t for t in triggers if not (t.entry.pos == "noun" and lang.topic_of_speech.search(
                text, max(s_start, t.start - 80), t.start))]
        if lang.topic_link is not None and len(triggers) > 1:
            # "Die Verhandlungen über eine Waffenruhe …", "talks on a ceasefire": the second
            # noun is what the talks are about, not an event of its own
            triggers = [t for t in triggers if not (t.entry.pos == "noun" and any(
                u.end <= t.start and lang.topic_link.fullmatch(text, u.end, t.start)
                for u in triggers))]
        sentence_timex_starts = [x.start for x in sentence_timexes]
        trigger_starts = [t.start for t in triggers]
        for t in triggers:
            _anchor(text, t, triggers, clauses, clause_starts, sentence_timexes, lang,
                    sentence_timex_starts, trigger_starts, said.get(t.start, ()),
                    doc_date=doc.date, framed=framed)
            if t.timex is None and i > 0 and lang.previous_sentence.match(text, s_start, s_end):
                p_start, p_end = sentences[i - 1]
                previous = [x for x in _between(timexes, timex_starts, p_start, p_end)
                            if x.type in _CALENDAR_TYPES and x.value[:1].isdigit()]
                if previous:
                    t.timex, t.link = previous[-1], "previous sentence"
        _weak_yield(triggers)
        if names is None and any(t.timex for t in triggers):
            names = name_index(doc, field_name, lang)
            quotes = _QuoteIndex(doc, field_name) if doc.quotes else None
        for t in triggers:
            if t.timex is None:
                continue
            found = _event(doc, field_name, text, t, names, places, lang, field_rank,
                           sentence_timexes, quotes)
            out.append(found)
            moved = _moved_to(text, t, found, sentence_timexes, lang,
                              {id(o.timex) for o in triggers if o is not t and o.timex})
            if moved is not None:
                out.append(moved)
    if lang.cancelled_back is not None:
        _cancelled_by_the_next_sentence(text, sentences, out, by_sentence, lang)
    return out


def _cancelled_by_the_next_sentence(
        text: str, sentences: list[tuple[int, int]], out: list[_Found],
        by_sentence: dict[int, list[tuple[int, int, TriggerEntry]]], lang: EventLanguage) -> None:
    """"Eine Probefahrt war für Sonntag angesetzt. Das Komitee hat sie abgesagt.": a
    sentence that cancels something it points back to by a pronoun (`[status]
    cancelled_back`) cancels what the sentence before planned (not when an event of its own
    stands before the pronoun: "Ursprünglich hätte das Treffen im Mai stattfinden sollen, es
    wurde jedoch verschoben")."""
    starts = [a for a, _ in sentences]
    # only a sentence right after one with an event can cancel something: the others are
    # not searched (most sentences of a field)
    with_event = {bisect_right(starts, f.event.start) - 1 for f in out}
    for i in range(1, len(sentences)):
        if i - 1 not in with_event:
            continue
        a, b = sentences[i]
        cue = lang.cancelled.search(text, a, b)
        if cue is None:
            continue
        back = lang.cancelled_back.search(text, a, cue.end())
        if back is None or any(t_start < back.start() for t_start, _e, _entry
                               in by_sentence.get(i, ())):
            continue
        if any(f.event.status == CANCELLED and a <= f.event.start < b for f in out):
            continue  # "Eine Änderung gibt es: Der Auftritt am 21. Juli wurde abgesagt" has
            #           its own event that the cue calls off
        p_start, p_end = sentences[i - 1]
        for f in out:
            e = f.event
            if p_start <= e.start < p_end and e.status in (PLANNED, HAPPENED) \
                    and e.kind not in lang.not_cancelled_kinds \
                    and bisect_right(starts, e.start) - 1 == i - 1:
                e.status = CANCELLED
                if e.evidence is not None:
                    e.evidence = replace(e.evidence, note=(e.evidence.note or "") + (
                        f"; cancelled: {text[back.start():cue.end()]!r} in the next sentence"))


def _moved_to(text: str, t: _Trigger, found: _Found, sentence_timexes: list[Timex],
              lang: EventLanguage, dating_others: AbstractSet[int] = frozenset()) -> _Found | None:
    """A postponed event at its new date: "The summit planned for Friday was postponed to
    April 3" is the Friday summit, cancelled, and the summit of April 3, planned."""
    e = found.event
    if e.status != CANCELLED or lang.postponed is None:
        return None
    # the clause, or the main clause going on after a relative clause that dated the event
    # ("Die Hauptversammlung, die für den 20. November angesetzt war, wurde auf den 15.
    # Januar verschoben")
    where = next((c for c in (t.clause, t.rest) if c is not None
                  and lang.postponed.search(text, c.start, c.end)), None)
    for x in _timexes_in(sentence_timexes, where.start, where.end) if where is not None else ():
        if x.id != e.timex and x.type in _CALENDAR_TYPES and x.value[:1].isdigit() \
                and lang.rescheduled_to.search(text, where.start, x.start):
            return _planned_at(e, found, x, sentence_timexes, "postponed to this date")
    if e.evidence is not None and (e.evidence.note or "").split("; ")[-1].startswith(
            "cancelled: superseded") and t.timex is not None:
        # "Das Gutachten, das ursprünglich Ende Januar erscheinen sollte, wird nun am 12. März
        # vorgelegt", "The final, originally scheduled for Saturday, will now be played on
        # Sunday": the time after the old plan's clause is the new one
        after = max(t.timex.end, t.clause.end if t.clause.relative else t.timex.end)
        new = next((x for x in sentence_timexes if x.start >= after and x.type in _CALENDAR_TYPES
                    and x.value[:1].isdigit() and x.value[:10] != t.timex.value[:10]), None)
        if new is not None and id(new) not in dating_others:  # (not another trigger's time:
            #   "would now take place on April 9" is the new date's event already)
            return _planned_at(e, found, new, sentence_timexes, "the new date of a superseded plan")
    return None


def _planned_at(e: Event, found: _Found, x: Timex, sentence_timexes: list[Timex],
                why: str) -> _Found:
    """The event `e` again, planned at the time `x`."""
    # "auf Donnerstag, 19 Uhr, verschoben": the clock right after the new day
    x = next((y for y in _timexes_in(sentence_timexes, x.end, x.end + 12)
              if y.type == "TIME" and y.value[:10] == x.value and len(x.value) == 10), x)
    moved = replace(e, value=x.value, timex=x.id, status=PLANNED,
                    participants=list(e.participants),
                    evidence=replace(e.evidence, anchor=f"{x.id} {x.text!r}",
                                     note=f"{why}; planned")
                    if e.evidence else None)
    return _Found(moved, (found.order[0], found.order[1] + 1), x.instant)


def _inside_name(t: _Trigger, spans: list[tuple[int, int]]) -> bool:
    """Whether the trigger lies in one of the (sorted) name spans before its last word (a
    name's head word is the event itself: "die Münchner Sicherheitskonferenz")."""
    k = bisect_right(spans, (t.start, t.end)) - 1
    while k >= 0 and spans[k][0] > t.start - _NAME_REACH:
        if spans[k][0] <= t.start and t.end < spans[k][1]:
            return True
        k -= 1
    return False


_NAME_REACH = 120  # characters: no name is longer


def _may_borrow(text: str, i: int, sentences: list[tuple[int, int]], timexes: list[Timex],
                timex_starts: list[int], lang: EventLanguage) -> bool:
    """Can sentence i take the date of the sentence before ("Dort soll es ...")? The
    same test the anchoring below makes, asked before any work is done on the sentence."""
    if i == 0 or not lang.previous_sentence.match(text, *sentences[i]):
        return False
    p_start, p_end = sentences[i - 1]
    return any(x.type in _CALENDAR_TYPES and x.value[:1].isdigit()
               for x in _between(timexes, timex_starts, p_start, p_end))


def _noun_not_verb(text: str, r: tuple[int, int, TriggerEntry], lang: EventLanguage,
                   s_start: int, s_end: int) -> bool:
    """A verb form capitalised inside a sentence is a noun ("Das Treffen wurde auf Freitag
    verschoben" is no "treffen … auf"): dropped before overlaps are settled, so the noun's
    own entry stays."""
    a, _b, entry = r
    return (entry.pos == "verb" and lang.verbs_lower_case and text[a].isupper()
            and bool(text[s_start:a].strip(" \"'„“”»«("))
            and not _title_case(text, s_start, s_end))


def _dedupe(raw: list[tuple[int, int, TriggerEntry]]) -> list[tuple[int, int, TriggerEntry]]:
    # a word matched by two entries (noun "Treffen" and verb "treffen ... sich") counts once
    out: list[tuple[int, int, TriggerEntry]] = []
    for a, b, entry in sorted(raw, key=lambda r: (r[0], -r[1])):
        if out and a < out[-1][1]:
            continue
        if out and entry.pos == "noun" == out[-1][2].pos and a - out[-1][1] == 1:
            # "signing ceremony", "summit meeting": one event named by two nouns; the
            # first, the modifier, says what kind
            out[-1] = (out[-1][0], b, out[-1][2])
            continue
        out.append((a, b, entry))
    return out


def _inside_timex(start: int, end: int, timexes: list[Timex], starts: list[int]) -> bool:
    """Does the trigger begin inside a time expression? (A verb that encloses one, "gaben
    am Mittwoch der Klage statt", is still a trigger.)"""
    # timexes are sorted and do not overlap: only the one starting last at or before
    # `start` can hold it
    i = bisect_right(starts, start) - 1
    return i >= 0 and timexes[i].end > start


def _start(x: Timex) -> int:
    return x.start


def _timexes_in(timexes: list[Timex], start: int, end: int) -> list[Timex]:
    """The time expressions of a sorted list that start in [start, end)."""
    return timexes[bisect_left(timexes, start, key=_start):bisect_left(timexes, end, key=_start)]


def _between(timexes: list[Timex], starts: list[int], start: int, end: int) -> list[Timex]:
    i = bisect_left(starts, start)
    out = []
    while i < len(timexes) and timexes[i].start < end:
        out.append(timexes[i])
        i += 1
    return out


# How far from its trigger a clause is read. Real clauses are shorter; a text without
# punctuation is one endless "clause", and reading all of it for every trigger would
# make the stage quadratic in the text.
_REACH = 400


def _near(clause: Clause, start: int, end: int) -> Clause:
    if clause.start >= start - _REACH and clause.end <= end + _REACH:
        return clause
    return Clause(max(clause.start, start - _REACH), min(clause.end, end + _REACH), clause.relative)


def _main_rest(clauses: list[Clause], k: int, text: str, lang: EventLanguage,
               found: list) -> Clause | None:
    """Where the trigger's clause goes on: after a relative clause ("The meeting, which had
    been scheduled for June 30, was cancelled"), or a clause that points back to it ("had
    planned to meet on Friday, but that meeting was called off")."""
    if k + 2 < len(clauses) and clauses[k + 1].relative and not clauses[k + 2].relative:
        return clauses[k + 2]
    if clauses[k].relative and k + 1 < len(clauses) and not clauses[k + 1].relative \
            and lang.planned_past.search(text, clauses[k].start, clauses[k].end):
        # a plan told in a relative clause, its noun's main clause going on after it: "Die
        # Andacht, die heute um 18 Uhr stattfinden sollte, entfällt"
        return clauses[k + 1]
    back = lang.back_reference.match(text, clauses[k + 1].start) \
        if k + 1 < len(clauses) and lang.back_reference is not None else None
    if back and (not back.groupdict().get("noun") or any(
            back.start("noun") <= a < back.end("noun") for a, _b, _e in found)):
        return clauses[k + 1]
    return None


def _clause_at(clause_starts: list[int], pos: int) -> int:
    # clauses cover their sentence in order without gaps
    return max(0, bisect_right(clause_starts, pos) - 1)


def _applies(text: str, t: _Trigger, lang: EventLanguage, sentence_start: int) -> bool:
    c = t.clause
    lower_case = lang.verbs_lower_case if t.entry.pos == "verb" else lang.nouns_lower_case
    if (lower_case and text[t.start].isupper()
            and text[sentence_start:t.start].strip(" \"'„“”»«(")
            and not _title_case(text, sentence_start, t.clause.end)):
        return False  # a capitalised verb form inside a sentence is a noun or a name
    if lang.nouns_lower_case and text[t.start].isupper() and _CAPITALISED_NEXT.match(text, t.end) \
            and not _title_case(text, sentence_start, t.clause.end):
        return False  # "Storm Freya forced …" opening a sentence: a name
    if t.entry.pos == "noun" and lang.negated_before is not None \
            and lang.negated_before.search(text, max(sentence_start, t.start - 30), t.start):
        return False  # "ohne Einigung vertagt", "no agreement was reached": no event
    if t.entry.needs is not None and not t.entry.needs.search(text, c.start, c.end):
        return False
    return t.entry.needs_not is None or not t.entry.needs_not.search(text, c.start, c.end)


def _title_case(text: str, start: int, end: int) -> bool:
    """A headline in title case ("Leaders Meet in Geneva"): most of its words capitalised."""
    words = _WORD.findall(text, start, end)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) * 3 >= len(words) * 2


def _is_anaphoric(text: str, t: _Trigger, lang: EventLanguage) -> bool:
    """"dieses Gespräch", "das bevorstehende Telefonat": an event told elsewhere."""
    if t.entry.pos != "noun" or lang.anaphora_before is None:
        return False
    words = list(_NON_SPACE.finditer(text, max(t.clause.start, t.start - 60), t.start))
    for w in words[-(lang.anaphora_window + 1):]:
        word = w.group()
        start = w.start() + len(word) - len(word.lstrip(_QUOTES_PUNCT))
        end = w.end() - (len(word) - len(word.rstrip(_QUOTES_PUNCT)))
        # matched in the text, so a pattern may look at what follows the word ("that the
        # talks" is a conjunction, "that meeting" a determiner)
        m = lang.anaphora_before.match(text, start, t.clause.end)
        if m is not None and m.end() == end and not _CAPITALISED.search(text, end, t.start):
            # (not when another noun comes first: "für diese Woche geplante Sitzung")
            return True
    return False


_CAPITALISED = re.compile(r"\s(?:[A-ZÄÖÜ]|\w+['’]s\s)")


def _only_complement(text: str, start: int, end: int, lang: EventLanguage) -> bool:
    """Whether text[start:end] after a noun trigger is empty or only the noun's complement
    ("Eine Sondersitzung | des Haushaltsausschusses |, die für Freitagabend geplant war"), so
    that a relative clause after it still describes the trigger."""
    rest = text[start:end].strip(" ,")
    return not rest or (lang.noun_complement is not None
                        and lang.noun_complement.fullmatch(rest) is not None)


def _outside_what_was_said(framed: Sequence[tuple[int, int, tuple[tuple[int, int], ...]]],
                           pos: int, x: Timex) -> bool:
    """Whether the trigger at `pos` is inside what someone was reported to say and the time
    `x` is not (it belongs to the frame: the saying)."""
    k = bisect_right(framed, (pos, float("inf"))) - 1
    while k >= 0 and framed[k][0] <= pos:
        _start, b, parts = framed[k]
        if pos < b:
            return not any(pa <= x.start and x.end <= pb for pa, pb in parts)
        k -= 1
    return False


def _after_doc_date(x: Timex, doc_date: str | None) -> bool:
    span, today = interval(x.value), interval(doc_date)
    return bool(span and today and span[0] > today[1])


_NON_SPACE = re.compile(r"\S+")
_WORD = re.compile(r"[^\W\d_]+")
_CAPITALISED_NEXT = re.compile(r" [A-Z][a-z]")
_QUOTES_PUNCT = ",.;:\"'„“”»«()"


def _anchor(text: str, t: _Trigger, triggers: list[_Trigger], clauses: list[Clause],
            clause_starts: list[int], sentence_timexes: list[Timex], lang: EventLanguage,
            starts: list[int], trigger_starts: list[int],
            said: Sequence[tuple[int, int]] = (), doc_date: str | None = None,
            framed: Sequence[tuple[int, int, tuple[tuple[int, int], ...]]] = ()) -> None:
    """Choose the time expression of the trigger's clause that dates it (or none);
    `said` are the spans of what the trigger, a speech verb, introduced."""
    index = _clause_at(clause_starts, t.start)
    last = index
    # a relative clause right after a noun trigger describes it:
    # "das Treffen, das am Montag stattfand"
    if (t.entry.pos == "noun" and index + 1 < len(clauses) and clauses[index + 1].relative
            and _only_complement(text, t.end, clauses[index].end, lang)):
        last = index + 1
    lo_pos = max(clauses[index].start, t.start - _REACH)
    hi_pos = min(clauses[last].end, t.end + _REACH)
    candidates = _between(sentence_timexes, starts, lo_pos, hi_pos)
    if not candidates and t.entry.pos == "verb" and index >= 2 and clauses[index - 1].relative \
            and not clauses[index].relative and not clauses[index - 2].relative:
        # "Der für Samstag geplante Lauf, dessen Strecke …, wurde abgesagt": the main clause
        # began before the relative clause
        candidates = _between(sentence_timexes, starts, max(clauses[index - 2].start,
                                                            t.start - _REACH),
                              clauses[index - 2].end)
    if not candidates and t.entry.pos == "noun" and t.rest is not None and last == index:
        # "Der Prozess gegen zwei Männer, die …, beginnt am Montag": the subject's main
        # clause goes on after the relative clause and dates it
        candidates = _between(sentence_timexes, starts, t.rest.start, min(t.rest.end, t.end + _REACH))
    if any(x.type == "SET" and not (lang.rate_set is not None and lang.rate_set.match(text, x.start))
           and not (lang.attributive_set is not None and x.end <= t.start
                    and (a := lang.attributive_set.match(text, x.start)) and a.end() <= t.start)
           for x in candidates):
        return  # "an jedem Montagabend": a habit, not a happening on a date ("200 kilometers
        #         per hour", "350 Euro im Monat" are rates, no habits; "A weekly cap … will
        #         take effect" is another noun's)
    anaphoric = _is_anaphoric(text, t, lang)
    # "hatte die Parteien vergangene Woche zu Gesprächen aufgerufen": a time before a
    # called event dates the call, unless it says what the call is for ("für Montag")
    called = lang.call_to.search(text, max(clauses[index].start, t.start - 40), t.start) \
        and lang.call_verb.search(text, clauses[index].start, clauses[last].end)
    if not called and lang.announce_verb is not None and t.entry.pos == "noun" \
            and lang.announce_verb.search(text, clauses[index].start, clauses[last].end) \
            and any(x.end <= t.start and lang.call_date.search(text, max(0, x.start - 12), x.start)
                    for x in candidates):
        called = True  # "hat am Montag für Donnerstag einen Warnstreik angekündigt"
    best: tuple[float, Timex, str, list[_Trigger], Clause] | None = None
    for x in candidates:
        if x.type not in _CALENDAR_TYPES or x.value.startswith(("T", "XXXX-XX-XXT")):
            continue  # "jeweils um 14 Uhr" (T14:00): a time on many days dates no event,
            #           nor does "zwei Stunden später" after no time named
        adjacent = x.start >= t.end and lang.link_between.match(text[t.end:x.start]) is not None
        if anaphoric and not adjacent:
            continue
        if framed and _outside_what_was_said(framed, t.start, x):
            continue
        if t.entry.reporting and x.start >= t.end and not adjacent and not _speaker_between(
                text, t.end, x.start, lang):
            continue
        if x.end <= t.start and lang.reported_clause.search(text, x.end, t.start):
            continue  # "said Tuesday that talks would resume ...": Tuesday dates the saying
        if lang.attributive_after is not None and lang.attributive_after.match(text, x.end) \
                and len(candidates) > 1:
            continue  # "its second-quarter report on July 17": the quarter names the report
        if lang.attribute_of_noun is not None and len(candidates) > 1 \
                and (a := lang.attribute_of_noun.search(text, max(0, x.start - 40), x.start)) \
                and not a.start() <= t.start < a.end() and not (
                    # ... but "für Donnerstag zu einem Warnstreik aufgerufen" is the day the
                    # called event is for
                    called and x.end <= t.start
                    and lang.call_date.search(text, max(0, x.start - 12), x.start)):
            # "auf den Etat für 2026 geeinigt": the year is what the budget is for; "Nach
            # der Vorhersage von heute Mittag beginnen die Böen um 3 Uhr": when it was
            # forecast (but "Der Streik vom Montag" is the strike's own day)
            continue
        if t.entry.weak and any(a <= x.start and x.end <= b and not a <= t.start < b
                                for a, b in said):
            continue  # "Biden will speak on Thursday, the White House said"
        if called and x.end <= t.start and not lang.call_date.search(
                text, max(0, x.start - 12), x.start) and not _after_doc_date(x, doc_date):
            continue  # ... but a day ahead is the event's: "sind am Sonntag zur Wahl aufgerufen"
        if x.instant and any(o.instant == x.instant and o.start < x.start for o in candidates):
            continue  # "um 18 Uhr MEZ …, in Teheran ist es dann 20:30 Uhr": one instant
            #           told again in another zone; the first telling dates the event
        if lang.last_time.search(text, max(0, x.start - 80), x.start):
            continue  # "senkt erstmals seit 2019 die Zinsen": the cut is not in 2019
        if x.start >= t.end and _after_cause(text, t, x, lang):
            continue  # "has been cancelled after the lead actor broke his ankle on Monday"
        if lang.comparison.search(text, max(0, x.start - 40), x.start):
            continue  # "eine Dividende …, nach 1,10 Euro im Vorjahr": a figure compared
        if lang.period_start.search(text, max(0, x.start - 12), x.start) and (
                (t.entry.weak and t.entry is not lang.fallback_entry)
                or (t.entry.pos == "noun" and len(x.value) <= 4
                                 and not lang.ongoing.search(text, t.clause.start,
                                                             t.clause.end))):
            continue  # "its sixth cut since June, and said", "als erster Spieler seit 1966
            # in einem WM-Finale": where a period began dates no statement, and a year no
            # noun ("seit gestern auf einem Gipfel", "Die Verhandlungen dauern seit Montag
            # an" stay ongoing events; so does a state a verb no list knows has been in:
            # "ist seit März 2024 zugelassen")
        distance = x.start - t.end if x.start >= t.end else t.start - x.end
        score = float(distance)
        link = "nearest in clause"
        if adjacent:
            score += _ADJACENT_BONUS
            link = "follows the trigger"
        elif x.end <= t.start and lang.planned_attribute is not None \
                and lang.planned_attribute.fullmatch(text, x.end, t.start):
            score += _ADJACENT_BONUS
            link = "planned for it ('für … geplante')"
        # a weekday in an article dated only to its month (XXXX-WXX-4) and a year before
        # the common era (BC0260) are dates all the same; PRESENT_REF, FUTURE_REF are not
        if not x.value[:1].isdigit() and not x.value.startswith(("XXXX-", "BC")):
            if t.entry.weak:
                continue  # "erklärte ... in Zukunft": a reference cannot date a statement
            score += _REFERENCE_PENALTY
        if len(x.value) == 4 and _NAME_BEFORE.search(text, max(0, x.start - 40), x.start) \
                and not lang.link_between.fullmatch(text[max(0, x.start - 12):x.start].split()[-1]):
            score += _REFERENCE_PENALTY  # "der Haushalt 2024", "die WM 2026": part of a name
        lo, hi = (t.end, x.start) if x.start >= t.end else (x.end, t.start)
        crossed = [o for o in triggers[bisect_left(trigger_starts, lo):bisect_left(trigger_starts, hi)]
                   if o is not t and not o.entry.weak]
        if crossed:
            score += _CROSSED_TRIGGER_PENALTY  # another event stands between them
        elif t.entry.pos == "verb" and x.end <= t.start and conjoined_at(
                text, x.end, t.start, lang) >= 0:
            # "reist am Donnerstag nach Paris und trifft … erst am Montag": a time before
            # the conjunction is the first verb's
            score += _CROSSED_TRIGGER_PENALTY
        if lang.until_before is not None and t.entry.kind != "end" and any(
                y.end <= x.start for y in candidates if y.type in _CALENDAR_TYPES) \
                and lang.until_before.search(text, max(0, x.start - 12), x.start):
            score += _CROSSED_TRIGGER_PENALTY  # "von Dienstagabend an bis Mittwochmittag
            #                                     sind Orkanböen möglich": from its start
        if x.end <= t.start and lang.bare_relative is not None and t.entry.pos == "verb" \
                and lang.bare_relative.search(text, clauses[index].start, x.start) \
                and "," not in text[x.end:t.start] and any(
                    y.start >= t.end and y.type in _CALENDAR_TYPES for y in candidates):
            score += _CROSSED_TRIGGER_PENALTY  # "who failed to return on Christmas Eve was
            #                                     recaptured late yesterday": the relative's
        if x.end <= t.start and "," in text[x.end:t.start] and any(
                y.start >= t.end and y.type in _CALENDAR_TYPES and "," not in text[t.end:y.start]
                for y in candidates):
            score += _CROSSED_COMMA_PENALTY
        if x.start >= t.end and t.entry.pos == "verb" and "," in text[t.end:x.start] and any(
                y.end <= t.start and y.type in _CALENDAR_TYPES and "," not in text[y.end:t.start]
                for y in candidates):
            # "Am Dienstag können Freiwillige spenden, am 27. Dezember öffnet das Zentrum": a
            # time after the comma is the next clause's when one before has no comma (a
            # noun's is not: "erwartet für das Wochenende Gewitter, vor allem am Samstag")
            score += _CROSSED_COMMA_PENALTY - (_ADJACENT_BONUS if adjacent else 0)
            link = "nearest in clause"
        if best is None or score < best[0]:
            best = (score, x, link, crossed,
                    _near(clauses[_clause_at(clause_starts, x.start)], x.start, x.end))
    if best is None:
        return
    score, timex, link, t.crossed, t.timex_clause = best
    t.timex, t.link, t.score = _most_precise(text, timex, sentence_timexes), link, score
    if len(t.timex.value) == 10:
        # "Am Sonntag empfängt Borussia Dortmund um 17.30 Uhr den FC Bayern": the one clock
        # time of that day in the trigger's clause says when
        same_day = [x for x in candidates if x.type == "TIME" and x.value[:10] == t.timex.value
                    and x.value[10:11] == "T" and x.value[11:12].isdigit()]
        if len(same_day) == 1:
            t.timex = same_day[0]
    if t.timex is not timex:
        t.link += f", refined by {t.timex.text!r}"


def _after_cause(text: str, t: _Trigger, x: Timex, lang: EventLanguage) -> bool:
    """Whether time `x` after trigger `t` is that of a cause told after a cancellation in
    the trigger's clause ("A staging … has been cancelled after lead actor Declan Moran
    broke his ankle on Monday": Monday is the accident's, not the cancelled show's)."""
    if lang.cause_opener is None:
        return False
    opener = lang.cause_opener.search(text, t.end, x.start)
    # (not a time right after the word: "flights were cancelled after 6 p.m.")
    return opener is not None and not lang.link_between.fullmatch(text, opener.end(), x.start) \
        and lang.cancelled.search(text, t.clause.start, opener.start()) is not None


_MAX_SPEAKER_WORDS = 9


def _speaker_between(text: str, start: int, end: int, lang: EventLanguage) -> bool:
    """Only the speaker stands between a reporting verb and the date after it
    ("sagte der Minister am Montag", "said the minister on Monday"), not a reported
    clause ("said that it would begin on Friday", "said it will rise on Friday")."""
    # (a name in apposition to the speaker's role keeps its commas: "sagte der Leiter des
    # Amts, Stefan Oltmanns, am Morgen")
    between = NAME_APPOSITION.sub(" ", text[start:end])
    return (len(between.split()) <= _MAX_SPEAKER_WORDS
            and not any(ch in between for ch in ",:;\"„“”»«")
            and lang.reported_clause.search(between) is None
            and lang.planned.search(between) is None)


_APPOSITION_GAP = re.compile(r"[\s,()–-]*(?:\w+\s+){0,2}$")


def _most_precise(text: str, timex: Timex, candidates: list[Timex]) -> Timex:
    """The most precise of the time expressions that name the same day right next to
    `timex` ("Am 30. Dezember spätabends, um 21:30 Uhr MEZ" -> 21:30)."""
    chain = [timex]
    at = bisect_left(candidates, timex.start, key=_start)  # sorted, one timex per start
    for step in (1, -1):
        here, i = timex, at + step
        while 0 <= i < len(candidates):
            nxt = candidates[i]
            left, right = (here, nxt) if step == 1 else (nxt, here)
            gap = text[left.end:right.start]
            if (len(gap) > 25 or _APPOSITION_GAP.match(gap) is None
                    or nxt.type not in _CALENDAR_TYPES or nxt.value[:10] != timex.value[:10]):
                break
            chain.append(nxt)
            here, i = nxt, i + step
    return max(chain, key=lambda x: (len(x.value), x.type == "TIME"))


def _weak_yield(triggers: list[_Trigger]) -> None:
    # a statement verb gives way to a real event dated by the same expression
    taken = {id(t.timex) for t in triggers if t.timex is not None and not t.entry.weak}
    for t in triggers:
        if t.entry.weak and t.timex is not None and id(t.timex) in taken:
            t.timex = None
    # "Am Mittwoch kam es zu Protesten gegen den G20-Gipfel": the summit is what the
    # protests were about; the date belongs to the trigger nearer to it
    for t in triggers:
        if t.timex is not None and any(o.timex is t.timex for o in t.crossed):
            t.timex = None


@cache
def _places_pattern(lang: str) -> re.Pattern[str] | None:
    """Place names from the time engine's [places] table (used to read local times)."""
    from chronik.time.langdata import load_language

    try:
        table = load_language(lang).raw.get("places", {})
    except ValueError:
        return None
    if not table:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(table) + r")(?![\w-])", re.IGNORECASE)


@cache
def _places_scan(lang: str) -> FoldedScan | None:
    """`_places_pattern` run on the lowercased text: the case-insensitive list tried every
    place name at every position of a clause; its lowercased copy, factored by first letter,
    skips in C the positions where none can begin (the same matches)."""
    pattern = _places_pattern(lang)
    return folded_scan(pattern) if pattern is not None else None


def _event(doc: Document, field_name: str, text: str, t: _Trigger, names: NameIndex | None,
           places: FoldedScan | None, lang: EventLanguage, field_rank: int,
           sentence_timexes: list[Timex], quotes: _QuoteIndex | None) -> _Found:
    timex = t.timex
    assert timex is not None
    # only the clause's own time expressions matter below (and keep a long sentence linear)
    clause_timexes = _timexes_in(sentence_timexes, t.clause.start, t.clause.end)
    status, why = decide_status(text, (t.start, t.end), t.clause, timex, doc.date, lang,
                                clause_timexes, reporting=t.entry.reporting, rest=t.rest,
                                pos=t.entry.pos)
    where = None
    if names is not None:
        # a statement's place is where it was said, after the verb: not the places
        # of the quotation before it ("„Wir fahren nicht nach Genf“, sagte er ...")
        own = Clause(t.start, t.clause.end, t.clause.relative) if t.entry.reporting else t.clause
        tc = t.timex_clause or t.clause
        times = [(x.start, x.end) for x in _timexes_in(sentence_timexes, min(own.start, tc.start),
                                                        max(own.end, tc.end))]
        where = location(text, own, names, lang, places, times)
        if where is None and t.timex_clause is not None and t.timex_clause != t.clause:
            # "Das Treffen, das am Montag in Genf stattfand": the place of the relative clause
            where = location(text, t.timex_clause, names, lang, places, times)
    who = participants(text, t.clause, names, where, lang,
                       # a separable verb's first word: "griff | am Montag die Ukraine an"
                       (t.start, t.start + len(text[t.start:t.end].split()[0]))
                       if t.entry.pos == "verb" else None) \
        if names is not None else []
    speaker = (quotes.speaker(t.start, t.end, text[t.start:t.end])
               if quotes is not None and t.entry.kind == "statement" else None)
    if speaker and not any(speaker in name or name in speaker for name in who):
        who.insert(0, speaker)  # "Präsident Emmanuel Macron" is "Emmanuel Macron" already there
    event = Event(
        id="", field=field_name, start=t.start, end=t.end, trigger=text[t.start:t.end],
        summary=summary(text, t.clause, t.start, t.end), value=timex.value, timex=timex.id,
        status=status, participants=who,
        location=text[where.start:where.end] if where else None, kind=t.entry.kind,
        evidence=Evidence(rule=f"{t.entry.kind} {t.entry.pos}", anchor=f"{timex.id} {timex.text!r}",
                          note=f"{t.link}; {status}: {why}"))
    return _Found(event, (field_rank, t.start), timex.instant)


_QUOTE_REACH = 300  # characters between a quotation and the verb that introduces it


class _QuoteIndex:
    """The quotation stage's results of one field, looked up by position (linear in the
    text: a long text with many statements and quotations is not a quadratic search)."""

    def __init__(self, doc: Document, field_name: str):
        quotes = sorted((q for q in doc.quotes if q.field == field_name and q.speaker
                         and q.speaker[:1].isupper()), key=lambda q: q.start)
        spans = [q for q in quotes if getattr(q, "cue_span", None) is not None]
        spans.sort(key=lambda q: q.cue_span.start)
        self._by_cue = spans
        self._cue_starts = [q.cue_span.start for q in spans]
        self._by_text = [q for q in quotes if getattr(q, "cue_span", None) is None and q.cue]
        self._text_starts = [q.start for q in self._by_text]
        self._longest = max((q.end - q.start for q in self._by_text), default=0)

    def speaker(self, start: int, end: int, trigger: str) -> str | None:
        # a cue span overlapping the trigger: only the last one starting before its end can
        i = bisect_left(self._cue_starts, end) - 1
        if i >= 0 and self._by_cue[i].cue_span.end > start:
            return self._by_cue[i].speaker
        # without cue spans: the same cue word near the quotation
        word = trigger.lower()
        lo = bisect_left(self._text_starts, start - _QUOTE_REACH - self._longest)
        hi = bisect_left(self._text_starts, start + _QUOTE_REACH)
        for q in self._by_text[lo:hi]:
            if (q.start - _QUOTE_REACH < start < q.end + _QUOTE_REACH
                    and word in q.cue.lower().split()):
                return q.speaker
        return None


def summary(text: str, clause: Clause, start: int, end: int, width: int = SUMMARY_WIDTH) -> str:
    """One readable line: the clause of the trigger, trimmed around it to `width` characters."""
    line = " ".join(text[clause.start:clause.end].split()).strip(" ,;:–-\"„“”»«")
    if len(line) <= width:
        return line
    trigger = " ".join(text[start:end].split())
    at = max(0, line.find(trigger))
    left = max(0, min(at - width // 3, len(line) - width))
    cut = line[left:left + width - 2]
    if left > 0:
        cut = "…" + cut[cut.find(" ") + 1:] if " " in cut[:20] else "…" + cut
    if left + width - 2 < len(line):
        cut = cut[:cut.rfind(" ")] + " …" if " " in cut[-20:] else cut + "…"
    return cut


def _merge(found: list[_Found], kin: frozenset[frozenset[str]] = frozenset(),
           fallback_kind: str | None = None) -> list[_Found]:
    """One event per happening: mentions of the same kind dated the same day become one.

    Candidates are looked up by day (and by instant), so a long text with many events
    costs linear time, not a comparison of every pair.
    """
    out: list[_Found | None] = []
    position: dict[int, int] = {}  # id(kept event) -> index in out
    by_key: dict[str, list[_Found]] = {}
    for f in sorted(found, key=lambda f: f.order):
        keys = _merge_keys(f)
        seen: set[int] = set()
        twin = None
        for key in keys:
            for o in by_key.get(key, ()):
                if id(o) in position and id(o) not in seen and _same_happening(o, f, kin, fallback_kind):
                    twin = o
                    break
                seen.add(id(o))
            if twin is not None:
                break
        if twin is None:
            position[id(f)] = len(out)
            out.append(f)
            for key in keys:
                by_key.setdefault(key, []).append(f)
            continue
        keep, drop = (twin, f) if _precision(twin.event.value) >= _precision(f.event.value) else (f, twin)
        for name in drop.event.participants:
            if name not in keep.event.participants:
                keep.event.participants.append(name)
        keep.event.location = keep.event.location or drop.event.location
        keep.extra.append(Span(drop.event.field, drop.event.start, drop.event.end))
        keep.extra.extend(drop.extra)
        keep.order = min(keep.order, drop.order)
        if keep is f:
            index = position.pop(id(twin))
            out[index] = f
            position[id(f)] = index
            for key in keys:
                by_key.setdefault(key, []).append(f)
    return [f for f in out if f is not None]


def _merge_keys(f: _Found) -> list[str]:
    value = f.event.value or ""
    keys = ["day " + (value[:10] if len(value) >= 10 else value)]
    if f.instant:
        keys.append("instant " + f.instant)
    if len(value) >= 7 and value[:4].isdigit() and value[4:5] == "-" and value[5:7].isdigit():
        keys.append("month " + value[:7])  # a title's month meets the body's day (below)
    return keys


def _same_happening(a: _Found, b: _Found, kin: frozenset[frozenset[str]] = frozenset(),
                    fallback_kind: str | None = None) -> bool:
    # the very same minute (in absolute time where known) is one happening whatever it is
    # called: "Videotelefonat um 21:30 Uhr MEZ" and "Gespräch um 23:30 Uhr Moskauer Zeit"
    if a.instant and b.instant:
        if a.instant == b.instant:
            return True
    elif _clock(a.event.value) and a.event.value == b.event.value:
        return True
    # kinds one happening is told as ("Telefonat … heute am späten Abend" / "Das Gespräch
    # soll … um 23:30 Uhr beginnen": `[merge] kin`)
    same_kind = a.event.kind == b.event.kind or frozenset((a.event.kind, b.event.kind)) in kin
    if same_kind and a.event.kind == fallback_kind and a.event.trigger.lower() != \
            b.event.trigger.lower():
        # the fallback's kind holds verbs no list knows, whatever they mean: "den Verkehr
        # morgen früh einzustellen" and "den Unterricht für Donnerstag abgesagt" are two
        return False
    if not same_kind or not _same_people(a.event.participants, b.event.participants):
        return False
    if (a.event.status == CANCELLED) != (b.event.status == CANCELLED) \
            and a.event.trigger.lower() != b.event.trigger.lower():
        # "Das Feuerwerk am Abend wurde abgesagt. Das Fest selbst findet statt": called off
        # and on are two things, told by two names
        return False
    if _compatible(a.event.value, b.event.value):
        return True
    # a headline names the month of what the text dates to the day ("Scholz stellt
    # Vertrauensfrage im Januar" / "am 15. Januar ... die Vertrauensfrage stellen")
    return a.in_title != b.in_title and _month_and_day(a.event.value, b.event.value)


def _month_and_day(a: str | None, b: str | None) -> bool:
    """Is one value a month (YYYY-MM) and the other a day or time within it?"""
    short, long = sorted((a or "", b or ""), key=len)
    return (len(short) == 7 and short[:4].isdigit() and short[5:7].isdigit()
            and len(long) >= 10 and long.startswith(short + "-"))


def _same_people(a: list[str], b: list[str]) -> bool:
    # two statements (or meetings) on one day by different people are two events
    return not a or not b or bool(set(a) & set(b))


def _clock(value: str | None) -> bool:
    return bool(value) and len(value) >= 14 and value[10] == "T" and value[11:12].isdigit()


def _compatible(a: str | None, b: str | None) -> bool:
    # a weekday of a week not known ("XXXX-WXX-4", an article dated to its month) is a day
    # like any other: "Am Montag trafen sich die Minister" / "Das Treffen am Montag"
    if not a or not b or not (a[:1].isdigit() or a.startswith(_OPEN_WEEKDAY)) \
            or not (b[:1].isdigit() or b.startswith(_OPEN_WEEKDAY)):
        return False
    if len(a) < 10 or len(b) < 10:
        return a == b  # months, weeks, years: only the very same value
    if a[:10] != b[:10]:
        return False
    # the same day: "heute" and "um 21:30 Uhr" agree; 10:00 and 21:30 are two events
    ta, tb = a[10:], b[10:]
    return not ta or not tb or not (ta[1:2].isdigit() and tb[1:2].isdigit()) or ta == tb


_OPEN_WEEKDAY = "XXXX-WXX-"


def _precision(value: str | None) -> int:
    return len(value or "")
