"""Calendar arithmetic for TIMEX3 values: ISO weeks, month shifts, Easter, value formats."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

MIN_YEAR, MAX_YEAR = 1, 9999


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous Gregorian computus, Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday_date(spec: str, year: int) -> date | None:
    """A holiday spec from the language data in a given year: a fixed day `12-25`, a day
    relative to Easter Sunday `E+49`, or the n-th weekday of a month `11#4#4` (month 11,
    4th, ISO weekday 4 = Thursday; a negative n counts from the month's end: `05#-1#1`),
    or the first weekday on or after a day `11-02>2` (US Election Day: the Tuesday after
    the first Monday of November). A part of the day after `T` (`12-31TNI`, the night
    of New Year's Eve) or a weekend `WE` (`E+49WE`) is the caller's. Several specs joined
    by `|` (any of those feasts) give None: see `holiday_dates`."""
    if "|" in spec:
        return None  # one of several feasts: the year alone does not say which
    spec = spec.split("T", 1)[0].removesuffix("WE")
    if spec.startswith("E"):
        return easter_sunday(year) + timedelta(days=int(spec[1:]))
    if ">" in spec:
        day_spec, weekday = spec.split(">")
        start = holiday_date(day_spec, year)
        return weekday_on_or_after(start, int(weekday)) if start else None
    if "#" in spec:
        month, nth, weekday = (int(x) for x in spec.split("#"))
        return nth_weekday(year, month, nth, weekday)
    month, day = (int(x) for x in spec.split("-"))
    try:
        return date(year, month, day)
    except ValueError:
        return None


def holiday_dates(spec: str, year: int) -> list[date]:
    """Every day a spec names in a year: one, or each of several feasts a common name may
    mean (`05#1#1|08#-1#1`: "the bank holiday")."""
    return [d for part in spec.split("|") if (d := holiday_date(part, year)) is not None]


def nth_weekday(year: int, month: int, nth: int, weekday: int) -> date | None:
    """The nth ISO `weekday` of a month (nth = -1: the last one)."""
    if not MIN_YEAR <= year <= MAX_YEAR or not 1 <= month <= 12 or nth == 0:
        return None
    if nth > 0:
        d = weekday_on_or_after(date(year, month, 1), weekday) + timedelta(days=7 * (nth - 1))
    else:
        last = date(year, month, calendar.monthrange(year, month)[1])
        d = weekday_on_or_before(last, weekday) - timedelta(days=7 * (-nth - 1))
    return d if d.month == month else None


def safe_date(year: int, month: int, day: int) -> date | None:
    if not MIN_YEAR <= year <= MAX_YEAR or not 1 <= month <= 12:
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def add_days(d: date, n: int) -> date | None:
    try:
        return d + timedelta(days=n)
    except OverflowError:
        return None


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + n
    return total // 12, total % 12 + 1


def weekend_near(d: date) -> str:
    """The weekend a feast on day `d` belongs to: its own, or the one before a Monday or
    Tuesday ("Labor Day weekend", `2025-W35-WE` for Monday 1 September 2025), the one
    after a Wednesday to Friday ("Easter weekend" from Good Friday)."""
    saturday = d + timedelta(days={1: -2, 2: -3, 3: 3, 4: 2, 5: 1, 6: 0, 7: -1}[d.isoweekday()])
    return iso_week(saturday) + "-WE"


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def weekday_on_or_before(d: date, weekday: int) -> date:
    """The last day with ISO `weekday` (1=Monday) on or before d."""
    return d - timedelta(days=(d.isoweekday() - weekday) % 7)


def weekday_on_or_after(d: date, weekday: int) -> date:
    return d + timedelta(days=(weekday - d.isoweekday()) % 7)


_WEEKDAY_SHIFT = re.compile(r"W([+-])([1-7])")


def shift_from_feast(d: date, shift: int | str) -> date | None:
    """The day a `[holiday_shifts]` value names from a feast on `d`: a count of days ("the
    day before": -1) or the first weekday after or before it ("W+2": "am Dienstag nach
    Ostern"; "W-5": "the Friday before Christmas")."""
    if isinstance(shift, int):
        return add_days(d, shift)
    weekday = _WEEKDAY_SHIFT.fullmatch(shift) if isinstance(shift, str) else None
    if weekday is None:
        return None
    n = int(weekday.group(2))
    try:
        return weekday_on_or_after(d + timedelta(days=1), n) if weekday.group(1) == "+" \
            else weekday_on_or_before(d - timedelta(days=1), n)
    except OverflowError:
        return None


def fmt_year(y: int) -> str:
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise ValueError(f"year {y} outside the calendar")  # the normalizer drops the value
    return f"{y:04d}"


def fmt_month(y: int, m: int) -> str:
    return f"{fmt_year(y)}-{m:02d}"


def fmt_day(d: date) -> str:
    return d.isoformat()


def format_number(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"
