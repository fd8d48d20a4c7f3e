"""Helpers for the quotation specs: run the quotation stage on a hand-written text."""

from __future__ import annotations

import pytest

from chronik.model import Document
from chronik.quotes import annotate
from chronik.read.files import document_from_text
from chronik.text.segment import sentences as segment_sentences


def quotes_of(text: str, lang: str = "de", segment: bool = True) -> Document:
    """The document with its quotations, as the pipeline would give them (minus time tagging)."""
    doc = document_from_text(text, source="spec", lang=lang)
    doc.lang = lang
    if segment:
        doc.sentences = [s for r in doc.regions
                         for s in segment_sentences(doc.fields[r.field], lang, r.start, r.end,
                                                    field=r.field)]
    annotate(doc)
    return doc


@pytest.fixture
def run():
    return quotes_of
