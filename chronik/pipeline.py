"""The per-document pipeline: read -> language -> segment -> tag time (-> events, quotes, entities).

Later stages (events, quotes, entities) plug in here; until they exist their lists stay
empty rather than invented.
"""

from __future__ import annotations

from chronik.entities import annotate as annotate_entities
from chronik.model import Document, Region
from chronik.read.dates import parse_given_date
from chronik.read.files import document_from_text
from chronik.text.langid import identify_language, supported_languages
from chronik.text.segment import sentences as segment_sentences
from chronik.time import tag_document


def analyse(doc: Document, *, segment: bool = True) -> Document:
    """Run every available stage on a read document, in place, and return it."""
    if doc.lang is None:
        body = " ".join(doc.fields[r.field][r.start:r.end] for r in doc.regions)
        doc.lang, doc.lang_evidence = identify_language(body)
    else:
        doc.lang = doc.lang.strip().lower()
        doc.lang_evidence = "given by the source"
    if doc.lang not in supported_languages():
        # no language data yet: the document is kept and reported, with nothing invented
        doc.date = doc.date_given
        doc.date_evidence = (f"no temporal language data for {doc.lang!r} "
                             f"(have: {', '.join(supported_languages())}); date as given")
        annotate_entities(doc)  # names need no temporal data (runs on regions, if a model exists)
        return doc
    if segment:
        doc.sentences = [s for r in doc.regions
                         for s in segment_sentences(doc.fields[r.field], doc.lang, r.start, r.end,
                                                    field=r.field)]
    tag_document(doc)
    annotate_entities(doc)
    return doc


def extract(text: str, date: str | None = None, lang: str | None = None,
            title: str | None = None, doc_id: str = "doc") -> Document:
    """Analyse one article given as a string. `date` is YYYY, YYYY-MM or YYYY-MM-DD.

    If `text` starts with a seed-format header (` date 2021-12 Title`), the header is read;
    otherwise `title`, when given, is analysed as a field of its own.
    """
    doc = document_from_text(text, source=doc_id, doc_id=doc_id,
                             date=parse_given_date(date) if date else None, lang=lang)
    if title and doc.title is None:
        doc.fields["title"] = title
        doc.title = title
        doc.regions.insert(0, Region("title", 0, len(title), "title"))
    return analyse(doc)
