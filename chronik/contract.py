"""From the output contract back to the model: a contract dict plus its texts -> Document.

`Document.to_dict()` leaves out the texts the offsets index (a chronicle line does not
repeat the article); given them again, `document_from_dict` rebuilds the Document, so
results computed elsewhere (a Spark job's Parquet tables, a JSON Lines export) can be
stored without analysing the articles a second time.
"""

from __future__ import annotations

from typing import Any

from chronik.model import Document, Entity, Event, Evidence, Mention, Quote, Region, Span, Timex


def _evidence(raw: dict[str, Any] | None) -> Evidence | None:
    return Evidence(raw.get("rule") or "", raw.get("anchor"), raw.get("note")) if raw else None


def _span(raw: dict[str, Any] | None, field: str) -> Span | None:
    return Span(raw.get("field", field), raw["start"], raw["end"]) if raw else None


def _timex(t: dict[str, Any]) -> Timex:
    return Timex(t["id"], t["field"], t["start"], t["end"], t["text"], t["type"], t["value"],
                 t.get("mod"), t.get("utc_offset"), t.get("instant"), _evidence(t.get("evidence")))


def _event(e: dict[str, Any]) -> Event:
    return Event(e["id"], e["field"], e["start"], e["end"], e["trigger"], e.get("summary") or "",
                 e.get("value"), e.get("timex"), e["status"], list(e.get("participants") or []),
                 e.get("location"), e.get("kind"), _evidence(e.get("evidence")),
                 [_span(m, e["field"]) for m in e.get("mentions") or []])


def _quote(q: dict[str, Any]) -> Quote:
    field = q["field"]
    spans = [_span(s, field) for s in q.get("spans") or []] or [Span(field, q["start"], q["end"])]
    return Quote(q["id"], q["kind"], field, q["start"], q["end"], q["text"], q.get("speaker"),
                 q.get("speaker_mention"), q.get("cue"), spans, _span(q.get("cue_span"), field),
                 _span(q.get("speaker_span"), field), _evidence(q.get("evidence")))


def _entity(n: dict[str, Any]) -> Entity:
    return Entity(n["id"], n["name"], n["type"],
                  [Mention(m["field"], m["start"], m["end"], m["text"])
                   for m in n.get("mentions") or []])


def document_from_dict(data: dict[str, Any], fields: dict[str, str]) -> Document:
    """The Document a contract dict describes; `fields` are the texts its offsets index."""
    meta = data.get("document", {})
    title = meta.get("title")
    regions = []
    if "title" in fields:
        regions.append(Region("title", 0, len(fields["title"]), "title"))
    regions.append(Region("text", 0, len(fields.get("text", "")), "body"))
    return Document(
        id=data["id"], fields=dict(fields), regions=regions, title=title, lang=meta.get("lang"),
        date_given=meta.get("date_given"), date=meta.get("date"),
        date_evidence=meta.get("date_evidence"), source=meta.get("source"), url=meta.get("url"),
        timexes=[_timex(t) for t in data.get("timexes", [])],
        events=[_event(e) for e in data.get("events", [])],
        quotes=[_quote(q) for q in data.get("quotes", [])],
        entities=[_entity(n) for n in data.get("entities", [])])
