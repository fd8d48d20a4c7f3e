"""The shapes of the API's answers, for the OpenAPI schema (/openapi.json, /docs).

The endpoints build plain dicts (chronik.serve.queries) and send them as JSON directly;
these models document that shape without validating every answer again (which would cost
more than the query on a page of 500 events). tests/serve checks answers against them.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class SourceDoc(BaseModel):
    document: int = Field(description="row id: /api/documents/{document}")
    doc_id: str
    title: str | None
    date: str | None
    lang: str | None
    status: str = Field(description="the status this source reported")
    value: str | None


class EventItem(BaseModel):
    id: int = Field(description="row id: /api/events/{id}")
    uid: str = Field(description="stable id (iCalendar UID)")
    value: str | None = Field(description="TIMEX3 value of the event's time")
    when: str = Field(description="the time as shown, with its UTC offset where known")
    utc_offset: str | None
    instant: str | None
    status: str = Field(description="planned, happened, ongoing, cancelled or uncertain")
    summary: str
    location: str | None
    contradiction: bool = Field(description="sources give incompatible times")
    n_sources: int
    participants: list[str]
    sources: list[SourceDoc] = Field(description="the first 20 sources (n_sources: all)")


class Sentence(BaseModel):
    field: str
    start: int
    end: int
    text: str


class QuoteItem(BaseModel):
    id: int
    qid: str
    kind: str
    field: str
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_mention: str | None
    cue: str | None
    document: int
    doc_id: str
    title: str | None
    date: str | None


class Report(BaseModel):
    event: int
    document: int
    doc_id: str
    title: str | None
    date: str | None
    lang: str | None
    url: str | None
    source: str | None
    field: str
    start: int = Field(description="offsets of the event's words in the field")
    end: int
    trigger: str
    summary: str
    value: str | None
    when: str
    status: str
    location: str | None
    sentence: Sentence = Field(description="the sentence holding the event's words")
    quotes: list[QuoteItem]


class EventDetail(EventItem):
    reports: list[Report] = Field(description="one page of the reports (limit, offset)")
    reports_total: int


class EventPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[EventItem]


class EntityItem(BaseModel):
    id: int
    name: str
    type: str
    key: str
    n_documents: int
    n_mentions: int


class EntityPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[EntityItem]


class MentionItem(BaseModel):
    document: int
    doc_id: str
    title: str | None
    date: str | None
    field: str
    start: int
    end: int
    text: str


class MentionPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[MentionItem]


class QuotePage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[QuoteItem]


class EntityDetail(BaseModel):
    id: int
    name: str
    type: str
    key: str
    mentions: MentionPage
    quotes: QuotePage = Field(description="quotations whose speaker is this entity")
    events: EventPage = Field(description="events this entity takes part in")


class DocumentItem(BaseModel):
    id: int
    doc_id: str
    title: str | None
    date: str | None
    lang: str | None
    url: str | None
    source: str | None
    counts: dict[str, int]


class DocumentPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[DocumentItem]


class DocumentDetail(BaseModel):
    """The output contract (docs/contract.md) plus `row` and the field texts."""

    id: str
    row: int
    document: dict[str, Any]
    fields: dict[str, str] = Field(description="the texts that offsets index")
    timexes: list[dict[str, Any]]
    events: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    entities: list[dict[str, Any]]


class Contract(BaseModel):
    """The output contract of `chronik extract` (docs/contract.md)."""

    id: str
    document: dict[str, Any]
    timexes: list[dict[str, Any]]
    events: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    entities: list[dict[str, Any]]


class Stats(BaseModel):
    counts: dict[str, int]
    first: str | None
    last: str | None
