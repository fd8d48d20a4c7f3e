"""Keys that decide identity across documents: content hashes and normalised names.

Kept in one module so the rule for "is this the same thing?" lives in one place.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache

from chronik.model import Document
from chronik.store.jsonfast import json_encoder

_NON_WORD = re.compile(r"[^\w]+")


def content_hash(doc: Document) -> str:
    """SHA-256 of what makes a document the same document: its fields and its given date.

    The source path is not part of it, so the same article read from two places is stored
    once; the given date is, because the same text under another date reads differently.
    """
    payload = _hash_json({"fields": doc.fields, "date_given": doc.date_given})
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# what `json.dumps(..., ensure_ascii=False, sort_keys=True)` writes, without a new encoder
# per call
_hash_json = json_encoder(ensure_ascii=False, sort_keys=True)


# Names repeat across a corpus ("Putin", "Berlin", a paper's own name): the folding rules
# are pure, so each distinct name is folded once per process.
_NAME_CACHE = 1 << 16


def _without_marks(decomposed: str) -> str:
    """The text without combining characters (the entity stage's, or the plain way)."""
    try:
        from chronik.entities.keys import without_marks
    except ImportError:
        return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return without_marks(decomposed)


@lru_cache(maxsize=_NAME_CACHE)
def simple_key(name: str) -> str:
    """casefold, strip diacritics, collapse punctuation and spaces: `Marović` -> `marovic`."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return _NON_WORD.sub(" ", _without_marks(decomposed)).strip()


@cache
def _entity_stage_key() -> Callable[[str, str | None, str | None], str] | None:
    # The entities stage owns the canonical rule when it is installed; this module only
    # falls back to a simple normaliser so the store works without it.
    try:
        from chronik.entities import entity_key  # type: ignore[attr-defined]
    except ImportError:
        return None
    return entity_key


@lru_cache(maxsize=_NAME_CACHE)
def name_key(name: str, type_: str | None = None, lang: str | None = None) -> str:
    """The key under which an entity (or participant, or speaker) is one row across documents."""
    external = _entity_stage_key()
    if external is not None:
        try:
            if type_ is None:  # a participant: no type is known, fold the plain way
                return simple_key(name)
            key = external(name, type_, lang)
        except Exception:  # noqa: BLE001 - a failing helper must not stop the ingest
            key = None
        if isinstance(key, str) and key:
            return key
    return simple_key(name)


def query_keys(text: str) -> list[str]:
    """The keys a user's name query can match: folded plainly, and folded as a person's
    name (so "Vladimir Putin" finds the entity stored from "Wladimir Putin")."""
    keys = [simple_key(text)]
    external = _entity_stage_key()
    if external is not None:
        try:
            person = bare_key(external(text, "PER", None))
        except Exception:  # noqa: BLE001 - the plain key still works
            person = ""
        if person and person not in keys:
            keys.append(person)
    return keys


def bare_key(key: str) -> str:
    """An entity key without its type prefix: `PER:wladimir putin` -> `wladimir putin`."""
    return key.partition(":")[2] if ":" in key[:5] else key


def place_key(text: str | None) -> str | None:
    """Key of an event's location: one key for a place in any language CLDR knows
    (`Wien` and `Vienna` -> `LOC:Europe/Vienna`), else the plain folded words."""
    if not text:
        return None
    external = _entity_stage_key()
    if external is not None:
        try:
            key = external(text, "LOC", None)
        except Exception:  # noqa: BLE001 - the plain key still works
            key = ""
        if key.startswith("LOC:") and key[4:5].isupper():  # a CLDR code, not folded words
            return key
    return word_key(text)


def word_key(text: str | None) -> str | None:
    """Key of a trigger or a location: the same simple normalisation (no lemmatiser yet)."""
    if not text:
        return None
    return simple_key(text) or None
