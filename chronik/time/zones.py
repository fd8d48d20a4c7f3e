"""Time zones: offsets in force on a date from the IANA database (zoneinfo + tzdata)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_FIXED = re.compile(r"^([+-])(\d{2}):(\d{2})$")


@lru_cache(maxsize=256)
def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def offset_for(zone: str, day: date, hour: int, minute: int) -> timedelta | None:
    """UTC offset of a zone (`+01:00` fixed, or an IANA name) at a local time on a date."""
    m = _FIXED.match(zone)
    if m:
        sign = -1 if m.group(1) == "-" else 1
        return sign * timedelta(hours=int(m.group(2)), minutes=int(m.group(3)))
    tz = _zone(zone)
    if tz is None:
        return None
    local = datetime(day.year, day.month, day.day, hour % 24, minute, tzinfo=tz)
    return local.utcoffset()


def format_offset(offset: timedelta) -> str:
    total = int(offset.total_seconds()) // 60
    sign = "-" if total < 0 else "+"
    hours, minutes = divmod(abs(total), 60)
    return f"{sign}{hours:02d}:{minutes:02d}"


def to_instant(day: date, hour: int, minute: int, offset: timedelta) -> str | None:
    """The absolute time in UTC, `2021-12-30T20:30:00Z`."""
    try:
        local = datetime(day.year, day.month, day.day, 0, 0, tzinfo=timezone(offset))
        local += timedelta(hours=hour, minutes=minute)
        u = local.astimezone(UTC)
        # strftime does not zero-pad years below 1000 on every platform
        return f"{u.year:04d}-{u.month:02d}-{u.day:02d}T{u.hour:02d}:{u.minute:02d}:{u.second:02d}Z"
    except (OverflowError, ValueError):
        return None
