"""Stage 2 of temporal tagging: turn a mention's typed parse into a TIMEX3 value.

Values are computed against an anchor: the document date for deictic and
under-specified expressions ("heute", "am 10. Januar", "vergangene Woche"), the last
date the text mentioned for narrative ones ("zwei Tage später", "am selben Tag"), and
the date named in the same sentence for clock times and parts of the day. Tense and
modality around an under-specified date decide between its past and future readings.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, insort
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache

from chronik.time import calendar as cal
from chronik.time.extract import Mention
from chronik.time.langdata import FoldedScan, LanguageData, fold_text, folded_scan
from chronik.time.tense import (
    FUTURE,
    NONE,
    PAST,
    Sentences,
    outside_weight,
    quotation_around,
    sentences_of,
    tense_at,
    tense_score,
)
from chronik.time.zones import format_offset, offset_for, to_instant

# days a weekday reading against the tense counts further away (7: the tense decides);
# a language may soften it (`[tense] weekday_against_tense`)
WEEKDAY_AGAINST_TENSE = 7
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
DURATION_UNITS = {"Y": ("Y", 1), "M": ("M", 1), "W": ("W", 1), "D": ("D", 1), "H": ("TH", 1),
                  "MIN": ("TM", 1), "S": ("TS", 1), "DE": ("Y", 10), "CE": ("Y", 100),
                  "Q": ("M", 3), "WE": ("WE", 1), "NIGHT": ("D", 1),
                  "QH": ("TM", 15)}  # a quarter of an hour
MOD_NAMES = {"START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER",
             "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}


@dataclass
class Anchor:
    """The document date as far as it is known: a day, or only a month or year."""

    day: date | None
    precision: str  # "day", "month", "year" or "none"
    narrative: bool = False  # the time a story has reached, not the day of writing

    @property
    def known(self) -> bool:
        return self.day is not None

    def describe(self) -> str:
        if self.day is None:
            return "no document date"
        if self.precision == "day":
            return f"document date {self.day.isoformat()}"
        if self.precision == "month":
            return f"document month {self.day.strftime('%Y-%m')}"
        return f"document year {self.day.year}"


@dataclass
class Resolution:
    type: str
    value: str
    mod: str | None = None
    utc_offset: str | None = None
    instant: str | None = None
    anchor: str | None = None
    note: str | None = None
    day: date | None = None  # the calendar day, when the value pins one
    points_to: str | None = None  # an offset's duration: the point it leads to


@dataclass
class Point:
    """A resolved calendar point before the time of day is added."""

    value: str
    day: date | None = None
    anchor: str | None = None
    note: str | None = None


@dataclass
class Context:
    text: str
    data: LanguageData
    anchor: Anchor
    sentences: Sentences
    last_day: date | None = None
    last_year: int | None = None  # the year of the last DATE mentioned, at any granularity
    sentence_days: dict[int, list[tuple[int, date]]] = field(default_factory=dict)
    # (sentence, the evening's day) -> the morning's day of a "Nacht zum Sonntag" there
    night_mornings: dict[tuple[int, date], date] = field(default_factory=dict)
    last_week: date | None = None  # a day of the last week named after the last day named
    # (position, the morning's day) of every night named, in order ("in der Neujahrsnacht")
    nights: list[tuple[int, date]] = field(default_factory=list)
    places: list[tuple[int, str]] | None = None  # place names in the text, found on first need
    last_month: tuple[int, int] | None = None  # (year, month) of the last DATE with a month
    last_quarter: tuple[int, str] | None = None  # (sentence index, value) of the last quarter
    last_period: tuple[int, str] | None = None  # (sentence, value) of the last period named
    tense_scores: dict[tuple[int, int], float] = field(default_factory=dict)
    # (pattern source, sentence index) -> the pattern's (start, end) hits in that sentence:
    # each sentence is scanned once, not once per expression in it (a long sentence full
    # of dates would otherwise cost its length times its dates)
    sentence_hits: dict[tuple[str, int], list[tuple[int, int]]] = field(default_factory=dict)
    # weekdays without a known week ("XXXX-WXX-4") by sentence, in order: a clock time after
    # one in its sentence is on that weekday ("Ab Donnerstagabend, etwa 20 Uhr" in an
    # article dated only to its month)
    # per sentence: (position, weekday value, the evening's weekday for a night mention)
    sentence_weekdays: dict[int, list[tuple[int, str, str | None]]] = field(default_factory=dict)
    # weekday -> the day of the last date named with its weekday ("Mittwoch, dem 9. November")
    dated_weekdays: dict[int, tuple[date, int]] = field(default_factory=dict)  # (day, tense)
    # sentence -> the year a sentence is set in, named at its start or after `[anchoring]
    # year_frame` ("Im vergangenen Jahr hatte Lindenau am 3. März …", "In 2019, … on
    # March 3"): a date after it in that sentence that leaves its year open is of that year
    sentence_years: dict[int, int] = field(default_factory=dict)
    # (position, day, hour) of the last clock time resolved to a day ("war gestern gegen 16.40
    # Uhr ausgebrochen. Erst kurz nach 1.30 Uhr …": the small hours after it are the next day's)
    last_clock: tuple[int, date, int] | None = None
    # the mentions that name a clock time, in order ("von 3 Uhr bis 3 Uhr am Freitag")
    clock_mentions: list[Mention] = field(default_factory=list)

    def hits_in_sentence(self, words: str, i: int) -> list[tuple[int, int]]:
        key = (words, i)
        found = self.sentence_hits.get(key)
        if found is None:
            found = self.sentence_hits[key] = [h.span() for h in _schedule_pattern(words).finditer(
                self.text, self.sentences.starts[i], self.sentences.ends[i])]
        return found

    def tense(self, m: Mention) -> int:
        if _after_since(self, m.start):
            return PAST  # "Seit dem Wochenende wird gestreikt": where a period began is past
        score = self.tense_score(m)
        return FUTURE if score > 0.05 else PAST if score < -0.05 else NONE

    def tense_score(self, m: Mention) -> float:
        # asked twice for some expressions (the tense, then how sure it is): weigh once
        key = (m.start, m.end)
        if key not in self.tense_scores:
            self.tense_scores[key] = (
                tense_score(self.text, m.start, m.end, self.sentences, self.data)
                + self._schedule_score(m))
        return self.tense_scores[key]

    def _schedule_score(self, m: Mention) -> float:
        """A present-tense schedule verb in the sentence (`[tense] present_schedule`) leans
        the expression ahead, weighted by its distance like the other cues, at half weight."""
        words = self.data.raw.get("tense", {}).get("present_schedule")
        if not words:
            return 0.0
        hits = self.hits_in_sentence(words, self.sentences.index(m.start))
        # the nearest hit ending before the expression and the nearest one after it decide
        # (hits do not overlap, so their ends are in order too)
        k = bisect_left(hits, (m.start + 1,))
        near = hits[max(0, k - 2):k + 2]
        best = 0.0
        for h_start, h_end in near:
            distance = m.start - h_end if h_end <= m.start else max(0, h_start - m.end)
            weight = 1.0
            if _in_subordinate_clause_at(self, h_start):
                # "Aurich, der eines der Teams leitet, berichtete, … am Montagmorgen …": a
                # schedule verb in a relative or subordinate clause leans less on what is outside it
                between = (h_end, m.start) if h_end <= m.start else (m.end, h_start)
                weight = outside_weight(self.text, *between, self.data)
            best = max(best, weight / (1.0 + distance / 25.0))
        # half a future cue: a present tense leans ahead, it does not say so ("Der am
        # Dienstag … verletzte Spieler reist nun nach Sardinien": the injury was past)
        return 0.5 * best

    def lookup(self, table: str, text: str | None):
        if text is None or table not in self.data.vocab:
            return None
        return self.data.vocab[table].lookup(text)

    def number(self, text: str | None) -> float | None:
        if not text:
            return None
        t = text.strip()
        if t[0].isdigit():
            try:
                return float(t.replace(",", "."))
            except ValueError:
                return None
        value = self.lookup("numbers", t)
        if value in ("sum", "product"):  # words the language adds ("twenty-four") or
            # multiplies ("four hundred")
            parts = [self.lookup("numbers", w) for w in re.split(r"[\s-]+", t) if w]
            if not parts or any(not isinstance(v, (int, float)) for v in parts):
                return None
            return float(sum(parts) if value == "sum" else math.prod(parts))
        return float(value) if value is not None else None


# --------------------------------------------------------------------------- helpers

def _mod(m: Mention, ctx: Context) -> str | None:
    for group, table in (("mod", "mods"), ("approx", "approx")):
        value = ctx.lookup(table, m.groups.get(group))
        if value in MOD_NAMES:
            return value
    return None


def _tense_name(t: int) -> str:
    return {PAST: "past tense", FUTURE: "future/modal", NONE: "no tense cue"}[t]


def _choose(candidates: list[tuple[int, object]], tense: int, pivot: int,
            half_year: int = 183) -> object | None:
    """Pick among readings keyed by an ordinal (days or months): the nearest to the anchor,
    where a reading against the tense counts as half a year further away. Tense decides
    close calls ("im Dezember" in June) but cannot drag "am 12. Januar ... geplant" in a
    late-December article a year back because a stray participle sits in the sentence."""
    def cost(c: tuple[int, object]) -> tuple[int, bool]:
        distance = abs(c[0] - pivot)
        if (tense == PAST and c[0] > pivot) or (tense == FUTURE and c[0] < pivot):
            distance += half_year
        return distance, c[0] < pivot  # a tie goes to the future: news announce more than recall
    return min(candidates, key=cost)[1]


def _postponed_target(m: Mention, ctx: Context) -> bool:
    return postponed_target(ctx.text, m.start, m.end, ctx.data)


def postponed_target(text: str, start: int, end: int, data: LanguageData) -> bool:
    """Is text[start:end] the new date of a postponement (`[anchoring] postponed_before`
    right before it: "postponed until", "verschoben auf den"; or `postponed_preposition`
    before and `postponed_after` after it: "auf den 3. April verschoben")?"""
    anchoring = data.raw.get("anchoring", {})
    before, prep, after = (anchoring.get(k) for k in (
        "postponed_before", "postponed_preposition", "postponed_after"))
    lo = max(0, start - 60)
    if before and _compiled_cached(before).search(text[lo:start]):
        return True
    return bool(prep and after and _compiled_cached(prep).search(text[lo:start])
                and _compiled_cached(after).match(text, end))


def _sure_tense(m: Mention, ctx: Context, tense: int, key: str = "strong_cue") -> bool:
    """Whether the tense cues weigh at least the language's `[tense] strong_cue` (a listed
    verb right before the expression, "said Thursday"): then the tense decides alone. A
    month alone may have a threshold of its own (`strong_cue_month`)."""
    tenses = ctx.data.raw.get("tense", {})
    strong = tenses.get(key, tenses.get("strong_cue"))
    if key != "strong_cue" and tenses.get("counterfactual") and _compiled_cached(
            tenses["counterfactual"]).search(ctx.text, *ctx.sentences.bounds(m.start)):
        # "der im März hätte beginnen sollen": what should have been is a strong past cue
        # of a time that may lie ahead; the tense leans, it does not decide
        return False
    return strong is not None and tense != NONE and abs(ctx.tense_score(m)) >= float(strong)


def _sentence_year(m: Mention, ctx: Context) -> int | None:
    """The year the mention's sentence is set in (`Context.sentence_years`), if any."""
    return ctx.sentence_years.get(ctx.sentences.index(m.start)) if ctx.sentence_years else None


def _sets_sentence_year(m: Mention, ctx: Context) -> bool:
    """Whether a year stands where it sets the scene of its sentence: at the sentence's start
    or after `[anchoring] year_frame` there ("Im Jahr 2019", "Im vergangenen Jahr"), not as
    a beginning or end ("seit 2019", "bis 2019")."""
    frame = ctx.data.raw.get("anchoring", {}).get("year_frame")
    if not frame:
        return False
    i = ctx.sentences.index(m.start)
    before = ctx.text[ctx.sentences.starts[i]:m.start]
    return not before.strip(" \t\n\"„“”»«'") or bool(_compiled_cached(frame).search(before))


def _year_of(m: Mention, ctx: Context) -> int | None:
    # `year_before`: a year said before the rest ("the 1988 second quarter")
    year = m.groups.get("year") or m.groups.get("year_before")
    if year:
        if year.isdigit():
            return int(year)
        return _spoken_year(year, ctx)
    if m.groups.get("year_dir") and ctx.anchor.known:  # "next year's first quarter"
        direction = ctx.lookup("directions", m.groups["year_dir"])
        if direction is not None:
            return ctx.anchor.day.year + int(direction)
    if m.groups.get("year2"):
        two = int(m.groups["year2"])
        base = ctx.anchor.day.year if ctx.anchor.day else 2000
        century = base // 100 * 100
        year = century + two
        return year - 100 if year > base + 20 else year
    return None


def _spoken_year(words: str, ctx: Context) -> int | None:
    """A year said in words, as hundreds and the rest: "nineteen ninety-six" = 19 * 100 + 96,
    "nineteen hundred" = 1900 (the number words come from the `numbers` table)."""
    parts = words.split(None, 1)
    if len(parts) != 2:
        return None
    hundreds, rest = ctx.number(parts[0]), ctx.number(parts[1])
    if hundreds is None or rest is None:
        return None
    rest = 0 if rest == 100 else rest
    return int(hundreds * 100 + rest) if 0 <= rest < 100 else None


def _month_of(m: Mention, ctx: Context) -> int | None:
    if m.groups.get("month"):
        return ctx.lookup("months", m.groups["month"])
    if m.groups.get("month_num"):
        return int(m.groups["month_num"])
    return None


# --------------------------------------------------------------------------- calendar points

def _day_month(m: Mention, ctx: Context, day: int, month: int) -> Point | None:
    year = _year_of(m, ctx)
    weekday = ctx.lookup("weekdays", m.groups.get("weekday"))
    if year is not None:
        d = cal.safe_date(year, month, day)
        return Point(cal.fmt_day(d), d, note="explicit date") if d else None
    if not ctx.anchor.known:
        return Point(f"XXXX-{month:02d}-{day:02d}", None, note="no year and no document date")
    a = ctx.anchor.day
    if m.rule.options.get("year_direction"):  # "zum 1. Januar kommenden Jahres"
        direction = ctx.lookup("directions", m.groups.get("dir"))
        d = cal.safe_date(a.year + int(direction or 0), month, day)
        return Point(cal.fmt_day(d), d, anchor=ctx.anchor.describe(),
                     note="year from direction word") if d else None
    framed = _sentence_year(m, ctx)
    if framed is not None and (d := cal.safe_date(framed, month, day)) is not None:
        return Point(cal.fmt_day(d), d, anchor=f"year of the sentence {framed}",
                     note="year named earlier in the sentence")
    tense = ctx.tense(m)
    cands = []
    for y in (a.year - 1, a.year, a.year + 1):
        d = cal.safe_date(y, month, day)
        if d is None:
            continue
        if weekday and d.isoweekday() != weekday:
            continue
        cands.append((d.toordinal(), d))
    if not cands:  # the weekday fits no nearby year: trust the day and month
        cands = [(d.toordinal(), d) for y in (a.year - 1, a.year, a.year + 1)
                 if (d := cal.safe_date(y, month, day))]
    if not cands:
        return None
    if _postponed_target(m, ctx):
        # "auf den 3. April verschoben" in June: a postponement's new date lies ahead
        cands = [c for c in cands if c[0] > a.toordinal()] or cands
    elif (slot := _anchoring_pattern(ctx, "original_slot")) is not None and slot.search(
            ctx.text, max(0, m.start - 40), m.start):
        # "The hearing, originally set for March 10, was pushed back": the slot of a plan
        # since changed may lie on either side of today; the nearest is meant
        tense = NONE
    # a sure cue ("opened on Aug. 6") lets the tense decide: the reading against it counts a
    # full year further instead of half a year
    d = _choose(cands, tense, a.toordinal(), 365 if _sure_tense(m, ctx, tense) else 183)
    return Point(cal.fmt_day(d), d, anchor=ctx.anchor.describe(),
                 note=f"year from {_tense_name(tense)}")


_MONTH_AND_YEAR = re.compile(r"\s*([^\W\d]+)\.?\s+(\d{4})\b")


