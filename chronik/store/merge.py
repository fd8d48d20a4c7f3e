"""Cross-document event merging: when are two reported events one event?

The rule (also in docs/store.md):

1. Events are bucketed by their value cut to the day (`2023-03-23T21:30` -> `2023-03-23`;
   a value less precise than a day, like `2023-03`, is its own bucket). Events without a
   calendar value (`None`, `PRESENT_REF`, durations) are never merged.
2. Within a bucket an event joins an existing merged event when their locations do not
   conflict (both known and different) and they share a participant (same entity key), the
   location, the kind of happening (`meeting`, `call`, … from the events stage's lexicon),
   or the trigger (same normalised word, or two forms of one word: `same_trigger`).
3. The merged event's time is the value most reports agree with (a less precise value
   agrees with a more precise one it is a prefix of); ties go to the more precise value,
   then to the earliest report. So `…T09:30` and `…T10:00` plus a day-only report give
   the day, which all three agree with.
   Two reports that cannot both be true (`…T09:30` and `…T10:00`; instants compared in UTC
   where the text fixes a zone) mark the merged event as a contradiction and every claimed
   time is kept with its sources, never hidden.
4. Status, summary and location come from the latest report (by document date), because a
   later article knows whether a planned event happened or was cancelled.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

# 2023, 2023-03-01, 199 (decade), 19 (century), BC0260 (a year before the common era)
_CALENDAR = re.compile(r"^(?:\d{2,4}(?:$|[-T])|BC\d{4})")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def is_calendar_value(value: str | None) -> bool:
    return bool(value) and _CALENDAR.match(value) is not None  # type: ignore[arg-type]


def day_key(value: str | None) -> str | None:
    """The merge bucket of a value, or None for values that are not points in the calendar."""
    if not is_calendar_value(value):
        return None
    m = _DAY.match(value)  # type: ignore[arg-type]
    return m.group() if m else value


_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-(WE|[1-7]))?$")
OPEN_WEEKDAY = re.compile(r"^XXXX-WXX-([1-7])")  # a weekday of a week not known
_PART_OF_YEAR = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")
_PART_OF_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI|DT)$")
# where a period starts, for ordering it among dates: a quarter at its first month, …
_YEAR_PART_MONTH = {"Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10, "H1": 1, "H2": 7,
                    "SP": 3, "SU": 6, "FA": 9, "WI": 12}
_DAY_PART_HOUR = {"MO": "08", "AF": "14", "DT": "12", "EV": "19", "NI": "23"}


def sort_key(value: str | None, doc_date: str | None = None) -> str | None:
    """A string that sorts TimeML values chronologically and compares with `YYYY[-MM[-DD]]`.

    ISO dates already do; weeks, quarters, seasons and day parts do not (`2023-W07` would
    sort after `2023-04-12`), so they are keyed by where they start: the Monday of the
    week, the first month of the quarter, a typical hour of the day part. A weekday of a
    week not known (`XXXX-WXX-1`, from an article dated only to its month) goes at the
    end of its article's month (`2022-02-~1`, `2023-11-~3T18:00`): within it, after its
    known days.
    """
    if value and doc_date and len(doc_date) >= 7 and (m := OPEN_WEEKDAY.match(value)):
        return f"{doc_date[:7]}-~{value[9:]}"  # "2023-11-~3T18:00" before "…-~3T22:00"
    if not is_calendar_value(value):
        return None
    if value.startswith("BC"):  # type: ignore[union-attr]
        # before every year of the common era ("-" sorts before digits), and 264 BC
        # before 260 BC
        return f"-{10000 - int(value[2:6]):04d}{value[6:]}"  # type: ignore[index]
    m = _WEEK.match(value)  # type: ignore[arg-type]
    if m:
        day = {"WE": 6, None: 1}.get(m.group(3)) or int(m.group(3))
        try:
            return date.fromisocalendar(int(m.group(1)), int(m.group(2)), day).isoformat() + "W"
        except ValueError:
            return value
    m = _PART_OF_YEAR.match(value)  # type: ignore[arg-type]
    if m:
        return f"{m.group(1)}-{_YEAR_PART_MONTH[m.group(2)]:02d}"
    m = _PART_OF_DAY.match(value)  # type: ignore[arg-type]
    if m:
        return f"{m.group(1)}T{_DAY_PART_HOUR[m.group(2)]}"
    return value


@dataclass(slots=True)
class EventSignature:
    """What rule 2 compares: participant keys, trigger keys and location keys."""

    participants: set[str] = field(default_factory=set)
    triggers: set[str] = field(default_factory=set)
    locations: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)  # class of happening from the event lexicon

    def absorb(self, other: EventSignature) -> None:
        self.participants |= other.participants
        self.triggers |= other.triggers
        self.locations |= other.locations
        self.kinds |= other.kinds


def same_event(new: EventSignature, known: EventSignature) -> bool:
    """Rule 2 for an event and a merged event already in the same day bucket."""
    if new.locations and known.locations and not (new.locations & known.locations):
        return False
    return (bool(new.participants & known.participants) or bool(new.locations & known.locations)
            or bool(new.kinds & known.kinds)
            or any(same_trigger(a, b) for a in new.triggers for b in known.triggers))


def same_trigger(a: str, b: str) -> bool:
    """Equal, or one word in two forms: a common prefix of at least 5 letters covering 60% of
    the shorter (`unterzeichnen` / `Unterzeichnung`, `negotiate` / `negotiations`). Stands in
    for a lemmatiser and stays language-neutral; short words (`sign` / `signed`) stay apart."""
    if a == b:
        return True
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= 5 and common >= 0.6 * min(len(a), len(b))


@dataclass(slots=True)
class Report:
    """One member event as the merge rules see it."""

    value: str | None
    utc_offset: str | None
    instant: str | None
    status: str
    summary: str
    location: str | None
    doc_date: str | None
    order: int  # ingest order of the event: the tie-breaker that keeps results deterministic
    identity: str  # content hash of its document + event id: stable across stores


@dataclass(slots=True)
class TimeClaim:
    value: str
    utc_offset: str | None
    instant: str | None
    reports: list[int]  # indexes into the report list


def _compatible(a: Report | TimeClaim, b: Report | TimeClaim) -> bool:
    if a.instant and b.instant:
        return a.instant.startswith(b.instant) or b.instant.startswith(a.instant)
    av, bv = a.value or "", b.value or ""
    return av.startswith(bv) or bv.startswith(av)


def time_claims(reports: Sequence[Report]) -> list[TimeClaim]:
    """The distinct times the reports give, each with the reports that give it."""
    claims: dict[tuple[str, str | None], TimeClaim] = {}
    for i, r in enumerate(reports):
        if not r.value:
            continue
        key = (r.value, r.utc_offset)
        if key not in claims:
            claims[key] = TimeClaim(r.value, r.utc_offset, r.instant, [])
        claims[key].reports.append(i)
    return sorted(claims.values(), key=lambda c: (c.value, c.utc_offset or ""))


@dataclass(slots=True)
class Resolution:
    value: str | None
    utc_offset: str | None
    instant: str | None
    contradiction: bool
    status: str
    summary: str
    location: str | None
    uid: str


def resolve(reports: Sequence[Report]) -> Resolution:
    """Rules 3 and 4: the merged event's time, status, summary, location and stable uid."""
    claims = time_claims(reports)
    best: TimeClaim | None = None
    best_score: tuple[int, int, int] | None = None
    for c in claims:
        support = sum(len(o.reports) for o in claims if _compatible(c, o))
        first_told = min(reports[i].order for i in c.reports)
        score = (support, len(c.value), -first_told)
        if best_score is None or score > best_score:
            best, best_score = c, score
    contradiction = any(not _compatible(a, b) for i, a in enumerate(claims) for b in claims[i + 1:])
    latest = max(reports, key=lambda r: (r.doc_date or "", r.order))
    location = latest.location or next((r.location for r in sorted(
        reports, key=lambda r: (r.doc_date or "", r.order), reverse=True) if r.location), None)
    first = min(r.identity for r in reports)
    uid = hashlib.sha1(first.encode("utf-8")).hexdigest()[:20] + "@chronik"
    return Resolution(
        value=best.value if best else None, utc_offset=best.utc_offset if best else None,
        instant=best.instant if best else None, contradiction=contradiction,
        status=latest.status, summary=latest.summary, location=location, uid=uid)


