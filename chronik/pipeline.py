"""The per-document pipeline: read -> language -> segment -> time -> entities -> quotes -> events.

Each stage fills its list on the Document and reads what earlier stages found; a language
without a stage's data gets an empty list, never an invented one.
"""

from __future__ import annotations

import gc

from chronik.budget import Turns, budget_for, time_budget
from chronik.entities import annotate as annotate_entities
from chronik.entities import annotate_all as annotate_entities_all
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
    if _language(doc):
        if segment:
            _segment(doc)
        for stage in STAGES:
            stage(doc)
    return doc


def _language(doc: Document) -> bool:
    """Identify or take the document's language; False when there is no temporal data for
    it (the document is then finished: its date as given, its names if a model exists)."""
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
        return False
    return True


def _segment(doc: Document) -> None:
    doc.sentences = [s for r in doc.regions
                     for s in segment_sentences(doc.fields[r.field], doc.lang, r.start, r.end,
                                                field=r.field)]


# after segmentation, in this order: entities first among the later stages (quotes and
# events resolve people through them), quotes read doc.entities and doc.sentences, events
# come last (they read timexes, entities and quotes)
STAGES = (tag_document, annotate_entities, annotate_quotes, annotate_events)


def analyse_safely(doc: Document, *, segment: bool = True,
                   timeout: float | None = None) -> Document | ReadError:
    """`analyse` for batches: any failure of one document becomes a ReadError naming it.

    Each document gets a time budget (`timeout` seconds, else one growing with its size),
    so a pathological page ends as a `timeout` error instead of stalling the batch.
    """
    budget = timeout or budget_for(sum(len(t) for t in doc.fields.values()))
    try:
        return analyse(doc, segment=segment, budget=budget)
    except Exception as err:  # noqa: BLE001 - one bad document must not stop a batch
        return _failure(doc, err)


def _failure(doc: Document, err: Exception) -> ReadError:
    """The ReadError naming a document whose analysis raised `err`."""
    if isinstance(err, (InputError, ValueError)):
        return ReadError(doc.source or doc.id, str(err))
    if isinstance(err, RecursionError):
        return ReadError(doc.source or doc.id, "text nests too deeply to analyse")
    return ReadError(doc.source or doc.id, f"internal error: {type(err).__name__}: {err}")


def analyse_all_safely(docs: list[Document], *, segment: bool = True,
                       timeout: float | None = None) -> list[Document | ReadError]:
    """`analyse_safely` of each document, run stage by stage: each stage over all the
    documents before the next stage begins.

    One stage's code and data stay in the processor's caches from one document to the
    next (interleaving all stages per document cost ~9 % more CPU on news articles), and
    the entity tagger decodes all the documents' sentences at once (`annotate_all`). The
    results are the same; each document keeps its own time budget, spent over its turns,
    and a document that fails drops out with the same ReadError.
    """
    out: list[Document | ReadError] = list(docs)
    turns = Turns([timeout or budget_for(sum(len(t) for t in d.fields.values()))
                   for d in docs], [d.source or d.id for d in docs])

    def each(step, live: list[int]) -> list[int]:
        """`step` on each live document in its own turn; the ones still live after it."""
        kept = []
        for k in live:
            try:
                with turns.turn(k):
                    going_on = step(out[k])
            except Exception as err:  # noqa: BLE001 - one bad document must not stop a batch
                out[k] = _failure(docs[k], err)
                continue
            if going_on is not False:
                kept.append(k)
        return kept

    with turns:
        live = each(_language, list(range(len(docs))))
        # one language's documents after another (in input order within each): a stage
        # then keeps one language's patterns and tables in the caches, not two in turn
        live.sort(key=lambda k: docs[k].lang or "")
        if segment:
            live = each(_segment, live)
        for stage in STAGES:
            if stage is annotate_entities and len(live) > 1:
                live = _entities_together([docs[k] for k in live], live, turns) or \
                    each(stage, live)
            else:
                live = each(stage, live)
    return out


def _entities_together(docs: list[Document], live: list[int], turns: Turns) -> list[int] | None:
    """The entities of all `docs` in one turn (the documents' least time left), or None
    when that failed (each document is then annotated in a turn of its own)."""
    try:
        with turns.turn_of_all(live):
            annotate_entities_all(docs)
    except Exception:  # noqa: BLE001 - retried document by document, failures reported there
        for doc in docs:
            doc.entities = []
        return None
    return live


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
