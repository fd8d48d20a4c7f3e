"""`entity_key`: one normalised key per referent across documents and languages.

- Case, diacritics, hyphens and spacing are folded (`NATO-Russland-Rat` = `Nato Russland Rat`).
- Places that are territories get the ISO 3166 code from CLDR (Babel): `USA`,
  `Vereinigte Staaten` and `United States` all key as `LOC:US`; capitals and other
  cities known to CLDR's time-zone data key by zone (`Moskau`, `Moscow` -> `LOC:Europe/Moscow`).
  CLDR lacks some short forms (`USA`, `UK`); those few are data in lang/keys.toml.
- Person names are folded across transliteration conventions (`Wladimir Putin` and
  `Vladimir Putin` give the same key) by the ordered rules in lang/keys.toml.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from chronik.entities.lexicon import place_names

KEY_DATA = Path(__file__).resolve().parent / "lang" / "keys.toml"
KEY_LANGS = ("de", "en")  # CLDR names in these languages are recognised in every document


# names recur across a stream of articles, and folding is per character: memoised
@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case-folded, diacritic-free, with hyphens/dots as spaces and spaces collapsed."""
    bare = without_marks(unicodedata.normalize("NFKD", text.casefold()))
    return " ".join(_SEPARATORS.sub(" ", bare).split())


_SEPARATORS = re.compile(r"[-‐‑–.’'_/]")

# the combining marks met so far (a `str.translate` table deleting them) and every
# character already classified: a name costs a translate instead of a test per character
_MARKS: dict[int, None] = {}
_CLASSIFIED: set[str] = set()


def without_marks(decomposed: str) -> str:
    """`decomposed` without its combining characters (`unicodedata.combining` non-zero):
    the diacritics of a decomposed (NFKD) text."""
    if decomposed.isascii():
        return decomposed  # no marks in ASCII
    new = set(decomposed).difference(_CLASSIFIED)
    if new:
        if len(_CLASSIFIED) > 100_000:  # bounded (texts in many scripts)
            _CLASSIFIED.clear()
            _MARKS.clear()
            new = set(decomposed)
        for c in new:
            if unicodedata.combining(c):
                _MARKS[ord(c)] = None
        _CLASSIFIED.update(new)
    return decomposed.translate(_MARKS)


@cache
def _key_data() -> tuple[dict[str, str], list[tuple[re.Pattern[str], str]]]:
    data = tomllib.loads(KEY_DATA.read_text(encoding="utf-8"))
    places: dict[str, str] = {}
    for lang in KEY_LANGS:
        for name, code in place_names(lang).items():
            places.setdefault(fold(name), code)
    for code in {c for lang in KEY_LANGS for c in place_names(lang).values() if "/" not in c}:
        places.setdefault(fold(code), code)  # `US`, `EU`, `UN` as written
    for name, code in data.get("territory_aliases", {}).items():
        places[fold(name)] = code
    rules = [(re.compile(a), b) for a, b in data.get("folding", [])]
    return places, rules


def load_key_data() -> None:
    """Read the place names (CLDR via Babel, ~0.1 s) and folding rules now, not on the
    first name a document brings: the stage loads them with its model, so that a warm-up
    covers them and the first article does not pay for them."""
    _key_data()


def place_code(name: str) -> str | None:
    """ISO territory code or IANA zone id for a CLDR place name in de/en, else None."""
    return _key_data()[0].get(fold(name))


def fold_person(name: str) -> str:
    text = fold(name)
    for pattern, repl in _key_data()[1]:
        text = pattern.sub(repl, text)
    return text


@lru_cache(maxsize=1 << 16)
def entity_key(name: str, type: str, lang: str | None = None) -> str:
    """A key equal for all spellings of one referent: `PER:vladimir putin`, `LOC:US`.

    `lang` is accepted for symmetry with the rest of the API; names are compared across
    all languages chronik knows, so the same place keys alike in a German and an English text.
    """
    typ = type.upper()
    if typ in ("LOC", "ORG", "MISC"):
        code = place_code(name)
        if code is not None and (typ == "LOC" or "/" not in code):
            return f"LOC:{code}"
    if typ == "PER":
        return f"PER:{fold_person(name)}"
    return f"{typ}:{fold(name)}"