class Resolver:
    """`resolve` of a list of reports that grows: each report is looked at once, when it
    is added, so a merged event joined by its 200th report is resolved without going
    over the 199 before (the store resolves a merged event again at every report that
    joins it). `resolution()` is `resolve(reports)` of the reports added so far (a test
    holds the two together); `documents` holds the document part of their identities."""

    __slots__ = ("claims", "documents", "first", "first_told", "latest", "located", "reports")

    def __init__(self, reports: Iterable[Report] = ()) -> None:
        self.reports: list[Report] = []
        self.claims: dict[tuple[str, str | None], TimeClaim] = {}
        self.first_told: dict[tuple[str, str | None], int] = {}  # earliest order per claim
        self.latest: Report | None = None  # the first of the latest by (doc_date, order)
        self.located: Report | None = None  # the same among the reports with a location
        self.first: str | None = None  # the smallest identity
        self.documents: set[str] = set()
        for r in reports:
            self.add(r)

    def add(self, r: Report) -> None:
        i = len(self.reports)
        self.reports.append(r)
        if r.value:
            key = (r.value, r.utc_offset)
            claim = self.claims.get(key)
            if claim is None:
                claim = self.claims[key] = TimeClaim(r.value, r.utc_offset, r.instant, [])
                self.first_told[key] = r.order
            elif r.order < self.first_told[key]:
                self.first_told[key] = r.order
            claim.reports.append(i)
        when = (r.doc_date or "", r.order)
        if self.latest is None or when > (self.latest.doc_date or "", self.latest.order):
            self.latest = r
        if r.location and (self.located is None
                           or when > (self.located.doc_date or "", self.located.order)):
            self.located = r
        if self.first is None or r.identity < self.first:
            self.first = r.identity
        self.documents.add(r.identity.rpartition(":")[0])

    def resolution(self) -> Resolution:
        if self.latest is None or self.first is None:
            raise ValueError("no reports to resolve")
        # the claims in `time_claims` order (sorted is stable: insertion order breaks ties)
        claims = sorted(self.claims.items(), key=lambda kc: (kc[1].value, kc[1].utc_offset or ""))
        best: TimeClaim | None = None
        best_score: tuple[int, int, int] | None = None
        for key, c in claims:
            support = sum(len(o.reports) for _, o in claims if _compatible(c, o))
            score = (support, len(c.value), -self.first_told[key])
            if best_score is None or score > best_score:
                best, best_score = c, score
        contradiction = any(not _compatible(a, b) for i, (_, a) in enumerate(claims)
                            for _, b in claims[i + 1:])
        latest = self.latest
        location = latest.location or (self.located.location if self.located else None)
        uid = hashlib.sha1(self.first.encode("utf-8")).hexdigest()[:20] + "@chronik"
        return Resolution(
            value=best.value if best else None, utc_offset=best.utc_offset if best else None,
            instant=best.instant if best else None, contradiction=contradiction,
            status=latest.status, summary=latest.summary, location=location, uid=uid)


def resolve_one(report: Report) -> Resolution:
    """`resolve([report])`: the merged event of a single report (most of them) is that
    report, without the comparisons between claims and reports."""
    told = bool(report.value)
    uid = hashlib.sha1(report.identity.encode("utf-8")).hexdigest()[:20] + "@chronik"
    return Resolution(
        value=report.value if told else None, utc_offset=report.utc_offset if told else None,
        instant=report.instant if told else None, contradiction=False, status=report.status,
        summary=report.summary, location=report.location or None, uid=uid)


def union(signatures: Iterable[EventSignature]) -> EventSignature:
    out = EventSignature()
    for s in signatures:
        out.absorb(s)
    return out
