"""The document date: taken from the source when it gives a day, otherwise inferred from the text.

Many articles are dated only to the month (`date 2021-12`). Their text usually fixes the
day: a date said together with "heute", a date sharing its part of the day with a
"heute am späten Abend" elsewhere, a weekday ("Am Donnerstagmorgen") that only one
candidate date falls on. Each such clue votes for the explicit dates of the given month;
the best-supported one wins if the clues are strong enough, and the evidence says why.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from chronik.text.dateline import after_dateline
from chronik.time import calendar as cal
from chronik.time.extract import Mention
from chronik.time.langdata import LanguageData
from chronik.time.normalize import Anchor, postponed_target, range_end_pattern
from chronik.time.tense import FUTURE, PAST, Sentences, tense_at

MIN_SCORE = 2


@dataclass
class DocumentDate:
    anchor: Anchor
    value: str | None
    evidence: str


@dataclass
class _Located:
    """A mention with the text it lives in (title and body may be different fields)."""

    mention: Mention
    text: str
    sentences: Sentences
    in_title: bool


def _quote(loc: _Located) -> str:
    return loc.text[loc.mention.start:loc.mention.end]


def _after_word(loc: _Located, data: LanguageData, key: str) -> bool:
    """Does a word of `[anchoring] <key>` come right before the mention (one word between
    allowed: "seit dem 4. März")?"""
    words = data.raw.get("anchoring", {}).get(key)
    return bool(words) and range_end_pattern(words).search(
        loc.text, max(0, loc.mention.start - 30), loc.mention.start) is not None


def _ends_range(loc: _Located, data: LanguageData) -> bool:
    """Does a range-end word (`[anchoring] range_end`: "bis", "until") or a target word
    (`[anchoring] target`: "für", "for") come right before? Either way the date lies ahead
    of the writing: a deadline, or what a plan or a call is for."""
    return _after_word(loc, data, "range_end") or _after_word(loc, data, "target")


_PARTS_BY_HOUR = ((12, "MO"), (18, "AF"), (24, "EV"))  # from 5 o'clock; before it NI


def _clock_part(loc: _Located) -> str | None:
    """The part of the day a clock time falls in ("23:30 Uhr" is an evening)."""
    hour = loc.mention.groups.get("hour")
    if not hour or not hour.isdigit() or loc.mention.groups.get("meridiem"):
        return None
    h = int(hour)
    if h < 5:
        return "NI"
    return next((part for limit, part in _PARTS_BY_HOUR if h < limit), None)  # "25 Uhr": none


def _first_sentence(loc: _Located) -> int:
    """The index of the first sentence with words (a seed-format header line is none)."""
    for k, start in enumerate(loc.sentences.starts):
        end = loc.sentences.ends[k]
        if any(ch.isalpha() for ch in loc.text[start:end]) and not loc.text[start:end].lstrip().startswith("date "):
            return k
    return 0


def _with_weekday(loc: _Located, located: list[_Located]) -> bool:
    """A date named with its weekday: "on Wednesday, Dec. 3", "Am Mittwochvormittag, dem
    5. März" (the weekday a mention of its own right before)."""
    if loc.mention.groups.get("weekday"):
        return True
    return any(o.text is loc.text and o.mention.groups.get("weekday")
               and 0 <= loc.mention.start - o.mention.end <= 8 for o in located)


def _holiday_weekday(loc: _Located, located: list[_Located], d: date, lookup) -> bool:
    """A feast with the weekday it falls on a word or two after it ("on Juneteenth, a
    Friday", "Am Fronleichnamstag am Donnerstag"): dated as "Friday, June 19" is."""
    if not loc.mention.groups.get("holiday"):
        return False
    return any(o.text is loc.text and o.mention.groups.get("weekday")
               and not o.mention.groups.get("day")
               and 0 <= o.mention.start - loc.mention.end <= 16
               and _SHORT_LINK.fullmatch(loc.text, loc.mention.end, o.mention.start)
               and lookup("weekdays", o.mention.groups["weekday"]) == d.isoweekday()
               for o in located)


def _appositive_weekday(wd: _Located, located: list[_Located]) -> bool:
    """Is the weekday a date's own ("frühestens Samstag, der 22. November")? It names the
    weekday of that date, so it is no separate clue to the day of writing."""
    return any(o.text is wd.text and o is not wd and o.mention.groups.get("day")
               and 0 <= o.mention.start - wd.mention.end <= 8 for o in located)


def _other_clause_between(a: _Located, b: _Located, data: LanguageData) -> bool:
    """Do the two mentions of one sentence stand in different clauses (`[anchoring]
    other_clause`: "Er starb am Sonntag, dem 19. Oktober, …, wie sein Verlag heute …
    mitteilte": the day of the death is not the day of the announcement)?"""
    pattern = data.raw.get("anchoring", {}).get("other_clause")
    if not pattern:
        return False
    lo, hi = sorted((a.mention.end, b.mention.start)) if a.mention.start < b.mention.start \
        else sorted((b.mention.end, a.mention.start))
    # (searched in the gap alone, so that "^" is where the gap begins: "heute und am …")
    return _compiled(pattern).search(a.text[lo:hi]) is not None


def _ahead(loc: _Located, data: LanguageData) -> bool:
    """Does the date's clause mark it as lying ahead of the writing (`[anchoring] ahead`:
    "Neuer Termin ist frühestens …", "angesetzt, also kommenden Montag")?"""
    pattern = data.raw.get("anchoring", {}).get("ahead")
    if not pattern:
        return False
    start, end = loc.sentences.bounds(loc.mention.start)
    return _compiled(pattern).search(loc.text, start, end) is not None


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# how far after "zwei Tage nach" the date of what is counted from may stand ("dem Unglück
# in der Nordsee vom 8. November")
_COUNTED_FROM_REACH = 60


