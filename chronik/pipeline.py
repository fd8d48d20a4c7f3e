"""The per-document pipeline: read -> language -> segment -> time -> entities -> quotes -> events.

Each stage fills its list on the Document and reads what earlier stages found; a language
without a stage's data gets an empty list, never an invented one.
"""

from __future__ import annotations

import gc

from chronik.budget import budget_for, time_budget
from chronik.entities import annotate as annotate_entities
from chronik.events import annotate as annotate_events
from chronik.model import Document, Region
from chronik.quotes import annotate as annotate_quotes
from chronik.quotes import warm_up as quotes_warm_up
from chronik.read.dates import parse_given_date
from chronik.read.errors import InputError, ReadError
from chronik.read.files import document_from_text
from chronik.text.langid import identify_language, load_identifier, supported_languages
from chronik.text.segment import sentences as segment_sentences
from chronik.time import load_language, tag_document


def analyse(doc: Document, *, segment: bool = True, budget: float | None = None) -> Document:
    """Run every available stage on a read document, in place, and return it.

    With `budget` (seconds; see chronik.budget.budget_for), a document whose analysis
    runs longer raises DocumentTimeout instead of stalling the caller.
    """
    if budget is not None:
        with time_budget(budget, doc.source or doc.id):
            return analyse(doc, segment=segment)
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
    annotate_entities(doc)  # first: quotes and events resolve people through entities
    annotate_quotes(doc)  # quotations read doc.entities and doc.sentences
    annotate_events(doc)  # last: reads timexes, entities and quotes
    return doc


def analyse_safely(doc: Document, *, segment: bool = True,
                   timeout: float | None = None) -> Document | ReadError:
    """`analyse` for batches: any failure of one document becomes a ReadError naming it.

    Each document gets a time budget (`timeout` seconds, else one growing with its size),
    so a pathological page ends as a `timeout` error instead of stalling the batch.
    """
    budget = timeout or budget_for(sum(len(t) for t in doc.fields.values()))
    try:
        return analyse(doc, segment=segment, budget=budget)
    except (InputError, ValueError) as err:
        return ReadError(doc.source or doc.id, str(err))
    except RecursionError:
        return ReadError(doc.source or doc.id, "text nests too deeply to analyse")
    except Exception as err:  # noqa: BLE001 - one bad document must not stop a batch
        return ReadError(doc.source or doc.id, f"internal error: {type(err).__name__}: {err}")


def warm_up(langs: list[str] | None = None) -> None:
    """Load every stage's data and models for `langs` (default: all supported languages),
    as the first document of each language would. Batch runners call it before forking
    workers, which then share what was loaded."""
    for lang in langs or supported_languages():
        extract("2020", date="2020-01-01", lang=lang)
        quotes_warm_up(lang)  # the quotation patterns' telling words, found once
        try:
            load_language(lang).compile_all()
        except ValueError:
            pass  # a language without temporal data
    load_identifier()  # for documents that come without a language
    # what was loaded lives as long as the process: out of the garbage collector's way, a
    # full collection no longer walks it (a quarter millisecond per article of a first
    # pass), and forked workers do not copy its pages by touching it
    gc.collect()
    gc.freeze()


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
