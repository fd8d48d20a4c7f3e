"""Documents built by hand, with the events, quotes and entities the later stages would find.

The store must work whatever those stages find, so its tests give it exactly what they need.
"""

from __future__ import annotations

from chronik.model import Document, Entity, Event, Mention, Quote, Region


def article(doc_id: str, date: str, text: str, *, lang: str = "de",
            title: str | None = None) -> Document:
    fields = {"text": text}
    regions = [Region("text", 0, len(text), "body")]
    if title:
        fields["title"] = title
        regions.insert(0, Region("title", 0, len(title), "title"))
    return Document(id=doc_id, fields=fields, regions=regions, title=title, lang=lang,
                    date_given=date, date=date, source=f"{doc_id}.txt")


def event(doc: Document, phrase: str, *, trigger: str, value: str | None, status: str,
          participants: list[str] = (), location: str | None = None, eid: str | None = None,
          summary: str | None = None, kind: str | None = None) -> Event:
    """An event whose span is `phrase` in the document text (which must contain it)."""
    start = doc.text.index(phrase)
    ev = Event(id=eid or f"e{len(doc.events) + 1}", field="text", start=start,
               end=start + len(phrase), trigger=trigger, summary=summary or phrase, value=value,
               timex=None, status=status, participants=list(participants), location=location,
               kind=kind)
    doc.events.append(ev)
    return ev


def quote(doc: Document, said: str, *, speaker: str, mention: str, cue: str,
          kind: str = "direct") -> Quote:
    start = doc.text.index(said)
    q = Quote(id=f"q{len(doc.quotes) + 1}", kind=kind, field="text", start=start,
              end=start + len(said), text=said, speaker=speaker, speaker_mention=mention, cue=cue)
    doc.quotes.append(q)
    return q


def entity(doc: Document, name: str, type_: str, *mentions: str) -> Entity:
    found = []
    for m in mentions:
        start = doc.text.index(m)
        found.append(Mention("text", start, start + len(m), m))
    ent = Entity(id=f"n{len(doc.entities) + 1}", name=name, type=type_, mentions=found)
    doc.entities.append(ent)
    return ent


def as_is(doc: Document) -> Document:
    """An `analyse` for tests: the document already carries what the stages would add."""
    return doc


def summit_reports() -> list[Document]:
    """Two articles about one summit (same day, same participants) and one about another event."""
    a = article("announce", "2023-03-01",
                "Der Gipfel von Valdarien und Sorelien soll am 9. März in Genf stattfinden.",
                title="Gipfel angekündigt")
    event(a, "Der Gipfel von Valdarien und Sorelien soll am 9. März in Genf stattfinden",
          trigger="Gipfel", value="2023-03-09", status="planned",
          participants=["Valdarien", "Sorelien"], location="Genf")
    entity(a, "Valdarien", "LOC", "Valdarien")
    entity(a, "Sorelien", "LOC", "Sorelien")
    b = article("held", "2023-03-10",
                "Am Donnerstag trafen sich Valdarien und Sorelien in Genf zum Gipfel.",
                title="Gipfel in Genf", lang="de")
    event(b, "trafen sich Valdarien und Sorelien in Genf zum Gipfel", trigger="Gipfel",
          value="2023-03-09", status="happened", participants=["Valdarien", "Sorélien"],
          location="Genf")
    entity(b, "Sorélien", "LOC", "Sorelien")
    c = article("farmers", "2023-02-24", "Farmers marched through Tamasch yesterday evening.",
                lang="en")
    event(c, "Farmers marched through Tamasch", trigger="march", value="2023-02-23TEV",
          status="happened", participants=["farmers"], location="Tamasch")
    return [a, b, c]
