"""Word lexicons from maintained sources: CLDR place names (via Babel) and word clusters.

The gazetteer is not typed by hand: country/territory names and the exemplar cities of
the time-zone database come from the Unicode CLDR data that Babel ships, in every
language asked for (`Vereinigte Staaten`, `United States`, `Moskau`, `Moscow`). Names of
one word give the feature `gaz=LOC`; each word of a longer name gives `gazp=LOC`.
"""

from __future__ import annotations

import gzip
import re
import zoneinfo
from collections.abc import Iterable
from functools import cache
from pathlib import Path

_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")


@cache
def place_names(lang: str) -> dict[str, str]:
    """CLDR display names of territories and time-zone cities in `lang`: name -> code.

    Codes are ISO 3166 region codes (`US`) for territories and IANA zone ids
    (`Europe/Moscow`) for cities; both are language-independent, which makes them the
    cross-language key in `entity_key`.
    """
    import babel

    locale = babel.Locale.parse(lang)
    names: dict[str, str] = {}
    for code, name in locale.territories.items():
        if code.isalpha():  # `US`, not the UN M.49 regions `001`, `150`
            names.setdefault(name, code)
    zones = locale.time_zones
    for zone in sorted(zoneinfo.available_timezones()):
        if "/" not in zone or zone.startswith(("Etc/", "SystemV/", "US/")):
            continue
        data = zones.get(zone)
        city = data.get("city") if data is not None else None
        names.setdefault(city or zone.rsplit("/", 1)[1].replace("_", " "), zone)
    return names


def build_gazetteer(langs: Iterable[str]) -> dict[str, list[str]]:
    """Lowercased word -> gazetteer features, from the place names of all `langs`."""
    out: dict[str, set[str]] = {}
    for lang in langs:
        for name in place_names(lang):
            words = _WORD.findall(name.lower())
            if len(words) == 1:
                out.setdefault(words[0], set()).add("gaz=LOC")
            else:
                for w in words:
                    if len(w) > 2:
                        out.setdefault(w, set()).add("gazp=LOC")
    return {w: sorted(f) for w, f in out.items()}


def load_lexicon(path: Path) -> dict[str, tuple[str, ...]]:
    """Read a `word<TAB>feature...` lexicon (gzip) as written by training/ner/train.py.

    Each word's features are a tuple of strings, which the garbage collector stops
    tracking (lists it would walk through at every full collection: with ~60,000 of
    them, the first pass over new text paid ~0.5 ms per article for collections)."""
    lexicon: dict[str, tuple[str, ...]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            word, *feats = line.rstrip("\n").split("\t")
            lexicon[word] = tuple(feats)
    return lexicon
