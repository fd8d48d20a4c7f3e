"""Checks of extraction output against the TimeML value grammar and the output contract.

Used by the property-based tests and fuzzers, and available to users who post-process
chronik's JSON: `problems(doc_dict)` lists every way a document breaks the contract.
"""

from __future__ import annotations

import re
from typing import Any

# TIMEX3 value grammar (TimeML 1.2.1, as TempEval-3 uses it). X stands for an unknown digit.
_D = r"[\dX]"
_YEAR = rf"(?:BC)?{_D}{{4}}"
_CALENDAR = (rf"{_YEAR}(?:-{_D}{{2}}(?:-{_D}{{2}})?)?"          # 2022, 2022-01, 2022-01-10
             rf"|{_YEAR}-W{_D}{{2}}(?:-(?:[1-7X]|WE|WD))?"       # 2022-W02, -1, weekend, weekdays
             rf"|{_YEAR}-(?:Q[1-4X]|H[12X]|SU|SP|FA|WI)"         # quarters, halves, seasons
             rf"|{_D}{{2,3}}")                                   # 19 (century), 199 (decade)
_PART_OF_DAY = r"T(?:MO|MI|AF|EV|NI|DT)"
_CLOCK = rf"T{_D}{{2}}(?::{_D}{{2}}(?::{_D}{{2}}(?:\.\d+)?)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?"
_REF = r"PRESENT_REF|PAST_REF|FUTURE_REF"
_NUM = r"(?:\d+(?:\.\d+)?|X)"
_DURATION = (rf"P(?:{_NUM}(?:Y|M|WE|W|D|DE|CE|ML|Q|L|H))*"
             rf"(?:T(?:{_NUM}(?:H|M|S))+)?")

DATE_VALUE = re.compile(rf"(?:{_CALENDAR})(?:{_PART_OF_DAY})?|{_REF}")
TIME_VALUE = re.compile(rf"(?:{_CALENDAR})?(?:{_CLOCK}|{_PART_OF_DAY})|{_REF}")
DURATION_VALUE = re.compile(_DURATION)
SET_VALUE = re.compile(rf"(?:{_CALENDAR})(?:{_PART_OF_DAY}|{_CLOCK})?|{_DURATION}"
                       rf"|(?:{_CALENDAR})?{_CLOCK}|{_PART_OF_DAY}")

_BY_TYPE = {"DATE": DATE_VALUE, "TIME": TIME_VALUE, "DURATION": DURATION_VALUE, "SET": SET_VALUE}
MODS = {None, "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
        "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX"}
STATUSES = {"planned", "happened", "ongoing", "cancelled", "uncertain"}
QUOTE_KINDS = {"direct", "indirect"}
ENTITY_TYPES = {"PER", "ORG", "LOC", "MISC"}
_OFFSET = re.compile(r"[+-]\d{2}:\d{2}")
_INSTANT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


def timex_value_ok(value: str, type_: str) -> bool:
    """Is `value` a well-formed TIMEX3 value for a timex of this type?"""
    grammar = _BY_TYPE.get(type_)
    if grammar is None or not value or not grammar.fullmatch(value):
        return False
    return not (type_ == "DURATION" and value in ("P", "PT"))


def problems(doc: dict[str, Any], fields: dict[str, str]) -> list[str]:
    """Everything in one contract-shaped document that is not as the contract says.

    `fields` maps field names (`"text"`, `"title"`) to the texts the offsets index.
    """
    out: list[str] = []

    def span(kind: str, item: dict[str, Any], text_key: str | None = "text") -> None:
        f = item.get("field", "text")
        if f not in fields:
            out.append(f"{kind} {item.get('id')}: unknown field {f!r}")
            return
        s, e = item.get("start"), item.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(fields[f])):
            out.append(f"{kind} {item.get('id')}: bad span {s}..{e}")
        elif text_key and item.get(text_key) is not None and fields[f][s:e] != item[text_key]:
            out.append(f"{kind} {item.get('id')}: text {item[text_key]!r} is not the span's text")

    for t in doc.get("timexes", []):
        span("timex", t)
        if not timex_value_ok(t.get("value", ""), t.get("type", "")):
            out.append(f"timex {t.get('id')}: value {t.get('value')!r} is not a TIMEX3 "
                       f"{t.get('type')} value")
        if t.get("mod") not in MODS:
            out.append(f"timex {t.get('id')}: unknown mod {t.get('mod')!r}")
        if t.get("utc_offset") is not None and not _OFFSET.fullmatch(t["utc_offset"]):
            out.append(f"timex {t.get('id')}: bad utc_offset {t['utc_offset']!r}")
        if t.get("instant") is not None and not _INSTANT.fullmatch(t["instant"]):
            out.append(f"timex {t.get('id')}: bad instant {t['instant']!r}")
    for ev in doc.get("events", []):
        span("event", ev, "trigger")
        if ev.get("status") not in STATUSES:
            out.append(f"event {ev.get('id')}: unknown status {ev.get('status')!r}")
    for q in doc.get("quotes", []):
        span("quote", q, None)
        if q.get("kind") not in QUOTE_KINDS:
            out.append(f"quote {q.get('id')}: unknown kind {q.get('kind')!r}")
    for n in doc.get("entities", []):
        if n.get("type") not in ENTITY_TYPES:
            out.append(f"entity {n.get('id')}: unknown type {n.get('type')!r}")
        for m in n.get("mentions", []):
            span("mention", m)
    ids = [x.get("id") for key in ("timexes", "events", "quotes", "entities")
           for x in doc.get(key, [])]
    if len(ids) != len(set(ids)):
        out.append("ids are not unique")
    return out
