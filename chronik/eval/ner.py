"""Reading token-per-line NER files and scoring entity spans (conlleval semantics).

Accepted file shapes (detected line by line, so one reader serves them all):
- `token tag` or `token<TAB>tag` (CoNLL, WNUT, BTC), the tag in the last column;
- `index<TAB>token<TAB>tag[<TAB>inner tag]` (GermEval 2014 TSV, wikigold CoNLL-U-like):
  when the first column is a number and there are three or more, the token is column 2
  and the (outer) tag column 3;
- blank lines end a sentence; a line starting with `#` whose last column is not a tag
  is a comment (GermEval's source/date lines), while `#<TAB>O` is the token `#`.

Tags may be BIO, IOB1, BIOES/BILOU: a span starts at B-/S-/U-, or at I-/E-/L- when the
previous tag was O or of another type, and ends at E-/S-/L-/U- or before the next start
(the conlleval rules). Scoring is exact match of (sentence, start, end, type).

Type mapping (`scheme`):
- `outer4` (default): the four classes PER, ORG, LOC, MISC. GermEval's `OTH` is MISC;
  its `*deriv` (`russische`) and `*part` (`EU-Kommission` as a part) tags are *not* names
  of a referent and are dropped (read as O) — this is the "F1 on the four outer classes"
  that chronik reports. WNUT/BTC names map onto the four (person -> PER, corporation and
  group -> ORG, location -> LOC, product and creative-work -> MISC).
- `fine`: the four classes plus their derived/part variants (`LOCDERIV`, `MISCPART`…),
  what chronik's models are trained on (a `*PART` tag lets `NATO-Staaten` yield `NATO`).
- `raw`: types as written, upper-cased (`LOCDERIV` stays its own class): the official
  GermEval outer-level metric with twelve classes.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

OUTER4_TYPES = ("PER", "ORG", "LOC", "MISC")

_TYPE_MAP_OUTER4 = {
    "PER": "PER", "PERSON": "PER",
    "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG", "CORPORATION": "ORG",
    "GROUP": "ORG",
    "LOC": "LOC", "LOCATION": "LOC", "GPE": "LOC", "GEO-LOC": "LOC",
    "MISC": "MISC", "OTH": "MISC", "PRODUCT": "MISC", "CREATIVE-WORK": "MISC",
}
_PREFIXES = {"B", "I", "E", "S", "L", "U"}


class NerFormatError(ValueError):
    """A line that is neither a token line, a comment nor blank."""


@dataclass
class Sentence:
    tokens: list[str]
    tags: list[str]


def is_tag(s: str) -> bool:
    if s == "O":
        return True
    prefix, dash, typ = s.partition("-")
    return bool(dash) and prefix.upper() in _PREFIXES and bool(typ)


def map_type(typ: str, scheme: str = "outer4") -> str | None:
    """The scored type for a raw tag type, or None when the scheme drops it."""
    up = typ.upper()
    if scheme == "raw":
        return up
    if scheme == "fine":
        for suffix in ("DERIV", "PART"):
            if up.endswith(suffix):
                base = _TYPE_MAP_OUTER4.get(up[: -len(suffix)])
                return base + suffix if base else None
        return _TYPE_MAP_OUTER4.get(up)
    if up.endswith(("DERIV", "PART")):
        return None
    return _TYPE_MAP_OUTER4.get(up)


def read_sentences(source: str | Path | io.TextIOBase, *, name: str | None = None
                   ) -> Iterator[Sentence]:
    """Sentences of a token-per-line file (path or open text stream)."""
    if isinstance(source, (str, Path)):
        with open(source, encoding="utf-8") as fh:
            yield from read_sentences(fh, name=str(source))
        return
    label = name or "<stream>"
    tokens: list[str] = []
    tags: list[str] = []
    for lineno, raw in enumerate(source, 1):
        line = raw.rstrip("\n\r")
        if not line.strip():
            if tokens:
                yield Sentence(tokens, tags)
                tokens, tags = [], []
            continue
        cols = line.split("\t") if "\t" in line else line.split()
        if line.startswith("#") and not is_tag(cols[-1].strip()):
            continue  # a comment line (GermEval: source URL and date)
        if len(cols) >= 3 and cols[0].isdigit():
            token, tag = cols[1], cols[2]
        elif len(cols) >= 2:
            token, tag = cols[0], cols[-1]
        else:
            raise NerFormatError(f"{label}:{lineno}: expected 'token tag', got {line!r}")
        tag = tag.strip()
        if not is_tag(tag):
            raise NerFormatError(f"{label}:{lineno}: {tag!r} is not a BIO/BIOES tag")
        tokens.append(token)
        tags.append(tag)
    if tokens:
        yield Sentence(tokens, tags)


def spans(tags: Sequence[str], scheme: str = "outer4") -> set[tuple[int, int, str]]:
    """Entity spans `(start, end_exclusive, type)` from a tag sequence (conlleval rules).

    Types dropped by the scheme are read as O *before* chunking, so a dropped span
    never splits or merges a neighbour.
    """
    out: set[tuple[int, int, str]] = set()
    start = -1
    cur: str | None = None
    for i, tag in enumerate(list(tags) + ["O"]):
        if tag == "O":
            prefix, typ = "O", None
        else:
            p, _, t = tag.partition("-")
            prefix, typ = p.upper(), map_type(t, scheme)
            if typ is None:
                prefix = "O"
        begins = prefix in ("B", "S", "U") or (prefix in ("I", "E", "L") and typ != cur)
        if cur is not None and (prefix == "O" or begins):
            out.add((start, i, cur))
            cur = None
        if prefix != "O" and (begins or cur is None):
            start, cur = i, typ
        if prefix in ("E", "S", "L", "U") and cur is not None:
            out.add((start, i + 1, cur))
            cur = None
    return out


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {"precision": round(100 * self.precision, 2), "recall": round(100 * self.recall, 2),
                "f1": round(100 * self.f1, 2), "gold": self.tp + self.fn,
                "predicted": self.tp + self.fp, "correct": self.tp}


@dataclass
class NerReport:
    overall: Counts = field(default_factory=Counts)
    by_type: dict[str, Counts] = field(default_factory=dict)
    sentences: int = 0
    tokens: int = 0
    seconds: float | None = None  # tagging time, when the report came from tagging

    def add(self, gold: set[tuple[int, int, str]], pred: set[tuple[int, int, str]]) -> None:
        for typ in {s[2] for s in gold | pred}:
            c = self.by_type.setdefault(typ, Counts())
            g = {s for s in gold if s[2] == typ}
            p = {s for s in pred if s[2] == typ}
            c.tp += len(g & p)
            c.fp += len(p - g)
            c.fn += len(g - p)
        self.overall.tp += len(gold & pred)
        self.overall.fp += len(pred - gold)
        self.overall.fn += len(gold - pred)

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "sentences": self.sentences, "tokens": self.tokens,
            "overall": self.overall.to_dict(),
            "by_type": {t: c.to_dict() for t, c in sorted(self.by_type.items())},
        }
        if self.seconds is not None:
            out["seconds"] = round(self.seconds, 3)
            out["tokens_per_second"] = round(self.tokens / self.seconds) if self.seconds else None
        return out


def score(pairs: Iterable[tuple[Sequence[str], Sequence[str]]], scheme: str = "outer4"
          ) -> NerReport:
    """Score (gold tags, predicted tags) pairs, one pair per sentence."""
    report = NerReport()
    for gold, pred in pairs:
        if len(gold) != len(pred):
            raise ValueError(f"sentence {report.sentences + 1}: {len(gold)} gold tags, "
                             f"{len(pred)} predicted")
        report.sentences += 1
        report.tokens += len(gold)
        report.add(spans(gold, scheme), spans(pred, scheme))
    return report


def format_report(report: NerReport, title: str = "") -> str:
    lines = [title] if title else []
    lines.append(f"{report.sentences} sentences, {report.tokens} tokens"
                 + (f", {report.tokens / report.seconds:,.0f} tokens/s"
                    if report.seconds else ""))
    lines.append(f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}")
    rows = sorted(report.by_type.items()) + [("overall", report.overall)]
    for typ, c in rows:
        lines.append(f"{typ:<10} {100 * c.precision:6.2f} {100 * c.recall:6.2f} "
                     f"{100 * c.f1:6.2f} {c.tp + c.fn:6d} {c.tp + c.fp:6d}")
    return "\n".join(lines)
