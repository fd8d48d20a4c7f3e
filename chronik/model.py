"""The document model: small typed objects whose spans are offsets into the original text.

Every span names the `field` it points into (`"text"` or `"title"`) and carries
`start`/`end` Python string indices, so `doc.fields[span.field][span.start:span.end]`
is always the span's text. `to_dict()` gives the shape fixed by the output contract
(see docs/contract.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of one field of a document."""

    field: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Region:
    """A part of a document to analyse: its title or its body."""

    field: str
    start: int
    end: int
    kind: str  # "title" or "body"


@dataclass(frozen=True, slots=True)
class Sentence:
    field: str
    start: int
    end: int


@dataclass(slots=True)
class Evidence:
    """Why a value was chosen: the rule that matched and the anchor it was resolved against."""

    rule: str
    anchor: str | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "anchor": self.anchor, "note": self.note}


@dataclass(slots=True)
class Timex:
    """A TIMEX3: a time expression with its normalized TimeML value."""

    id: str
    field: str
    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str
    mod: str | None = None
    utc_offset: str | None = None
    instant: str | None = None
    evidence: Evidence | None = None
    # a DURATION that leads from the document date to a point ("vor zwei Wochen" = P2W):
    # that point ("2023-W45"), which dates the events it anchors
    points_to: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "field": self.field, "start": self.start, "end": self.end,
            "text": self.text, "type": self.type, "value": self.value, "mod": self.mod,
        }
        if self.utc_offset is not None:
            out["utc_offset"] = self.utc_offset
            out["instant"] = self.instant
        if self.points_to is not None:
            out["points_to"] = self.points_to
        if self.evidence is not None:
            out["evidence"] = self.evidence.to_dict()
        return out


@dataclass(slots=True)
class Mention:
    field: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: str  # PER, ORG, LOC, MISC
    mentions: list[Mention] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type,
                "mentions": [m.to_dict() for m in self.mentions]}


@dataclass(slots=True)
class Event:
    id: str
    field: str
    start: int
    end: int
    trigger: str
    summary: str
    value: str | None
    timex: str | None
    status: str  # planned, happened, ongoing, cancelled, uncertain
    participants: list[str] = field(default_factory=list)
    location: str | None = None
    kind: str | None = None  # class of happening from the event lexicon: meeting, call, attack…
    evidence: Evidence | None = None
    mentions: list[Span] = field(default_factory=list)  # other trigger spans of the same event

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "field": self.field, "start": self.start, "end": self.end,
            "trigger": self.trigger, "summary": self.summary, "value": self.value,
            "timex": self.timex, "status": self.status,
            "participants": list(self.participants), "location": self.location}
        if self.kind is not None:
            out["kind"] = self.kind
        if self.evidence is not None:
            out["evidence"] = self.evidence.to_dict()
        if self.mentions:
            out["mentions"] = [{"field": m.field, "start": m.start, "end": m.end}
                               for m in self.mentions]
        return out


@dataclass(slots=True)
class Quote:
    id: str
    kind: str  # direct or indirect
    field: str
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_mention: str | None
    cue: str | None
    spans: list[Span] = field(default_factory=list)
    cue_span: Span | None = None  # where the cue word is
    speaker_span: Span | None = None  # where the speaker mention is
    evidence: Evidence | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "kind": self.kind, "field": self.field, "start": self.start,
            "end": self.end, "text": self.text, "speaker": self.speaker,
            "speaker_mention": self.speaker_mention, "cue": self.cue}
        if len(self.spans) > 1:
            out["spans"] = [{"start": s.start, "end": s.end} for s in self.spans]
        for name, span in (("cue_span", self.cue_span), ("speaker_span", self.speaker_span)):
            if span is not None:
                out[name] = {"start": span.start, "end": span.end}
        if self.evidence is not None:
            out["evidence"] = self.evidence.to_dict()
        return out


@dataclass(slots=True)
class Document:
    """One article: its fields (the texts offsets point into) and what was extracted from them.

    For a file in the seed format the single field `"text"` is the whole decoded file,
    header line included, and the title is a region inside it. For a JSONL record the
    fields are the record's `"text"` and `"title"`.
    """

    id: str
    fields: dict[str, str]
    regions: list[Region]
    title: str | None = None
    lang: str | None = None
    lang_evidence: str | None = None
    date_given: str | None = None  # what the source said: YYYY, YYYY-MM, YYYY-MM-DD or None
    date: str | None = None  # the refined document creation date
    date_evidence: str | None = None
    source: str | None = None  # file path (and line) the document came from
    url: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.fields.get("text", "")

    def span_text(self, span: Span | Timex | Mention | Sentence | Region) -> str:
        return self.fields[span.field][span.start:span.end]

    def to_dict(self) -> dict[str, Any]:
        meta: dict[str, Any] = {
            "date": self.date, "date_given": self.date_given,
            "date_evidence": self.date_evidence, "lang": self.lang, "title": self.title,
        }
        if self.url:
            meta["url"] = self.url
        if self.source:
            meta["source"] = self.source
        return {
            "id": self.id,
            "document": meta,
            "timexes": [t.to_dict() for t in self.timexes],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "entities": [n.to_dict() for n in self.entities],
        }
