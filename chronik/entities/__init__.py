"""Entities: people, organisations, places (and other names), one entity per referent.

    from chronik.entities import annotate, tag_spans, entity_key
    annotate(doc)            # fills doc.entities (after segmentation and time tagging)

The tagger is a CRF trained here (training/ner/, see docs/models.md); grouping mentions
into referents is cluster.py; the cross-document key is keys.py.
"""

from __future__ import annotations

import re

from chronik.entities.cluster import cluster
from chronik.entities.keys import entity_key, place_code
from chronik.entities.tagger import TaggedSpan, load_model
from chronik.model import Document

__all__ = ["TaggedSpan", "annotate", "entity_key", "tag_spans", "tag_units"]


def tag_spans(text: str, lang: str, start: int = 0, end: int | None = None) -> list[TaggedSpan]:
    """Name spans in `text[start:end]` (offsets into `text`), typed PER/ORG/LOC/MISC.

    Besides the CRF's spans, the named first element of a hyphenated compound is a
    mention of its own (`NATO-Staaten` -> ORG `NATO`, `Ukraine-Krise` -> LOC `Ukraine`),
    see `compound_parts`.
    """
    return tag_units([(text, start, end)], lang)[0]


def tag_units(units: list[tuple[str, int, int | None]], lang: str) -> list[list[TaggedSpan]]:
    """`tag_spans` for many `(text, start, end)` units at once (a document's sentences):
    the CRF decodes them in one batch, which is several times faster than one by one."""
    model = load_model(lang)
    if model is None:
        return [[] for _ in units]
    out = []
    for (text, start, end), found in zip(units, model.tag_units(units)):
        parts = compound_parts(text, start, end, found)
        out.append(sorted(found + parts, key=lambda s: s.start) if parts else found)
    return out


_ACRONYM = re.compile(r"[A-ZÄÖÜ]{3,6}")


def compound_parts(text: str, start: int, end: int | None, found: list[TaggedSpan]
                   ) -> list[TaggedSpan]:
    """Names that open a hyphenated compound outside any tagged span.

    GermEval calls these *part* names (`NATO-Osterweiterung`); the model is not trained on
    them (it would cost a third of its speed), so a cheap rule recovers the two clear cases:
    a place CLDR knows (`Ukraine-Krise`, `US-Präsident`) is LOC, an acronym of three to six
    capitals (`NATO-Staaten`, `SPD-Chef`) is ORG.
    """
    out: list[TaggedSpan] = []
    stop = len(text) if end is None else end
    if text.find("-", start, stop) < 0:
        return out  # no hyphen, no compound: skip the regex scan
    for m in _COMPOUND.finditer(text, start, stop):
        a, b = m.span(1)
        if any(s.start < m.end() and m.start() < s.end for s in found):
            continue
        first = m.group(1)
        if place_code(first) is not None and not first.islower():
            out.append(TaggedSpan(a, b, "LOC"))
        elif _ACRONYM.fullmatch(first):
            out.append(TaggedSpan(a, b, "ORG"))
    return out


_COMPOUND = re.compile(r"(?<![\w-])(\w+)-\w[\w-]*")


def annotate(doc: Document) -> None:
    """Fill `doc.entities` from the document's sentences (or its regions, if unsegmented)."""
    if not doc.lang or load_model(doc.lang) is None:
        return
    units = doc.sentences or doc.regions
    tagged = tag_units([(doc.fields[u.field], u.start, u.end) for u in units], doc.lang)
    spans = [(u.field, s.start, s.end, s.type) for u, found in zip(units, tagged) for s in found]
    doc.entities = cluster(spans, doc.fields, doc.lang)
