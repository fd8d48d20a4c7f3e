"""Temporal tagging: TIMEX3 extraction and normalization against the document date.

    >>> from chronik.time import tag
    >>> [(t.text, t.value) for t in tag("Am Freitag wollen die Minister beraten.", date="2022-03-15")]
    [('Freitag', '2022-03-18')]
"""

from __future__ import annotations

from datetime import date as _date

from chronik.model import Document, Evidence, Timex
from chronik.time.doc_date import _Located, refine_document_date
from chronik.time.era import EraYear, era_years
from chronik.time.extract import Mention, find_mentions
from chronik.time.langdata import LanguageData, load_language
from chronik.time.narrative import counted_from_writing, explicit_years, is_narrative, reanchor
from chronik.time.normalize import Anchor, Resolution, normalize
from chronik.time.tense import Sentences, sentences_of

__all__ = ["Anchor", "load_language", "tag", "tag_document"]


def _anchor_from(date: str | None) -> Anchor:
    if not date:
        return Anchor(None, "none")
    if len(date) >= 10:
        return Anchor(_date.fromisoformat(date[:10]), "day")
    if len(date) == 7:
        return Anchor(_date(int(date[:4]), int(date[5:7]), 15), "month")
    return Anchor(_date(int(date[:4]), 7, 1), "year")


def _timex(field: str, text: str, m: Mention, res: Resolution) -> Timex:
    """A timex without its id (ids are given once all of a document's are in order)."""
    return Timex(id="", field=field, start=m.start, end=m.end, text=text[m.start:m.end],
                 type=res.type, value=res.value, mod=res.mod, utc_offset=res.utc_offset,
                 instant=res.instant, evidence=Evidence(m.rule.name, res.anchor, res.note),
                 points_to=res.points_to)


def _resolve(text: str, mentions: list[Mention], data: LanguageData, anchor: Anchor,
             sentences: Sentences) -> list[Resolution | None]:
    """Normalize against the document date; a narrative (a text whose own years lie far
    from that date, `narrative.py`) then against the time its story has reached."""
    resolved = normalize(text, mentions, data, anchor, sentences)
    years = explicit_years(text, mentions, resolved)
    if not is_narrative(years, anchor, counted_from_writing(mentions)):
        return resolved
    return reanchor(text, mentions, resolved, data, sentences, years)


def _field_timexes(field: str, text: str, mentions: list[Mention],
                   resolved: list[Resolution | None], eras: list[EraYear]) -> list[Timex]:
    """Timexes of one field in text order (ids are given by the caller); a year with an
    era marker replaces what the tagger made of its digits."""
    out = [_timex(field, text, m, r) for m, r in zip(mentions, resolved)
           if r is not None and not any(e.start < m.end and m.start < e.end for e in eras)]
    out += [Timex(id="", field=field, start=e.start, end=e.end, text=text[e.start:e.end],
                  type="DATE", value=e.value, evidence=Evidence("era_year", None, "explicit year"))
            for e in eras]
    return sorted(out, key=lambda t: t.start)


def tag(text: str, date: str | None = None, lang: str = "de", *, field: str = "text",
        start: int = 0, end: int | None = None) -> list[Timex]:
    """Time expressions of `text[start:end]`, normalized against `date` (YYYY[-MM[-DD]])."""
    data = load_language(lang)
    mentions = find_mentions(text, data, start, end)
    sentences = sentences_of(text, data)
    resolved = _resolve(text, mentions, data, _anchor_from(date), sentences)
    timexes = _field_timexes(field, text, mentions, resolved, era_years(text, data, start, end))
    for i, t in enumerate(timexes, start=1):
        t.id = f"t{i}"
    return timexes


def tag_document(doc: Document) -> Document:
    """Fill `doc.timexes` and refine `doc.date` from the text where the source gave less than a day."""
    data: LanguageData = load_language(doc.lang or "de")
    per_field: dict[str, list[Mention]] = {}
    located: list[_Located] = []
    sentences = {name: sentences_of(text, data) for name, text in doc.fields.items()}
    for region in doc.regions:
        text = doc.fields[region.field]
        found = find_mentions(text, data, region.start, region.end)
        per_field.setdefault(region.field, []).extend(found)
        located.extend(_Located(m, text, sentences[region.field], region.kind == "title")
                       for m in found)
    refined = refine_document_date(doc.date_given, located, data)
    doc.date = refined.value
    doc.date_evidence = refined.evidence
    timexes: list[Timex] = []
    first: dict[str, list[Resolution | None]] = {}
    years: dict[str, list[int]] = {}
    for field_name, mentions in per_field.items():
        text = doc.fields[field_name]
        mentions.sort(key=lambda m: m.start)
        first[field_name] = normalize(text, mentions, data, refined.anchor, sentences[field_name])
        years[field_name] = explicit_years(text, mentions, first[field_name])
    narrative = is_narrative([y for ys in years.values() for y in ys], refined.anchor, sum(
        counted_from_writing(mentions) for mentions in per_field.values()))
    for field_name, mentions in per_field.items():
        text = doc.fields[field_name]
        resolved = first[field_name]
        if narrative:
            resolved = reanchor(text, mentions, resolved, data, sentences[field_name],
                                years[field_name])
        eras = [e for r in doc.regions if r.field == field_name
                for e in era_years(text, data, r.start, r.end)]
        timexes += _field_timexes(field_name, text, mentions, resolved, eras)
    for i, t in enumerate(timexes, start=1):
        t.id = f"t{i}"
    doc.timexes = timexes
    return doc
