"""A readable plain-text report of one document, for people at a terminal."""

from __future__ import annotations

from chronik.model import Document


def _cell(s: object, width: int) -> str:
    text = "" if s is None else str(s)
    return text if len(text) <= width else text[: width - 1] + "…"


def render_text(doc: Document) -> str:
    lines = [f"== {doc.id}" + (f" — {doc.title}" if doc.title else "")]
    lines.append(f"   date {doc.date or '?'} (given: {doc.date_given or 'none'}) — {doc.date_evidence}")
    lines.append(f"   lang {doc.lang} — {doc.lang_evidence}; {len(doc.sentences)} sentences")
    if doc.timexes:
        lines.append("")
        lines.append(f"   {'id':<4} {'where':<11} {'text':<30} {'type':<8} {'value':<20} why")
        for t in doc.timexes:
            extra = f" mod={t.mod}" if t.mod else ""
            if t.utc_offset:
                extra += f" {t.utc_offset} = {t.instant}"
            why = t.evidence.rule if t.evidence else ""
            if t.evidence and t.evidence.anchor:
                why += f" @ {t.evidence.anchor}"
            if t.evidence and t.evidence.note:
                why += f" ({t.evidence.note})"
            where = f"{t.start}-{t.end}" if t.field == "text" else f"{t.field}:{t.start}"
            lines.append(f"   {t.id:<4} {where:<11} {_cell(t.text, 30):<30} {t.type:<8} "
                         f"{t.value:<20} {why}{extra}")
    else:
        lines.append("   no time expressions")
    if doc.quotes:
        lines.append("")
        lines.append(f"   quotes ({len(doc.quotes)}):")
        for q in doc.quotes:
            cue = f" {q.cue}" if q.cue else ""
            said = f" ({q.speaker_mention!r}{cue})" if q.speaker_mention else ""
            lines.append(f"   {q.id:<4} {q.kind:<8} {q.speaker or '?'}{said}: {_cell(q.text, 80)}")
    if doc.events:
        lines.append("")
        for e in doc.events:
            who = f" — {', '.join(e.participants)}" if e.participants else ""
            where = f" @ {e.location}" if e.location else ""
            lines.append(f"   {e.id:<4} {e.value or '?':<20} {e.status:<9} {e.trigger!r}{who}{where}")
            lines.append(f"        {_cell(e.summary, 120)}")
    if doc.entities:
        lines.append("")
        for n in doc.entities:
            aliases = sorted({m.text for m in n.mentions} - {n.name})
            lines.append(f"   {n.id:<4} {n.type:<4} {n.name} ×{len(n.mentions)}"
                         + (f" — {_cell('; '.join(aliases), 80)}" if aliases else ""))
    return "\n".join(lines)
