"""The status of an event: planned, happened, ongoing, cancelled or uncertain.

Decided in this order, because each step is more reliable than the next:
1. an explicit word in the clause: uncertain ("könnte", "might"), cancelled ("abgesagt",
   "called off"; a postponement *to* the anchoring date keeps the event planned);
2. the event's date against the document date: before it -> happened, after it ->
   planned (a planned event in an old article stays planned: only that article's date
   counts);
3. when the date contains the document date (today, this week) or is not a calendar
   date (PRESENT_REF): tense and modality around the trigger, from the time engine's
   tense cues (the trigger itself votes: "kommentierte") -> planned / happened (an
   announcement in the past tense, "hat ... angekündigt", announces a plan); then
   the lexicon's plan words -> planned, its past forms ("trafen") -> happened; else
   ongoing (happening on the day of writing).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from chronik.events.clauses import Clause
from chronik.events.lexicon import EventLanguage
from chronik.model import Timex
from chronik.time.langdata import FoldedScan, fold_text, folded_scan
from chronik.time.tense import FUTURE, PAST, Sentences, tense_at

_LATER_TODAY = ("TEV", "TNI")
# a clock time from noon on: "Um 15 Uhr folgt die erste Familienvorstellung", written that
# day, is still ahead (a morning time may well be past: "Seit 3.30 Uhr stehen die Bahnen still")
_LATER_CLOCK = re.compile(r"T(?:1[2-9]|2[0-3]):\d\d")
PLANNED, HAPPENED, ONGOING, CANCELLED, UNCERTAIN = (
    "planned", "happened", "ongoing", "cancelled", "uncertain")

_DAY = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_UNDATED_WEEKDAY = re.compile(r"XXXX-WXX-\d")
_QUARTER = re.compile(r"(\d{4})-(Q|H)(\d)")


@lru_cache(maxsize=4096)  # asked for the same document date for every trigger
def interval(value: str | None) -> tuple[date, date] | None:
    """First and last day a TIMEX3 value covers, or None for durations, sets and references."""
    if not value or value.startswith("P") or "X" in value[:4]:
        return None
    try:
        if m := _WEEK.match(value):
            first = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            return first, first + timedelta(days=6)
        if m := _QUARTER.match(value):
            year, n = int(m.group(1)), int(m.group(3))
            months = 3 if m.group(2) == "Q" else 6
            first_month = (n - 1) * months + 1
            return date(year, first_month, 1), _month_end(year, first_month + months - 1)
        m = _DAY.match(value)
        if not m:
            return None
        year = int(m.group(1))
        if m.group(3):
            day = date(year, int(m.group(2)), int(m.group(3)))
            return day, day
        if m.group(2):
            month = int(m.group(2))
            return date(year, month, 1), _month_end(year, month)
        if len(value) >= 5 and value[4] == "-" and value[5:7] in ("SP", "SU", "FA", "WI"):
            return date(year, 1, 1), date(year, 12, 31)
        return date(year, 1, 1), date(year, 12, 31)
    except (ValueError, OverflowError):  # 9999-W52 ends after date.max
        return None


# "Ende November", "early next week": the third of the period a modifier points to
_PART_MODS = {"START": 0, "EARLY": 0, "MID": 1, "END": 2, "LATE": 2}


def _part_of(span: tuple[date, date] | None, mod: str | None) -> tuple[date, date] | None:
    """The part of `span` that a TIMEX3 `mod` names: "Der Gipfel findet Ende November
    statt", written on 19 November, is ahead although November holds the day of writing."""
    third = _PART_MODS.get(mod or "")
    if span is None or third is None:
        return span
    length = (span[1] - span[0]).days + 1
    if length < 3:
        return span
    first = span[0] + timedelta(days=length * third // 3)
    last = span[0] + timedelta(days=length * (third + 1) // 3 - 1)
    return first, last


def _month_end(year: int, month: int) -> date:
    return (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1))


@dataclass(frozen=True, slots=True)
class _TenseCues:
    """The three attributes of the time engine's language data that tense_at reads."""

    tense_future: re.Pattern[str]
    tense_past: re.Pattern[str]
    past_form_exceptions: frozenset[str]


@cache
def _tense_data(lang: EventLanguage):
    # reuse the time engine's tense cues; a language without temporal data falls back to
    # the few cues of the event lexicon
    from chronik.time.langdata import load_language

    try:
        return load_language(lang.lang)
    except ValueError:
        fb = lang.tense_fallback
        return _TenseCues(
            re.compile(r"\b(?:" + fb.get("future", "(?!)") + r")\b", re.IGNORECASE),
            re.compile(r"\b(?:" + fb.get("past", "(?!)") + r")\b", re.IGNORECASE),
            frozenset())


_SENTENCE_END = re.compile(r"[.!?]\s")
_SENTENCE_OR_LINE_END = re.compile(r"[.!?]\s|\n")

# the word lists `decide_status` looks for in a trigger's clause (`cue`)
_CUE_PATTERNS = ("uncertain", "cancelled", "counterfactual", "call_verb", "ongoing", "past",
                 "past_auxiliary", "planned_past", "announced", "future_passive",
                 "reported_future", "deadline", "planned")


@cache
def cue_scans(lang: EventLanguage) -> dict[int, FoldedScan]:
    """The cue word lists as `FoldedScan`s, by `id` of the pattern (a pattern's own hash
    reads its whole compiled code). The lists are case-insensitive and open with "not
    inside a word", so the engine tried every alternative at every position of a clause;
    their lowercased copies run on the lowercased text, are factored by first letter and
    skip, in C, the positions where no cue word can begin: the same matches (~13 scans per
    trigger). Built when the language is first used (`annotate`)."""
    patterns = (getattr(lang, name) for name in _CUE_PATTERNS)
    return {id(p): folded_scan(p) for p in patterns if p is not None}


def _demand_before(text: str, start: int, lang: EventLanguage) -> str | None:
    """A demand verb before the trigger in its sentence (up to 150 characters back; an
    ordinal's dot may end the search early, which only makes it stricter)."""
    lo = max(0, start - 150)
    end = None
    for end in _SENTENCE_END.finditer(text, lo, start):
        pass
    lo = end.end() if end else lo
    found = None
    for m in lang.demanded.finditer(text, lo, start):
        found = m
    return found.group(0) if found else None


def conjoined_at(text: str, lo: int, start: int, lang: EventLanguage) -> int:
    """Where a verb at `start` right after a conjunction ("… und trifft") begins its own
    part of the clause: the end of that conjunction, or -1."""
    at = -1
    if lang.coordinator is not None:
        for k in lang.coordinator.finditer(text, max(lo, start - 12), start):
            if not text[k.end():start].strip():
                at = k.end()
    return at


def _negation_of(text: str, trigger: tuple[int, int], c_start: int, c_end: int, pos: str,
                 lang: EventLanguage) -> re.Match[str] | None:
    """The negation of a trigger in its clause: just before it (a noun) or anywhere before
    it (a verb), but not across a conjunction right before a verb ("reist nicht nach Paris
    und trifft … am Montag": the meeting is on); and, in a verb-second language, after a
    finite verb up to the next conjunction ("reist am Donnerstag nicht nach Paris")."""
    lo = max(c_start, trigger[0] - (60 if pos == "verb" else 12))
    if pos == "verb":
        lo = max(lo, conjoined_at(text, lo, trigger[0], lang))
    assert lang.negated_verb is not None
    if m := lang.negated_verb.search(text, lo, trigger[0]):
        return m
    if pos != "verb" or lang.negated_after is None:
        return None
    hi = c_end
    if lang.coordinator is not None and (k := lang.coordinator.search(text, trigger[1], c_end)):
        hi = k.start()
    # (the pattern looks past the clause for a contrast: "nicht nach Rom, sondern nach Mailand")
    m = lang.negated_after.search(text, trigger[1], hi + 90)
    return m if m is not None and m.end() <= hi else None


def _only_times_between(text: str, start: int, end: int, times: Sequence[Timex],
                        lang: EventLanguage) -> bool:
    """Whether only time expressions and the words linking them stand between `start` and
    `end` ("originally scheduled for | Saturday night at | 7:30 p.m.")."""
    rest, at = [], start
    for x in times:
        if start <= x.start and x.end <= end:
            rest.append(text[at:x.start])
            at = x.end
    rest.append(text[at:end])
    return all(not part.strip(" ,") or lang.link_between.fullmatch(part.strip(" ,") + " ")
               for part in rest)


PARTICIPLE_REACH = 40  # characters after a participle's clause in which its verb is looked for


def decide_status(text: str, trigger: tuple[int, int], clause: Clause, timex: Timex | None,
                  doc_date: str | None, lang: EventLanguage,
                  times: Sequence[Timex] = (), reporting: bool = False,
                  rest: Clause | None = None, pos: str = "noun") -> tuple[str, str]:
    """(status, reason) for the trigger text[trigger[0]:trigger[1]] in its clause.

    `times` are the time expressions of the sentence: a cue word inside one is part of a
    date, not a modal ("May 3" is no "may").
    """
    c_start, c_end = clause.start, clause.end
    # what a trigger introduces ("said [that] the blockade may be extended") has its own
    # modality: a reporting verb is judged by itself, other triggers up to "that"/"dass"
    if reporting:
        c_end = trigger[1]
        # "The summit has been called off, officials said": the frame after the clause is
        # judged from its own comma on
        comma = text.rfind(",", c_start, trigger[0])
        if comma >= 0:
            c_start = comma + 1
    elif m := lang.reported_from.search(text, trigger[1], c_end):
        c_end = m.start()
    if not reporting and lang.cause_opener is not None \
            and (m := lang.cause_opener.search(text, trigger[1], c_end)):
        c_end = m.start()  # "postponed a visit … after the ministry had announced the trip"

    folded, scans = fold_text(text), cue_scans(lang)
    seen: dict[int, re.Match[str] | None] = {}  # the same cue is asked for up to five times

    def cue(pattern: re.Pattern[str]) -> re.Match[str] | None:
        key = id(pattern)
        if key in seen:
            return seen[key]
        found = None
        for a, b in scans[key].spans(text, folded, c_start, c_end):
            if not any(t.start <= a and b <= t.end for t in times):
                found = pattern.match(text, a, c_end)  # the match finditer gave there
                break
        seen[key] = found
        return found

    if lang.condition_opener is not None:
        # "If convicted, Brennan would be sentenced early next year": the clause after a
        # condition that opens the sentence is as uncertain as the condition
        opened = None
        for opened in _SENTENCE_OR_LINE_END.finditer(text, max(0, trigger[0] - 200),
                                                     trigger[0]):
            pass
        lo = opened.end() if opened else max(0, trigger[0] - 200)
        if (opened is not None or lo == 0) and lang.condition_opener.match(text, lo) \
                and "," in text[lo:trigger[0]]:
            return UNCERTAIN, "after a condition that opens the sentence"
    if timex is not None and lang.superseded is not None and (
            m := lang.superseded.search(text, max(c_start, timex.start - 60), timex.start)) \
            and _only_times_between(text, m.end(), timex.start, times, lang):
        # "The hearing, originally set for Feb. 25, …": that date was the old plan, whatever
        # else the clause doubts ("… postponed to May 6 because two ministers could not attend")
        return CANCELLED, f"superseded plan ({m.group(0)!r})"
    # "könnte verschoben werden": a possible cancellation is uncertain, not cancelled
    if m := cue(lang.uncertain):
        span, today = interval(timex.value if timex else None), interval(doc_date)
        words = m.group(0).lower().split()
        if not (words[0] in lang.plan_modals and span and today and span[0] > today[1]
                and lang.plan_deadline.intersection(words)):
            return UNCERTAIN, f"cue {m.group(0)!r}"
        # "Das Programm soll bis Ende 2027 abgeschlossen sein": hearsay tells the past; a
        # deadline after the document date makes it a plan
    if rest is not None and not reporting and (m := lang.cancelled.search(text, rest.start, rest.end)):
        # "The meeting, which had been scheduled for June 30, was cancelled": the main
        # clause goes on after the relative clause that dates the trigger ("A hearing for
        # Lowe, who pleaded guilty, has been postponed to May 5": to that date, planned)
        if timex is not None and rest.start <= timex.start \
                and lang.rescheduled_to.search(text, rest.start, timex.start):
            return PLANNED, f"postponed to this date ({m.group(0)!r}) after the relative clause"
        return CANCELLED, f"cue {m.group(0)!r} after the relative clause"
    negated_cancel = False
    m = cue(lang.cancelled)
    while m and m.end() <= trigger[0]:
        # "were suspended for hours and resumed Friday": the first verb's word; "was
        # cancelled after the lead actor broke his ankle": the cause happened. A cancelling
        # word after the conjunction or the clause of cause may still be the trigger's ("was
        # scrubbed because of a fault, and a second window was called off")
        k = lang.coordinator.search(text, m.end(), trigger[0]) \
            if pos == "verb" and lang.coordinator is not None else None
        if k is None and lang.cause_opener is not None:
            k = lang.cause_opener.search(text, m.end(), trigger[0])
        if k is None:
            break
        m = lang.cancelled.search(text, k.end(), c_end)
    if m and pos == "noun" and timex is not None and timex.end <= m.start() < trigger[0] \
            and text[m.end():trigger[0]].strip():
        # "Brandt on Monday postponed a visit": Monday is when it was called off, and the
        # event of that day is the calling off (not a cancelling word right before its noun,
        # "Monday's canceled session", "die am Montag abgesagte Sitzung")
        span, today = interval(timex.value), interval(doc_date)
        if span and today and span[0] <= today[1]:
            return HAPPENED, f"the time dates the calling off ({m.group(0)!r})"
        m = None
    if m and pos == "noun" and lang.reference_before is not None \
            and lang.reference_before.search(text, max(c_start, trigger[0] - 40), trigger[0]):
        m = None  # "nach der Landtagswahl vom 22. September sind die Gespräche geplatzt"
    if m:
        if lang.negated_verb is not None and not lang.negated_verb.search(m.group(0)) \
                and lang.negated_verb.search(text, max(c_start, m.start() - 12), m.start()):
            # "Die Reise wurde nicht abgesagt", "was not cancelled": it is still on, and
            # the negation is the cancellation's, not the event's
            negated_cancel = True
        elif timex is not None and (to := lang.rescheduled_to.search(text, c_start, timex.start)) \
                and not (trigger[0] <= to.start() and to.end() <= trigger[1]) \
                and (lang.postponed is None or lang.postponed.search(text, c_start, c_end)):
            # (not the "to" of the trigger itself: "had to scrub Sunday's launch"; nor what
            # was called off, not moved: "Das Nachtshopping bis 23 Uhr wurde abgesagt")
            return PLANNED, f"postponed to this date ({m.group(0)!r})"
        elif pos == "verb" and m.start() == trigger[0] and lang.active_perfect is not None \
                and lang.active_perfect.search(text, c_start, trigger[0]) and timex is not None \
                and (span := interval(timex.value)) and (today := interval(doc_date)) \
                and span[1] < today[0] and not lang.call_date.search(
                    text, max(0, timex.start - 12), timex.start) \
                and not lang.planned.search(text, c_start, timex.start):
            # "Die Stadt hat den Umzug gestern abgesagt": the calling off is the event, done
            # (not the day of what was called off: "hatte den Unterricht für heute abgesagt",
            # "had cancelled all sailings scheduled for Tuesday")
            return HAPPENED, f"the calling off ({m.group(0)!r}) in the active perfect"
        else:
            return CANCELLED, f"cue {m.group(0)!r}"
    # "Eigentlich hätte das Treffen am Freitag enden sollen": what should have been, was not
    if lang.counterfactual is not None and (m := cue(lang.counterfactual)):
        return CANCELLED, f"counterfactual ({m.group(0)!r})"
    # "Die Gewerkschaft hat am Montag nicht gestreikt": a negated verb did not happen; so
    # does a noun form right after the negation ("did not launch"), or one whose subject
    # is "no one" ("No candidate won")
    if lang.negated_verb is not None and not negated_cancel and (m := _negation_of(
            text, trigger, c_start, c_end, pos, lang)):
        if timex is not None and lang.negated_until is not None \
                and lang.negated_until.search(text, max(c_start, timex.start - 12), timex.start):
            # "will not hear any cases until October": they resume then
            return PLANNED, f"not until this time ({m.group(0)!r})"
        return CANCELLED, f"negated ({m.group(0)!r})"
    if lang.no_subject is not None and pos == "verb" and lang.no_subject.match(text, c_start):
        return CANCELLED, "no one did it"
    # "forderte, die Vertrauensfrage in der kommenden Woche zu stellen": what someone
    # demands or urges is not yet decided, whatever the tense of the demand
    # ... but a call to the event itself ("zu einem Warnstreik aufgerufen") announces it
    called = cue(lang.call_verb) if lang.call_to.search(
        text, max(c_start, trigger[0] - 40), trigger[0]) else None
    if not called and (demand := _demand_before(text, trigger[0], lang)) and not \
            lang.announced_venue.search(text, max(c_start, trigger[0] - 40), trigger[0]):
        return UNCERTAIN, f"demanded ({demand!r})"  # not the occasion: "auf dem Parteitag"
    span = _part_of(interval(timex.value if timex else None), timex.mod if timex else None)
    today = interval(doc_date)
    if span and today:
        if span[1] < today[0]:
            if cue(lang.ongoing):
                return ONGOING, "began before the document date and goes on"
            if timex is not None and lang.period_start.search(
                    text, max(0, timex.start - 12), timex.start):
                return ONGOING, "goes on since that date"  # "Seit Montag streiken die Piloten"
            return HAPPENED, "before the document date"
        if span[0] > today[1] and timex is not None and lang.until_before is not None \
                and (cue(lang.ongoing) or lang.past_form.fullmatch(text, trigger[0], trigger[1])) \
                and lang.until_before.search(text, max(c_start, timex.start - 12), timex.start):
            # "Die Ausstellung läuft noch bis zum 30. August"; "has issued flood warnings
            # until Friday": what was done holds until then
            return ONGOING, "goes on until that date"
        if span[0] > today[1]:
            return PLANNED, "after the document date"
    if timex is not None and lang.period_start.search(
            text, max(0, timex.start - 12), timex.start) and not cue(lang.past) \
            and not cue(lang.past_auxiliary) and not lang.past_form.fullmatch(
                text, trigger[0], trigger[1]):
        # "Die Lokführer streiken seit Mittwochabend", written that Wednesday (no past
        # form: "seit" alone makes the tense vote look back)
        return ONGOING, "goes on since that time"
    if timex is not None and timex.value == "PAST_REF":
        return HAPPENED, "refers to the past"
    if timex is not None and timex.value == "FUTURE_REF":
        return PLANNED, "refers to the future"
    if called:
        if span and today and span[0] == span[1] == today[0] == today[1] \
                and cue(lang.past_auxiliary):
            # "Verdi hatte für den 12. März zu einem Warnstreik aufgerufen", written that
            # 12 March: the call lies back, the strike is under way
            return ONGOING, f"called for the day of writing ({called.group(0)!r})"
        return PLANNED, f"called for ({called.group(0)!r})"
    if cue(lang.planned_past):
        return PLANNED, "planned (in the past tense)"
    # "hat für Montag einen Streik angekündigt": the announcement is past, the event it
    # announces is not (a date before the document date has decided above). Not when the
    # trigger is the announcing itself, or the occasion where it was made ("auf einer
    # Pressekonferenz angekündigt")
    if (m := cue(lang.announced)) and not trigger[0] <= m.start() < trigger[1] \
            and not lang.announced_venue.search(text, max(c_start, trigger[0] - 40), trigger[0]) \
            and not (timex is not None and timex.start >= m.end()
                     and lang.link_between.fullmatch(text, m.end(), timex.start)
                     and text[m.end():timex.start].strip(" ,") not in lang.announced_for):
        # (a time right after the announcing dates the announcing, "The decision was
        # announced at 12:15 p.m.": what was announced is no longer ahead)
        return PLANNED, f"announced ({m.group(0)!r})"
    if cue(lang.future_passive) and not cue(lang.past_auxiliary):
        return PLANNED, "passive with a present or future auxiliary"  # "wird … gewählt"
    if lang.reported_future is not None and (m := cue(lang.reported_future)) \
            and not cue(lang.past_auxiliary):
        # "Die Verhandlungen würden am Samstag fortgesetzt, sagte ein Sprecher"
        return PLANNED, f"future in reported speech ({m.group(0)!r})"
    if lang.deadline is not None and timex is not None and lang.deadline_before is not None \
            and (m := cue(lang.deadline)) and not cue(lang.past_auxiliary) \
            and lang.deadline_before.search(text, max(c_start, timex.start - 12), timex.start):
        return PLANNED, f"a deadline ({m.group(0)!r} … until that time)"
    if lang.remains is not None and span and today and span[0] <= today[0] <= span[1] \
            and (m := lang.remains.search(text, c_start, trigger[0])):
        # "Am heutigen Mittwoch bleiben Hunderte Apotheken geschlossen": a state that goes on
        return ONGOING, f"a state going on ({m.group(0)!r})"
    # the trigger itself votes too (a zero-width position): "kommentierte" is past
    tense = tense_at(text, trigger[0], trigger[0], Sentences([c_start], [c_end]),
                     _tense_data(lang))
    if tense == FUTURE:
        return PLANNED, "future tense or modal"
    if tense == PAST:
        return HAPPENED, "past tense"
    if m := cue(lang.planned):
        return PLANNED, f"cue {m.group(0)!r}"
    if m := cue(lang.past):
        return HAPPENED, f"past form {m.group(0)!r}"
    if m := cue(lang.ongoing):
        return ONGOING, f"cue {m.group(0)!r}"
    if timex is not None and _UNDATED_WEEKDAY.match(timex.value or ""):
        # "Am Montag reist Selenskyj nach München" in an article dated only to its month:
        # a weekday in the present tense is, in news, a day ahead
        return PLANNED, "present tense with a weekday (the day of writing unknown)"
    if timex is not None and _DAY_VALUE.match(timex.value or "") and not (
            doc_date and _DAY_VALUE.match(doc_date)):
        # "Zuvor spielt Leverkusen am 22. Mai in Dublin", dated only to May: a day in the
        # present tense is, in news, a day ahead, as above
        return PLANNED, "present tense with a date (the day of writing unknown)"
    if lang.participle_opener is not None and (
            lang.participle_opener.match(text, c_start)
            or lang.participle_opener.search(text, c_start, trigger[0]) is not None) \
            and lang.past.search(text, c_end, min(len(text), c_end + PARTICIPLE_REACH)):
        # "Alvarado, speaking at a briefing at 10 a.m. on Tuesday, said …": the briefing
        # is as past as the saying
        return HAPPENED, "a participle's clause before a past verb"
    if timex is not None and doc_date and timex.value[:10] == doc_date[:10] \
            and (timex.value.endswith(_LATER_TODAY) or _LATER_CLOCK.match(timex.value, 10)):
        # "Außenminister beraten heute am späten Abend": an evening or a night of the day
        # of writing, or a clock time from noon on, is, in the present tense, still ahead
        return PLANNED, "present tense, later on the document date"
    return ONGOING, "present tense on the document date"
