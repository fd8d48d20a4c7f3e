"""Validation of the document dates that sources give (headers, JSONL `date`, `--date`)."""

from __future__ import annotations

import calendar
import re
from datetime import datetime

from chronik.read.errors import InputError

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def parse_given_date(raw: str) -> str:
    """Check a given date and return it in canonical form: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.

    A full ISO 8601 timestamp is reduced to its calendar date (the time of publication
    does not change which day `heute` means in the article). Raises InputError with the
    reason when the date is malformed, e.g. month 13 or 31 February.
    """
    s = raw.strip()
    m = _PARTIAL.match(s)
    if m is None:
        try:
            return datetime.fromisoformat(s).date().isoformat()
        except ValueError:
            raise InputError(f"malformed date {raw!r}: expected YYYY, YYYY-MM, YYYY-MM-DD "
                             "or an ISO 8601 timestamp") from None
    year = int(m.group(1))
    if year < 1:
        raise InputError(f"malformed date {raw!r}: year 0 does not exist")
    if m.group(2) is None:
        return f"{year:04d}"
    month = int(m.group(2))
    if not 1 <= month <= 12:
        raise InputError(f"malformed date {raw!r}: month {month} is not in 1..12")
    if m.group(3) is None:
        return f"{year:04d}-{month:02d}"
    day = int(m.group(3))
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise InputError(f"malformed date {raw!r}: day {day} is not in 1..{last} "
                         f"for {year:04d}-{month:02d}")
    return f"{year:04d}-{month:02d}-{day:02d}"
