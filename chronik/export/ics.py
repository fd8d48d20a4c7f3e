"""iCalendar (RFC 5545) export: one VEVENT per merged event that has a day in the calendar.

- a time with a known UTC offset -> DTSTART in UTC (`…Z`), exact whatever the reader's zone;
- a time without a zone -> a floating local time (RFC 5545 §3.3.5: "the same hour wherever
  you are"), because the article does not say which zone it meant;
- a date, or a part of a day (`2023-02-23TEV`) -> DTSTART;VALUE=DATE (an all-day event);
- anything less precise (a month, a week, a decade) is not a calendar entry and is left out.
UIDs come from the merged event's first report (content hash + event id), so exporting
the same store twice, or another store with the same articles, gives the same UIDs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from chronik.store.query import TimelineEntry

# a day, or a part of a day (TMO morning, TAF, TEV, TNI): the day is known, the hour is not
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(?:MO|AF|EV|NI|DT))?$")
_TIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$")
_STATUS = {"planned": "TENTATIVE", "happened": "CONFIRMED", "ongoing": "CONFIRMED",
           "cancelled": "CANCELLED"}


def dtstart(entry: TimelineEntry) -> date | datetime | None:
    """The DTSTART of a merged event, or None when it has no day-precise time."""
    if entry.instant:
        try:
            return datetime.fromisoformat(entry.instant).astimezone(UTC)
        except ValueError:
            pass
    value = entry.value or ""
    try:
        m = _TIME.match(value)
        if m:
            y, mo, d, h, mi, s = (int(g or 0) for g in m.groups())
            # floating: the article gave no zone; "T24:00" (the end of a day) is the next
            # day's midnight, which `datetime` cannot be given directly
            return datetime(y, mo, d) + timedelta(hours=h, minutes=mi, seconds=s)
        m = _DATE.match(value)
        if m:
            return date(*(int(g) for g in m.groups()))
    except ValueError:
        return None  # no such day (a value a text got wrong): no calendar entry
    return None


def to_ics(entries: Sequence[TimelineEntry], *, dtstamp: datetime | None = None) -> tuple[bytes, int]:
    """The calendar as bytes, and how many merged events had no day and were left out."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//chronik//chronik timeline//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    left_out = 0
    # DTSTAMP is required; a fixed one keeps repeated exports byte-identical
    stamp = dtstamp or datetime(2000, 1, 1, tzinfo=UTC)
    for entry in entries:
        start = dtstart(entry)
        if start is None:
            left_out += 1
            continue
        ev = Event()
        ev.add("uid", entry.uid)
        ev.add("dtstamp", stamp)
        ev.add("dtstart", start)
        ev.add("summary", entry.summary)
        if entry.location:
            ev.add("location", entry.location)
        if entry.status in _STATUS:
            ev.add("status", _STATUS[entry.status])
        ev.add("categories", [entry.status])
        ev.add("description", description(entry))
        cal.add_component(ev)
    return cal.to_ical(), left_out


def description(entry: TimelineEntry) -> str:
    lines = []
    if entry.participants:
        lines.append("Participants: " + ", ".join(entry.participants))
    if entry.contradiction:
        lines.append("Sources disagree on the time:")
        for t in entry.times:
            zone = f" {t['utc_offset']}" if t["utc_offset"] else ""
            lines.append(f"  {t['value']}{zone}: " + ", ".join(t["sources"]))
    lines.append("Sources:")
    for s in entry.sources:
        where = s.url or s.source or s.document
        lines.append(f"- {s.title or s.document} ({s.date or 'undated'}, {s.status}): {where}")
    return "\n".join(lines)
