"""Entities: people, organisations, places (and other names), one entity per referent.

    from chronik.entities import annotate, tag_spans, entity_key
    annotate(doc)            # fills doc.entities (after segmentation and time tagging)

The tagger is a CRF trained here (training/ner/, see docs/models.md); grouping mentions
into referents is cluster.py; the cross-document key is keys.py.
"""

from __future__ import annotations

from chronik.entities.cluster import cluster
from chronik.entities.keys import entity_key
from chronik.entities.tagger import TaggedSpan, load_model
from chronik.model import Document

__all__ = ["TaggedSpan", "annotate", "entity_key", "tag_spans"]


def tag_spans(text: str, lang: str, start: int = 0, end: int | None = None) -> list[TaggedSpan]:
    """Name spans in `text[start:end]` (offsets into `text`), typed PER/ORG/LOC/MISC.

    Also returns `*PART` spans reduced to their named element (`NATO-Staaten` -> `NATO`,
    typed ORG) and drops `*DERIV` spans (`russische` is no name of a referent).
    """
    model = load_model(lang)
    if model is None:
        return []
    out: list[TaggedSpan] = []
    for s in model.tag_spans(text, start, end):
        if s.type.endswith("DERIV"):
            continue
        if s.type.endswith("PART"):
            part = _named_part(text, s)
            if part is not None:
                out.append(part)
            continue
        out.append(s)
    return out


def _named_part(text: str, span: TaggedSpan) -> TaggedSpan | None:
    """The first element of a hyphenated compound: `Ukraine-Krise` -> `Ukraine`."""
    word = text[span.start:span.end]
    hyphen = word.find("-")
    if hyphen < 2:
        return None  # `Kremlsprecher`: no visible boundary, nothing to cut out
    return TaggedSpan(span.start, span.start + hyphen, span.type[: -len("PART")])


def annotate(doc: Document) -> None:
    """Fill `doc.entities` from the document's sentences (or its regions, if unsegmented)."""
    if not doc.lang or load_model(doc.lang) is None:
        return
    units = doc.sentences or doc.regions
    spans = [(u.field, s.start, s.end, s.type)
             for u in units for s in tag_spans(doc.fields[u.field], doc.lang, u.start, u.end)]
    doc.entities = cluster(spans, doc.fields, doc.lang)
