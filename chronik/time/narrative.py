"""Narrative anchoring: a text that tells the past dates what it leaves open by the time it
has reached, not by the day it was written.

News reads "am 3. September" as the 3 September nearest the document date. A history of
the Second World War, written in 2011, means 1939: the year the story has reached. A
text is read as a narrative when it names many years of its own, most of them several
years away from its document date, and seldom counts from the day of writing (or when it
has no document date at all and names years); then every date expression whose year it
leaves open is resolved again, sentence by sentence, against the time the story has
reached ("1. September 1939", then "am 3. September", then "Einen Tag später"). "heute"
and "today" keep the document date; a news text keeps it for everything.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from chronik.time.extract import Mention
from chronik.time.langdata import LanguageData
from chronik.time.normalize import Anchor, Resolution, normalize
from chronik.time.tense import Sentences

# how far (years) from the document date the text's own years must lie, and which share
# of them, for the text to be a narrative
# (on the development data: every German Wikipedia war history of WikiWarsDE but the one
# that names a single year is a narrative, no TimeBank or AQUAINT news article is)
MIN_YEARS_AWAY = 3
MIN_SHARE_AWAY = 0.5
MIN_EXPLICIT_YEARS = 10
MAX_FROM_WRITING = 0.5  # expressions counted from the day of writing per year named
MIN_YEARS_WITHOUT_DATE = 1  # without a document date a year named beats no year at all
# a date without its year lies at most this many months before the reference time, else
# it is the next year's: the nearest reading, leaning forward as a story does
MAX_MONTHS_BACK = 6

_YEAR_VALUE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
# the groups of expressions counted from the day of writing: a weekday, "heute", "letzte
# Woche" (a direction word), "vor zwei Jahren" (an offset's sign)
_FROM_THE_DAY_OF_WRITING = ("weekday", "deictic", "dir", "sig")


def explicit_years(text: str, mentions: Sequence[Mention],
                   resolved: Sequence[Resolution | None]) -> list[int]:
    """Years the text writes out in its date expressions ("1939", "März 1940")."""
    years = []
    for m, r in zip(mentions, resolved, strict=True):
        if r is None or r.type not in ("DATE", "TIME"):
            continue
        hit = _YEAR_VALUE.match(r.value)
        if hit and hit.group(1) in text[m.start:m.end]:
            years.append(int(hit.group(1)))
    return years


def counted_from_writing(mentions: Sequence[Mention]) -> int:
    """How many expressions count from the day of writing ("Montag", "heute", "letzte
    Woche", "vor zwei Jahren")."""
    return sum(1 for m in mentions if any(m.groups.get(k) for k in _FROM_THE_DAY_OF_WRITING))


def is_narrative(years: Sequence[int], anchor: Anchor, from_writing: int = 0) -> bool:
    """A text that names many years of its own, most of them far from its document date,
    and seldom counts from the day it was written: a history, not news (a news article
    with some background names a few old years and many weekdays)."""
    if not anchor.known:
        return len(years) >= MIN_YEARS_WITHOUT_DATE
    if len(years) < MIN_EXPLICIT_YEARS or from_writing > MAX_FROM_WRITING * len(years):
        return False
    assert anchor.day is not None
    away = sum(abs(y - anchor.day.year) >= MIN_YEARS_AWAY for y in years)
    return away >= MIN_SHARE_AWAY * len(years)


def reanchor(text: str, mentions: Sequence[Mention], resolved: list[Resolution | None],
             data: LanguageData, sentences: Sentences, years: Sequence[int]
             ) -> list[Resolution | None]:
    """The resolutions of a narrative text: what the text leaves open is resolved again,
    sentence by sentence, against the time the story has reached.

    Two reference times are kept: the last date of any kind, from which a relative
    expression counts ("Einen Tag später"), and the last date whose year the text wrote,
    which gives a date without its year its year ("am 3. September", "im März"; the next
    year when that would put it more than half a year before that date: a story moves
    forward). Dates resolved this way do not move the year on, so one misread date does
    not carry its year into the rest of the text, and neither does a year outside the
    span the story covers (the years it names, without the tenth at either end: "seit
    1870" in a history of 1914-1918 is an aside)."""
    out = list(resolved)
    latest: Anchor | None = None  # any date
    written: Anchor | None = None  # a date with its year written out
    deictic = data.vocab.get("deictic_days")
    # the years the story spans: those the text names (`years`, from `explicit_years`),
    # without the tenth at either end
    years = sorted(years)
    lo, hi = (years[len(years) // 10] - 1, years[-1 - len(years) // 10] + 1) if years else (1, 9999)
    k = 0
    while k < len(mentions):
        # one sentence at a time, so that clock times keep their sentence's date
        bounds = sentences.bounds(mentions[k].start)
        j = k
        while j < len(mentions) and mentions[j].start < bounds[1]:
            j += 1
        group = range(k, j)
        open_ = [i for i in group if _left_open(text, mentions[i], out[i], deictic)]
        if written is not None and latest is not None and open_:
            assert written.day is not None
            subset = [mentions[i] for i in open_]
            by_day = normalize(text, subset, data, Anchor(latest.day, latest.precision, True),
                               sentences)
            by_year = normalize(text, subset, data, Anchor(date(written.day.year, 7, 1), "year"),
                                sentences)
            for i, res_day, res_year in zip(open_, by_day, by_year, strict=True):
                named = _names_month(mentions[i])
                res = _forward(res_year, written) if named else res_day
                if res is None:
                    continue
                res.anchor = "narrative reference time " + _describe(written if named else latest)
                out[i] = res
        for i in group:
            if _deictic(mentions[i], deictic):
                continue  # "noch heute ist das Rätsel ungelöst" moves no story on
            ref = _reference(out[i])
            if ref is None or not lo <= ref.day.year <= hi:
                continue  # "seit 1870", "im Jahr 1370": an aside, not where the story is
            latest = ref
            if i not in open_:
                written = ref
        k = j
    return out


def _left_open(text: str, m: Mention, res: Resolution | None, deictic) -> bool:
    """A date or time whose year the text does not write, other than "heute" (the day of
    writing in a history too)."""
    if res is None or res.type not in ("DATE", "TIME") or _deictic(m, deictic):
        return False
    if res.value.startswith("XXXX"):
        return True  # no document date: the year is open
    hit = _YEAR_VALUE.match(res.value)
    return bool(hit) and hit.group(1) not in text[m.start:m.end]


def _deictic(m: Mention, deictic) -> bool:
    g = m.groups
    return bool(g.get("deictic")) and deictic is not None \
        and deictic.lookup(g["deictic"]) is not None


def _names_month(m: Mention) -> bool:
    g = m.groups
    return bool(g.get("month") or g.get("month_num")) and not g.get("year")


def _forward(res: Resolution | None, reference: Anchor) -> Resolution | None:
    """`res` (in the reference year) a year later when it would lie more than
    `MAX_MONTHS_BACK` months before the reference time."""
    if res is None or reference.day is None or res.instant:
        return res
    hit = _YEAR_VALUE.match(res.value)
    if not hit or not hit.group(2):
        return res
    month = int(hit.group(2))
    months_before = (reference.day.year - int(hit.group(1))) * 12 + reference.day.month - month
    if months_before > MAX_MONTHS_BACK:
        res.value = f"{int(hit.group(1)) + 1:04d}{res.value[4:]}"
        res.day = None
    return res


def _reference(res: Resolution | None) -> Anchor | None:
    """The time a resolved date expression brings the narrative to."""
    if res is None or res.type not in ("DATE", "TIME") or res.mod in ("BEFORE", "AFTER"):
        return None
    hit = _YEAR_VALUE.match(res.value)
    if not hit:
        return None
    year, month, day = int(hit.group(1)), hit.group(2), hit.group(3)
    try:
        if day:
            return Anchor(date(year, int(month), int(day)), "day")
        if month:
            return Anchor(date(year, int(month), 15), "month")
        return Anchor(date(year, 7, 1), "year")
    except ValueError:
        return None


def _describe(reference: Anchor) -> str:
    assert reference.day is not None
    if reference.precision == "day":
        return reference.day.isoformat()
    if reference.precision == "month":
        return reference.day.strftime("%Y-%m")
    return str(reference.day.year)