def _range_end_year(m: Mention, ctx: Context, month: int) -> int | None:
    """"zwischen Mai und August 2025", "from May to August 2025": the year of the range's
    end (`[anchoring] month_range_link` between them) is the first month's too, or the one
    before when the first month comes later in the year."""
    link = ctx.data.raw.get("anchoring", {}).get("month_range_link")
    if not link:
        return None
    hit = _compiled_cached(r"\s*(?:" + link + r")\b").match(ctx.text, m.end)
    after = _MONTH_AND_YEAR.match(ctx.text, hit.end()) if hit else None
    if after is None:
        return None
    end_month = ctx.lookup("months", after.group(1))
    if not isinstance(end_month, int):
        return None
    year = int(after.group(2))
    return year if month <= end_month else year - 1


def _month_only(m: Mention, ctx: Context, month: int) -> Point | None:
    year = _year_of(m, ctx)
    if year is not None:
        return Point(cal.fmt_month(year, month), note="explicit month and year")
    if not ctx.anchor.known:
        return Point(f"XXXX-{month:02d}", note="no document date")
    a = ctx.anchor.day
    direction = ctx.lookup("directions", m.groups.get("dir"))
    if m.rule.options.get("year_direction"):  # "im August vorigen Jahres"
        return Point(cal.fmt_month(a.year + int(direction or 0), month),
                     anchor=ctx.anchor.describe(), note="year from direction word")
    pivot = a.year * 12 + a.month - 1
    cands = [((y * 12 + month - 1), y) for y in (a.year - 1, a.year, a.year + 1)]
    framed = _sentence_year(m, ctx) if direction is None else None
    if framed is not None:
        return Point(cal.fmt_month(framed, month), anchor=f"year of the sentence {framed}",
                     note="year named earlier in the sentence")
    ranged = _range_end_year(m, ctx, month) if direction is None else None
    if ranged is not None:
        return Point(cal.fmt_month(ranged, month), anchor="year of the range's end",
                     note="a range to a month with its year")
    if direction == 0:
        # "this September", "diesen September": the month of the anchor's year, whatever
        # the tense ("with the election due this September" in February)
        return Point(cal.fmt_month(a.year, month), anchor=ctx.anchor.describe(),
                     note="direction word: this year's")
    if direction is not None:
        # "vergangenen Juni": the last June before the anchor month; "nächsten Juni" the next
        cands = [c for c in cands if (c[0] < pivot if direction < 0 else c[0] > pivot)]
        y = max(cands)[1] if direction < 0 else min(cands)[1]
        note = "direction word"
    else:
        tense = ctx.tense(m)
        if _postponed_target(m, ctx):  # "auf April verschoben" in June: next April
            cands = [c for c in cands if c[0] > pivot] or cands
        y = _choose(cands, tense, pivot,
                    half_year=12 if _sure_tense(m, ctx, tense, "strong_cue_month") else 6)
        note = f"year from {_tense_name(tense)}"
    return Point(cal.fmt_month(y, month), anchor=ctx.anchor.describe(), note=note)


def _nth_weekday(m: Mention, ctx: Context, n: int, weekday: int, month: int) -> Point | None:
    """The n-th (-1: the last) such weekday of the month, in the year the month alone would
    be read in."""
    of_month = _month_only(m, ctx, month)
    if of_month is None or not of_month.value[:4].isdigit():
        return of_month
    year = int(of_month.value[:4])
    if n > 0:
        d = cal.weekday_on_or_after(date(year, month, 1), weekday) + timedelta(days=7 * (n - 1))
    else:
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        d = cal.weekday_on_or_before(last, weekday)
    if d.month != month:
        return None  # "the fifth Monday" of a month with four
    return Point(cal.fmt_day(d), d, anchor=of_month.anchor, note=of_month.note)


def _weekday(m: Mention, ctx: Context, weekday: int) -> Point | None:
    if not ctx.anchor.known or ctx.anchor.precision != "day":
        named, said = ctx.dated_weekdays.get(weekday, (None, NONE))
        if named is not None and not m.groups.get("dir") and ctx.anchor.known \
                and (named.year, named.month) == (ctx.anchor.day.year, ctx.anchor.day.month) \
                and ctx.tense(m) in (said, NONE):
            # (told in the same tense: "Am Montag, dem 3. März, begann der Prozess. Am Montag
            # wird das Urteil erwartet" is another Monday)
            # "Widodo hatte am Mittwoch, dem 9. November, … telefoniert. Sullivan erklärte am
            # Mittwoch, …": the Wednesday the article has dated
            return Point(cal.fmt_day(named), named, anchor=ctx.anchor.describe(),
                         note=f"the {named.strftime('%A')} named with its date before")
        return Point(f"XXXX-WXX-{weekday}", note="weekday without a known document day")
    a = ctx.anchor.day
    restated = _DEICTIC_BEFORE.search(ctx.text, max(0, m.start - 24), m.start)
    k = ctx.lookup("deictic_days", restated.group(1)) if restated else None
    if isinstance(k, int) and (d := cal.add_days(a, k)) is not None and d.isoweekday() == weekday:
        # "die für gestern, Mittwoch, angesetzte Anhörung": the day just counted from today
        return Point(cal.fmt_day(d), d, anchor=ctx.anchor.describe(),
                     note=f"the day '{restated.group(1)}' names")
    joined = _joined_to_deictic(m, ctx)
    if joined and m.groups.get("dir") is None:
        # "planned for tomorrow and Wednesday", "gestern und am Montag": the weekday lies on
        # the side of today the day joined to it does
        d = cal.weekday_on_or_after(a + timedelta(days=1), weekday) if joined > 0 \
            else cal.weekday_on_or_before(a - timedelta(days=1), weekday)
        return Point(cal.fmt_day(d), d, anchor=ctx.anchor.describe(),
                     note="joined to a day counted from today")
    direction = ctx.lookup("directions", m.groups.get("dir"))
    start = _range_start(m, ctx)
    after = cal.add_days(start, 1) if start is not None and direction is None else None
    if after is not None and after <= date.max - timedelta(days=7):
        # "von Dienstag bis Donnerstag": the end is the first such weekday after the start
        d = cal.weekday_on_or_after(after, weekday)
        return Point(cal.fmt_day(d), d, anchor=ctx.anchor.describe(),
                     note=f"end of a range from {start.isoformat()}")
    if m.rule.options.get("week_direction") and direction is not None:
        # "Donnerstag nächster Woche": that weekday in the week `direction` weeks away
        week = cal.add_days(a, 7 * int(direction))
        if week is None:
            return None
        year, number, _ = week.isocalendar()
        d = date.fromisocalendar(year, number, weekday)
        return Point(cal.fmt_day(d), d, anchor=ctx.anchor.describe(),
                     note="weekday of a relative week")
    if direction is not None and direction < 0:
        d = cal.weekday_on_or_before(a - timedelta(days=1), weekday)
        note = "direction word: the last one before"
    elif direction is not None and direction > 0:
        d = cal.weekday_on_or_after(a + timedelta(days=1), weekday)
        note = "direction word: the next one after"
        words = ctx.data.raw.get("tense", {}).get("next_week_weekday_words")
        if words and (m.groups.get("dir") or "").lower() in words \
                and d.isocalendar()[:2] == a.isocalendar()[:2]:
            # "next Wednesday" said on a Tuesday: the Wednesday of next week ("this
            # Wednesday" or "Wednesday" is tomorrow)
            d = d + timedelta(days=7)
            note = "'next' weekday: the one of next week"
    else:
        tense = ctx.tense(m)
        before = cal.weekday_on_or_before(a, weekday)
        after = cal.weekday_on_or_after(a, weekday)
        # the nearer reading, one against the tense counting `against` days further: with
        # 4, "on Saturday" in a Friday article with a stray "were" is still tomorrow
        options = ctx.data.raw.get("tense", {})
        against = options.get("weekday_against_tense", WEEKDAY_AGAINST_TENSE)
        if _sure_tense(m, ctx, tense):
            # "the department said Thursday" in a Wednesday article: a sure cue decides
            against = WEEKDAY_AGAINST_TENSE
        cost_before = (a - before).days + (against if tense == FUTURE else 0)
        cost_after = (after - a).days + (against if tense == PAST else 0)
        if tense == NONE:
            # with no cue, a language may lean to the past: English news report far more
            # than they announce ("a premium over Thursday's closing price")
            cost_after += float(options.get("weekday_no_cue_bias", 0))
        d = before if cost_before <= cost_after else after
        note = _tense_name(tense)
        if _postponed_target(m, ctx):
            d, note = after, "the new day of a postponement: ahead"  # "auf Montag vorgezogen"
        elif tense == NONE:
            named = ctx.dated_weekdays.get(weekday)
            ahead = options.get("weekday_ahead_after")
            if named is not None and named[0] in (before, after) and not m.groups.get("dir"):
                # "Die Stichwahl ist am Sonntag, dem 28. September. Die Wahllokale öffnen am
                # Sonntag um 8 Uhr": the Sunday the article has dated
                d, note = named[0], f"the {named[0].strftime('%A')} named with its date before"
            elif ahead and _compiled_cached(ahead).search(ctx.text, max(0, m.start - 8),
                                                          m.start):
                d, note = after, "from that day on: ahead"  # "Ab Dienstag gelten …"
    return Point(cal.fmt_day(d), d, anchor=ctx.anchor.describe(), note=note)


def _joined_to_deictic(m: Mention, ctx: Context) -> int:
    """The days from today of a day word joined to `m` by a coordination word right before
    it ("tomorrow and Wednesday": 1), else 0."""
    joiners = ctx.data.raw.get("anchoring", {}).get("coordination")
    hit = _compiled_cached(rf"(\w+)\s+(?:{joiners})\s+(?:\w{{1,3}}\s+)?$").search(
        ctx.text, max(0, m.start - 30), m.start) if joiners else None
    k = ctx.lookup("deictic_days", hit.group(1)) if hit else None
    return k if isinstance(k, int) else 0


