"""TimeML export: each stored document with its TIMEX3s inline and its date as the DCT."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from chronik.model import Document, Timex


def _timex_attrs(t: Timex) -> str:
    attrs = [("tid", t.id), ("type", t.type), ("value", t.value)]
    if t.mod:
        attrs.append(("mod", t.mod))
    return " ".join(f"{k}={quoteattr(v)}" for k, v in attrs)


def inline(text: str, timexes: list[Timex]) -> str:
    """The text with each TIMEX3 wrapped in place; nested or overlapping ones are skipped
    (TimeML does not allow them), keeping the first."""
    out, pos = [], 0
    for t in sorted(timexes, key=lambda t: (t.start, -t.end)):
        if t.start < pos or t.end > len(text):
            continue
        out.append(escape(text[pos:t.start]))
        out.append(f"<TIMEX3 {_timex_attrs(t)}>{escape(text[t.start:t.end])}</TIMEX3>")
        pos = t.end
    out.append(escape(text[pos:]))
    return "".join(out)


def to_timeml(doc: Document) -> str:
    """One TimeML 1.2.1 document; TIMEX3s of a separate title field go into <TITLE>."""
    dct = ""
    if doc.date:
        dct = (f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(doc.date)} '
               f'functionInDocument="CREATION_TIME">{escape(doc.date)}</TIMEX3></DCT>\n')
    parts = ['<?xml version="1.0" encoding="UTF-8"?>', "<TimeML>",
             f"<DOCID>{escape(doc.id)}</DOCID>"]
    if dct:
        parts.append(dct.rstrip("\n"))
    if "title" in doc.fields:
        parts.append("<TITLE>" + inline(doc.fields["title"],
                                         [t for t in doc.timexes if t.field == "title"]) + "</TITLE>")
    parts.append("<TEXT>" + inline(doc.text, [t for t in doc.timexes if t.field == "text"])
                 + "</TEXT>")
    parts.append("</TimeML>")
    return "\n".join(parts) + "\n"