def _days_counted(hit: re.Match[str] | None, lookup) -> int | None:
    """The days a count matched by an `[anchoring]` pattern says: its `num` (a digit or a
    number word) times its `unit` in days ("zwei Wochen" is 14), or None."""
    num = hit.group("num") if hit else None
    days = (int(num) if num.isdigit() else lookup("numbers", num)) if num else None
    if isinstance(days, int) and hit.groupdict().get("unit"):
        unit = lookup("units", hit.group("unit")) or ""
        if _in_hours(hit, lookup):
            # "more than 60 hours after … Thursday": the day the hours end in, once they
            # are past its midnight (only with a weekday to agree, see `_today_days_after`)
            return -(-days // 24) if days >= 24 else None
        days *= _UNIT_DAYS.get(unit, 1)
    return days if isinstance(days, int) else None


def _in_hours(hit: re.Match[str] | None, lookup) -> bool:
    """Is the count matched by an `[anchoring]` pattern one of hours? Hours end on one of
    two days, so only a weekday named with them can tell which."""
    return hit is not None and lookup("units", hit.groupdict().get("unit")) == "H"


RESTATED_REACH = 48  # characters from a date to the day word restating it, without clocks
COUNTED_DAYS_MAX = 42  # days: the longest count from a date that says today ("six weeks after")
# ... when the weekday of today is named with it, which a wrong count rarely meets ("on
# Friday, exactly 100 days after the coalition took office on June 24")
COUNTED_DAYS_WITH_WEEKDAY_MAX = 366


def _count_right_after(loc: _Located, data: LanguageData) -> bool:
    """Is `loc` followed by its own count (`[anchoring] today_days_after`: "gestern Abend
    gestorben – drei Tage nach …")?"""
    after = data.raw.get("anchoring", {}).get("today_days_after")
    return bool(after) and _compiled(after).match(loc.text, loc.mention.end) is not None


def _today_days_after(today_mentions: list[_Located], data: LanguageData, lookup,
                      others: Sequence[_Located] = ()):
    """The "heute" mentions, how many days after something they are, and the sentences
    where that something is dated (`[anchoring] today_days_after`: "heute, zwei Tage nach
    seinem Tod", dated in the same sentence; `[anchoring] days_after_lead`: "Einen Tag nach
    dem Ende des Manövers hat China heute gewarnt", where the sentence opens with the count
    and the ending may be dated in the next sentence only)."""
    after = data.raw.get("anchoring", {}).get("today_days_after")
    lead = data.raw.get("anchoring", {}).get("days_after_lead")
    for today in today_mentions:
        s_idx = today.sentences.index(today.mention.start)
        hit = _compiled(after).match(today.text, today.mention.end) if after else None
        hits: list[tuple[re.Match[str], tuple[int, ...]]] = [(hit, (s_idx,))] if hit else []
        if lead and today.mention.groups.get("weekday"):
            # (every count further on: the caller keeps the one the weekday agrees with,
            # "nearly eight weeks after the April 1 deadline. The vote came four days
            # after Memorial Day")
            hits += _far_counts(today, _compiled(lead), others, s_idx)
        if not hits and lead:
            start, end = today.sentences.bounds(today.mention.start)
            while start < end and not today.text[start].isalnum():
                start += 1
            # (past a dateline: "TRIER (dpa) - Zwei Wochen nach dem Auftakt …")
            start = after_dateline(today.text, start, today.mention.start)
            hit = _compiled(lead).match(today.text, start, today.mention.start)
            hits = [(hit, (s_idx, s_idx + 1))] if hit else []
        for hit, where in hits:
            days = _days_counted(hit, lookup)  # ("zwei Wochen nach dem Auftakt": 14 days)
            if _in_hours(hit, lookup) and not today.mention.groups.get("weekday"):
                continue  # (hours end on one of two days: only a weekday can tell which)
            if days is not None and 0 < days <= COUNTED_DAYS_WITH_WEEKDAY_MAX:
                yield today, days, where, hit.end()


_FAR_COUNT_SENTENCES = 2  # how many sentences after the lead's weekday its count may stand in


def _far_counts(weekday: _Located, lead: re.Pattern[str], others: Sequence[_Located],
                s_idx: int) -> Iterator[tuple[re.Match[str], tuple[int, ...]]]:
    """Every count from a date further on in a weekday's sentence ("passed the reform at 5:40
    a.m. on Friday after a 19-hour debate, … exactly 100 days after his coalition took
    office on June 24") or, for the lead's weekday, in one of the next two sentences ("A
    radar outage grounded flights on Tuesday. The disruption came exactly two weeks after a
    similar outage on Aug. 25."); none when another weekday stands between them (the count is that
    one's). The weekday must agree with the count (checked by the caller), so a count of
    another day rarely passes."""
    text, sentences = weekday.text, weekday.sentences
    spans = [(weekday.mention.end, sentences.bounds(weekday.mention.start)[1], s_idx)]
    if s_idx == _first_sentence(weekday):
        # (the blank line between paragraphs is no sentence)
        following = [k for k in range(s_idx + 1, len(sentences.starts))
                     if text[sentences.starts[k]:sentences.ends[k]].strip()]
        spans += [(sentences.starts[k], sentences.ends[k], k)
                  for k in following[:_FAR_COUNT_SENTENCES]]
    for start, end, where in spans:
        for hit in lead.finditer(text, start, end):
            if any(o.text is text and weekday.mention.end <= o.mention.start < hit.start()
                   and o.mention.groups.get("weekday") for o in others):
                return
            yield hit, (where,)


def _lead_count(located: list[_Located], today_mentions: list[_Located], data: LanguageData,
                year: int | None, lookup):
    """Today from a lead (the first sentence of the body) that opens with `[anchoring]
    days_after_lead` (or `days_before_lead`: "Zwei Wochen vor der Abstimmung am 21.
    Oktober hat …") and names the date counted from right after it; leads with "heute"
    are `_today_days_after`'s."""
    for key, sign in (("days_after_lead", 1), ("days_before_lead", -1)):
        lead = data.raw.get("anchoring", {}).get(key)
        if lead and year is not None:
            yield from _lead_count_by(lead, sign, located, today_mentions, year, lookup,
                                      data.raw.get("tense", {}).get("pluperfect"))


def _lead_count_by(lead: str, sign: int, located: list[_Located],
                   today_mentions: list[_Located], year: int, lookup,
                   backstory: str | None = None):
    seen: set[int] = set()
    for first in located:
        if first.in_title or id(first.text) in seen:
            continue
        seen.add(id(first.text))
        k = _first_sentence(first)
        start, end = first.sentences.starts[k], first.sentences.ends[k]
        if any(t.text is first.text and start <= t.mention.start < end for t in today_mentions):
            continue
        while start < end and not first.text[start].isalnum():
            start += 1
        hit = _compiled(lead).match(first.text, after_dateline(first.text, start, end), end)
        days = _days_counted(hit, lookup)
        if days is None:
            continue
        dated = [loc for loc in located if loc.text is first.text
                 and 0 <= loc.mention.start - hit.end() <= _COUNTED_FROM_REACH
                 and _date_of(loc, year, lookup) is not None]
        if not dated and sign > 0 and backstory and k + 1 < len(first.sentences.starts):
            # "Neun Tage nach dem Cyberangriff ist die Verwaltung noch offline. Unbekannte
            # hatten in der Nacht zum 20. Oktober die Server verschlüsselt": the sentence
            # after tells, in the pluperfect, when what is counted from happened
            n_start, n_end = first.sentences.starts[k + 1], first.sentences.ends[k + 1]
            dated = [loc for loc in located if loc.text is first.text
                     and n_start <= loc.mention.start < n_end
                     and _date_of(loc, year, lookup) is not None][:1]
            if dated and not _in_pluperfect(dated[0], backstory):
                dated = []
        on = _date_of(dated[0], year, lookup) if dated else None
        day = _shifted(on, sign * days) if on is not None and 0 < days <= 21 else None
        # (a weekday of the lead must agree: "Einen Tag nach der Wahl vom 22. März haben die
        # Parteien am Dienstag beraten" says nothing sure of today when the 23rd is a Monday)
        weekdays = {lookup("weekdays", loc.mention.groups.get("weekday")) for loc in located
                    if loc.text is first.text and start <= loc.mention.start < end
                    and loc.mention.groups.get("weekday") and not loc.mention.groups.get("day")}
        if _in_hours(hit, lookup) and not weekdays:
            continue  # (hours end on one of two days: only a weekday can tell which)
        if day is not None and (not weekdays or day.isoweekday() in weekdays):
            yield f"the lead is {hit.group(0).strip()} '{_quote(dated[0])}'", dated[0], day


def _nth_day_of_a_period(located: list[_Located], today_mentions: list[_Located],
                         data: LanguageData, year: int | None, lookup):
    """Today as the n-th day of something that began on a named date (`[anchoring] nth_day`
    in a sentence with "heute"/"today" or a word of `[anchoring] nth_day_now`: "Heute, am
    dritten Streiktag", "The talks enter their fourth day today", "now in its third day").
    The beginning is the one date of that sentence or its neighbours that follows a word of
    `since` or is told in the past."""
    anchoring = data.raw.get("anchoring", {})
    nth_day, now = anchoring.get("nth_day"), anchoring.get("nth_day_now")
    if not nth_day or year is None:
        return
    texts = {id(loc.text): loc for loc in located}
    for first in texts.values():
        text, sentences = first.text, first.sentences
        # only the sentences with "heute" or a word of now are read for a count
        todays = {sentences.index(t.mention.start) for t in today_mentions if t.text is text}
        if now and _compiled(nth_day).search(text):
            todays |= {sentences.index(m.start()) for m in _compiled(now).finditer(text)}
        hits = [hit for k in sorted(todays)
                for hit in _compiled(nth_day).finditer(text, *sentences.bounds(
                    sentences.starts[k]))]
        for hit in hits:
            n = lookup("ordinals", hit.group("nth"))
            if not isinstance(n, int) or not 1 < n <= COUNTED_DAYS_MAX:
                continue
            s_idx = sentences.index(hit.start())
            began = {}
            for loc in located:
                if loc.text is not text or abs(sentences.index(loc.mention.start) - s_idx) > 1:
                    continue
                d = _date_of(loc, year, lookup)
                if d is not None and (_after_word(loc, data, "since") or tense_at(
                        text, loc.mention.start, loc.mention.end, sentences, data) == PAST):
                    began.setdefault(d, loc)
            if len(began) == 1:
                (d, loc), = began.items()
                day = _shifted(d, n - 1)
                if day is not None:
                    yield (f"'{hit.group(0).strip()}' counts from '{_quote(loc)}'", loc, day)


def _days_since_a_date(located: list[_Located], data: LanguageData, year: int | None, lookup):
    """Today as a date after a word of `since` plus a count of days since
    (`[anchoring] since_count`) in the same sentence or the next: "Der Bergsteiger wird seit
    Samstag, dem 11. Juli, vermisst – seit nunmehr drei Tagen fehlt jede Spur" (the 14th)."""
    count = data.raw.get("anchoring", {}).get("since_count")
    if not count or year is None:
        return
    for loc in located:
        # (a feast too: "Seit Aschermittwoch, also seit acht Tagen")
        g = loc.mention.groups
        d = _date_of(loc, year, lookup) if g.get("day") or g.get("holiday") else None
        if d is None or not _after_word(loc, data, "since"):
            continue
        start = loc.sentences.bounds(loc.mention.start)[0]
        k = loc.sentences.index(loc.mention.start)
        end = loc.sentences.ends[min(k + 1, len(loc.sentences.starts) - 1)]
        for hit in _compiled(count).finditer(loc.text, max(start, loc.mention.end), end):
            days = _days_counted(hit, lookup)
            day = _shifted(d, days) if days and 0 < days <= COUNTED_DAYS_MAX else None
            if day is not None:
                yield f"'{hit.group(0).strip()}' since '{_quote(loc)}'", loc, day
                break


def _days_into_a_period(located: list[_Located], data: LanguageData, year: int | None,
                        lookup):
    """Today as a date told in the past plus a count into what began on it, said before it
    in its sentence (`[anchoring] into_count`): "The union reached a deal on Thursday, 38
    days into a strike that began on Sept. 14" (22 October)."""
    count = data.raw.get("anchoring", {}).get("into_count")
    if not count or year is None:
        return
    seen: set[int] = set()
    for first in located:
        if id(first.text) in seen:
            continue
        seen.add(id(first.text))
        for hit in _compiled(count).finditer(first.text):
            days = _days_counted(hit, lookup)
            s_end = first.sentences.bounds(hit.start())[1]
            began = [loc for loc in located if loc.text is first.text
                     and hit.end() <= loc.mention.start < s_end
                     and _date_of(loc, year, lookup) is not None
                     and tense_at(loc.text, loc.mention.start, loc.mention.end,
                                  loc.sentences, data) == PAST]
            d = _date_of(began[0], year, lookup) if began else None
            day = _shifted(d, days) if d and days and 0 < days <= COUNTED_DAYS_MAX else None
            if day is not None:
                yield f"'{hit.group(0).strip()}' '{_quote(began[0])}'", began[0], day


def _lead_weekday_after_a_count(located: list[_Located], data: LanguageData,
                                year: int | None, lookup):
    """Today as the lead's weekday told in the past, when a count of days after a beginning
    (`[anchoring] after_count`) in the lead or the two sentences after it, from a date told
    in the past there or in the next sentence, lands on that weekday: "The icebreaker docked
    in Halifax on Thursday after 94 days at sea. It had left the port on June 15" (17
    Sept.); a day counted from today before the weekday shifts it ("gestern, am
    Mittwoch")."""
    count = data.raw.get("anchoring", {}).get("after_count")
    if not count or year is None:
        return
    for wd in located:
        n = lookup("weekdays", wd.mention.groups.get("weekday"))
        if wd.in_title or not isinstance(n, int) or wd.mention.groups.get("day") \
                or wd.sentences.index(wd.mention.start) != _first_sentence(wd) \
                or tense_at(wd.text, wd.mention.start, wd.mention.end, wd.sentences,
                            data) != PAST:
            continue
        k = wd.sentences.index(wd.mention.start)
        last = min(k + _FAR_COUNT_SENTENCES + 1, len(wd.sentences.starts) - 1)
        for hit in _compiled(count).finditer(
                wd.text, wd.sentences.starts[k],
                wd.sentences.ends[min(k + _FAR_COUNT_SENTENCES, last)]):
            days = _days_counted(hit, lookup)
            h = wd.sentences.index(hit.start())
            began = {d for loc in located if loc.text is wd.text
                     and h <= loc.sentences.index(loc.mention.start) <= min(h + 1, last)
                     and (d := _date_of(loc, year, lookup)) is not None
                     and tense_at(loc.text, loc.mention.start, loc.mention.end,
                                  loc.sentences, data) == PAST}
            day = _shifted(began.pop(), days) if len(began) == 1 and days \
                and 0 < days <= COUNTED_DAYS_WITH_WEEKDAY_MAX else None
            if day is not None and day.isoweekday() == n:
                # ("hat gestern, am Mittwoch, … verurteilt": the weekday is yesterday's)
                told = [k for rel in located if rel.text is wd.text
                        and 0 <= wd.mention.start - rel.mention.end <= 12
                        and _DEICTIC_LINK.fullmatch(wd.text, rel.mention.end, wd.mention.start)
                        and isinstance(k := lookup("deictic_days",
                                                   rel.mention.groups.get("deictic")), int)]
                today = _shifted(day, -told[0]) if told else day
                if today is not None:
                    yield f"'{_quote(wd)}' is '{hit.group(0).strip()}' after a date", wd, today
                return


def _count_restated_as_today(located: list[_Located], data: LanguageData, year: int | None,
                             lookup):
    """Today as a count of days after a date earlier in the sentence, the count restated as
    today (`[anchoring] count_is_today` after it): "Nach dem Abbruch am Totensonntag teilte
    die Philharmonie zwei Tage später, am heutigen Dienstag, einen neuen Termin mit"."""
    pattern = data.raw.get("anchoring", {}).get("count_is_today")
    if not pattern or year is None:
        return
    restated = _compiled(pattern)
    for k, count in enumerate(located):
        g = count.mention.groups
        sign = lookup("narrative_signals", g.get("nsig")) if g.get("nsig") else None
        if count.mention.kind != "narrative" or not g.get("num") or sign != 1 \
                or not restated.match(count.text, count.mention.end):
            continue
        num = g["num"]
        n = int(num) if num.isdigit() else lookup("numbers", num)
        unit = _UNIT_DAYS.get(lookup("units", g.get("unit")) or "")
        s_start = count.sentences.bounds(count.mention.start)[0]
        before = [o for o in located[:k] if o.text is count.text and o.mention.start >= s_start
                  and _date_of(o, year, lookup) is not None]
        if not isinstance(n, int) or not unit or not before:
            continue
        on = _date_of(before[-1], year, lookup)
        day = _shifted(on, n * unit) if on is not None and 0 < n * unit <= COUNTED_DAYS_MAX \
            else None
        if day is not None:
            yield f"'{_quote(count)}' after '{_quote(before[-1])}' is today", count, day


def _period_running_until(located: list[_Located], data: LanguageData, year: int | None,
                          lookup):
    """Today as the date a period that runs from now ends on, less its length, said right
    before that date (`[anchoring] runs_until`): "Die Frist für die Beschwerde läuft eine
    Woche, also bis zum 16. Juni" (the 9th)."""
    pattern = data.raw.get("anchoring", {}).get("runs_until")
    if not pattern or year is None:
        return
    runs = _compiled(f"(?:{pattern})$")
    for loc in located:
        d = _date_of(loc, year, lookup) if loc.mention.groups.get("day") else None
        if d is None:
            continue
        start = max(loc.sentences.bounds(loc.mention.start)[0], loc.mention.start - 80)
        hit = runs.search(loc.text, start, loc.mention.start)
        days = _days_counted(hit, lookup) if hit else None
        day = _shifted(d, -days) if days and 0 < days <= COUNTED_DAYS_MAX else None
        if day is not None:
            yield f"'{hit.group(0).strip()}' '{_quote(loc)}'", loc, day


def _today_from_span(today_like: list[_Located], located: list[_Located], data: LanguageData,
                     lookup, year: int | None):
    """Today as the first day of a span of days that begins today and ends on a named date
    (`[anchoring] span_days` in the sentence of "heute": "kommen am heutigen Dienstag zu
    einem zweitägigen Treffen zusammen"; `[anchoring] span_end` before the date, in that
    sentence or the next: "Die Beratungen … enden am 1. Dezember")."""
    anchoring = data.raw.get("anchoring", {})
    span, end_words = anchoring.get("span_days"), anchoring.get("span_end")
    if not span or not end_words or year is None:
        return
    for today in today_like:
        start, end = today.sentences.bounds(today.mention.start)
        hit = _compiled(span).search(today.text, start, end)
        if hit is None:
            continue
        num = hit.group("num")
        days = int(num) if num.isdigit() else lookup("numbers", num)
        if not isinstance(days, int) or not 1 < days <= 14:
            continue
        s_idx = today.sentences.index(today.mention.start)
        for loc in located:
            g = loc.mention.groups
            if loc.text is not today.text or not g.get("day") \
                    or loc.sentences.index(loc.mention.start) not in (s_idx, s_idx + 1) \
                    or not _after_word(loc, data, "span_end"):
                continue
            m_ = lookup("months", g.get("month")) or (int(g["month_num"]) if g.get("month_num") else None)
            last = cal.safe_date(int(g["year"]) if g.get("year") else year, m_, int(g["day"])) \
                if m_ else None
            if last is not None:
                first = _shifted(last, -(days - 1))
                if first is not None:
                    yield today, hit.group(0), loc, first
                break


def _shares_word_with_title_today(loc: _Located, today_mentions: list[_Located]) -> bool:
    """Does a title with "heute"/"today" share a word of five letters or more with the
    sentence of the mention (the same happening told twice)?"""
    start, end = loc.sentences.bounds(loc.mention.start)
    words = {w.lower() for w in re.findall(r"\w{5,}", loc.text[start:end])}
    for today in today_mentions:
        if not today.in_title:
            continue
        t_start, t_end = today.sentences.bounds(today.mention.start)
        title = today.text[t_start:t_end]
        if words & {w.lower() for w in re.findall(r"\w{5,}", title)} - {_quote(today).lower()}:
            return True
    return False


_UNIT_DAYS = {"D": 1, "W": 7}
# counts to the very day in calendar units (no number of days: "vor genau einem Jahr, am …")
_YEARS_TO_THE_DAY, _MONTHS_TO_THE_DAY = 0, -1
# between an offset and the date it leads to: "in zwei Wochen, am 6. Oktober", "in two
# days, on Thursday, Dec. 5", "eine Woche später, am 17. September"
# (a verb may close the clause first: "vier Wochen zuvor stattgefunden, am 7. November")
_OFFSET_LINK = re.compile(r"(?:\s+[^\W\d]+){0,1}\s*,?\s*(?:\w{1,4}\s+){0,2}$")
# ... and between a date and the offset after it that says how far it is: "ist für den 3.
# Juli angesetzt, also in genau einer Woche", "die für den 3. Juli angesetzt ist – also in
# einer Woche", "on April 15, exactly one week ago" (up to two words, a comma or a dash, a
# short word, the signal)
# ("für den kommenden Mittwoch, 17. September, angesetzt - also in drei Tagen": the comma
# of the apposition first)
_OFFSET_AFTER_LINK = re.compile(r"(?:\s*,)?(?:\s+[^\W\d]+){0,2}\s*[,–—-]\s*(?:[^\W\d]{2,7}\s+)?(?:\w{1,4}\s+)?$")


# ... and between a date and a count from today after it, which may follow with no comma:
# "With Halloween a week from today", "Halloween is a week from today"
_COUNTED_AFTER_LINK = re.compile(
    r"(?:\s*,)?(?:\s+[^\W\d]+){0,2}\s*[,–—-]\s*(?:[^\W\d]{2,7}\s+)?(?:\w{1,4}\s+)?$"
    r"|\s+(?:[^\W\d]{2,4}\s+)?$")
# what ends the clause of a count before the date it names: a semicolon, a dash, a bracket
_CLAUSE_BREAK = re.compile(r"[;:()–—]")


# between "gestern"/"tomorrow" and the date it is: "Gestern, am Donnerstag, dem 4. Juni",
# "yesterday (Saturday, Jan. 10)", "tomorrow, Friday, June 19" (two short words only after
# a comma: "yesterday, on the early May bank holiday", not "yesterday and on Sunday")
_SHORT_LINK = re.compile(r"\W*(?:\w+\W+){0,2}")  # a word or two and their punctuation
_DEICTIC_LINK = re.compile(r"\s*[,(]?\s*(?:\w{1,3}\s+)?|\s*[,(]\s*\w{1,3}\s+\w{1,3}\s+")


# ... with a modifier of the day before it ("vorgestern, am frühen Sonntagmorgen")
_DEICTIC_MOD_LINK = re.compile(r"\s*[,(]?\s*(?:\w{1,3}\s+)?(\w+)\s+")


def _linked_by_mod(rel: _Located, loc: _Located, lookup) -> bool:
    if not 0 <= loc.mention.start - rel.mention.end <= 24:
        return False
    link = _DEICTIC_MOD_LINK.fullmatch(loc.text, rel.mention.end, loc.mention.start)
    return link is not None and lookup("mods", link.group(1)) is not None


# how far a date appended to the clause of a day word may stand from it
_APPENDED_REACH = 60
# what may end the clause after such a date: its sentence's end or a dash or semicolon
_CLAUSE_END = re.compile(r"\s*(?:[.;!?–—]|$)")


def _appended_date(rel: _Located, loc: _Located, located: list[_Located],
                   data: LanguageData) -> bool:
    """Is `loc` the date of day word `rel`, which opens its sentence, appended to the end of
    its clause (`[anchoring] appended_date` before it: "Übermorgen beginnt das Oktoberfest,
    am Samstag, 19. September.")? No other time may stand between them."""
    link = data.raw.get("anchoring", {}).get("appended_date")
    text, start = rel.text, rel.mention.start
    if not link or loc.text is not text or not 0 < loc.mention.start - rel.mention.end \
            <= _APPENDED_REACH or text[rel.sentences.bounds(start)[0]:start].strip() \
            or not loc.mention.groups.get("day"):
        return False
    if any(o.text is text and rel.mention.end <= o.mention.start < loc.mention.start
           for o in located):
        return False
    return _compiled(link).search(text, rel.mention.end, loc.mention.start) is not None \
        and _CLAUSE_END.match(text, loc.mention.end) is not None


def _shifted(d: date, days: int) -> date | None:
    """`d` moved by `days`, or None at the ends of the calendar (year 1, year 9999)."""
    try:
        return d + timedelta(days=days)
    except OverflowError:
        return None


def _date_of(loc: _Located, year: int | None, lookup) -> date | None:
    g = loc.mention.groups
    if loc.mention.kind == "point" and g.get("holiday") and not g.get("day"):
        return _holiday_of(loc, year, lookup)
    if loc.mention.kind != "point" or not g.get("day"):
        return None
    m_ = lookup("months", g.get("month")) or (int(g["month_num"]) if g.get("month_num") else None)
    y = int(g["year"]) if g.get("year") else year
    return cal.safe_date(y, m_, int(g["day"])) if m_ and y else None


def _holiday_of(loc: _Located, year: int | None, lookup) -> date | None:
    """The day of a holiday named ("am heutigen Dreikönigstag", "the day before
    Thanksgiving") in the year given or named."""
    g = loc.mention.groups
    spec = lookup("holidays", g.get("holiday"))
    y = int(g["year"]) if g.get("year") and g["year"].isdigit() else year
    d = cal.holiday_date(spec, y) if isinstance(spec, str) and y else None
    shift = lookup("holiday_shifts", g.get("shift")) if g.get("shift") else None
    return cal.shift_from_feast(d, shift) if d is not None and shift is not None else d


def _one_feast_of_several(loc: _Located, year: int | None, month: int | None, days: int,
                          lookup) -> date | None:
    """The one day of a name for several feasts ("Yesterday's bank holiday") that, `days`
    on, falls in the month of writing; None when none or more do."""
    spec = lookup("holidays", loc.mention.groups.get("holiday"))
    if not isinstance(spec, str) or "|" not in spec or year is None or month is None:
        return None
    fits = [d for d in cal.holiday_dates(spec, year)
            if (t := _shifted(d, days)) is not None and (t.year, t.month) == (year, month)]
    return fits[0] if len(fits) == 1 else None


def _offset_dates(located: list[_Located], today_like: list[_Located], year: int | None,
                  lookup, from_today: re.Pattern[str] | None = None):
    """Today from a date named with its distance from today: "in zwei Wochen, am 6.
    Oktober" (6 October less two weeks), "vor drei Tagen, am 4. März"; and "eine Woche
    später, am 17. September" when the sentence before or its own says "heute" before it
    (later than today's news). Yields (score, day, why, the dated mention)."""
    by_text: dict[int, list[_Located]] = {}
    for loc in located:
        by_text.setdefault(id(loc.text), []).append(loc)
    for loc in located:
        g = loc.mention.groups
        kind = loc.mention.kind
        # ("ten days from today": a length counted from today, `[anchoring] from_today`)
        counted = kind == "duration" and from_today is not None \
            and from_today.match(loc.text, loc.mention.end) is not None
        if (kind not in ("offset", "narrative") and not counted) or not g.get("num") \
                or not g.get("unit"):
            continue
        num = g["num"]
        n = int(num) if num.isdigit() else lookup("numbers", num)
        unit = _UNIT_DAYS.get(lookup("units", g["unit"]) or "")
        if unit is None and lookup("units", g["unit"]) == "Y" \
                and (loc.mention.rule.options.get("precision") == "day" or g.get("exact")):
            # "Heute vor genau einem Jahr, am 19. Mai 2025", "vor genau drei Jahren, am 24.
            # Februar 2022": years to the day
            unit = _YEARS_TO_THE_DAY
        elif unit is None and lookup("units", g["unit"]) == "M" \
                and (loc.mention.rule.options.get("precision") == "day" or g.get("exact")):
            # "vor genau einem Monat, am 30. September": months to the day
            unit = _MONTHS_TO_THE_DAY
        if not isinstance(n, int) or unit is None or not (0 < n * unit <= 60 or (
                unit == _YEARS_TO_THE_DAY and 0 < n <= 10)
                or (unit == _MONTHS_TO_THE_DAY and 0 < n <= 12)):
            continue
        if counted:
            sign = 1
        elif kind == "offset":
            sign = {"ahead": 1, "ago": -1}.get(lookup("offset_signals", g.get("sig")) or "")
        else:
            sign = lookup("narrative_signals", g.get("nsig"))
            # relative to the last thing named: only today's news, named just before
            s_idx = loc.sentences.index(loc.mention.start)
            todays = [t for t in today_like if t.text is loc.text
                      and t.mention.end <= loc.mention.start
                      and s_idx - 2 <= t.sentences.index(t.mention.start) <= s_idx]
            # ... with no other day named between ("Heute beginnt die Messe. Am Freitag
            # folgt das Finale. Eine Woche später, …" counts from Friday)
            if not todays or any(
                    o.text is loc.text and o.mention.kind == "point"
                    and (o.mention.groups.get("weekday") or o.mention.groups.get("day"))
                    and max(t.mention.end for t in todays) <= o.mention.start < loc.mention.start
                    and o not in today_like
                    # (today's own weekday: "heute, am Dienstag")
                    and not any(0 <= o.mention.start - t.mention.end <= 12 for t in todays)
                    for o in by_text[id(loc.text)]):
                continue
        if sign not in (1, -1):
            continue
        following = [o for o in by_text[id(loc.text)] if o.mention.start >= loc.mention.end
                     and o.mention.start - loc.mention.end <= 30
                     and _OFFSET_LINK.fullmatch(loc.text, loc.mention.end, o.mention.start)]
        if not following and loc.mention.rule.options.get("precision") == "day":
            # a count to the very day ("a week ago today") names the date further on in its
            # clause: "launched a week ago today from French Guiana, on Sept. 30" (the next
            # time expression of the sentence, within a few words, no clause break before it)
            _, s_end = loc.sentences.bounds(loc.mention.start)
            later = [o for o in by_text[id(loc.text)]
                     if loc.mention.end <= o.mention.start < min(s_end, loc.mention.end + 40)]
            if later and not _CLAUSE_BREAK.search(loc.text, loc.mention.end,
                                                   later[0].mention.start):
                following = later[:1]
        if kind == "offset" or counted:
            # (a count from today may follow its date with no comma: "With Halloween a week
            # from today")
            link = _COUNTED_AFTER_LINK if counted or loc.mention.rule.options.get(
                "precision") == "day" else _OFFSET_AFTER_LINK
            following += [o for o in by_text[id(loc.text)] if o.mention.end <= loc.mention.start
                          and loc.mention.start - o.mention.end <= 60
                          and link.fullmatch(_gap_without_clocks(o, loc, by_text[id(loc.text)]))
                          and loc.mention.start - o.mention.end - _clock_chars(
                              o, loc, by_text[id(loc.text)]) <= 40]
        for o in following:
            on = _date_of(o, year, lookup)
            if unit == _YEARS_TO_THE_DAY:  # the same calendar day
                today = cal.safe_date(on.year - sign * n, on.month, on.day) if on else None
            elif unit == _MONTHS_TO_THE_DAY:  # the same day of the month
                today = cal.safe_date(*cal.add_months(on.year, on.month, -sign * n), on.day) \
                    if on else None
            else:
                today = _shifted(on, -sign * n * unit) if on is not None else None
            if today is not None:
                yield (4 if kind == "offset" or counted else 3), today, \
                    f"'{_quote(o)}' is '{_quote(loc)}' from today", o
                break


def _clocks_between(a: _Located, b: _Located, mentions: list[_Located]) -> list[_Located]:
    return [o for o in mentions if a.mention.end <= o.mention.start
            and o.mention.end <= b.mention.start and o.mention.has("hour", "hourw")]


def _gap_without_clocks(a: _Located, b: _Located, mentions: list[_Located]) -> str:
    """The text between two mentions without the clock times in it: "am Sonntag, 26.
    Oktober, um 11 Uhr gesprengt – in vier Tagen also" links the date and the count as
    "…, um gesprengt – in …" does."""
    gap, pos = [], a.mention.end
    for o in _clocks_between(a, b, mentions):
        gap.append(a.text[pos:o.mention.start])
        pos = o.mention.end
    gap.append(a.text[pos:b.mention.start])
    return "".join(gap)


def _mentions_between(a: _Located, b: _Located, mentions: list[_Located]) -> bool:
    """Does a time expression other than a clock time stand between two mentions?"""
    clocks = {id(o) for o in _clocks_between(a, b, mentions)}
    return any(o.text is a.text and a.mention.end <= o.mention.start < b.mention.start
               and id(o) not in clocks for o in mentions)


def _clock_chars(a: _Located, b: _Located, mentions: list[_Located]) -> int:
    return sum(o.mention.end - o.mention.start for o in _clocks_between(a, b, mentions))


def _in_next_week(loc: _Located, data: LanguageData, located: list[_Located]) -> bool:
    """Does the mention's sentence say that it is next week (`[anchoring] next_week`), or,
    for a mention in the lead, the title ("Ellison to meet Volkov in Istanbul next week"
    over "… next Thursday, April 24, the State Department said on Tuesday")?"""
    pattern = data.raw.get("anchoring", {}).get("next_week")
    if not pattern:
        return False
    start, end = loc.sentences.bounds(loc.mention.start)
    if _compiled(pattern).search(loc.text, start, end) is not None:
        return True
    return not loc.in_title and loc.sentences.index(loc.mention.start) == _first_sentence(loc) \
        and any(o.in_title and _compiled(pattern).search(o.text, o.mention.start, o.mention.end)
                for o in located)


def _direction_before(loc: _Located, lookup) -> float:
    """The direction (the `directions` table) of the word right before the mention: back
    ("am vergangenen Freitag, dem 13. Februar", "last Friday, Feb. 13") is negative, ahead
    ("am kommenden Samstag, dem 12. April") positive, none 0."""
    # (or the mention's own first word: "am kommenden Sonntag, 17. Mai" is one mention)
    own = loc.mention.groups.get("dir")
    words = [own] if own else loc.text[max(0, loc.mention.start - 20):loc.mention.start].split()
    direction = lookup("directions", words[-1]) if words else None
    return direction if isinstance(direction, (int, float)) else 0


def _named_as_last(loc: _Located, lookup) -> bool:
    return _direction_before(loc, lookup) < 0


def _named_as_next(loc: _Located, lookup) -> bool:
    return _direction_before(loc, lookup) > 0


def _in_pluperfect(loc: _Located, pattern: str) -> bool:
    start, end = loc.sentences.bounds(loc.mention.start)
    return re.search(pattern, loc.text[start:end], re.IGNORECASE) is not None


def refine_document_date(given: str | None, located: list[_Located], data: LanguageData) -> DocumentDate:
    if given and len(given) == 10:
        d = date.fromisoformat(given)
        return DocumentDate(Anchor(d, "day"), given, "given by the source")
    year = int(given[:4]) if given else None
    month = int(given[5:7]) if given and len(given) == 7 else None

    def lookup(table: str, text: str | None):
        return data.vocab[table].lookup(text) if text and table in data.vocab else None

    # candidate days: explicit day-month dates consistent with what the source gave
    candidates: dict[date, list[_Located]] = {}
    dated: dict[date, list[_Located]] = {}
    began: dict[date, list[_Located]] = {}
    attributive = data.raw.get("anchoring", {}).get("holiday_attribute")
    attributive = _compiled(attributive) if attributive else None
    # (what is counted from may lie in the month before: "on Thursday, four weeks to the
    # day after its launch on April 16" in May)
    counted_from: dict[date, list[_Located]] = {}
    for loc in located:
        # a day and month (in the year given or named), or a holiday ("am heutigen
        # Dreikönigstag"), within what the source gave
        d = _date_of(loc, year, lookup)
        if d is not None and (year is None or d.year in (year, year - 1)):
            counted_from.setdefault(d, []).append(loc)
        if d is None or (year is not None and d.year != year) \
                or (month is not None and d.month != month):
            continue
        if loc.mention.groups.get("holiday") and attributive is not None \
                and attributive.match(loc.text, loc.mention.end):
            continue  # "Halloween sales have been weaker": the season, not a day
        if _after_word(loc, data, "since"):
            # (where a period began lies in the past: "had deliberated since Tuesday, Oct. 8")
            began.setdefault(d, []).append(loc)
        else:
            # (a day a plan is for counts where a weekday says how far ahead it is:
            # "today, Tuesday, … liftoff is set for Thursday, Dec. 5")
            dated.setdefault(d, []).append(loc)
        if not _after_word(loc, data, "since") and not _ends_range(loc, data):
            # "Seit dem 4. März bleiben die Kitas geschlossen": where a period began, not
            # the day of writing; nor what a plan is for or a deadline ("Die Feier ist für
            # den 26. Mai geplant", "bis zum 26. Mai")
            candidates.setdefault(d, []).append(loc)

    # ("this morning", "tonight": rules that put their day part on today say today too)
    today_mentions = [loc for loc in located if (
        lookup("deictic_days", loc.mention.groups["deictic"]) == 0
        if loc.mention.groups.get("deictic")
        else loc.mention.rule.options.get("day_offset") == 0
        and not loc.mention.has("weekday", "day"))]
    # "am heutigen Dienstag": an adjective of today before a weekday names today's weekday
    # (`[anchoring] today_adjective`)
    today_adjective = data.raw.get("anchoring", {}).get("today_adjective")
    today_adjectives = [loc for loc in located if today_adjective and _compiled(
        today_adjective).fullmatch(loc.text, loc.mention.start, loc.mention.end)]
    # "an diesem Mittwoch": a weekday named as this one, told in the present or the past,
    # is today's (`[anchoring] this_day`); with its date, that date is today
    this_day = data.raw.get("anchoring", {}).get("this_day")

    def named_as_this(loc: _Located) -> bool:
        if not this_day:
            return False
        # (the tagger may take "diesem" into the mention: up to the weekday itself)
        weekday_at = loc.text.find(loc.mention.groups.get("weekday") or "\0",
                                   loc.mention.start, loc.mention.end)
        return weekday_at >= 0 and _compiled(this_day).search(
            loc.text, max(0, loc.mention.start - 14), weekday_at) is not None

    weekday_mentions = [loc for loc in located if loc.mention.kind == "point"
                        and loc.mention.groups.get("weekday") and not loc.mention.groups.get("day")
                        and not loc.mention.groups.get("dir")]

    def daypart_of(loc: _Located) -> str | None:
        g = loc.mention.groups
        return lookup("dayparts", g.get("daypart")) or lookup("daypart_words", g.get("daypart"))

    pluperfect = data.raw.get("tense", {}).get("pluperfect")
    scored: list[tuple[int, date, list[str]]] = []
    # the weekdays of what the lead reports in the past ("Rescuers reached four miners
    # early on Friday")
    lead_weekdays = {
        lookup("weekdays", wd.mention.groups["weekday"]) for wd in weekday_mentions
        if not wd.in_title and wd.sentences.index(wd.mention.start) == _first_sentence(wd)
        and tense_at(wd.text, wd.mention.start, wd.mention.end, wd.sentences, data) == PAST}
    # "wie sein Verlag heute, zwei Tage nach seinem Tod, mitteilte" next to "Er starb am
    # Sonntag, dem 19. Oktober": today is the past date of its sentence plus those days
    # (a weekday told in the past stands for the day of the news as "heute" does when it
    # is the weekday of that count: "Einen Tag nach der Landtagswahl vom 22. März haben
    # die Parteien am Montag beraten")
    news_weekdays = [loc for loc in located if loc.mention.kind == "point"
                     and loc.mention.groups.get("weekday") and not loc.mention.groups.get("day")
                     and tense_at(loc.text, loc.mention.start, loc.mention.end, loc.sentences,
                                  data) == PAST]
    # the dates so named are not today: "heute, zwei Wochen nach dem Auftakt am 2. Juni"
    # ("yesterday (Saturday, Jan. 10)" below adds its own)
    not_today: set[int] = set()
    # ("gestern Abend gestorben – drei Tage nach ihrem Geburtstag am 31. Mai": yesterday
    # is the count, today the day after)
    days_ago = {id(loc): -k for loc in located if loc.mention.groups.get("deictic")
                and isinstance(k := lookup("deictic_days", loc.mention.groups["deictic"]), int)
                and -2 <= k < 0}
    told_days = [loc for loc in located if id(loc) in days_ago]
    for today, days, where, count_end in _today_days_after(today_mentions + news_weekdays
                                                           + told_days,
                                                           data, lookup, weekday_mentions):
        weekday = lookup("weekdays", today.mention.groups.get("weekday")) \
            if today in news_weekdays else None
        if id(today) in days_ago:
            if not _count_right_after(today, data):
                continue  # (only its own count: "A day after … yesterday's parade" is not)
            days += days_ago[id(today)]
        if days > COUNTED_DAYS_MAX and weekday is None:
            continue
        past: set[date] = set()
        for s_idx in where:  # the first sentence with a past date
            # (or with the date of what is counted from, right after the count: "Zwei Tage
            # nach dem Unglück vom 8. November suchen Taucher heute weiter" has no past verb)
            past = {d for d, locs in counted_from.items() for loc in locs
                    if loc.text is today.text and loc.sentences.index(loc.mention.start) == s_idx
                    and (0 <= loc.mention.start - count_end <= _COUNTED_FROM_REACH
                         or tense_at(loc.text, loc.mention.start, loc.mention.end,
                                     loc.sentences, data) == PAST)}
            if past:
                break
        if len(past) == 1:
            d = past.pop()
            not_today.update(id(loc) for loc in candidates.get(d, ()) if loc.text is today.text)
            after = _shifted(d, days)
            if after is None or (weekday is not None and after.isoweekday() != weekday):
                continue
            if month is None or after.month == month:
                told = f"'{_quote(today)}' is {days} day{'s' if days > 1 else ''} after " \
                    f"{d.isoformat()}" if id(today) not in days_ago else \
                    f"'{_quote(today)}' is {days - days_ago[id(today)]} day(s) after " \
                    f"{d.isoformat()}, today {days}"
                scored.append((4 if weekday is None else 3, after, [told]))
    # "Das gab der Veranstalter am Donnerstag bekannt, nur neun Tage vor dem geplanten
    # Beginn am Samstag, dem 11. Juli": today is that date less the days
    before = data.raw.get("anchoring", {}).get("today_days_before")
    for today in (today_mentions + news_weekdays) if before else ():
        hit = _compiled(before).match(today.text, today.mention.end)
        days = _days_counted(hit, lookup)
        if days is None or not 0 < days <= 21:
            continue
        _, s_end = today.sentences.bounds(today.mention.start)
        later = [o for o in located if o.text is today.text and hit.end() <= o.mention.start < s_end
                 and _date_of(o, year, lookup) is not None]
        if not later and today in news_weekdays:
            # (a weekday's count may name the day counted to in the next sentence only: "on
            # Saturday, a day before 30,000 runners are due to set off. Temperatures will be
            # 20 degrees above normal for Oct. 11"; the weekday must agree)
            k = today.sentences.index(today.mention.start) + 1
            n_start, n_end = (today.sentences.starts[k], today.sentences.ends[k]) \
                if k < len(today.sentences.starts) else (s_end, s_end)
            later = [o for o in located if o.text is today.text
                     and n_start <= o.mention.start < n_end
                     and _date_of(o, year, lookup) is not None][:1]
        if later:
            on = _date_of(later[0], year, lookup)
            day = _shifted(on, -days) if on is not None else None
            weekday = lookup("weekdays", today.mention.groups.get("weekday")) \
                if today in news_weekdays else None
            if day is not None and (weekday is None or day.isoweekday() == weekday) \
                    and (month is None or day.month == month):
                scored.append((4 if weekday is None else 3, day, [
                    (f"'{_quote(today)}' is {days} day{'s' if days > 1 else ''} before "
                    f"'{_quote(later[0])}'")]))
    # "in der Nacht zum 3. Februar eingedrungen – genau eine Woche vor dem heutigen Tag":
    # today is the date before the count plus the count (`[anchoring] count_before_today`);
    # "am 30. Oktober, sechs Wochen nach der heutigen Entscheidung": that date less the
    # count (`count_after_today`)
    for key, sign in (("count_before_today", 1), ("count_after_today", -1)):
        pattern = data.raw.get("anchoring", {}).get(key)
        for today in today_mentions + today_adjectives if pattern else ():
            s_start, _ = today.sentences.bounds(today.mention.start)
            hit = _compiled(r"(?:" + pattern + r")$").search(
                today.text, max(s_start, today.mention.start - 40), today.mention.start)
            days = _days_counted(hit, lookup)
            if days is None:
                continue
            earlier = [o for o in located if o.text is today.text
                       and s_start <= o.mention.start and o.mention.end <= hit.start()]
            on = _date_of(earlier[-1], year, lookup) if earlier else None
            day = _shifted(on, sign * days) if on is not None and 0 < days <= 63 else None
            if day is not None and (month is None or day.month == month):
                not_today.add(id(earlier[-1]))
                scored.append((4, day, [(f"'{_quote(earlier[-1])}' is {hit.group(0).strip()} "
                                        f"'{_quote(today)}'")]))
    # Counts and periods that say the day of writing, each with its score and whether the
    # date it counts from is thereby not today:
    # - "Vier Tage nach der Landtagswahl vom 22. September sind die Gespräche geplatzt": a
    #   lead that opens with a count after a date tells the news of today, "heute" or not
    #   (a little less sure than with it)
    # - "Heute, am dritten Streiktag" after "Seit Sonntag, dem 9. November, streiken die
    #   Piloten": today is the day the period began plus the days but one
    # - "seit Samstag, dem 11. Juli, vermisst – seit nunmehr drei Tagen"
    # - "docked on Thursday after 94 days at sea. It had left the port on June 15"
    # - "38 days into a strike that began on Sept. 14"
    # - "am Totensonntag … zwei Tage später, am heutigen Dienstag": today is the count after
    # - "Die Frist läuft eine Woche, also bis zum 16. Juni": a period running from today
    for clues, score, from_is_not_today in (
            (_lead_count(located, today_mentions, data, year, lookup), 3, True),
            (_nth_day_of_a_period(located, today_mentions, data, year, lookup), 4, True),
            (_days_since_a_date(located, data, year, lookup), 3, True),
            (_lead_weekday_after_a_count(located, data, year, lookup), 3, False),
            (_days_into_a_period(located, data, year, lookup), 3, True),
            (_count_restated_as_today(located, data, year, lookup), 4, False),
            (_period_running_until(located, data, year, lookup), 3, True)):
        for why, loc, day in clues:
            if month is None or day.month == month:
                if from_is_not_today:
                    not_today.add(id(loc))
                scored.append((score, day, [why]))
    # "in zwei Wochen, am 6. Oktober": today is that date less the distance
    this_weekdays = [loc for loc in located if loc.mention.groups.get("weekday")
                     and not loc.mention.groups.get("day") and named_as_this(loc)]
    from_today = data.raw.get("anchoring", {}).get("from_today")
    for score, today, why, counted_to in _offset_dates(located, today_mentions + today_adjectives
                                                  + this_weekdays, year, lookup,
                                                  _compiled(from_today) if from_today else None):
        if month is None or today.month == month:
            scored.append((score, today, [why]))
            # ("before Veterans Day, a week from today": that day is not today, whatever
            # "this morning" in its sentence says)
            not_today.add(id(counted_to))
    # "am heutigen Dienstag zu einem zweitägigen Treffen … enden am 1. Dezember"
    for today, span, loc, first in _today_from_span(today_mentions + today_adjectives, located,
                                                    data, lookup, year):
        if month is None or first.month == month:
            why = f"'{_quote(today)}' begins a {span} span that ends '{_quote(loc)}'"
            scored.append((4, first, [why]))
    # "Gestern, am Donnerstag, dem 4. Juni", "tomorrow, Friday, June 19", "yesterday
    # (Saturday, Jan. 10)": a date right after a day counted from today
    # ... and a bare weekday so named gives today's weekday: "Gestern Abend, am Donnerstag,
    # setzte sich die Mannschaft durch" is written on a Friday
    # ... or before it, restated ("Seit dem Maifeiertag, also seit vorgestern",
    # `[anchoring] restated_as`; a verb may close the clause first: "findet am Donnerstag,
    # 26. März, statt – also übermorgen")
    restated = data.raw.get("anchoring", {}).get("restated_as")
    # (a clock and a place may stand between: "findet am Donnerstag, 26. März, um 19 Uhr in
    # der Turnhalle statt – also übermorgen")
    restated_link = _compiled(r"(?:\s*,)?(?:\s+[^\W\d]+){0,5}\s*[,(–—-]\s*(?:" + restated
                              + r")\s+(?:\w{1,4}\s+)?") if restated else None
    counted_weekdays: set[int] = set()
    coordination = data.raw.get("anchoring", {}).get("coordination")
    joiners = _compiled(rf"\b(?:{coordination})(?!\w)") if coordination else None
    # ... or owning it: "Yesterday's bank holiday" (`[anchoring] deictic_possessive`)
    owned = data.raw.get("anchoring", {}).get("deictic_possessive")
    possessive = _compiled(owned) if owned else None
    for rel in located:
        k = lookup("deictic_days", rel.mention.groups.get("deictic")) \
            if rel.mention.groups.get("deictic") else None
        if not isinstance(k, int) or k == 0:
            continue
        for loc in located:
            if loc.text is rel.text and ((
                    0 <= loc.mention.start - rel.mention.end <= 12
                    and _DEICTIC_LINK.fullmatch(loc.text, rel.mention.end, loc.mention.start)
                    # ("tomorrow and Wednesday" are two days)
                    and not (joiners is not None and joiners.search(
                        loc.text, rel.mention.end, loc.mention.start)))
                    or (possessive is not None and possessive.fullmatch(
                        loc.text, rel.mention.end, loc.mention.start) is not None)
                    or _linked_by_mod(rel, loc, lookup)
                    or _appended_date(rel, loc, located, data)
                    or (restated_link is not None
                        and 0 <= rel.mention.start - loc.mention.end - _clock_chars(
                            loc, rel, located) <= RESTATED_REACH
                        and not _mentions_between(loc, rel, located)
                        and restated_link.fullmatch(_gap_without_clocks(loc, rel, located)))):
                on = _date_of(loc, year, lookup) or _one_feast_of_several(loc, year, month, -k,
                                                                       lookup)
                today = _shifted(on, -k) if on is not None else None
                if today is not None and (month is None or today.month == month):
                    scored.append((4, today, [f"'{_quote(loc)}' is '{_quote(rel)}'"]))
                    not_today.add(id(loc))
                elif on is None and loc.mention.groups.get("weekday") and abs(k) < 7:
                    n = lookup("weekdays", loc.mention.groups["weekday"])
                    if isinstance(n, int):
                        counted_weekdays.add((n - 1 - k) % 7 + 1)
                        not_today.add(id(loc))
                break
    # "on Thursday, three days from now", "am Freitag, in zwei Tagen": a weekday with its
    # distance in days from today gives today's weekday
    for rel in located:
        g = rel.mention.groups
        if rel.mention.kind != "offset" or not g.get("num") or not g.get("unit") \
                or _UNIT_DAYS.get(lookup("units", g["unit"]) or "") != 1:
            continue
        sign = {"ahead": 1, "ago": -1}.get(lookup("offset_signals", g.get("sig")) or "")
        num = g["num"]
        k = int(num) if num.isdigit() else lookup("numbers", num)
        if sign is None or not isinstance(k, int) or not 0 < k < 7:
            continue
        for loc in located:
            if loc.text is rel.text and loc.mention.groups.get("weekday") \
                    and not loc.mention.groups.get("day") \
                    and 0 <= rel.mention.start - loc.mention.end <= 6 \
                    and loc.text[loc.mention.end:rel.mention.start].strip() in (",", "–", "-", ""):
                n = lookup("weekdays", loc.mention.groups["weekday"])
                if isinstance(n, int):
                    counted_weekdays.add((n - 1 - sign * k) % 7 + 1)
                    not_today.add(id(loc))
    # "am morgigen Mittwoch, dem 1. Oktober": an adjective of another day right before a
    # date (`[anchoring] day_adjectives`, pattern -> days from today)
    for pattern, k in data.raw.get("anchoring", {}).get("day_adjectives", {}).items():
        for loc in located:
            if _compiled(r"(?:" + pattern + r")\s+$").search(
                    loc.text, max(0, loc.mention.start - 20), loc.mention.start):
                on = _date_of(loc, year, lookup)
                today = _shifted(on, -int(k)) if on is not None else None
                if today is not None and (month is None or today.month == month):
                    scored.append((4, today, [f"'{_quote(loc)}' is {int(k):+d} day(s) from today"]))
                    not_today.add(id(loc))
    # "am Vortag, dem 5. März": the day after that date is the day of writing
    for d, locs in list(candidates.items()):
        for loc in locs:
            if _after_word(loc, data, "day_before_today"):
                after = _shifted(d, 1)
                if after is None:
                    continue
                if month is None or after.month == month:
                    scored.append((3, after, [f"'{_quote(loc)}' is the day before ('Vortag')"]))
    for d, locs in candidates.items():
        score, why = 0, []
        for loc in locs:
            s_idx = loc.sentences.index(loc.mention.start)
            for today in today_mentions:
                if today.text is loc.text and today.sentences.index(today.mention.start) == s_idx \
                        and not _other_clause_between(today, loc, data):
                    score += 3
                    why.append(f"'{_quote(loc)}' is said together with '{_quote(today)}'")
                    break
            # a day part next to the candidate that matches a "heute ... Abend" elsewhere
            # (a clock time counts by its hour: "am 13. Februar, um 23:30 Uhr" is an evening)
            # (not "heute Vormittag" itself, when it is in that sentence)
            parts_here = {part for o in located if o.text is loc.text
                          and o.sentences.index(o.mention.start) == s_idx
                          and o not in today_mentions
                          for part in (daypart_of(o) or _clock_part(o),) if part}
            for today in today_mentions:
                part = daypart_of(today)
                if part and part in parts_here:
                    score += 3
                    why.append(f"'{_quote(loc)}' has the same part of the day as '{_quote(today)}'"
                               + (" (title)" if today.in_title else ""))
                    break
            if loc.mention.groups.get("weekday") and named_as_this(loc):
                score += 3
                why.append(f"'{_quote(loc)}' is named as this day")
            if today_adjective and _compiled(
                    r"(?:" + today_adjective + r")\s+(?:(?-i:[A-ZÄÖÜ])\w+\s+)?$").search(
                    loc.text, max(0, loc.mention.start - 30), loc.mention.start):
                # "am heutigen Dreikönigstag", "am heutigen Feiertag Mariä Himmelfahrt": the
                # day named as today's
                score += 5
                why.append(f"'{_quote(loc)}' is named as today's")
            if loc.in_title:
                score += 1
                why.append(f"'{_quote(loc)}' is in the title")
            if _after_word(loc, data, "day_before_today"):
                # "am Vortag, dem 5. März": the day before the day of writing
                score -= 5
                why.append(f"'{_quote(loc)}' is the day before")
            if id(loc) in not_today or _direction_before(loc, lookup) != 0:
                # "yesterday (Saturday, Jan. 10)", "am vergangenen Freitag, dem 9. März":
                # whatever else dates it, not today
                score -= 5
                why.append(f"'{_quote(loc)}' is named as another day than today")
            elif postponed_target(loc.text, loc.mention.start, loc.mention.end, data):
                # "Die für heute Abend geplante Sitzung wurde auf den 24. September
                # verschoben": the new date lies ahead
                score -= 5
                why.append(f"'{_quote(loc)}' is the new date of a postponement")
            if not loc.in_title and s_idx == _first_sentence(loc) and (
                    _with_weekday(loc, located) or _holiday_weekday(loc, located, d, lookup)) \
                    and tense_at(loc.text, loc.mention.start, loc.mention.end, loc.sentences,
                                 data) == PAST:
                # the lead of an agency report: "Das Bundesverfassungsgericht hat am
                # Mittwoch, dem 14. Mai, das Gesetz für nichtig erklärt"
                score += 2
                why.append(f"'{_quote(loc)}' dates what the lead reports")
            elif not loc.in_title and s_idx == _first_sentence(loc) and _with_weekday(loc, located) \
                    and _shares_word_with_title_today(loc, today_mentions):
                # "Biden to address UN General Assembly today" over "Biden will address the
                # United Nations General Assembly … on Tuesday, Sept. 19": the lead dates
                # what the title says happens today
                score += 2
                why.append(f"'{_quote(loc)}' dates the lead of a title that says "
                           "what happens today")
            if _after_word(loc, data, "said_on") and loc.mention.groups.get("weekday"):
                # "EU officials said on Tuesday, July 8": the day of the saying, in news
                # the day of writing
                score += 3
                why.append(f"'{_quote(loc)}' is when it was said")
        if pluperfect and all(_in_pluperfect(loc, pluperfect) for loc in locs):
            # "Die letzte Runde war am 4. März abgebrochen worden": a past before the
            # past, not the day of writing, whatever weekday the text names elsewhere
            scored.append((score, d, why))
            continue
        # a date that lies ahead ("für den 16. und 17. März angesetzt, also kommenden Montag
        # und Dienstag", "Neuer Termin ist frühestens Samstag, der 22. November") shares
        # its weekday with a past one only by chance: the weekday is no clue for it
        # (and one told in the present or future, "am 25. Juni dann das letzte Gruppenspiel",
        # may be weeks ahead: only a date told in the past can be the day a past weekday
        # names, or the date of the lead under a title that says "heute": "Außenminister
        # beraten heute …" over "wollen am 14. März … beraten")
        title_today = any(t.in_title for t in today_mentions)
        ahead = all(_ahead(loc, data) or (
            tense_at(loc.text, loc.mention.start, loc.mention.end, loc.sentences, data) != PAST
            and not (title_today and not loc.in_title
                     and loc.sentences.index(loc.mention.start) == _first_sentence(loc)))
            for loc in locs)
        for wd in weekday_mentions:
            if ahead:
                break
            if _appositive_weekday(wd, located):
                continue
            n = lookup("weekdays", wd.mention.groups["weekday"])
            tense = tense_at(wd.text, wd.mention.start, wd.mention.end, wd.sentences, data)
            # "bis Freitagmittag" is a deadline ahead, "für Montag" a day a call or a plan
            # is for: neither is the day of writing
            # ... and "since Wednesday night" is where a period began, no more the day of
            # writing than a date after "since" is
            # ... nor is a weekday of the story when the lead names another: "reached four
            # miners early on Friday. The rock fall happened on Wednesday, Aug. 19 …
            # Operations were suspended on Wednesday" is written on the Friday
            # (a clock on a weekday told without a tense is a schedule: "Polling stations
            # open at 8 a.m. on Sunday")
            if n == d.isoweekday() and (tense == PAST or (tense == 0 and not wd.mention.has(
                    "hour", "hourw"))) and not _ends_range(wd, data) \
                    and not _after_word(wd, data, "since") \
                    and not (lead_weekdays and n not in lead_weekdays):
                score += 2
                why.append(f"{d.isoformat()} is a {d.strftime('%A')}, as '{_quote(wd)}' says")
                break
        scored.append((score, d, why))

    # "heute, am Dienstag" / "said on Tuesday" / "am heutigen Dienstag": today's weekday
    # (the weekday next to "heute" outweighs one of saying: "am heutigen Dienstag … sagte
    # am Montag in Brüssel")
    told_today = {
        lookup("weekdays", wd.mention.groups["weekday"]) for wd in weekday_mentions
        if any(t.text is wd.text and 0 <= wd.mention.start - t.mention.end <= 12
               for t in today_mentions + today_adjectives)
    } | {
        # "am heutigen Freitag" (the adjective is no mention of its own before a weekday)
        lookup("weekdays", wd.mention.groups["weekday"]) for wd in weekday_mentions
        if today_adjective and _compiled(r"(?:" + today_adjective + r")\s+$").search(
            wd.text, max(0, wd.mention.start - 20), wd.mention.start)
    } | counted_weekdays | {
        # (the tagger reads "diesem" as a direction: these are not among the bare weekdays)
        lookup("weekdays", wd.mention.groups["weekday"]) for wd in located
        if wd.mention.kind == "point" and wd.mention.groups.get("weekday")
        and not wd.mention.groups.get("day") and named_as_this(wd)
        and tense_at(wd.text, wd.mention.start, wd.mention.end, wd.sentences, data) != FUTURE}
    said = [wd for wd in weekday_mentions if _after_word(wd, data, "said_on")]
    said_in_lead = [wd for wd in said
                    if wd.sentences.index(wd.mention.start) <= _first_sentence(wd) + 1]
    today_weekdays = told_today or {
        lookup("weekdays", wd.mention.groups["weekday"]) for wd in said_in_lead or said}

    # ... else the weekday of what the lead reports in the past ("A federal jury on Thursday
    # found Blake guilty", "hat am Dienstag der Prozess begonnen"): news name the day of
    # their news so; it counts only with a day named with its weekday near it
    def lead_weekdays_at(offset: int) -> set:
        return {lookup("weekdays", wd.mention.groups["weekday"]) for wd in weekday_mentions
                if not wd.in_title
                and wd.sentences.index(wd.mention.start) == _first_sentence(wd) + offset
                and not _ends_range(wd, data) and not _appositive_weekday(wd, located)
                and tense_at(wd.text, wd.mention.start, wd.mention.end, wd.sentences,
                             data) == PAST}

    from_lead = not today_weekdays
    if from_lead:
        # (the first sentence that names one, of the lead's first two: "Im Zoo Leipzig ist
        # ein Elefant geboren. Das Jungtier kam zur Welt, wie der Zoo am Donnerstag
        # mitteilte")
        for offset in (0, 1):
            today_weekdays = lead_weekdays_at(offset)
            if today_weekdays:
                break
    elif not told_today and not said_in_lead and (first := lead_weekdays_at(0)) \
            and first != today_weekdays:
        # a saying told further down ("His lawyer said on Wednesday …") is no match for the
        # weekday of the lead's own news ("A public inquiry … opened on Thursday")
        today_weekdays, from_lead = first, True
    said_weekdays = {lookup("weekdays", wd.mention.groups["weekday"]) for wd in weekday_mentions
                     if _after_word(wd, data, "said_on") and not wd.in_title
                     and wd.sentences.index(wd.mention.start) == _first_sentence(wd)}
    if scored and (len(told_today) == 1 or (not told_today and len(said_weekdays) == 1)):
        # a day of another weekday than the one the text gives today cannot be today
        # ("Talks resumed in Doha today, Tuesday. Blinken said on Monday, Jan. 13, …"),
        # nor than the day of the saying in the lead ("sold on Wednesday night, Nov. 12, the
        # house said Thursday")
        named = next(iter(told_today or said_weekdays))
        scored = [entry for entry in scored if entry[1].isoweekday() == named]

    if scored:
        # one entry per day (its best), so that two clues to one day are no tie
        best_of: dict[date, tuple[int, date, list[str]]] = {}
        for entry in scored:
            if entry[1] not in best_of or entry[0] > best_of[entry[1]][0]:
                best_of[entry[1]] = entry
        scored = list(best_of.values())
        scored.sort(key=lambda s: (-s[0], -s[1].toordinal()))
        best_score, best, why = scored[0]
        runner_up = scored[1][0] if len(scored) > 1 else -1
        if best_score >= MIN_SCORE and best_score > runner_up:
            given_txt = f"source gives {given}" if given else "source gives no date"
            return DocumentDate(Anchor(best, "day"), best.isoformat(), f"{given_txt}; " + "; ".join(why))

    # "heute, am Dienstag" / "said on Tuesday" and a day named with its date soon after:
    # "Am Mittwochvormittag, dem 5. März" makes that Tuesday the 4th
    if len(today_weekdays) == 1 and month is not None:
        weekday = next(iter(today_weekdays))
        # (only a day named with its weekday, "Am Mittwochvormittag, dem 5. März": a bare
        # date ahead, "der Bundesrat am 21. März", may be weeks away; a bare date on today's
        # very weekday is today: "am heutigen Dienstag … Das Treffen soll am 6. Juni
        # beginnen")
        # (a day named in a sentence that says it is next week lies a week further:
        # "Nun soll Ende kommender Woche ein Ausschuss beraten, voraussichtlich am Freitag,
        # dem 20. März", `[anchoring] next_week`)
        days = {_shifted(d, -((d.isoweekday() - weekday) % 7)
                         - (7 if any(_in_next_week(loc, data, located) for loc in locs)
                            # "am heutigen Samstag … Am kommenden Samstag, dem 12. April":
                            # today's weekday named as the next one is a week on
                            or (d.isoweekday() == weekday
                                and any(_named_as_next(loc, lookup) for loc in locs))
                            else 0))
                for d, locs in dated.items()
                if (d.isoweekday() - weekday) % 7 <= 3
                and (any(_with_weekday(loc, located) and (
                    d in candidates or (d.isoweekday() - weekday) % 7 > 0)
                    # (a day named as the last one lies no days ahead: "heute, Donnerstag …
                    # am vergangenen Freitag, dem 13. Februar" is not the 12th)
                    and not ((d.isoweekday() - weekday) % 7 > 0 and _named_as_last(loc, lookup))
                    for loc in locs)
                     or (d in candidates and d.isoweekday() == weekday and not from_lead
                         and not all(_ahead(loc, data) for loc in locs))
                     # "an diesem Mittwoch … Verdi hatte für den 12. März zum Warnstreik
                     # aufgerufen": a call made before for a day of today's weekday is
                     # for today
                     or (d not in candidates and d.isoweekday() == weekday and told_today
                         and all(tense_at(loc.text, loc.mention.start, loc.mention.end,
                                          loc.sentences, data) == PAST for loc in locs)))
                and not (pluperfect and all(_in_pluperfect(loc, pluperfect) for loc in locs))}
        # ... or a day named with its weekday up to three days before, told in the past:
        # "today, Tuesday. Blinken said on Monday, Jan. 13, …" makes today the 14th (up to
        # six days when it is named as the last one: "am vergangenen Freitag, dem 13.
        # Februar", "last Friday, Feb. 13")
        days |= {_shifted(d, (weekday - d.isoweekday()) % 7)
                 for d, locs in [*candidates.items(), *began.items()]
                 if 1 <= (weekday - d.isoweekday()) % 7 <= (
                     6 if any(_named_as_last(loc, lookup) for loc in locs) else 3)
                 and any(_with_weekday(loc, located) and tense_at(
                     loc.text, loc.mention.start, loc.mention.end, loc.sentences, data) == PAST
                     for loc in locs)
                 # (the past perfect too: "am heutigen Dienstag … Am Sonntag, dem 18.
                 # Februar, hatten sich die Geheimdienstchefs getroffen")
                 and (told_today or not (pluperfect and all(_in_pluperfect(loc, pluperfect)
                                                             for loc in locs)))}
        days = {d for d in days if d is not None and d.month == month}
        if len(days) == 1:
            best = days.pop()
            return DocumentDate(Anchor(best, "day"), best.isoformat(),
                                f"source gives {given}; today is a {best.strftime('%A')}, and "
                                "a day named with its date lies near it")
    if month is not None and year is not None:
        coinciding = _weekdays_meet_dates(located, weekday_mentions,
                                          set() if from_lead else today_weekdays, year,
                                          month, data, lookup)
        if coinciding is not None:
            best, why = coinciding
            return DocumentDate(Anchor(best, "day"), best.isoformat(),
                                f"source gives {given}; {why}")
        if len(today_weekdays) == 1:
            nearest = _nearest_consistent_day(located, next(iter(today_weekdays)), year,
                                              month, data, lookup)
            if nearest is not None:
                best, why = nearest
                return DocumentDate(Anchor(best, "day"), best.isoformat(),
                                    f"source gives {given}; {why}")
        return DocumentDate(Anchor(date(year, month, 15), "month"), given,
                            f"source gives only {given}; no day could be inferred from the text")
    if year is not None:
        return DocumentDate(Anchor(date(year, 7, 1), "year"), given,
                            f"source gives only {given}; no day could be inferred from the text")
    return DocumentDate(Anchor(None, "none"), None, "no date given and none inferred from the text")


def _explicit_days(located: list[_Located], year: int, data: LanguageData,
                   lookup) -> dict[date, list[_Located]]:
    """The days the text names with day and month (any month; the year given or named),
    with their mentions."""
    days: dict[date, list[_Located]] = {}
    for loc in located:
        d = _date_of(loc, year, lookup)
        if d is not None and not _after_word(loc, data, "since"):
            days.setdefault(d, []).append(loc)  # (not where a period began: "Seit dem 4. März")
    return days


def _weekdays_meet_dates(located: list[_Located], weekday_mentions: list[_Located],
                         today_weekdays: set, year: int, month: int, data: LanguageData,
                         lookup) -> tuple[date, str] | None:
    """The day of writing under which the most weekdays fall on days the text names with
    their date ("heute, am Dienstag … soll am Donnerstag vereidigt werden … ein für den 19.
    Januar geplantes Gespräch": only Tuesday the 17th makes that Thursday the 19th).

    A weekday told in the past is the last one up to the day of writing, one told in the
    present or future the next one from it. Among days of today's weekday, when the text
    names it, else among all days of the month; a tie among these goes to the day that
    puts the weekdays nearest to it (news name the weekdays of the week around the
    writing: "told reporters on Tuesday", "said on Monday", "travels on Wednesday" is
    written on the Tuesday). Nothing when no weekday meets a named date."""
    named = _explicit_days(located, year, data, lookup)
    if not named or not weekday_mentions or len(today_weekdays) != 1:
        return None
    readings = []
    for wd in weekday_mentions:
        n = lookup("weekdays", wd.mention.groups["weekday"])
        if not isinstance(n, int) or n in today_weekdays or _ends_range(wd, data):
            # (today's own weekday says nothing about the week)
            # ("ein Treffen ist für Donnerstag geplant": the day a plan is for may be any
            # Thursday, also that of a dated summit a week later)
            continue
        past = tense_at(wd.text, wd.mention.start, wd.mention.end, wd.sentences, data) == PAST
        readings.append((n, past, wd))
    known = next(iter(today_weekdays)) if len(today_weekdays) == 1 else None
    facts = [(d, any(tense_at(loc.text, loc.mention.start, loc.mention.end, loc.sentences,
                              data) == PAST and not _ends_range(loc, data) for loc in locs))
             for d, locs in named.items() if abs((d - date(year, month, 15)).days) <= 60]
    ranked = []
    first = date(year, month, 1)
    for k in range(31):
        day = first + timedelta(days=k)
        if day.month != month or (known is not None and day.isoweekday() != known):
            continue
        met, distance = [], 0
        for n, past, wd in readings:
            shift = -((day.isoweekday() - n) % 7) if past else (n - day.isoweekday()) % 7
            distance += abs(shift)
            on = _shifted(day, shift)
            # (what happened cannot be the day a plan is for: "habe die Behörde erst am
            # Dienstag informiert" is no "für den 24. Februar geplanter Tag")
            if on is not None and on in named and not (
                    past and all(_ends_range(loc, data) for loc in named[on])):
                met.append((wd, on))
        if met:
            # (a date told ahead lies after the day of writing, one told in the past before
            # it: "tomorrow, Thursday … would enter lunar orbit on June 16 and land on June
            # 19" is not written on the 18th, whatever weekday meets the 19th)
            against = sum(1 for d, past in facts if (past and d > day) or (not past and d < day))
            ranked.append((-against, len(met), -distance, day, met))
    if not ranked:
        return None
    ranked.sort(key=lambda r: (r[0], r[1], r[2]), reverse=True)
    if (len(ranked) > 1 and ranked[1][:3] == ranked[0][:3]) or ranked[0][0] < 0:
        return None
    _, count, _, best, met = ranked[0]
    wd, on = met[0]
    return best, (f"only on {best.isoformat()} do {count} weekday(s) fall on dates the text "
                  f"names ('{_quote(wd)}' is {on.isoformat()})")


# how close a date must lie to the day of writing to say which week it is in
_NEAR_DAYS = 7


def _nearest_consistent_day(located: list[_Located], weekday: int,
                            year: int, month: int, data: LanguageData,
                            lookup) -> tuple[date, str] | None:
    """Today's weekday is known and no date is tied to it: the day of that weekday in the
    month that the text's dates agree with best, and among those the nearest to them.

    A date told in the past lies before the day of writing, any other (told in the present
    or ahead, or what a plan is for) after it: "hat sich am Montag von seinem Trainer
    getrennt. Das Spiel am Samstag, 25. April, ist sein erster Einsatz" is written on
    Monday the 20th, not the 27th (after the game) or the 13th (twelve days before it).
    News tell what is close to the day of writing, so a date named with its weekday must
    lie within a week of the day chosen (a bare date ahead may be weeks away: "Der Gipfel
    soll am 26. Juni stattfinden"), and no other day may do as well."""
    named = _explicit_days(located, year, data, lookup)
    pluperfect = data.raw.get("tense", {}).get("pluperfect")
    facts = []
    for d, locs in named.items():
        if abs((d - date(year, month, 15)).days) > 60:
            continue  # (a date months away says nothing about the week)
        past = any(tense_at(loc.text, loc.mention.start, loc.mention.end, loc.sentences,
                            data) == PAST and not _ends_range(loc, data) for loc in locs)
        with_weekday = any(_with_weekday(loc, located) for loc in locs)
        # (a date in the past perfect lies before the day of writing, not on it)
        before = past and pluperfect is not None and all(
            _in_pluperfect(loc, pluperfect) for loc in locs)
        facts.append((d, past, with_weekday, locs[0], before))
    if not facts:
        return None
    ranked = []
    first = date(year, month, 1)
    for k in range(31):
        day = first + timedelta(days=k)
        if day.month != month or day.isoweekday() != weekday:
            continue
        against, distance, near = 0, 0, None
        earlier = later = False
        for d, past, with_weekday, loc, before in facts:
            gap = (d - day).days
            if (past and gap > 0) or (not past and gap < 0) or (before and gap == 0):
                against += 1
            distance += min(abs(gap), 31)
            if abs(gap) <= _NEAR_DAYS and with_weekday and near is None:
                near = loc
            earlier |= past and -14 <= gap < 0
            later |= not past and 0 < gap <= 14
        ranked.append((against, distance, day, near, earlier and later))
    # (fewest contradictions first, then a day with a date named with its weekday near it,
    # then the nearest: "Am Freitag, dem 21. August, …" and "Am 1. September soll …" under
    # a Monday lie 11 days from both the 24th and the 31st; the Friday names the 24th)
    ranked.sort(key=lambda r: (r[0], r[3] is None, r[1]))
    if ranked and ranked[0][3] is None and ranked[0][4] and ranked[0][0] == 0 \
            and all(r[0] > 0 for r in ranked[1:]):
        # "Die dritte Runde am 11. März war ohne Ergebnis geblieben. Die nächste ist für
        # den 24. März angesetzt" under a Tuesday: the one Tuesday between a date told in
        # the past and one ahead, within two weeks of each, that no date contradicts
        best = ranked[0][2]
        return best, (f"today is a {best.strftime('%A')}; {best.isoformat()} is the only "
                      "one between the dates the text tells in the past and ahead")
    if not ranked or ranked[0][3] is None or (
            len(ranked) > 1 and ranked[1][:2] == ranked[0][:2]
            and (ranked[1][3] is None) == (ranked[0][3] is None)):
        return None
    against, _, best, near, _ = ranked[0]
    return best, (f"today is a {best.strftime('%A')}; of those days of the month "
                  f"{best.isoformat()} agrees best with the tense of the dates the text "
                  f"names and lies nearest to them ('{_quote(near)}')")
