"""Datelines that open a news text ("FRANKFURT — ", "CUPERTINO, Calif. (AP) — ",
"München (dpa) – "): the place and agency are neither what was said nor the start of the
lead's own words. Shared by the quotation stage and the day-of-writing inference."""

from __future__ import annotations

import re

# a dateline in capitals opening a sentence: "FRANKFURT — ", "CUPERTINO, Calif. (AP) — ",
# "FRANKFURT/MAIN (dpa) - "
_CAPS_DATELINE = re.compile(
    r"[A-ZÄÖÜ][A-ZÄÖÜ.\-/]+(?:\s+[A-ZÄÖÜ][A-ZÄÖÜ.\-/]+)*(?:,\s+[A-Z][\w.]*)?"
    r"(?:\s*\([^()\n]{1,20}\))?\s+[–—-]+\s+")


# ... or a place in title case with an agency and a dash, only where a paragraph opens:
# "Offenbach – Der Deutsche Wetterdienst …", "München (dpa) – …"
_PLACE_DATELINE = re.compile(
    r"[A-ZÄÖÜ][\wäöüß.\-]+(?:\s+[A-ZÄÖÜ][\wäöüß.\-]+)?(?:,\s+[A-Z][\w.]*)?"
    r"(?:\s*\([^()\n]{1,20}\))?\s+[–—]\s+")


def after_dateline(text: str, lo: int, hi: int) -> int:
    """`lo`, or the end of a dateline opening text[lo:hi]: the place of "FRANKFURT — The
    European Central Bank … said" is never the speaker, nor part of what was said."""
    dateline = _CAPS_DATELINE.match(text, lo, hi)
    if dateline is None and (lo == 0 or text[lo - 1] == "\n"):
        dateline = _PLACE_DATELINE.match(text, lo, hi)
    return dateline.end() if dateline else lo
