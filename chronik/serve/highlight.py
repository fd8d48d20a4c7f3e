"""Mark up a text with possibly nested or crossing spans, as escaped HTML.

Quotations contain names and dates, and a name can cross a quotation's edge, so spans are
not a tree. Where two cross, the inner one is closed and reopened around the edge (the
reopened piece is marked `data-cont` and is not focusable, so each item is one tab stop).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from html import escape


@dataclass(slots=True)
class Mark:
    start: int
    end: int
    kind: str  # css class: timex, quote, entity, event, target
    tip: str  # what hover/focus shows: the normalised value, the speaker, the entity
    attrs: dict[str, str] = field(default_factory=dict)


def _open(m: Mark, continued: bool) -> str:
    attrs = {"class": f"hl {m.kind}", "data-tip": m.tip, **m.attrs}
    if continued:
        attrs.pop("id", None)
        attrs["data-cont"] = "1"
    else:
        attrs["tabindex"] = "0"
        attrs["aria-label"] = m.tip
    rendered = " ".join(f'{k}="{escape(v, quote=True)}"' for k, v in attrs.items())
    return f"<mark {rendered}>"


def highlight(text: str, marks: list[Mark]) -> str:
    """`text` as HTML with every mark wrapped in a <mark> element; offsets index `text`."""
    usable = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    starts: dict[int, list[Mark]] = defaultdict(list)
    for m in usable:
        starts[m.start].append(m)
    points = sorted({0, len(text), *(m.start for m in usable), *(m.end for m in usable)})
    out: list[str] = []
    stack: list[Mark] = []
    pos = 0
    for p in points:
        out.append(escape(text[pos:p], quote=False))
        pos = p
        if any(m.end == p for m in stack):
            reopen: list[Mark] = []
            while any(m.end == p for m in stack):
                m = stack.pop()
                out.append("</mark>")
                if m.end != p:
                    reopen.append(m)
            for m in reversed(reopen):
                out.append(_open(m, continued=True))
                stack.append(m)
        # longest first, so a span that starts together with a shorter one encloses it
        for m in sorted(starts.get(p, ()), key=lambda m: -m.end):
            out.append(_open(m, continued=False))
            stack.append(m)
    return "".join(out)