def _relative_unit(unit: str, direction: int, base: date) -> Point | None:
    if unit == "Y":
        return Point(cal.fmt_year(base.year + direction))  # raises outside 1..9999
    if unit == "M":
        y, mo = cal.add_months(base.year, base.month, direction)
        return Point(cal.fmt_month(y, mo))
    if unit in ("W", "WE"):
        d = cal.add_days(base, 7 * direction)
        if d is None:
            return None
        return Point(cal.iso_week(d) + ("-WE" if unit == "WE" else ""))
    if unit == "D":
        d = cal.add_days(base, direction)
        return Point(cal.fmt_day(d), d) if d else None
    if unit == "Q":
        q = (base.month - 1) // 3 + direction
        y, q = base.year + q // 4, q % 4 + 1
        return Point(f"{cal.fmt_year(y)}-Q{q}")  # raises outside 1..9999, like years
    if unit == "DE":
        return Point(str(base.year // 10 + direction))
    if unit == "CE":
        return Point(str(base.year // 100 + direction))
    return None


def _weekend(m: Mention, ctx: Context) -> Point | None:
    a = ctx.anchor.day
    direction = ctx.lookup("directions", m.groups.get("dir"))
    if direction is None or direction == 0:
        tense = ctx.tense(m)
        wd = a.isoweekday()
        if wd >= 6:
            direction = 0
        elif direction == 0:
            # "this weekend" is the weekend of this week; only early in the week, told in
            # the past tense, is it the one just gone ("drew crowds this weekend" on a Monday)
            direction = -1 if tense == PAST and wd <= 3 else 0
        elif tense == PAST or (tense == NONE and wd <= 3 and not _from_or_until(m, ctx)):
            direction = -1
        else:
            direction = 0
    elif direction > 0 and a.isoweekday() <= 5:
        # "am kommenden Wochenende" on a Thursday is the one two days ahead, in this week
        direction -= 1
    return _relative_unit("WE", direction, a)


def _from_or_until(m: Mention, ctx: Context) -> bool:
    """Does a word that opens or ends a period come right before (`[anchoring] range_start`,
    `range_end`: "ab dem Wochenende", "bis zum Wochenende")? Told without a tense, such a
    time lies ahead."""
    anchoring = ctx.data.raw.get("anchoring", {})
    words = "|".join(w for w in (anchoring.get("range_start"), anchoring.get("range_end")) if w)
    return bool(words) and range_end_pattern(words).search(
        ctx.text, max(0, m.start - 20), m.start) is not None


def _season(m: Mention, ctx: Context, season: str) -> Point | None:
    year = _year_of(m, ctx)
    if year is not None:
        return Point(f"{cal.fmt_year(year)}-{season}")
    if not ctx.anchor.known:
        return Point(f"XXXX-{season}")
    a = ctx.anchor.day
    direction = ctx.lookup("directions", m.groups.get("dir"))
    # the season the anchor month falls in, counted in "season years"
    current_year = a.year - 1 if season == "WI" and a.month <= 2 else a.year
    first, _last = SEASON_MONTHS[season]
    # readings in neighbouring years, keyed by the season's middle month
    middle = first + 1 if season != "WI" else 13
    pivot = a.year * 12 + a.month - 1
    cands = [(y * 12 + middle - 1, y) for y in (a.year - 1, a.year, a.year + 1)]
    if season == "WI" and a.month <= 2:
        cands = [(c - 12, y - 1) for c, y in cands]
    if direction is not None and direction < 0:
        # "last fall" in March 2022 is 2021-FA, in October 2022 "this past spring" 2022-SP:
        # the latest one whose middle lies before the anchor month
        y = max(c for c in cands if c[0] < pivot)[1] + (int(direction) + 1)
        return Point(f"{cal.fmt_year(y)}-{season}", anchor=ctx.anchor.describe(), note="direction word")
    if direction is not None and direction > 0:
        # "next summer" on 20 June, within this summer, is next year's: the first one that
        # begins after the anchor month
        y = min(c for c in cands if c[0] - 1 > pivot)[1] + (int(direction) - 1)
        return Point(f"{cal.fmt_year(y)}-{season}", anchor=ctx.anchor.describe(), note="direction word")
    if direction == 0:  # "this summer": the season of the anchor's (season) year
        return Point(f"{cal.fmt_year(current_year)}-{season}", anchor=ctx.anchor.describe(),
                     note="direction word")
    tense = ctx.tense(m)
    if _after_anchoring_word(ctx, m.start, "target"):
        # "hatte für den Herbst bereits Trainingszeiten gebucht" in July: the season
        # something is for is the nearest, however the booking is told ("Für den Sommer
        # hatte der Verein zwei Spieler verpflichtet" in October is the last)
        tense = NONE
    # a season told ahead cannot be one that has ended ("will close its plant in the
    # summer" in September is next summer; a season's months are its middle one and one
    # either side). (Not the converse: past cues also come with passives of the present,
    # "werden während der Sommermonate überrollt".)
    fitting = [c for c in cands if tense == FUTURE and c[0] + 1 >= pivot]
    if tense == PAST and _in_pluperfect_clause(m, ctx):
        # ... and one told in the past perfect cannot be one still to begin ("hatte im
        # Sommer den Kader verstärkt" in April is last summer)
        fitting = [c for c in cands if c[0] - 1 <= pivot]
    y = _choose(fitting or cands, tense, pivot, half_year=6)
    return Point(f"{cal.fmt_year(y)}-{season}", anchor=ctx.anchor.describe(), note=_tense_name(tense))


def _in_pluperfect_clause(m: Mention, ctx: Context) -> bool:
    """Is the sentence of `m` told in the past perfect (`[tense] pluperfect`)?"""
    return _pluperfect_sentence(ctx, ctx.sentences.index(m.start))


def _backstory_between(m: Mention, ctx: Context, i: int, j: int) -> bool:
    """Is sentence `j` (before `m`'s sentence `i`) a backstory in the past perfect while
    `m` is told in the past, not in the past perfect, and a sentence before `j` in the
    paragraph names a day (the story's)?"""
    if not _pluperfect_sentence(ctx, j) or _pluperfect_sentence(ctx, i) \
            or ctx.tense(m) != PAST:
        return False
    paragraph_start = ctx.text.rfind("\n", 0, ctx.sentences.starts[j])
    return any(ctx.sentence_days.get(k) and ctx.sentences.starts[k] > paragraph_start
               and not _pluperfect_sentence(ctx, k) for k in range(max(0, j - 3), j))


def _pluperfect_sentence(ctx: Context, i: int) -> bool:
    """Is sentence `i` told in the past perfect (`[tense] pluperfect`)?"""
    words = ctx.data.raw.get("tense", {}).get("pluperfect")
    if not words:
        return False
    return _compiled_cached(words).search(
        ctx.text, ctx.sentences.starts[i], ctx.sentences.ends[i]) is not None


def _part_of_year(m: Mention, ctx: Context, letter: str, n: int | None, size: int) -> Point | None:
    """Quarters (Q, 3 months) and halves (H, 6 months)."""
    year = _year_of(m, ctx)
    a = ctx.anchor.day
    direction = ctx.lookup("directions", m.groups.get("dir"))
    if n is None:
        if a is None or direction is None:
            return None
        index = (a.month - 1) // size + direction
        per_year = 12 // size
        return Point(f"{cal.fmt_year(a.year + index // per_year)}-{letter}{index % per_year + 1}")
    if year is not None:
        return Point(f"{cal.fmt_year(year)}-{letter}{n}")
    if a is None:
        return Point(f"XXXX-{letter}{n}")
    current = (a.month - 1) // size + 1
    if m.groups.get("year_ago"):
        # "the year-ago third quarter": the one a year before the last such quarter
        y = a.year - (1 if n <= current else 2)
        return Point(f"{cal.fmt_year(y)}-{letter}{n}", anchor=ctx.anchor.describe(),
                     note="a year before the last such quarter")
    tense = ctx.tense(m)
    y = a.year
    if tense == PAST and n > current:
        y -= 1
    elif tense == FUTURE and n < current - 1:
        # the part just completed is still the one reported on ("will post third-quarter
        # results" in November); only an older one means next year's
        y += 1
    return Point(f"{cal.fmt_year(y)}-{letter}{n}", anchor=ctx.anchor.describe(), note=_tense_name(tense))


def _decade(m: Mention, ctx: Context) -> Point | None:
    raw = m.groups.get("decade")
    if raw:
        n = int(raw)
        if n >= 1000 and n % 100 == 0 and n != 2000:
            return Point(str(n // 100))  # "the 1800s": the century
        if n >= 100:
            return Point(str(n // 10))
        # two digits: the 1900s for 20..90, the 2000s for 00 and 10
        return Point(str(190 + n // 10) if n >= 20 else str(200 + n // 10))
    digit = ctx.lookup("decade_words", m.groups.get("decade_word"))
    return Point(f"19{digit}") if digit is not None else None


def _quarter_ending(m: Mention, ctx: Context, day: int, month: int) -> Point | None:
    """"the quarter ended July 31": the calendar quarter holding most of the three months
    before that day (May to July: the second), as a fiscal quarter is compared with the
    calendar; the end day's year comes as for any day without one."""
    end = _day_month(m, ctx, day, month)
    if end is None or end.day is None:
        return None
    middle = end.day - timedelta(days=45)
    return Point(f"{cal.fmt_year(middle.year)}-Q{(middle.month - 1) // 3 + 1}",
                 anchor=end.anchor, note=f"quarter ending {end.value}")


def _day_of_month(m: Mention, ctx: Context, day: int) -> Point | None:
    """"on the 14th": that day of the anchor's month or of the month before or after,
    the nearest one, a reading against the tense counting half a month further."""
    if not ctx.anchor.known or ctx.anchor.precision != "day":
        return None
    a = ctx.anchor.day
    cands = []
    for shift in (-1, 0, 1):
        y, mo = cal.add_months(a.year, a.month, shift)
        d = cal.safe_date(y, mo, day)
        if d is not None:
            cands.append((d.toordinal(), d))
    if not cands:
        return None
    tense = ctx.tense(m)
    d = _choose(cands, tense, a.toordinal(), half_year=15)
    return Point(cal.fmt_day(d), d, anchor=ctx.anchor.describe(),
                 note=f"month from {_tense_name(tense)}")


def _calendar_point(m: Mention, ctx: Context) -> Point | None:
    g = m.groups
    month = _month_of(m, ctx)
    if m.rule.options.get("day_of_month") and g.get("day") and not month:
        return _day_of_month(m, ctx, int(g["day"]))
    if m.rule.options.get("quarter_ending") and g.get("day") and month:
        return _quarter_ending(m, ctx, int(g["day"]), month)
    if g.get("day") and month:
        return _day_month(m, ctx, int(g["day"]), month)
    if g.get("holiday"):
        spec = ctx.lookup("holidays", g["holiday"])
        point = _holiday(m, ctx, spec) if spec else None
        shift = ctx.lookup("holiday_shifts", g["shift"]) if g.get("shift") else None
        if point is not None and point.day is not None and shift is not None:
            # "the day before Thanksgiving", "am Tag nach Ostern", "am Dienstag nach Ostern"
            d = cal.shift_from_feast(point.day, shift)
            return Point(cal.fmt_day(d), d, anchor=point.anchor, note=point.note) if d else None
        if point is not None and point.day is not None and (
                g.get("weekend") or spec.endswith("WE")):
            # "the Labor Day weekend", "am Pfingstwochenende": the weekend of the feast
            return Point(cal.weekend_near(point.day), anchor=point.anchor, note=point.note)
        return point
    if g.get("deictic") or "day_offset" in m.rule.options:
        # "tonight", "this morning": the rule itself says which day relative to the anchor
        offset = m.rule.options.get("day_offset")
        if offset is None:
            offset = ctx.lookup("deictic_days", g["deictic"])
        if offset is None or not ctx.anchor.known:
            return None
        if ctx.anchor.precision != "day":
            a = ctx.anchor.day
            return Point(cal.fmt_month(a.year, a.month) if ctx.anchor.precision == "month"
                         else cal.fmt_year(a.year), note="document day unknown")
        ahead = m.rule.options.get("future_day_offset")
        if ahead is not None and ctx.tense(m) == FUTURE:
            # "the road would remain closed overnight": the night ahead, not the last one
            offset = ahead
        d = cal.add_days(ctx.anchor.day, int(offset))
        return Point(cal.fmt_day(d), d, anchor=ctx.anchor.describe()) if d else None
    if g.get("month_week") and month and g.get("nth"):
        # "in der zweiten Juliwoche", "the first week of June": the ISO week holding that
        # month's day 1, 8, 15, …
        n = ctx.lookup("ordinals", g["nth"])
        of_month = _month_only(m, ctx, month)
        if not isinstance(n, int) or not 1 <= n <= 5 or of_month is None \
                or not of_month.value[:4].isdigit():
            return of_month
        d = date(int(of_month.value[:4]), month, 1) + timedelta(days=7 * (n - 1))
        return Point(cal.iso_week(d), anchor=of_month.anchor, note=of_month.note) \
            if d.month == month else None
    if g.get("weekday") and month and (g.get("nth") or g.get("last")):
        # "am zweiten Sonntag im Oktober", "the first Monday of May"
        wd = ctx.lookup("weekdays", g["weekday"])
        n = -1 if g.get("last") else ctx.lookup("ordinals", g["nth"])
        return _nth_weekday(m, ctx, n, wd, month) if wd and n else None
    if g.get("weekday"):
        wd = ctx.lookup("weekdays", g["weekday"])
        return _weekday(m, ctx, wd) if wd else None
    if g.get("week_number"):
        # "die 23. Kalenderwoche": an ISO week of the year named, else of the document's
        year = _year_of(m, ctx) or (ctx.anchor.day.year if ctx.anchor.known else None)
        n = int(g["week_number"])
        return Point(f"{year:04d}-W{n:02d}") if year and 1 <= n <= 53 else None
    if month:
        return _month_only(m, ctx, month)
    if g.get("season"):
        season = ctx.lookup("seasons", g["season"])
        return _season(m, ctx, season) if season else None
    part = m.rule.options.get("part")  # "Q" quarters, "H" halves of a year
    if part in ("Q", "H"):
        n = ctx.lookup("ordinals", g.get("quarter") or g.get("half"))
        size, count = (3, 4) if part == "Q" else (6, 2)
        index = m.rule.options.get("part_index")  # "the last half of 1989": counted from the end
        if n is None and index is not None:
            n = int(index) + (count + 1 if int(index) < 0 else 0)
        return _part_of_year(m, ctx, part, n, size) if (n is None or 1 <= n <= count) else None
    if g.get("decade") or g.get("decade_word"):
        return _decade(m, ctx)
    if g.get("century"):
        n = ctx.lookup("ordinals", g["century"])
        return Point(f"{n - 1:02d}") if n else None
    if g.get("year"):
        year = _year_of(m, ctx)
        return Point(cal.fmt_year(year), note="explicit year") if year is not None else None
    if g.get("unit") or m.rule.options.get("unit"):
        unit = m.rule.options.get("unit") or ctx.lookup("point_units", g.get("unit"))
        if unit is None or not ctx.anchor.known:
            return None
        if unit in ("W", "WE", "D") and ctx.anchor.precision != "day":
            # "kommende Woche" in an article dated only to a month: which week is unknown;
            # say the month (as "heute" does) rather than invent a week from mid-month
            a = ctx.anchor.day
            return Point(cal.fmt_month(a.year, a.month) if ctx.anchor.precision == "month"
                         else cal.fmt_year(a.year), note="document day unknown")
        if unit == "WE":
            return _weekend(m, ctx)
        direction = ctx.lookup("directions", g.get("dir"))
        direction = 0 if direction is None else int(direction)
        if unit == "D" and direction == 0 and (named := _day_named_just_before(m, ctx)):
            # "am Donnerstag, 22. Januar, erscheinen. Die Sperrfrist endet an diesem Tag":
            # this day is the one just named
            return Point(cal.fmt_day(named), named, anchor=f"date just named {named}")
        point = _relative_unit(unit, direction, ctx.anchor.day)
        if point:
            point.anchor = ctx.anchor.describe()
        return point
    return None


def _day_named_just_before(m: Mention, ctx: Context) -> date | None:
    """The last day named before `m` in its sentence or the one before, if it is not the
    day of writing."""
    i = ctx.sentences.index(m.start)
    for k in (i, i - 1):
        days = [d for pos, d in ctx.sentence_days.get(k, ()) if pos < m.start]
        if days:
            return days[-1] if days[-1] != ctx.anchor.day else None
    return None


HOLIDAY_AGAINST_TENSE = 366  # days: a reading against the tense is a year further away
HOLIDAY_SOON = 21  # days: a feast this close ahead is the one meant whatever the tense


def _holiday(m: Mention, ctx: Context, spec: str) -> Point | None:
    year = _year_of(m, ctx)
    if year is not None:
        d = cal.holiday_date(spec, year)
        return Point(cal.fmt_day(d), d, note="holiday") if d else None
    if not ctx.anchor.known:
        return None
    a = ctx.anchor.day
    cands = [(d.toordinal(), d) for y in (a.year - 1, a.year, a.year + 1)
             for d in cal.holiday_dates(spec, y)]
    if ctx.anchor.precision == "month":
        # "will close for Labor Day next Monday" in an article dated only to September: the
        # feast of the article's own month, whichever way the tense points
        own = [d for _o, d in cands if (d.year, d.month) == (a.year, a.month)]
        if own:
            return Point(cal.fmt_day(own[0]), own[0], anchor=ctx.anchor.describe(),
                         note="holiday in the month of the article")
    tense = ctx.tense(m)
    # a feast comes once a year: the tense says which one ("Bis Silvester soll die Brücke
    # fertig sein" in March is the coming one), nearness only without a tense; but a feast
    # a few days ahead is the one meant in a past-tense sentence too ("stranded travellers
    # days before Christmas" on 22 December)
    # (not for a name of several feasts: "Roads were quiet on the bank holiday" is the last)
    soon = [c for c in cands if 0 < c[0] - a.toordinal() <= HOLIDAY_SOON] if "|" not in spec \
        else []
    d = soon[0][1] if tense == PAST and soon else \
        _choose(cands, tense, a.toordinal(), half_year=HOLIDAY_AGAINST_TENSE)
    return Point(cal.fmt_day(d), d, anchor=ctx.anchor.describe(),
                 note=f"holiday; year from {_tense_name(tense)}")


# --------------------------------------------------------------------------- time of day

def _clock(m: Mention, ctx: Context) -> tuple[int, int] | None:
    g = m.groups
    hour: int | None = None
    minute = 0
    if g.get("hour"):
        hour = int(g["hour"])
        minute = int(g["minute"]) if g.get("minute") else 0
    elif g.get("hourw"):
        hour = ctx.lookup("hour_words", g["hourw"])
        frac = ctx.lookup("clock_fractions", g.get("frac"))
        if hour is None:
            return None
        if frac is not None:
            total = hour * 60 + int(frac)  # 'halb neun' = 8:30, 'Viertel nach acht' = 8:15
            hour, minute = divmod(total % (24 * 60), 60)
    if hour is None:
        return None
    part = ctx.lookup("dayparts", g.get("daypart")) or ctx.lookup("daypart_words", g.get("daypart"))
    if part in ("AF", "EV") and hour < 12 or part == "NI" and 6 <= hour < 12:
        hour += 12
    meridiem = ctx.lookup("meridiem", g.get("ampm"))  # "2 p.m.", "12 a.m."
    if meridiem is not None:
        if not 1 <= hour <= 12:
            return None
        if meridiem == "PM" and hour < 12:
            hour += 12
        elif meridiem == "AM" and hour == 12:
            hour = 0
    if hour == 24 and minute:
        return None
    return hour, minute


def _daypart(m: Mention, ctx: Context) -> str | None:
    forced = m.rule.options.get("daypart")
    if forced:
        return forced
    raw = m.groups.get("daypart")
    part = ctx.lookup("dayparts", raw) or ctx.lookup("daypart_words", raw)
    if part is None and m.groups.get("holiday"):
        # "in der Silvesternacht": a feast's night, its spec `12-31TNI`
        spec = ctx.lookup("holidays", m.groups["holiday"])
        part = spec.partition("T")[2] or None if isinstance(spec, str) else None
    return part


def _habitual(m: Mention, ctx: Context) -> bool:
    """Does the mention's sentence say its times recur (`[anchoring] habitual`: "täglich",
    "jeweils", "wochentags", "every day")?"""
    words = ctx.data.raw.get("anchoring", {}).get("habitual")
    if not words:
        return False
    i = ctx.sentences.index(m.start)
    sentence_days = ctx.sentence_days.get(i, [])  # sorted by position
    days = sentence_days[max(0, bisect_left(sentence_days, (m.start,)) - 2):
                         bisect_left(sentence_days, (m.start,))]  # the last two before it
    recurring = ctx.hits_in_sentence(words, i)
    if recurring:
        # "täglich von 10 bis 22 Uhr, am Sonntag bis 20 Uhr": a day named after the
        # recurring word, right before the time, still dates it
        k = bisect_left(recurring, (m.start,))
        last_word = recurring[k - 1][0] if k else -1
        return not (days and days[-1][0] > last_word)
    # "Termin: 25. und 26. August von 10-18 Uhr": coordinated days before the time
    joiners = ctx.data.raw.get("anchoring", {}).get("coordination")
    return bool(joiners and len(days) >= 2 and days[-1][1] != days[-2][1]
                and days[-1][0] - days[-2][0] <= 12
                and _coordination(joiners).search(ctx.text, days[-2][0], days[-1][0]))


@cache
def _coordination(words: str) -> re.Pattern[str]:
    return re.compile(r"\s(?:" + words + r")\s|,\s", re.IGNORECASE)


def _against_tense(m: Mention, ctx: Context, d: date) -> bool:
    """Is day `d` after the document day while the mention's sentence tells the past? Then
    the day cannot carry over to it. (The other way round is left alone: a programme told
    in the present, "Um 9 Uhr startet die Qualifikation", after a day the tense cues
    misplaced in the past, is more often right with that day than with today's.)"""
    if not ctx.anchor.known or ctx.anchor.precision not in ("day", "month"):
        return False
    a = ctx.anchor.day
    # of an article dated only to its month, a day of a later month is after it too
    if d <= a if ctx.anchor.precision == "day" else (d.year, d.month) <= (a.year, a.month):
        return False
    return ctx.tense(m) == PAST


def _ahead_of_a_past_day(m: Mention, ctx: Context, pos: int, d: date) -> bool:
    """Is `m` told ahead while day `d` (at `pos`), before the day of writing, was told in the
    past ("The first attempt on Monday, May 18, was scrubbed. She said the satellite would
    unfold its panels during the night")? A plan does not go back to a past day. (By the
    cues alone: a programme in the present, "Um 9 Uhr startet die Qualifikation", is left
    to the day before it.)"""
    return ctx.anchor.precision == "day" and d < ctx.anchor.day \
        and tense_at(ctx.text, m.start, m.end, ctx.sentences, ctx.data) == FUTURE \
        and tense_at(ctx.text, pos, pos + 1, ctx.sentences, ctx.data) == PAST


def _range_start(m: Mention, ctx: Context) -> date | None:
    """The day a range ends at `m` starts from: a day resolved just before, joined to it
    by a range word (`[anchoring] range_to`: "bis", "to"), as in "from Tuesday to Thursday"."""
    words = ctx.data.raw.get("anchoring", {}).get("range_to")
    days = ctx.sentence_days.get(ctx.sentences.index(m.start))
    if not words or not days:
        return None
    i = bisect_left(days, (m.start,))
    if not i:
        return None
    if m.start - days[i - 1][0] <= 30 and range_end_pattern(words, gap=False).search(
            ctx.text, max(0, m.start - 12), m.start):
        return days[i - 1][1]
    # "would begin on Tuesday, August 13, and end at midnight on Thursday": a verb of ending
    # before the weekday, a day of its sentence before that
    # (a verb of ending, not "until": "closed since March 16 and will stay shut until
    # Tuesday" is the coming Tuesday)
    ending = ctx.data.raw.get("anchoring", {}).get("span_end")
    if m.groups.get("weekday") and ending and m.start - days[i - 1][0] <= 80 \
            and range_end_pattern(ending).search(ctx.text, max(0, m.start - 30), m.start):
        return days[i - 1][1]
    return None


# between a clock time and the day right after it: "23:59 on Wednesday", "9 Uhr am Montag"
_ON_DAY = re.compile(r"\s+(?:on|am)\s+")


def _over_midnight(m: Mention, ctx: Context, pos: int) -> bool:
    """Does the range from the clock at `m` to the clock before `pos` end at or before the
    hour it starts (so on another day)?"""
    start = _clock(m, ctx)
    later = [o for o in ctx.clock_mentions if m.end <= o.start < pos]
    end = _clock(later[0], ctx) if later else None
    return start is not None and end is not None and end[0] <= start[0]


@cache
def _range_word(words: str) -> re.Pattern[str]:
    return re.compile(r"\s(?:" + words + r")\s", re.IGNORECASE)


@cache
def _schedule_pattern(words: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + words + r")(?![\w-])", re.IGNORECASE)


def _to_day(value: str) -> str:
    """A date value padded to a day, so a time can follow it: "heute früh" with only the
    document month known is `2025-01-XXTMO` (`2025-01TMO` is no valid TIMEX3 value)."""
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return value + "-XX"
    if re.fullmatch(r"\d{4}", value):
        return value + "-XX-XX"
    return value


def _after_since(ctx: Context, pos: int) -> bool:
    """Does a word of `[anchoring] since` ("seit", "since") come right before `pos`?"""
    return _after_anchoring_word(ctx, pos, "since")


def _after_anchoring_word(ctx: Context, pos: int, key: str) -> bool:
    """Does a word of `[anchoring] <key>` come right before `pos`?"""
    words = ctx.data.raw.get("anchoring", {}).get(key)
    return bool(words) and range_end_pattern(words).search(
        ctx.text, max(0, pos - 30), pos) is not None


def _ends_range(ctx: Context, pos: int) -> bool:
    """Does the date at `pos` follow a range-end word (`[anchoring] range_end`: "until") or
    a verb of ending (`[anchoring] span_end`: "Die Beratungen beginnen um 17 Uhr und enden
    am 1. Dezember": the end's day, not the start's)?"""
    anchoring = ctx.data.raw.get("anchoring", {})
    return any(words and range_end_pattern(words).search(ctx.text, max(0, pos - 30), pos)
               for words in (anchoring.get("range_end"), anchoring.get("span_end")))


@cache
def range_end_pattern(words: str, gap: bool = True) -> re.Pattern[str]:
    """`words` right before the end of the searched text, with one more word between
    them if `gap` ("until the", "bis zum")."""
    after = r"\s+(?:\w+\s+)?" if gap else r"\s*"  # "bis" + space; a dash may touch
    return re.compile(r"(?<![\w-])(?:" + words + ")" + after + "$", re.IGNORECASE)


@cache
def _attribute_pattern(words: str) -> re.Pattern[str]:
    return re.compile(words)


def _noun_attribute(m: Mention, ctx: Context) -> bool:
    """Is the date at `m` the time of the noun before it (`[anchoring] noun_attribute`:
    "die Vorhersage von heute Mittag")? It is then no day for its sentence's clock times."""
    words = ctx.data.raw.get("anchoring", {}).get("noun_attribute")
    return bool(words) and _attribute_pattern(words).search(
        ctx.text, max(0, m.start - 40), m.start) is not None


def _another_days_after(m: Mention, ctx: Context, pos: int) -> bool:
    """Is the day named at `pos`, after the clock time `m` in its sentence, another's?
    The day of the clause that tells who said it ("soll um 2 Uhr beginnen, wie die
    Gewerkschaft am heutigen Mittwoch mitteilte"), a day in brackets told in another zone
    ("at 3:12 a.m. local time (18:12 GMT Thursday)"), the day a count starts from
    (`[anchoring] counted_from` right before it), the end's day of a range over
    midnight ("von 3 Uhr morgens bis 3 Uhr am Freitag"; "from 6 a.m. to 6 p.m. on Friday"
    is one day)."""
    anchoring = ctx.data.raw.get("anchoring", {})
    report, to = anchoring.get("report_clause"), anchoring.get("range_to")
    between = ctx.text[m.end:pos]
    counted = _anchoring_pattern(ctx, "counted_from")
    if counted is not None and counted.search(ctx.text, max(m.end, pos - 40), pos):
        # "The vote came at 5:12 a.m. ET, four days after Memorial Day": what a count
        # starts from is not the clock's day
        return True
    return bool((report and _compiled_cached(report).search(ctx.text, m.end, pos))
                or ("(" in between and ")" not in between)
                or (to and _range_word(to).search(ctx.text, m.end, pos)
                    and _over_midnight(m, ctx, pos)))


def _in_subordinate_clause(ctx: Context, start: int, pos: int) -> bool:
    """Does a relative or subordinate clause open between text[start] and a date at `pos`
    ("stimmten um 20.17 Uhr für den Antrag, den die Fraktionen am 17. September eingebracht
    hatten")?"""
    opener = _anchoring_pattern(ctx, "subordinate_clause")
    return opener is not None and opener.search(ctx.text, start, pos) is not None


def _story_day(m: Mention, ctx: Context, days: list[tuple[int, date]]) -> tuple[int, date]:
    """Of the days an earlier sentence names (more than one, in order), the one the story of
    `m` goes on with: the last, unless another is the story's."""
    pos, d = days[-1]
    if _day_of_saying(ctx, pos):
        # "ran aground late Tuesday, authorities said on Wednesday. The ship lost steering at
        # 11:15 p.m.": the story's day goes on, not the day it was told
        return max(p for p in days if p[0] < pos)
    if d < max(p[1] for p in days[:-1]) and ctx.tense(m) == PAST:
        # "The satellite was launched on Wednesday, two days after the first attempt on
        # Monday, May 18. The rocket lifted off at 10:14 a.m.": a day named after a later
        # one looks back; the story told in the past goes on with the last day not before
        # those named first
        return [p for k, p in enumerate(days) if all(p[1] >= q[1] for q in days[:k])][-1]
    if ctx.anchor.precision != "day" or d != ctx.anchor.day:
        return pos, d
    if _in_pluperfect_clause(m, ctx):
        # "Einen Tag nach ihrem Sieg am Sonntag sprach sie am Montag über ihre Pläne. Der
        # Start war auf 16.50 Uhr verschoben worden.": told in the past perfect, a clock goes
        # back to the story's day before the day of writing
        return max([p for p in days if p[1] < d], default=(pos, d))
    if ctx.tense(m) == FUTURE:
        # "Organizers moved Sunday's start up on Saturday. The women will now start at 6:30
        # a.m.": a clock told ahead goes on with the day ahead named there
        return max([p for p in days if p[1] > d], default=(pos, d))
    return pos, d


def _story_told_on_another_day(m: Mention, ctx: Context,
                               days: list[tuple[int, date]]) -> bool:
    """Does a sentence name the day of a past story and, last, the day of writing as the day
    it was told, while `m` is told in the past?"""
    if len(days) < 2 or ctx.anchor.precision != "day" or ctx.tense(m) != PAST:
        return False
    pos, d = days[-1]
    return d == ctx.anchor.day and _day_of_saying(ctx, pos) and days[-2][1] < d


def _in_report_frame(m: Mention, ctx: Context) -> bool:
    """Does `m` stand in a frame that tells who said something (`[anchoring] report_clause`
    right before it: "…“, sagte er am Vormittag")?"""
    return _report_frame_before(ctx, m.start, ctx.sentences.bounds(m.start)[0])


def _report_frame_before(ctx: Context, pos: int, lo: int = 0) -> bool:
    """Does a frame of saying open up to `REPORT_FRAME_REACH` characters before `pos` (not
    before `lo`)?"""
    report = _anchoring_pattern(ctx, "report_clause")
    return report is not None and report.search(
        ctx.text, max(lo, pos - REPORT_FRAME_REACH), pos) is not None


REPORT_FRAME_REACH = 40  # characters between a frame's verb and a time in it


def _main_clause_days(ctx: Context, j: int) -> list[tuple[int, date]]:
    """The days sentence `j` names, without those of a clause in the past perfect that opens
    after its start ("Am Flughafen blieb es am Vormittag ruhig, weil viele schon am Mittwoch
    informiert worden waren. Gegen 9.30 Uhr …": Wednesday is background, not the story's
    day)."""
    days = ctx.sentence_days.get(j, [])
    if not days or not _pluperfect_sentence(ctx, j):
        return days
    start = ctx.sentences.starts[j]
    return [p for p in days if not _in_subordinate_clause(ctx, start, p[0])]


def _in_subordinate_clause_at(ctx: Context, pos: int) -> bool:
    """Does a relative or subordinate clause open before `pos` in its sentence with no comma
    since?"""
    opener = _anchoring_pattern(ctx, "subordinate_clause")
    if opener is None:
        return False
    s_start = max(ctx.sentences.bounds(pos)[0], pos - SUBORDINATE_CLAUSE_REACH)
    comma = ctx.text.rfind(",", s_start, pos)
    return comma >= 0 and opener.match(ctx.text, comma) is not None


SUBORDINATE_CLAUSE_REACH = 80  # characters back to a relative pronoun or conjunction


def _clause_break_between(ctx: Context, start: int, end: int) -> bool:
    breaks = ctx.data.raw.get("tense", {}).get("clause_breaks")
    return bool(breaks) and _compiled_cached(breaks).search(ctx.text, start, end) is not None


def _told_apart(m: Mention, d: date, ctx: Context) -> bool:
    """Is a time told in the past while the day named after it in its sentence lies ahead
    of the day of writing, or the other way round ("Crews worked through the night and
    expect to restore power by Thursday afternoon")? Then that day, named further on (not
    "at 18:30 GMT on Saturday"), is not its day."""
    if not ctx.anchor.known or ctx.anchor.precision != "day" or d == ctx.anchor.day:
        return False
    tense = ctx.tense(m)
    return (tense == PAST and d > ctx.anchor.day) or (tense == FUTURE and d < ctx.anchor.day)


def _sentence_day(m: Mention, ctx: Context, clock: bool = False) -> tuple[date | None, str]:
    """The date a clock time or day part belongs to: one named in its sentence, else the anchor."""
    days = ctx.sentence_days.get(ctx.sentences.index(m.start), [])
    if days:
        # "am 9. September von 16 bis 17.30 Uhr und am 11. September ...": the date said
        # before the time governs it; a date after it only when none came before
        i = bisect_left(days, (m.start,))  # days are kept sorted by position
        pos, d = days[i - 1] if i else days[0]
        report = ctx.data.raw.get("anchoring", {}).get("report_clause")
        if not i and (_another_days_after(m, ctx, pos) or _in_subordinate_clause(ctx, m.end, pos)):
            days = []
        elif i and report and _compiled_cached(report).search(ctx.text, pos, m.start):
            # "They will resume at 9:30 a.m. on Monday, the judge told the court shortly
            # after 4 p.m.": a clock in the clause that tells who said it is the telling's
            days = []
        elif i and not clock and ctx.anchor.precision == "day" and (
                _after_since(ctx, pos) or _after_anchoring_word(ctx, pos, "target")):
            # "Seit dem 10. März streiken sie; am Morgen beteiligten sich 1.800", "Ein für
            # Donnerstag geplantes Gespräch wurde am Vormittag abgesagt": a part of the day
            # of writing, not of where a period began or of what a plan is for
            return ctx.anchor.day, ("the day of writing (the sentence's date began a period "
                                    "or is what a plan is for)")
        elif i and _in_fronted_question(ctx, pos, m.start):
            # "Ob die Schulen am Mittwoch wieder öffnen, will die Ministerin am Nachmittag
            # entscheiden": the day of the question is not the deciding's
            days = []
        elif i and i < len(days) and _ON_DAY.fullmatch(ctx.text, m.end, days[i][0]):
            # "until 23:59 on Wednesday, January 29": the day right after the clock is its
            # own, whatever day the sentence named before
            pos, d = days[i]
            i += 1
    if days:
        if any((pos if i else -1) < w_pos < m.start for w_pos, _w, _e in
               ctx.sentence_weekdays.get(ctx.sentences.index(m.start), ())):
            # (and a weekday before it when the only date comes after: "am Montag um 9 Uhr;
            # ein Urteil wird für den 12. Dezember erwartet")
            # "… bis zum 28. Februar 2025. Der Gipfel hatte am Donnerstagnachmittag
            # begonnen und endete gegen 2 Uhr" (one sentence to the tagger, the year's dot
            # being read as an ordinal's): the weekday said nearer goes on
            return None, "a weekday of an unknown week nearer in the sentence"
        # a date after it governs it ("um 10 Uhr am Montag", "from 6 a.m. until 9 p.m. on
        # Friday") unless that date ends a range of its own ("began at 6 a.m. and is
        # expected to last until Friday evening")
        # ... nor one in another clause told in another tense ("Play was stopped at 2:17
        # p.m. and will resume Sunday")
        if i or not (_ends_range(ctx, pos) or (
                (pos - m.end > 25 or _clause_break_between(ctx, m.end, pos))
                and _told_apart(m, d, ctx))):
            return d, f"{_IN_THE_SENTENCE} ({d.isoformat()})"
    # "They met on Thursday in Geneva. The talks lasted twelve hours. ... announced the
    # agreement at 21:30 CET": a clock time goes on with the last day its paragraph named
    i = ctx.sentences.index(m.start)
    if any(pos < m.start for pos, _w, _e in ctx.sentence_weekdays.get(i, ())):
        # "Der Gipfel hatte am Donnerstagnachmittag begonnen und endete gegen 2 Uhr" in an
        # article dated only to its month: the weekday of its own sentence, not a day of
        # the sentences before
        return None, "a weekday of an unknown week in the same sentence"
    paragraph_start = ctx.text.rfind("\n", 0, m.start)
    own = ctx.sentences.starts[i]
    while paragraph_start > own and not ctx.text[own:paragraph_start].strip():
        paragraph_start = ctx.text.rfind("\n", 0, paragraph_start)
    # (the clock's paragraph, or, when its sentence opens the paragraph, the last sentence of
    # the one before: "… ist für Donnerstag, 19. März, angesetzt.⏎⏎Sie beginnt um 10 Uhr";
    # not for a part of the day: "⏎⏎Der Sprecher sagte am Morgen" is today's)
    opens_paragraph = clock and not ctx.text[paragraph_start + 1:own].strip()
    for j in range(i - 1, max(-1, i - 6), -1):
        if not ctx.text[ctx.sentences.starts[j]:ctx.sentences.starts[j + 1]].strip():
            continue  # the blank line between paragraphs
        crossed = ctx.sentences.starts[j] < paragraph_start
        if crossed:
            if not opens_paragraph:
                break
            opens_paragraph = False  # only that one sentence
        main_days = _main_clause_days(ctx, j)
        if main_days and not clock and _pluperfect_sentence(ctx, j) and _in_report_frame(m, ctx):
            # "Die Eismassen waren in der Nacht zum Dienstag abgegangen. „…“, sagte er am
            # Vormittag": the telling is today's, not the background's day
            break
        if main_days and _backstory_between(m, ctx, i, j):
            # "Das Landgericht hat gestern einen Händler verurteilt. Der Prozess hatte am 22.
            # Oktober begonnen. Die Urteilsbegründung endete gegen 16 Uhr.": a clock told in
            # the simple past passes over a backstory told in the past perfect to the day
            # the story is told on
            continue
        if main_days:
            _pos, d = main_days[-1]
            if ctx.anchor.precision == "day" and d < ctx.anchor.day \
                    and ctx.tense(m) == FUTURE and _pluperfect_sentence(ctx, j):
                # "Die Brücke wird am Sonntag gesprengt. Ursprünglich war die Sprengung für
                # den 19. Oktober geplant. Der Sperrkreis wird ab 7 Uhr geräumt.": a clock told
                # ahead passes over a past plan told in the past perfect
                continue
            if crossed and _story_told_on_another_day(m, ctx, main_days):
                # "… in Tuesday night's drawing, officials said Wednesday.⏎⏎The numbers
                # were drawn at 10:59 p.m.": a lead that tells the story's day and the day
                # it was told goes on with the story in the next paragraph
                _pos, d = _story_day(m, ctx, main_days)
                return d, f"{_EARLIER_IN_PARAGRAPH} ({d.isoformat()})"
            if crossed and not (ctx.anchor.known and ctx.anchor.precision == "day"
                                and d > ctx.anchor.day and ctx.tense(m) != PAST):
                # ... and only a schedule: a day after the day of writing, the clock not
                # told in the past (a new paragraph after "the 2011 disaster" or "last
                # Friday" is mostly back at the day of the news)
                break
            if len(main_days) > 1:
                _pos, d = _story_day(m, ctx, main_days)
            if _against_tense(m, ctx, d) and _pluperfect_sentence(ctx, i):
                # "… gestern verurteilt. Der Prozess gegen einen Mittäter wurde auf den 8.
                # Januar verschoben. Am Vormittag hatte der Angeklagte …": a backstory in the
                # past perfect passes over a day ahead to the story's day before it
                continue
            if _against_tense(m, ctx, d) or _ahead_of_a_past_day(m, ctx, _pos, d):
                break  # "... ab Montag in Sicht. Der Zug wurde um 14.30 Uhr eingestellt."
            return d, f"{_EARLIER_IN_PARAGRAPH} ({d.isoformat()})"
    if ctx.anchor.known and ctx.anchor.precision == "day":
        return ctx.anchor.day, ctx.anchor.describe()
    return None, "no date known"


_WEEK_VALUE = re.compile(r"\d{4}-W\d\d")
_EARLIER_IN_PARAGRAPH = "date earlier in the paragraph"  # the note of such a day
_IN_THE_SENTENCE = "date in the same sentence"  # ... and of a day of the sentence itself
_CLOCK_OF_VALUE = re.compile(r"T(\d\d):\d\d")
EVENING_FROM = 18  # a clock from this hour on is an evening's
AFTERNOON_FROM = 12  # ... and from this hour on an afternoon's
SMALL_HOURS_END = 6  # a clock before this hour may belong to the night told before it
NIGHT_GOES_ON = 10  # sentences after a night in which its story may still go on


def _monday_of(week: str) -> date | None:
    """The Monday of an ISO week value ("2025-W49"); None for a week the year lacks."""
    try:
        return date.fromisocalendar(int(week[:4]), int(week[6:8]), 1)
    except ValueError:
        return None


def _anchoring_pattern(ctx: Context, key: str) -> re.Pattern[str] | None:
    """The compiled `[anchoring] <key>` pattern of the language, None when it has none."""
    source = ctx.data.raw.get("anchoring", {}).get(key)
    return _compiled_cached(source) if source else None


def _evening_before_a_morning(m: Mention, ctx: Context, clock: tuple[int, int],
                              day: date) -> bool:
    """"sagte am Dienstagmorgen, die Helfer seien seit 22 Uhr im Einsatz": an evening clock
    after a word of `since`, in a sentence told in the morning (`[anchoring]
    morning_words` before it) or after a morning's clock of the same day, is of the evening
    before."""
    words = _anchoring_pattern(ctx, "morning_words")
    if words is None or clock[0] < EVENING_FROM or not _after_since(ctx, m.start):
        return False
    last = ctx.last_clock
    if last is not None and last[0] < m.start and last[2] < AFTERNOON_FROM \
            and last[1] == day:
        # "Am kältesten war es gegen 5.20 Uhr. … stand seit 23 Uhr auf der Plantage": the
        # morning's clock told before says so too
        return True
    s_start = ctx.sentences.bounds(m.start)[0]
    return words.search(ctx.text, s_start, m.start) is not None


def _small_hours_after_evening(m: Mention, ctx: Context, day: date | None,
                               clock: tuple[int, int], anchor_note: str) -> bool:
    """"Der Brand war gestern gegen 16.40 Uhr ausgebrochen. Erst kurz nach 1.30 Uhr meldete
    die Feuerwehr …": a clock of the small hours that takes its day from an earlier sentence,
    whose last clock on that day was in the afternoon or evening, is of the night after it
    (the story goes on; told ahead it does not)."""
    last = ctx.last_clock
    if day is None or last is None or clock[0] >= SMALL_HOURS_END or last[1] != day \
            or last[2] < AFTERNOON_FROM or not anchor_note.startswith(_EARLIER_IN_PARAGRAPH) \
            or ctx.sentences.index(last[0]) == ctx.sentences.index(m.start):
        return False
    return ctx.tense(m) == PAST


def _morning_after_evening(m: Mention, ctx: Context, day: date | None,
                           anchor_note: str) -> bool:
    """"Gegen 23.15 Uhr trafen die ersten Streifen ein. Bis in die Morgenstunden suchten sie
    …": a morning reached by "until into" (`[anchoring] until_into` right before it) after an
    evening's clock told before on its day is the next day's."""
    last, until = ctx.last_clock, _anchoring_pattern(ctx, "until_into")
    if day is None or last is None or until is None or last[1] != day \
            or last[2] < EVENING_FROM or last[0] > m.start \
            or not anchor_note.startswith((_EARLIER_IN_PARAGRAPH, _IN_THE_SENTENCE)):
        return False
    s_start = ctx.sentences.bounds(m.start)[0]
    return until.search(ctx.text, max(s_start, m.start - 24), m.start) is not None \
        and ctx.tense(m) == PAST


def _in_fronted_question(ctx: Context, pos: int, start: int) -> bool:
    """Is `pos` inside a fronted indirect question (`[anchoring] fronted_question`: "Ob …,")
    whose comma lies before `start`?"""
    pattern = _anchoring_pattern(ctx, "fronted_question")
    if pattern is None:
        return False
    s_start = ctx.sentences.bounds(pos)[0]
    return pattern.match(ctx.text, s_start) is not None \
        and "," in ctx.text[pos:start]


def _night_to(m: Mention, ctx: Context) -> bool:
    """Is the mention a night named by its morning (`[anchoring] night_to`: "Nacht zum 3.
    Mai")?"""
    pattern = _anchoring_pattern(ctx, "night_to")
    return pattern is not None and pattern.search(ctx.text, m.start, m.end) is not None


def _night_of_writing(m: Mention, ctx: Context, day: date, clock: tuple[int, int] | None,
                      part: str | None, note: str) -> tuple[date, str]:
    """A night, a midnight or the small hours of a night with no day of their own, on the day
    of writing: told in the past they are last night's ("In der Nacht brannte eine Scheune",
    dated by its evening as TimeML dates a night; "Erst nach Mitternacht konnten die Wracks
    abgeschleppt werden"), told ahead the coming night's ("Mit einem Ergebnis ist erst gegen
    2 Uhr in der Nacht zu rechnen")."""
    own_day = note != ctx.anchor.describe()  # (a day named in the paragraph)
    if not own_day and clock is None and part == "NI" and ctx.tense(m) == PAST:
        return day - timedelta(days=1), f"{note}; the night before"
    if not own_day and clock is not None and clock[0] == 24 and ctx.tense(m) == PAST:
        return day - timedelta(days=1), f"{note}; the midnight before"
    night_after = _anchoring_pattern(ctx, "night_after_clock")
    if clock is not None and clock[0] < SMALL_HOURS_END and (part == "NI" or (
            night_after is not None and night_after.match(ctx.text, m.end))) \
            and ctx.tense(m) == FUTURE:
        return day + timedelta(days=1), f"{note}; the small hours of the coming night"
    return day, note


def _night_told_before(m: Mention, ctx: Context) -> date | None:
    """The morning of the night told last before a clock of the small hours that has no
    day of its own, not told ahead, within a few sentences ("Eine Rakete hat in der
    Neujahrsnacht einen Brand ausgelöst. …⏎⏎Laut Polizei ging der Notruf um 0.38 Uhr ein"):
    the story of that night goes on past its paragraph."""
    k = bisect_left(ctx.nights, (m.start,))
    if not k or ctx.tense(m) == FUTURE:
        return None
    pos, morning = ctx.nights[k - 1]
    near = ctx.sentences.index(m.start) - ctx.sentences.index(pos) <= NIGHT_GOES_ON
    return morning if near and morning <= ctx.anchor.day else None


def _day_of_saying(ctx: Context, pos: int) -> bool:
    """Is the date at `pos` the day something was said (`[anchoring] said_on` right before
    it: "said on Wednesday", "sagte am Mittwoch")?"""
    words = ctx.data.raw.get("anchoring", {}).get("said_on")
    # (or in a frame of saying: "…, wie das Amt am Donnerstag mitteilte")
    return (bool(words) and range_end_pattern(words).search(
        ctx.text, max(0, pos - 30), pos) is not None) or _report_frame_before(ctx, pos)


def _earlier_weekday(m: Mention, ctx: Context, hour: int | None = None) -> tuple[str, str] | None:
    """The weekday of an unknown week (`XXXX-WXX-3`) a clock time without a date goes on
    with: one said before it in its sentence, else the last one of the sentences before in
    its paragraph ("… für Mittwochabend einen Streik angekündigt. Der Ausstand soll um
    22 Uhr beginnen"), as `_sentence_day` does for known days."""
    i = ctx.sentences.index(m.start)
    weekdays = ctx.sentence_weekdays.get(i, [])
    k = bisect_left(weekdays, (m.start,))

    def day_of(entry: tuple[int, str, str | None]) -> str:
        # a night: its evening hours are the day before ("in der Nacht zum Dienstag gegen
        # 23 Uhr" is Monday 23:00), its small hours the named day
        return entry[2] if entry[2] is not None and hour is not None and hour >= 12 \
            else entry[1]

    if k < len(weekdays) and not ctx.text[m.end:weekdays[k][0]].strip(" ,") \
            and not _ends_range(ctx, weekdays[k][0]):
        # "1 Uhr in der Nacht zum Mittwoch", "10 Uhr am Montag" (dates are resolved before
        # clock times, so a weekday after it is known): the weekday right after it
        return day_of(weekdays[k]), f"weekday right after it ({day_of(weekdays[k])})"
    if k:
        value = day_of(weekdays[k - 1])
        return value, f"weekday earlier in the sentence ({value})"
    if k < len(weekdays) and not _ends_range(ctx, weekdays[k][0]):
        # "The talks will open at 9:30 a.m. local time (0730 GMT) on Thursday": the weekday
        # later in its own sentence, before any of the sentences before
        value = day_of(weekdays[k])
        return value, f"weekday later in the sentence ({value})"
    paragraph_start = ctx.text.rfind("\n", 0, m.start)
    for j in range(i - 1, max(-1, i - 4), -1):
        if ctx.sentences.starts[j] < paragraph_start or ctx.sentence_days.get(j):
            break  # a known day said later than the weekday governs instead (or nothing)
        weekdays = ctx.sentence_weekdays.get(j)
        if weekdays:
            if len({entry[1] for entry in weekdays}) > 1:
                break  # "will call on Wednesday, his office said on Tuesday": which one?
            value = day_of(weekdays[-1])
            return value, f"weekday earlier in the paragraph ({value})"
    return None


_PLACE_CACHE: dict[str, FoldedScan] = {}


def _place_scan(data: LanguageData) -> FoldedScan:
    """The scan for the language's place names (`vocab.places`), made once per language."""
    pattern = _PLACE_CACHE.get(data.lang)
    if pattern is None:
        table = data.vocab["places"]
        # ("(?!\w)", not "\b", at the end: an abbreviation ends with its dot, "N.C.")
        pattern = folded_scan(re.compile(r"\b" + table.alternation + r"(?!\w)", re.IGNORECASE))
        _PLACE_CACHE[data.lang] = pattern
    return pattern


def _local_zone(m: Mention, ctx: Context) -> str | None:
    """'Ortszeit': the zone of the place named closest to it in its sentence, else the zone
    named most often before it (a dateline, the lead); never one named later, and no zone
    at all rather than a guess. Places are found once per text (no quadratic rescans)."""
    table = ctx.data.vocab.get("places")
    if table is None:
        return None
    if ctx.places is None:
        pattern = _place_scan(ctx.data)
        text = ctx.text  # (on the lowercased text: same spans, see FoldedScan)
        ctx.places = [(s, text[s:e]) for s, e in pattern.spans(text, fold_text(text), 0, len(text))]
    if not ctx.places:
        return None
    starts = [pos for pos, _ in ctx.places]
    s_start, s_end = ctx.sentences.bounds(m.start)
    lo, hi = bisect_left(starts, s_start), bisect_left(starts, s_end)
    venues = [p for p in ctx.places[lo:hi] if not _participant(p[0], ctx)]
    if venues:
        _, name = min(venues, key=lambda p: abs(p[0] - m.start))
        return table.lookup(name)
    if lo < hi:
        # only the sides of a match ("zwischen Mexiko und Südafrika"): where it is played
        # is not said here, and either side is a guess
        return None
    before = bisect_left(starts, m.start)
    if not before:
        return None
    # the zone named most often before it (the story's place: "Washington" of the dateline
    # and the lead, not a "Deutschland" of someone's remark), the last one on a tie
    zones = [table.lookup(name) for _, name in ctx.places[:before]]
    counts = {z: zones.count(z) for z in zones if z}
    if not counts:
        return None
    best = max(counts.values())
    return next(z for z in reversed(zones) if z and counts[z] == best)


def _participant(pos: int, ctx: Context) -> bool:
    """Is the place at `pos` a side of a match or talks, not where it happens (`[local_time]
    participant_before`: "zwischen Mexiko und Südafrika", "gegen Südafrika")?"""
    pattern = ctx.data.raw.get("local_time", {}).get("participant_before")
    return bool(pattern) and _participant_pattern(pattern).search(
        ctx.text, max(0, pos - 60), pos) is not None


@cache
def _participant_pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(f"(?:{pattern})$", re.IGNORECASE)


def _point(m: Mention, ctx: Context) -> Resolution | None:
    clock = _clock(m, ctx)
    part = _daypart(m, ctx)
    has_date = (m.has("day", "deictic", "weekday", "holiday", "month", "month_num", "year")
                or "day_offset" in m.rule.options)
    point: Point | None = None
    if has_date:
        point = _calendar_point(m, ctx)
        if point is None:
            return None
        if m.rule.options.get("shift_days") and point.day:
            point.day = cal.add_days(point.day, int(m.rule.options["shift_days"]))
            point.value = cal.fmt_day(point.day) if point.day else point.value
        elif m.rule.options.get("shift_days") and _OPEN_WEEKDAY.fullmatch(point.value):
            # "in der Nacht zum Mittwoch" in a week not known: Tuesday night
            point.value = _shift_weekday(point.value, int(m.rule.options["shift_days"]))
        if m.rule.options.get("week_of") and point.day:  # "the week of March 6": its ISO week
            point.value = cal.iso_week(point.day) + (
                "-WE" if m.rule.options["week_of"] == "WE" else "")  # "the weekend of …"
    elif clock is None and part is None:
        point = _calendar_point(m, ctx)
        if point is None:
            return None
    mod = _mod(m, ctx)
    if clock is None and part is None:
        return Resolution("DATE", point.value, mod, anchor=point.anchor, note=point.note,
                          day=point.day)
    # a time of day: on the date of this mention, or of its sentence, or the document
    if point is not None:
        day, anchor_note = point.day, point.anchor or "explicit"
    else:
        day, anchor_note = _sentence_day(m, ctx, clock is not None)
        i = ctx.sentences.index(m.start)
        morning = ctx.night_mornings.get((i, day)) if day else None
        if morning is None and day and i > 0 and (
                not ctx.sentence_days.get(i) or anchor_note.startswith(_EARLIER_IN_PARAGRAPH)):
            # "… in der Nacht zum Sonntag überfallen. Die Täter betraten gegen 2.45 Uhr …":
            # the night of the sentence before goes on
            morning = ctx.night_mornings.get((i - 1, day))
        if morning is None and clock is not None and clock[0] < SMALL_HOURS_END \
                and day == ctx.anchor.day and ctx.anchor.precision == "day":
            morning = _night_told_before(m, ctx)
        if morning is None and ((clock is not None and _small_hours_after_evening(
                m, ctx, day, clock, anchor_note)) or (part == "MO" and _morning_after_evening(
                    m, ctx, day, anchor_note))):
            morning = cal.add_days(day, 1)
        if morning is not None and ((clock is not None and clock[0] < 12) or part == "MO"):
            # "in der Nacht zum Donnerstag um 3 Uhr": the small hours are Thursday's, and
            # the night goes on in the next sentence ("Gegen 0.38 Uhr … Gegen 4 Uhr …")
            ctx.night_mornings.setdefault((i, day), morning)
            day, anchor_note = morning, f"{anchor_note}; the small hours of {morning}"
        elif day is not None and day == ctx.anchor.day and ctx.anchor.precision == "day":
            day, anchor_note = _night_of_writing(m, ctx, day, clock, part, anchor_note)
        if day is not None and clock is not None and _evening_before_a_morning(m, ctx, clock, day):
            day, anchor_note = day - timedelta(days=1), f"{anchor_note}; the evening before"
    date_part = day.isoformat() if day else (_to_day(point.value) if point else "XXXX-XX-XX")
    if day is None and point is None:
        weekday = _earlier_weekday(m, ctx, clock[0] if clock else None)
        if weekday is not None:
            date_part, anchor_note = weekday
    if point is None and clock is not None and _habitual(m, ctx):
        # "täglich von 10 bis 22 Uhr", "jeweils 20 Uhr": a time on many days belongs to
        # none of them; TimeML (and KRAUTS) write the clock time alone
        hour, minute = clock
        return Resolution("TIME", f"T{hour:02d}:{minute:02d}", mod,
                          anchor="a time on many days (no date)")
    if clock is None:
        return Resolution("TIME", f"{date_part}T{part}", mod, anchor=anchor_note, day=day)
    hour, minute = clock
    after = _anchoring_pattern(ctx, "after_midnight") if hour == 24 else None
    if after is not None and "midnight before" not in anchor_note \
            and after.search(ctx.text, max(0, m.start - 20), m.start):
        # "shortly after midnight on March 3": the small hours of that day, its 00:00
        hour, anchor_note = 0, f"{anchor_note}; after the midnight that began it"
        # (a midnight told in the past on the day of writing is already the one before)
        last = ctx.last_clock
        if point is None and day is not None and last is not None and last[1] == day \
                and last[2] >= AFTERNOON_FROM and last[0] < m.start \
                and (after_day := cal.add_days(day, 1)) is not None:
            # "zog gestern gegen 17.45 Uhr über den Ort; … bis weit nach Mitternacht": the
            # midnight that ends the evening told before
            day, date_part = after_day, after_day.isoformat()
            anchor_note = f"{anchor_note}; the midnight after the afternoon or evening told before"
    res = Resolution("TIME", f"{date_part}T{hour:02d}:{minute:02d}", mod, anchor=anchor_note,
                     day=day)
    zone = ctx.lookup("zones", m.groups.get("tz"))
    if zone == "LOCAL":
        zone = _local_zone(m, ctx)
    if zone and day:
        offset = offset_for(zone, day, hour, minute)
        if offset is not None:
            res.utc_offset = format_offset(offset)
            res.instant = to_instant(day, hour, minute, offset)
            res.note = f"time zone {zone}"
    elif zone and ctx.anchor.known and ctx.anchor.precision == "month":
        # "11 p.m. ET on Friday" in an article dated only to June: the day is unknown, the
        # offset is not when the zone keeps one offset all month (no instant without a day)
        a = ctx.anchor.day
        first = date(a.year, a.month, 1)
        last = date(a.year + a.month // 12, a.month % 12 + 1, 1) - timedelta(days=1)
        offsets = {offset_for(zone, d, hour, minute) for d in (first, last)}
        if len(offsets) == 1 and None not in offsets:
            res.utc_offset = format_offset(offsets.pop())
            res.note = f"time zone {zone}, the same offset all month"
    return res


# --------------------------------------------------------------------------- other kinds

# the next smaller duration unit and how many of it make one: "2 1/2 years" = P2Y6M
SMALLER_UNIT = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60),
                "MIN": ("S", 60)}
UNIT_OF_CODE = {"Y": "Y", "M": "M", "W": "W", "D": "D", "TH": "H", "TM": "MIN", "TS": "S"}


def _split_fractions(parts: list[tuple[float | str, str]]) -> list[tuple[float | str, str]]:
    """"two and a half years" as whole units plus the rest in the next smaller unit
    (P2Y6M, PT5H30M), as English TimeML writes it; a language may keep P2.5Y instead."""
    out: list[tuple[float | str, str]] = []
    for amount, unit in parts:
        code, factor = DURATION_UNITS.get(unit, (None, 1))
        if isinstance(amount, str) or code is None or float(amount * factor).is_integer():
            out.append((amount, unit))
            continue
        total, base = amount * factor, UNIT_OF_CODE.get(code)
        while base is not None and not float(total).is_integer() and base in SMALLER_UNIT:
            whole = int(total)
            if whole:
                out.append((float(whole), base))
            base, per = SMALLER_UNIT[base]
            total = (total - whole) * per
        out.append((round(total, 6), base or unit))
    return out


def _part_of_one(part: tuple[float | str, str]) -> bool:
    return not isinstance(part[0], str) and 0 < part[0] < 1


def _duration_value(parts: list[tuple[float | str, str]], options: dict | None = None) -> str | None:
    """The TIMEX3 duration of amounts of units. A language's `[durations]` may split
    fractions ("2 1/2 years" P2Y6M), or only those below one unit, and write units with codes of their own (`codes`:
    English TimeML counts quarters as quarters, P2Q, where German writes P6M)."""
    options = options or {}
    if options.get("split_fractions"):
        parts = _split_fractions(parts)
    elif options.get("split_parts_of_one"):
        # "eine halbe Stunde" PT30M, while "dreieinhalb Minuten" stays PT3.5M
        parts = [p for part in parts for p in (_split_fractions([part]) if _part_of_one(part) else [part])]
    codes = options.get("codes", {})
    date_part, time_part = "", ""
    for amount, unit in parts:
        code, factor = (codes[unit], 1) if unit in codes else DURATION_UNITS.get(unit, (None, 1))
        if code is None:
            return None
        n = amount if isinstance(amount, str) else cal.format_number(amount * factor)
        if code.startswith("T"):
            time_part += f"{n}{code[1:]}"
        else:
            date_part += f"{n}{code}"
    return "P" + date_part + (f"T{time_part}" if time_part else "")


def _duration(m: Mention, ctx: Context) -> Resolution | None:
    g = m.groups
    unit = (ctx.lookup("units", g.get("unit")) or ctx.lookup("plural_units", g.get("unit"))
            or ctx.lookup("adjective_units", g.get("unit")))
    if unit is None:
        return None
    direction = ctx.lookup("directions", g.get("dir"))
    amount: float | str | None = ctx.number(g.get("num"))
    # "2 1/2 years", "a minute and a half": a fraction said before or after the unit
    fraction = (ctx.lookup("fractions", g.get("fraction"))
                or ctx.lookup("fractions", g.get("fraction_after")))
    if amount is not None and fraction:
        amount += float(fraction)
    if amount is None and "amount" in m.rule.options:  # "the past week": one unit
        amount = float(m.rule.options["amount"])
    if amount is None:
        # "in den kommenden Wochen" is FUTURE_REF in German TimeML; English TimeML makes
        # "the next few days" a duration PXD (rule option `vague_future = "duration"`)
        if (direction is not None and direction > 0
                and m.rule.options.get("vague_future") != "duration"):
            return Resolution("DATE", "FUTURE_REF", note="plural unit ahead")
        amount = "X"
    parts: list[tuple[float | str, str]] = [(amount, unit)]
    if g.get("clock_minutes") and unit == "H":
        # "nach 2:41 Stunden": hours and minutes written as on a clock
        parts.append((int(g["clock_minutes"]), "MIN"))
    for k in ("2", "3", "4"):  # "2 hours, 7 minutes and 41 seconds"
        if not g.get("unit" + k):
            break
        unit_k, amount_k = ctx.lookup("units", g["unit" + k]), ctx.number(g.get("num" + k))
        if unit_k is None or amount_k is None:
            return None
        parts.append((amount_k, unit_k))
    value = _duration_value(parts, ctx.data.raw.get("durations"))
    return Resolution("DURATION", value, _mod(m, ctx)) if value else None


def _set(m: Mention, ctx: Context) -> Resolution | None:
    g = m.groups
    weekday = ctx.lookup("weekdays", g.get("weekday"))
    part = ctx.lookup("dayparts", g.get("daypart"))
    if weekday:
        return Resolution("SET", f"XXXX-WXX-{weekday}" + (f"T{part}" if part else ""))
    month = ctx.lookup("months", g.get("month"))
    if month:  # "each July"
        return Resolution("SET", f"XXXX-{int(month):02d}")
    season = ctx.lookup("seasons", g.get("season"))
    if season:  # "every summer", "jeden Sommer"
        return Resolution("SET", f"XXXX-{season}")
    unit = ctx.lookup("point_units", g.get("unit")) or ctx.lookup("plural_units", g.get("unit"))
    if unit is None:
        return None
    if unit == "WE" and not g.get("num") and not g.get("freq") and not m.rule.options.get("step"):
        # "every weekend", "jedes Wochenende": the weekend of any week, as "each Thursday"
        # is XXXX-WXX-4 (P1WE is a length, not a recurring part of the week)
        return Resolution("SET", "XXXX-WXX-WE")
    # "every second week" (ordinal), "every other day" (rule option `step`)
    n = (ctx.number(g.get("num")) or ctx.lookup("ordinals", g.get("freq"))
         or m.rule.options.get("step") or 1)
    value = _duration_value([(float(n), unit)], ctx.data.raw.get("durations"))
    return Resolution("SET", value) if value else None


def _offset(m: Mention, ctx: Context) -> Resolution | None:
    """"vor fünf Jahren", "in zwei Wochen". As German TimeML corpora (KRAUTS) annotate it,
    the value is the duration (`P5Y`); the point it leads to is kept in the evidence.
    With `precision = "day"` ("heute vor einem Jahr") the value is that calendar day."""
    g = m.groups
    unit = ctx.lookup("units", g.get("unit")) or ctx.lookup("plural_units", g.get("unit"))
    signal = ctx.lookup("offset_signals", g.get("sig")) or "ago"
    sign = -1 if signal == "ago" else 1
    if unit is None:
        return None
    n = None if g.get("vague") else ctx.number(g.get("num"))
    duration = _duration_value([(n if n is not None else "X", unit)], ctx.data.raw.get("durations"))
    target = None
    if n is not None and ctx.anchor.known and unit not in ("H", "MIN", "S"):
        target = _shift(ctx.anchor.day, unit, sign * n,
                        day_precision=bool(m.rule.options.get("precision")))
    if m.rule.options.get("precision") == "day" or m.rule.options.get("value") == "point":
        # "heute vor einem Jahr" (a day); English TimeML "three days ago" (the point, at
        # the granularity of its unit: "two years ago" = 2020, "six weeks ago" = a week)
        if target is None:
            if m.rule.options.get("value") == "point" and duration and ctx.anchor.known:
                # "a few years ago", "hours ago": no calendar point, only its direction
                return Resolution("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF",
                                  _mod(m, ctx), anchor=ctx.anchor.describe())
            return None
        if unit in ("D", "W", "H", "MIN", "S") and ctx.anchor.precision != "day":
            # "three days ago" in an article dated only to its month: which day is unknown;
            # say the month (as "kommende Woche" does) rather than count from mid-month
            a = ctx.anchor.day
            return Resolution("DATE", cal.fmt_month(a.year, a.month)
                              if ctx.anchor.precision == "month" else cal.fmt_year(a.year),
                              _mod(m, ctx), anchor=ctx.anchor.describe(),
                              note="document day unknown")
        if ctx.anchor.precision != "day" and target.day is not None:
            # "vor genau einem Monat" in an article dated only to its month: the month
            # (or, for years, the month a year back) is known, the day is not
            d = target.day
            value = cal.fmt_month(d.year, d.month) if ctx.anchor.precision == "month" \
                else cal.fmt_year(d.year)
            return Resolution("DATE", value, _mod(m, ctx), anchor=ctx.anchor.describe(),
                              note="document day unknown")
        target.anchor, target.mod = ctx.anchor.describe(), _mod(m, ctx)
        return target
    if duration is None:
        return None
    note = f"points to {target.value}" if target else None
    # only a point the anchor can fix: "vor zwei Wochen" in an article dated only to its
    # month names no week (the evidence keeps the guess from mid-month)
    fixed = target is not None and (ctx.anchor.precision == "day" or unit in ("Y", "M", "Q", "DE", "CE"))
    return Resolution("DURATION", duration, _mod(m, ctx), anchor=ctx.anchor.describe(), note=note,
                      points_to=target.value if fixed else None)


def _shift(base: date, unit: str, amount: float, day_precision: bool = False) -> Resolution | None:
    """base shifted by an amount of units; the value keeps the unit's granularity."""
    n = int(amount)
    if n != amount:
        return None
    if unit in ("D", "NIGHT"):
        d = cal.add_days(base, n)
        return Resolution("DATE", cal.fmt_day(d), day=d) if d else None
    if unit in ("W", "WE"):
        d = cal.add_days(base, 7 * n)
        if d is None:
            return None
        return Resolution("DATE", cal.fmt_day(d) if day_precision else cal.iso_week(d), day=d)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    if months is None:
        return None
    y, mo = cal.add_months(base.year, base.month, n * months)
    if day_precision:
        d = cal.safe_date(y, mo, min(base.day, 28 if mo == 2 else min(base.day, 30)))
        return Resolution("DATE", cal.fmt_day(d), day=d) if d else None
    if not cal.MIN_YEAR <= y <= cal.MAX_YEAR:
        return None
    if unit == "M":
        return Resolution("DATE", cal.fmt_month(y, mo))
    if unit == "Q":
        return Resolution("DATE", f"{y:04d}-Q{(mo - 1) // 3 + 1}")
    # "a decade ago" from 1999 is the year 1989, not the 1980s
    return Resolution("DATE", cal.fmt_year(y))


def _narrative(m: Mention, ctx: Context) -> Resolution | None:
    if m.groups.get("vague"):
        # "wenige Tage später": how long after is not said, a vague duration (as
        # WikiWarsDE writes it, PXD) rather than a day one unit on
        unit = ctx.lookup("units", m.groups.get("unit"))
        value = unit and _duration_value([("X", unit)], ctx.data.raw.get("durations"))
        return Resolution("DURATION", value, note="vague count of units after") if value else None
    base = ctx.last_day or (ctx.anchor.day if ctx.anchor.precision == "day" else None)
    if base is None:
        if m.groups.get("narrative_day") and ctx.anchor.precision == "month" \
                and not ctx.anchor.narrative:
            # "am Vorabend" in an article dated only to its month: a day, which is unknown
            # (a narrative's re-reading keeps what the first reading found instead)
            return Resolution("DATE", "XXXX-XX-XX", anchor="no day known to count from")
        return None
    anchor = (f"last mentioned date {ctx.last_day.isoformat()}" if ctx.last_day
              else ctx.anchor.describe())
    if ctx.last_day is not None and ctx.anchor.known and ctx.anchor.precision == "day" \
            and not ctx.anchor.narrative and ctx.last_day > ctx.anchor.day \
            and ctx.tense(m) == PAST:
        # "Für den 21. März ist ein Folgetreffen geplant. … Die Ministerin hatte am Vorabend
        # telefoniert": a past told after a date ahead counts from the day of writing
        base, anchor = ctx.anchor.day, ctx.anchor.describe()
    g = m.groups
    if g.get("narrative_day"):
        offset = ctx.lookup("narrative_days", g["narrative_day"])
        d = cal.add_days(base, int(offset or 0))
        return Resolution("DATE", cal.fmt_day(d), anchor=anchor, day=d) if d else None
    if g.get("same") and g.get("daypart"):
        # "am selben Abend", "that same evening": that part of the day counted from
        part = ctx.lookup("dayparts", g["daypart"])
        return Resolution("TIME", f"{cal.fmt_day(base)}T{part}", anchor=anchor,
                          day=base) if part else None
    unit = ctx.lookup("point_units", g.get("unit")) or ctx.lookup("units", g.get("unit"))
    if unit is None:
        return None
    if unit == "M" and ctx.last_month is not None and (
            ctx.last_day is None or (ctx.last_day.year, ctx.last_day.month) != ctx.last_month):
        # "In March the firm was sold. The following month ...": from the last month named
        base = cal.safe_date(ctx.last_month[0], ctx.last_month[1], 15) or base
        anchor = f"last mentioned month {ctx.last_month[0]:04d}-{ctx.last_month[1]:02d}"
    if unit == "W" and ctx.last_week is not None:
        # "für die vergangene Woche 612 Fälle, nach 287 in der Woche davor": from the last
        # week named after the last day
        base, anchor = ctx.last_week, f"last mentioned week {cal.iso_week(ctx.last_week)}"
    if unit in ("Y", "DE", "CE") and ctx.last_year is not None and (
            ctx.last_day is None or ctx.last_day.year != ctx.last_year):
        # "1990 gegründet. Im Jahr darauf": years count from the last year mentioned
        base = cal.safe_date(ctx.last_year, 7, 1) or base
        anchor = f"last mentioned year {ctx.last_year}"
    if g.get("same"):
        res = _shift(base, unit, 0)
    else:
        sign = ctx.lookup("narrative_signals", g.get("nsig")) or 1
        n = ctx.number(g.get("num"))
        if n is None and ctx.lookup("point_units", g.get("unit")) is not None:
            n = 1  # "im Jahr darauf", "ein Tag später": a singular unit means one
        if n is None:
            return None
        if _restates_a_distance(m, ctx):
            # "soll nun am 8. Juli stattfinden, genau zwei Wochen später": how far that date
            # lies from the one before, not a day two weeks after it
            value = _duration_value([(n, unit)], ctx.data.raw.get("durations"))
            return Resolution("DURATION", value, note="the distance of the date just named") \
                if value else None
        if unit in ("H", "MIN", "S"):
            # "eine Minute später", "eine halbe Stunde später": a time whose clock is not
            # known (as German TimeML, KRAUTS, writes it)
            return Resolution("TIME", "XXXX-XX-XXTXX:XX", anchor=anchor,
                              note="minutes or hours after a time not named")
        res = _shift(base, unit, sign * n)
    if res is not None:
        res.anchor = anchor
    return res


_OPEN_WEEKDAY = re.compile(r"XXXX-WXX-[1-7]")
_DEICTIC_BEFORE = re.compile(r"(\w+)\s*,\s*(?:\w{1,3}\s+)?$")  # "gestern, (am) Mittwoch"
_AFTER_A_COMMA = re.compile(r",\s*(?:\w+\s+)?$")  # ", genau zwei Wochen später"


def _restates_a_distance(m: Mention, ctx: Context) -> bool:
    """Does the count follow a day named in its sentence a comma and a word before it?"""
    i = ctx.sentences.index(m.start)
    if not any(0 < m.start - pos <= 40 for pos, _d in ctx.sentence_days.get(i, ())):
        return False
    return _AFTER_A_COMMA.search(ctx.text, max(0, m.start - 16), m.start) is not None


def _shift_weekday(value: str, days: int) -> str:
    """`XXXX-WXX-3` moved by `days` within the week's cycle (Monday - 1 = Sunday)."""
    return f"XXXX-WXX-{(int(value[9]) - 1 + days) % 7 + 1}{value[10:]}"


_PARENTHESIS_BETWEEN = re.compile(r"\s*\(\s*")


def _same_instant_in_parentheses(before_m: Mention, before: Resolution, m: Mention,
                                 res: Resolution, ctx: Context) -> None:
    """"um 20 Uhr Ortszeit (2 Uhr MESZ)": a clock time in another zone in parentheses right
    after a zoned one names the same instant, so it falls on the day that makes it so (the
    next day here), not on the first one's day."""
    if not (before.instant and before.utc_offset and res.utc_offset and res.day
            and before.instant != res.instant
            and _PARENTHESIS_BETWEEN.fullmatch(ctx.text, before_m.end, m.start)):
        return
    if m.groups.get("weekday") and before.day is not None:
        # "8 p.m. local time (0100 GMT Thursday)": the weekday in brackets names the day;
        # the first time is the same instant on its own clock
        try:
            local = datetime.fromisoformat(res.instant).astimezone(
                datetime.strptime(before.utc_offset, "%z").tzinfo)
        except (ValueError, OverflowError):
            return
        if local.strftime("%H:%M") == before.value.split("T", 1)[1][:5] \
                and abs((local.date() - before.day).days) <= 7:
            before.value = cal.fmt_day(local.date()) + before.value[10:]
            before.instant, before.day = res.instant, local.date()
            before.note = f"{before.note}; the same instant as the weekday in brackets says"
        return
    try:  # the first one's instant, on the second one's clock
        local = datetime.fromisoformat(before.instant).astimezone(
            datetime.strptime(res.utc_offset, "%z").tzinfo)
    except (ValueError, OverflowError):
        return
    clock = res.value.split("T", 1)[1][:5]
    if local.strftime("%H:%M") != clock or abs((local.date() - res.day).days) != 1:
        return  # not the same clock time: two different moments, left as they are
    day = local.date()
    res.value = cal.fmt_day(day) + res.value[10:]
    res.instant = before.instant
    res.day = day
    res.note = f"{res.note}; the same instant as the time before it"


_QUARTER_TEMPLATE = re.compile(r"\{Q([+-]\d+)?\}")
# a reporting period (a quarter, a half): what "the same period a year earlier" goes back from
_PERIOD_VALUE = re.compile(r"^\d{4}-(?:Q[1-4]|H[12])$")


def _lexicon(m: Mention, ctx: Context) -> Resolution | None:
    entry = ctx.lookup("lexicon", m.groups.get("lex"))
    if not entry:
        return None
    type_, template, *rest = entry  # an optional third item is the mod ("year-end": END)
    mod = rest[0] if rest and rest[0] in MOD_NAMES else None
    if template.startswith("{SAME-1Y}"):
        # "the same period a year earlier": the period last named, a year before; without
        # one, the template's fallback after "|" ("{SAME-1Y}|{Q-5}")
        if ctx.last_period is not None and ctx.sentences.index(m.start) - ctx.last_period[0] <= 1:
            period = ctx.last_period[1]  # anaphora is local: this sentence or the one before
            value = f"{int(period[:4]) - 1:04d}{period[4:]}"
            return Resolution(type_, value, mod, anchor=f"last named period {period}",
                              note="the same period a year before")
        template = template.partition("|")[2] or template
    if "{" in template:
        if not ctx.anchor.known:
            return None
        y = ctx.anchor.day.year
        if "{Q" in template:
            # quarters counted from the anchor's: "the latest quarter" {Q-1}, the last
            # completed one; "the year-earlier quarter" {Q-5}, the same one a year before
            def quarter(match: re.Match[str]) -> str:
                q = (ctx.anchor.day.month - 1) // 3 + int(match.group(1) or 0)
                return f"{cal.fmt_year(y + q // 4)}-Q{q % 4 + 1}"
            template = _QUARTER_TEMPLATE.sub(quarter, template)
        if "{W}" in template or "{M}" in template:
            # the week or month of writing ("earlier in the week"): only with its day known
            if ctx.anchor.precision != "day" and "{W}" in template:
                return None
            template = template.replace("{W}", cal.iso_week(ctx.anchor.day)).replace(
                "{M}", f"{cal.fmt_year(y)}-{ctx.anchor.day.month:02d}")
        value = (template.replace("{Y-1}", cal.fmt_year(y - 1)).replace("{Y+1}", cal.fmt_year(y + 1))
                 .replace("{Y}", cal.fmt_year(y)))
        back = "a year before" if re.search(r"\{(?:Q-[4-9]|Y-1)\}", entry[1]) else None
        return Resolution(type_, value, mod, anchor=ctx.anchor.describe(), note=back)
    return Resolution(type_, template, mod)


_QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")
QUARTER_REACH = 3  # sentences after a quarter in which "a year earlier" still compares with it


def _compare_quarters(res: Resolution, m: Mention, ctx: Context) -> None:
    """"Net fell in the third quarter, compared with $5 million a year earlier": a year
    before a quarter just named is that quarter a year before (`1988-Q3`), as TimeML
    annotates financial reports. Only for rules marked `follows_quarter`, only when a
    quarter was named in the last few sentences, and only for a year shift of 1."""
    if ctx.last_quarter is None or not res.value.isdigit() or len(res.value) != 4:
        return
    sentence, value = ctx.last_quarter
    quarter = _QUARTER_VALUE.match(value)
    if not quarter or ctx.sentences.index(m.start) - sentence > QUARTER_REACH:
        return
    if m.rule.options["follows_quarter"] == "any" or int(quarter.group(1)) - int(res.value) == 1:
        res.value = f"{res.value}-Q{quarter.group(2)}"
        res.note = f"the quarter {value} a year before"


def _is_reported_quarter(value: str, anchor: Anchor) -> bool:
    """A quarter a report can be about: within the last year before the document. "The
    year-ago quarter" (1988-Q3 in late 1989) is the comparison, not what "year-ago
    results" in the next sentence are compared with."""
    if anchor.day is None:
        return True
    year, q = int(value[:4]), int(value[-1])
    return (year * 4 + q) - (anchor.day.year * 4 + (anchor.day.month - 1) // 3 + 1) >= -3


_KINDS = {"point": _point, "duration": _duration, "set": _set, "offset": _offset,
          "narrative": _narrative, "lexicon": _lexicon}


def _is_time_of_day_only(m: Mention) -> bool:
    return (m.kind == "point" and not m.has("day", "deictic", "weekday", "holiday", "month",
                                            "month_num", "year")
            and "day_offset" not in m.rule.options and m.has("hour", "hourw", "daypart"))


def normalize(text: str, mentions: list[Mention], data: LanguageData, anchor: Anchor,
              sentences: Sentences | None = None) -> list[Resolution | None]:
    """Values for all mentions of one text, in order. Dates first, then the clock times and
    day parts that take their date from the sentence."""
    if _PREPARED.get(id(data)) is not data:
        _prepare(data)
    ctx = Context(text, data, anchor, sentences or sentences_of(text, data))
    ctx.clock_mentions = [m for m in mentions if m.has("hour", "hourw")]
    out: list[Resolution | None] = [None] * len(mentions)
    deferred = []
    for i, m in enumerate(mentions):
        if _is_time_of_day_only(m):
            deferred.append(i)
            continue
        res = _safe(_KINDS[m.kind], m, ctx)
        if res is not None and m.rule.options.get("follows_quarter"):
            _compare_quarters(res, m, ctx)
        out[i] = res
        if res is not None and res.type == "DATE" and res.value[:4].isdigit() and len(res.value) >= 4:
            ctx.last_year = int(res.value[:4])
            if len(res.value) == 4 and res.mod is None and _sets_sentence_year(m, ctx):
                ctx.sentence_years[ctx.sentences.index(m.start)] = int(res.value)
            if len(res.value) >= 7 and res.value[4] == "-" and res.value[5:7].isdigit():
                ctx.last_month = (int(res.value[:4]), int(res.value[5:7]))
            if (_PERIOD_VALUE.match(res.value) and "a year before" not in (res.note or "")
                    and (ctx.anchor.day is None or int(res.value[:4]) <= ctx.anchor.day.year)):
                # not the comparison itself ("the year-ago quarter")
                ctx.last_period = (ctx.sentences.index(m.start), res.value)
            if _QUARTER_VALUE.match(res.value) and _is_reported_quarter(res.value, ctx.anchor):
                ctx.last_quarter = (ctx.sentences.index(m.start), res.value)
        if res is not None and res.type == "DATE" and _WEEK_VALUE.fullmatch(res.value):
            ctx.last_week = _monday_of(res.value)
        if res is not None and res.day is None and (week := _OPEN_WEEKDAY.match(res.value)):
            weekday, evening = week.group(), None
            if m.rule.options.get("shift_days") == -1 and res.type == "TIME":
                # "1 Uhr in der Nacht zum Mittwoch" is Wednesday's, "23 Uhr" Tuesday's
                weekday, evening = _shift_weekday(weekday, 1), weekday
            insort(ctx.sentence_weekdays.setdefault(ctx.sentences.index(m.start), []),
                   (m.start, weekday, evening))
        elif res is not None and res.day is None and m.groups.get("deictic") \
                and res.type in ("DATE", "TIME"):
            # "tomorrow" in an article dated only to its month: a day not known, which a
            # clock after it keeps ("will open tomorrow at 9 a.m."; not a day named before)
            insort(ctx.sentence_weekdays.setdefault(ctx.sentences.index(m.start), []),
                   (m.start, "XXXX-XX-XX", None))
        if res is not None and res.day is not None and res.type in ("DATE", "TIME") \
                and not _counts_from_named_event(m, ctx) and not _in_report_sentence(m, ctx):
            # (a day counted from an event named after it is recounted at the end: until
            # then it is no day later times may take, "am Vorabend des Gipfels")
            ctx.last_day, ctx.last_week = res.day, None
            if not _noun_attribute(m, ctx):
                insort(ctx.sentence_days.setdefault(ctx.sentences.index(m.start), []),
                       (m.start, res.day))
            if m.groups.get("weekday") and m.groups.get("day"):
                # "am Mittwoch, dem 9. November": a later bare "Mittwoch" of an article
                # dated only to its month is most likely that day
                ctx.dated_weekdays[res.day.isoweekday()] = (res.day, ctx.tense(m))
            morning = cal.add_days(res.day, 1)
            if res.type == "TIME" and morning and (
                    m.rule.options.get("shift_days") == -1 or (res.value.endswith("TNI") and (
                        "day_offset" in m.rule.options or m.groups.get("deictic")
                        or m.groups.get("holiday")))):
                # (a night counted from today too: "shot down 47 drones overnight, 12 of them
                # between 2 a.m. and 4 a.m.", "Last night at 2 a.m."; not one with its date,
                # "in der selben Nacht des 14. August … gegen 3 Uhr", as KRAUTS reads it;
                # a feast's night, "in der Neujahrsnacht … gegen 0.38 Uhr", is New Year's)
                ctx.night_mornings[(ctx.sentences.index(m.start), res.day)] = morning
                if res.value.endswith("TNI"):
                    ctx.nights.append((m.start, morning))
            elif res.type == "TIME" and res.value.endswith("TNI") and _night_to(m, ctx):
                # "in der Nacht zum 3. Mai … gegen 2.40 Uhr": that night's morning is the 3rd
                ctx.nights.append((m.start, res.day))
        _note_clock(m, res, ctx)
    for i in deferred:
        out[i] = _safe(_point, mentions[i], ctx)
        _note_clock(mentions[i], out[i], ctx)
    for i in range(1, len(mentions)):
        if out[i] is not None and out[i].instant and out[i - 1] is not None:
            _same_instant_in_parentheses(mentions[i - 1], out[i - 1], mentions[i], out[i], ctx)
            _zone_over_range(mentions[i - 1], out[i - 1], mentions[i], out[i], ctx)
        if out[i] is not None and out[i - 1] is not None:
            _range_over_midnight(mentions[i - 1], out[i - 1], mentions[i], out[i], ctx)
            _local_time_by_apposition(mentions[i - 1], out[i - 1], mentions[i], out[i], ctx)
    _days_next_to_an_event(mentions, out, ctx)
    _today_in_a_quotation(mentions, out, ctx)
    _weekdays_named_by_a_feast(mentions, out, ctx)
    return out


def _weekdays_named_by_a_feast(mentions: list[Mention], out: list[Resolution | None],
                               ctx: Context) -> None:
    """"Am Sonntag, dem Tag des offenen Denkmals": a bare weekday with a feast in apposition
    right after it, on that weekday, is the feast's day (the tense may have put it a week
    off)."""
    for i in range(len(mentions) - 1):
        m, res, feast, day = mentions[i], out[i], mentions[i + 1], out[i + 1]
        if res is None or day is None or day.day is None or not m.groups.get("weekday") \
                or m.groups.get("day") or not feast.groups.get("holiday") \
                or not _FEAST_APPOSITION.fullmatch(ctx.text, m.end, feast.start) \
                or ctx.lookup("weekdays", m.groups["weekday"]) != day.day.isoweekday() \
                or res.day == day.day:
            continue
        res.value = cal.fmt_day(day.day) + res.value[10:]  # (and its part of the day)
        res.day, res.note = day.day, "the weekday of the feast named after it"


_FEAST_APPOSITION = re.compile(r"\s*,\s*(?:\w{1,4}\s+)?")  # "Sonntag, dem Tag …", "Monday, the …"


def _today_in_a_quotation(mentions: list[Mention], out: list[Resolution | None],
                          ctx: Context) -> None:
    """„Heute fühlt sich der Sieg nicht wie einer an“, sagte sie gestern: a day counted from
    today inside a quotation counts from the day it was said, when the frame right after the
    quotation names that day by a word counted from today or a weekday."""
    for i, m in enumerate(mentions):
        res = out[i]
        if res is None or res.day is None or res.instant or not m.groups.get("deictic"):
            continue
        said_in = ctx.lookup("deictic_days", m.groups["deictic"])
        s_start, s_end = ctx.sentences.bounds(m.start)
        lo, hi = quotation_around(ctx.text, s_start, s_end, m.start, m.end)
        if not isinstance(said_in, int) or (lo, hi) == (s_start, s_end) \
                or not _FRAME_AFTER_QUOTATION.match(ctx.text, hi + 1):
            continue
        said = _frame_day(mentions, out, i, hi, s_end, ctx)
        day = cal.add_days(said, said_in) if said is not None else None
        if day is not None:
            res.value = cal.fmt_day(day) + res.value[10:]
            res.day, res.anchor = day, f"the day it was said ({said.isoformat()})"


def _frame_day(mentions: list[Mention], out: list[Resolution | None], i: int, hi: int,
               s_end: int, ctx: Context) -> date | None:
    """The day the frame after a quotation closing at `hi` names for the saying (in its
    first clause, other than the day of writing), if any."""
    for j in range(i + 1, len(mentions)):
        n, frame = mentions[j], out[j]
        if n.start >= s_end:
            return None
        if n.start <= hi or frame is None or frame.day is None:
            continue
        if ctx.text.count(",", hi, n.start) > 1 or frame.day == ctx.anchor.day \
                or not (n.groups.get("deictic") or n.groups.get("weekday")):
            return None
        return frame.day
    return None


_FRAME_AFTER_QUOTATION = re.compile(r"\s*,")  # „…“, sagte sie gestern


def _note_clock(m: Mention, res: Resolution | None, ctx: Context) -> None:
    if res is not None and res.type == "TIME" and res.day is not None \
            and (clock := _CLOCK_OF_VALUE.search(res.value)):
        ctx.last_clock = (m.start, res.day, int(clock.group(1)))


def _days_next_to_an_event(mentions: list[Mention], out: list[Resolution | None],
                           ctx: Context) -> None:
    """"am Vorabend der Wahl", "am Vortag des Gipfels": a day counted from an event named in
    the genitive (`[anchoring] event_genitive`) counts from that event's date: one in its
    own phrase ("der Bundestagswahl am 23. Februar"), else the nearest date the text gives
    the event ("die Bundestagswahl am 23. Februar" in the lead for "der Wahl"). Without
    one the day is unknown (XXXX-XX-XX), not the day before the last date or today."""
    words = ctx.data.raw.get("anchoring", {})
    genitive, link = words.get("event_genitive"), words.get("event_date_link")
    if not genitive or not link:
        return
    for i, m in enumerate(mentions):
        head = _counts_from_named_event(m, ctx)
        if head is None:
            continue
        offset = int(ctx.lookup("narrative_days", m.groups["narrative_day"]) or 0)
        noun = head.group("noun")
        stem = re.sub(r"(?:es|s)$", "", noun) if len(noun) > 5 else noun
        event_day = _event_day(stem, m, mentions, out, ctx, _compiled_cached(link))
        if event_day is None:
            out[i] = Resolution("DATE", "XXXX-XX-XX", anchor=f"the date of '{noun}'",
                                note="counted from an event whose date the text does not give")
            continue
        day = cal.add_days(event_day, offset)
        if day is not None:
            out[i] = Resolution("DATE", cal.fmt_day(day), anchor=f"the date of '{noun}' "
                                f"({event_day.isoformat()})", note="counted from the event "
                                "named after it", day=day)


def _in_report_sentence(m: Mention, ctx: Context) -> bool:
    """Is `m` in a sentence that only says who told the one before ("Das teilte das
    Gericht am Freitag mit", `[anchoring] report_sentence`)? Its day is the telling's, no
    day the story goes on from ("Ein Urteil könnte noch am selben Tag fallen")."""
    words = ctx.data.raw.get("anchoring", {}).get("report_sentence")
    if not words:
        return False
    start = ctx.sentences.starts[ctx.sentences.index(m.start)]
    return _compiled_cached(words).match(ctx.text, start) is not None


def _counts_from_named_event(m: Mention, ctx: Context) -> re.Match[str] | None:
    """The event in the genitive a narrative day counts from ("am Vorabend | der Wahl",
    `[anchoring] event_genitive`), if `m` is such a day."""
    genitive = ctx.data.raw.get("anchoring", {}).get("event_genitive")
    if not genitive or m.kind != "narrative" or not m.groups.get("narrative_day"):
        return None
    return _compiled_cached(genitive).match(ctx.text, m.end)


def _event_day(stem: str, m: Mention, mentions: list[Mention], out: list[Resolution | None],
               ctx: Context, link: re.Pattern[str]) -> date | None:
    """The day the text gives an event: a dated mention right after a word ending in `stem`
    ("Bundestagswahl am 23. Februar"); the one right after `m` first, then the nearest."""
    found: list[tuple[int, date]] = []
    for occurrence in re.finditer(rf"\w*{re.escape(stem)}(?:e?s)?\b", ctx.text, re.IGNORECASE):
        after = link.match(ctx.text, occurrence.end())
        if after is None:
            continue
        for j, other in enumerate(mentions):
            res = out[j]
            if other.start == after.end() and res is not None and res.day is not None \
                    and res.type in ("DATE", "TIME") and other is not m:
                found.append((occurrence.start(), res.day))
                break
    if not found:
        return None
    own = [d for pos, d in found if m.end <= pos <= m.end + 60]
    if own:
        return own[0]
    return min(found, key=lambda f: abs(f[0] - m.start))[1]


@cache
def _compiled_cached(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_ZONED_CLOCK = re.compile(r"(?:(\d{4}-\d{2}-\d{2})|XXXX-[-\dWX]+)?T(\d{2}):(\d{2})$")
APPOSITION_REACH = 100  # characters between a local and a zoned clock time of one instant
# offsets in use on Earth: from UTC-12 to UTC+14
_EARTH_OFFSETS = (-12 * 60, 14 * 60)


def _local_time_by_apposition(a_m: Mention, a: Resolution, b_m: Mention, b: Resolution,
                              ctx: Context) -> None:
    """"um 13 Uhr Ortszeit, in Deutschland ist es dann 21 Uhr MESZ", "um 2.47 Uhr MEZ …,
    20.47 Uhr Ortszeit": a local clock time next to one in a named zone in the same sentence
    is the same instant told twice, so the difference of the clocks is the local offset
    (stronger than a place named nearby, which may be a team's country, not the venue).
    Only when exactly one offset in use on Earth fits; the local day follows from the
    instant."""
    if a.type != "TIME" or b.type != "TIME" or b_m.start - a_m.end > APPOSITION_REACH:
        return  # (asked first: cheaper than whether either is local, and as final)
    a_local, b_local = _is_local(a_m, ctx), _is_local(b_m, ctx)
    if a_local == b_local:
        return
    (_local_m, local), (zoned_m, zoned) = ((a_m, a), (b_m, b)) if a_local else ((b_m, b), (a_m, a))
    if zoned.utc_offset is None or local.type != "TIME" or zoned.type != "TIME" \
            or b_m.start - a_m.end > APPOSITION_REACH \
            or ctx.sentences.index(a_m.start) != ctx.sentences.index(b_m.start):
        return
    between = ctx.data.raw.get("local_time", {}).get("same_instant_between")
    if not between or _compiled_cached(between).search(ctx.text[a_m.end:b_m.start]) is None:
        return  # "um 20 Uhr Ortszeit, die Zusammenfassung läuft um 23 Uhr MEZ": two moments
    lc, zc = _ZONED_CLOCK.search(local.value), _ZONED_CLOCK.search(zoned.value)
    if lc is None or zc is None:
        return
    try:
        zone_offset = datetime.strptime(zoned.utc_offset.replace(":", ""), "%z").utcoffset()
    except ValueError:
        return
    if zone_offset is None:
        return
    utc_minutes = int(zc.group(2)) * 60 + int(zc.group(3)) - int(zone_offset.total_seconds()) // 60
    local_minutes = int(lc.group(2)) * 60 + int(lc.group(3))
    fits = [d for k in (-1, 0, 1, 2) if _EARTH_OFFSETS[0] <= (
        d := local_minutes - utc_minutes + k * 1440) <= _EARTH_OFFSETS[1] and d % 15 == 0]
    if len(fits) != 1:
        return  # no offset, or two (UTC+13 and UTC-11): no guess
    offset = timedelta(minutes=fits[0])
    local.utc_offset = format_offset(offset)
    note = f"offset from the same instant told as '{ctx.text[zoned_m.start:zoned_m.end]}'"
    if zoned.instant:
        instant = datetime.fromisoformat(zoned.instant)
        day = (instant + offset).date()
        local.value = f"{cal.fmt_day(day)}T{lc.group(2)}:{lc.group(3)}"
        local.day = day
        local.instant = zoned.instant
    else:
        local.instant = None  # a zone guessed from a place said otherwise
    local.note = note


def _is_local(m: Mention, ctx: Context) -> bool:
    """"Ortszeit"/"local time", or a clock time without a zone that a place's clock
    introduces (`[local_time] place_clock_before`: "in Teheran ist es dann 20:30 Uhr")."""
    if ctx.lookup("zones", m.groups.get("tz")) == "LOCAL":
        return True
    before = ctx.data.raw.get("local_time", {}).get("place_clock_before")
    return bool(before) and not m.groups.get("tz") and _compiled_cached(before).search(
        ctx.text, max(0, m.start - 60), m.start) is not None


_CLOCK_VALUE = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$")


def _zone_over_range(before_m: Mention, before: Resolution, m: Mention, res: Resolution,
                     ctx: Context) -> None:
    """"between 6 a.m. and 3 p.m. GMT", "von 8 bis 10 Uhr MEZ": the zone after a range's
    end holds for its start too (same day; range and coordination words of the language)."""
    if before.utc_offset or before.type != "TIME" or res.utc_offset is None:
        return
    start = _CLOCK_VALUE.match(before.value)
    if start is None or not res.value.startswith(start.group(1)):
        return
    anchoring = ctx.data.raw.get("anchoring", {})
    words = "|".join(w for w in (anchoring.get("range_to"), anchoring.get("coordination")) if w)
    if not words or not re.fullmatch(rf"\s*(?:{words})\s*", ctx.text[before_m.end:m.start],
                                     re.IGNORECASE):
        return
    offset = datetime.strptime(res.utc_offset.replace(":", ""), "%z").utcoffset()
    if offset is None:
        return
    day = date.fromisoformat(start.group(1))
    before.utc_offset = res.utc_offset
    before.instant = to_instant(day, int(start.group(2)), int(start.group(3)), offset)
    before.note = f"{before.note}; the zone of the range's end" if before.note else \
        "the zone of the range's end"


def _range_over_midnight(before_m: Mention, before: Resolution, m: Mention, res: Resolution,
                         ctx: Context) -> None:
    """"am Samstag zwischen 23 Uhr und 2 Uhr", "from 10 p.m. to 3 a.m.": a range's end at
    an earlier hour than its start, on the same day, is on the next day (range words of
    the language; a coordination word only after `[anchoring] range_between`)."""
    if before.type != "TIME" or res.type != "TIME" or res.day is None or before.day != res.day:
        return
    start, end = _CLOCK_VALUE.match(before.value), _CLOCK_VALUE.match(res.value)
    if start is None or end is None or int(end.group(2)) >= int(start.group(2)):
        return
    anchoring = ctx.data.raw.get("anchoring", {})
    gap = ctx.text[before_m.end:m.start]
    to, both, between = (anchoring.get(k) for k in ("range_to", "coordination", "range_between"))
    if not (to and re.fullmatch(rf"\s*(?:{to})\s*", gap, re.IGNORECASE)) and not (
            both and between and re.fullmatch(rf"\s*(?:{both})\s*", gap, re.IGNORECASE)
            and re.search(rf"\b(?:{between})\s+$", ctx.text[max(0, before_m.start - 20):
                                                           before_m.start], re.IGNORECASE)):
        return
    # (the end's own day, "between 11 p.m. and 2 a.m. on Saturday", puts the start on the
    # day before; else the end is on the day after)
    if m.has("weekday", "day", "deictic"):
        _move_clock(before, start, -1, "the range's start before midnight")
    else:
        _move_clock(res, end, 1, "the range's end after midnight")


def _move_clock(res: Resolution, clock: re.Match[str], days: int, why: str) -> None:
    day = cal.add_days(res.day, days) if res.day else None
    if day is None:
        return
    res.value, res.day = cal.fmt_day(day) + res.value[10:], day
    if res.utc_offset and res.instant:
        offset = datetime.strptime(res.utc_offset.replace(":", ""), "%z").utcoffset()
        if offset is not None:
            res.instant = to_instant(day, int(clock.group(2)), int(clock.group(3)), offset)
    res.note = f"{res.note}; {why}" if res.note else why


# per language-data object (kept here, so that its id cannot be reused by another one)
_PREPARED: dict[int, LanguageData] = {}


def _prepare(data: LanguageData) -> None:
    """Build the patterns normalization builds on first need (the place names, the tense
    cues, the anchoring words) for `data` now: the first call of `normalize` for a
    language (a warm-up's) pays for them, not the first articles that need each one."""
    _PREPARED[id(data)] = data
    if data.vocab.get("places") is not None:
        _place_scan(data)
    tense_score("2020", 0, 4, Sentences.of("2020"), data)  # builds the tense cues' scans
    raw = data.raw
    for words in (raw.get("tense", {}).get("present_schedule"),
                  raw.get("anchoring", {}).get("habitual")):
        if words:
            _schedule_pattern(words)
    for key in ("range_end", "range_to"):
        if words := raw.get("anchoring", {}).get(key):
            range_end_pattern(words)
            range_end_pattern(words, gap=False)


def _safe(fn, m: Mention, ctx: Context) -> Resolution | None:
    # dates at the edges of the calendar (year 1, 9999) must not crash a document
    try:
        return fn(m, ctx)
    except (OverflowError, ValueError):
        return None
