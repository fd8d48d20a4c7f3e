"""Years before the common era: "260 v. Chr.", "264–260 v. Chr.", "490 BC".

A year with an era marker after it (`[era] before_common_era` in the language data) is a
DATE with the TimeML/TIMEX2 value `BC0260`. In a range the first year belongs to the same
era ("264–260 v. Chr.": both BC). The markers are data; a language without them has no
eras.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from chronik.time.langdata import LanguageData, casefolded, fold_text


@dataclass(frozen=True, slots=True)
class EraYear:
    start: int
    end: int
    value: str


@cache
def _pattern(markers: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w.,])(?P<first>\d{1,4})(?:\s*[–-]\s*(?P<last>\d{1,4}))?"
                      r"\s*(?P<era>" + markers + r")(?![\w])", re.IGNORECASE)


@cache
def _folded_pattern(markers: str) -> re.Pattern[str] | None:
    # the case-sensitive copy for the lowercased text: it skips to digits, where the
    # case-insensitive pattern tries its lookbehind at every position (same matches)
    return casefolded(_pattern(markers))


def era_years(text: str, data: LanguageData, start: int = 0, end: int | None = None
              ) -> list[EraYear]:
    markers = data.raw.get("era", {}).get("before_common_era")
    if not markers:
        return []
    stop = len(text) if end is None else end
    out: list[EraYear] = []
    pattern, subject = _pattern(markers), text
    folded = fold_text(text)
    if folded is not None and (fast := _folded_pattern(markers)) is not None:
        pattern, subject = fast, folded  # only digits and offsets are read from a match
    for m in pattern.finditer(subject, start, stop):
        first = int(m.group("first"))
        if m.group("last"):
            last = int(m.group("last"))
            if first == 0 or last == 0 or last > first:
                continue  # BC years count down: "264–260", not "260–264"
            out.append(EraYear(m.start("first"), m.end("first"), f"BC{first:04d}"))
            out.append(EraYear(m.start("last"), m.end("era"), f"BC{last:04d}"))
        elif first > 0:
            out.append(EraYear(m.start("first"), m.end("era"), f"BC{first:04d}"))
    return out
