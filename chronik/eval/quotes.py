"""Scoring quotations against gold JSON Lines (the quotes-de format).

Each gold line has `text`, `date` and `quotes`, each quote with `quote` and `speaker` as
lists of [start, end] character spans into `text` and a `type` (Direct, Indirect,
FreeIndirect, IndirectFreeIndirect, Reported).

Measures
- Quote match: a predicted and a gold quotation match when the characters they share
  (over all their spans) are at least half of the longer one's length. Pairs are matched
  greedily one-to-one, best overlap first. Precision, recall and F1 count matches.
- Recall by gold type, and kind accuracy: of matched pairs, the share where the predicted
  kind agrees (gold Direct = direct, every other type = indirect).
- Speaker accuracy: of matched pairs whose gold quote has a speaker, the share where the
  predicted speaker is right. It is right when (a) the predicted speaker mention overlaps a
  gold speaker span or has the same text as the gold speaker, or (b) the predicted speaker's last word (a surname, or the head of an
  organisation's name) is a word of the gold speaker text, or (c) the gold speaker text's
  last capitalised word resolves, by the document's own fullest-name rule, to the predicted
  speaker. A predicted null speaker is wrong.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from chronik.model import Document, Quote

SpanList = list[tuple[int, int]]


@dataclass
class GoldQuote:
    spans: SpanList
    type: str
    speaker_spans: SpanList
    speaker_text: str

    @property
    def kind(self) -> str:
        return "direct" if self.type == "Direct" else "indirect"


@dataclass
class GoldDocument:
    id: str
    text: str
    date: str | None
    quotes: list[GoldQuote]
    lang: str = "de"


class GoldError(ValueError):
    """A gold line that cannot be read; the message names the file and the line."""


def read_gold(path: str) -> Iterator[GoldDocument]:
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                quotes = [GoldQuote([tuple(s) for s in q["quote"]], q.get("type", "Direct"),
                                    [tuple(s) for s in q.get("speaker", [])],
                                    q.get("speaker_text", "")) for q in row.get("quotes", [])]
                yield GoldDocument(str(row.get("id", f"line{number}")), row["text"],
                                   row.get("date"), quotes, row.get("lang", "de"))
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                raise GoldError(f"{path}:{number}: not a gold quotation record ({exc})") from exc


def _overlap(a: SpanList, b: SpanList) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _length(spans: SpanList) -> int:
    return sum(e - s for s, e in spans)


def match(pred: list[SpanList], gold: list[SpanList]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (pred index, gold index) sharing at least half the longer."""
    candidates = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            shared = _overlap(p, g)
            if shared and shared * 2 >= max(_length(p), _length(g)):
                candidates.append((shared / max(_length(p), _length(g)), i, j))
    candidates.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


_WORD = re.compile(r"\w+")


def _words(text: str) -> set[str]:
    out = set()
    for w in _WORD.findall(text.lower()):
        out.add(w)
        if w.endswith("s") and len(w) > 3:
            out.add(w[:-1])  # genitive: Armstrongs -> armstrong
    return out


def speaker_correct(q: Quote, g: GoldQuote, text: str,
                    resolve: Callable[[str], str | None] | None = None) -> bool:
    if not q.speaker:
        return False
    if q.speaker_span is not None and any(
            q.speaker_span.start < e and q.speaker_span.end > s for s, e in g.speaker_spans):
        return True
    if q.speaker_mention and q.speaker_mention.strip().lower() == g.speaker_text.strip().lower():
        return True  # the same words ("er", "die Polizei"), said at another place
    last = _WORD.findall(q.speaker.lower())
    if last and last[-1] in _words(g.speaker_text):
        return True
    if resolve is not None:
        caps = [w for w in re.findall(r"[A-ZÄÖÜ][\w\-]+", g.speaker_text)]
        if caps and resolve(caps[-1]) == q.speaker:
            return True
    return False


@dataclass
class Miss:
    doc: str
    what: str  # "missed", "spurious", "speaker"
    kind: str
    text: str
    detail: str = ""


@dataclass
class QuoteReport:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    kind_agree: int = 0
    with_speaker: int = 0
    speaker_right: int = 0
    gold_by_type: Counter = field(default_factory=Counter)
    matched_by_type: Counter = field(default_factory=Counter)
    predicted_by_rule: Counter = field(default_factory=Counter)
    matched_by_rule: Counter = field(default_factory=Counter)
    documents: int = 0
    words: int = 0
    errors: list[Miss] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return 100 * self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return 100 * self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return 100 * self.speaker_right / self.with_speaker if self.with_speaker else 0.0

    @property
    def kind_accuracy(self) -> float:
        return 100 * self.kind_agree / self.matched if self.matched else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents, "gold": self.gold, "predicted": self.predicted,
            "matched": self.matched, "precision": round(self.precision, 2),
            "recall": round(self.recall, 2), "f1": round(self.f1, 2),
            "kind_accuracy": round(self.kind_accuracy, 2),
            "speaker_accuracy": round(self.speaker_accuracy, 2),
            "speaker_scored": self.with_speaker,
            "recall_by_type": {t: round(100 * self.matched_by_type[t] / n, 2)
                               for t, n in sorted(self.gold_by_type.items())},
            "gold_by_type": dict(sorted(self.gold_by_type.items())),
            "precision_by_rule": {r: round(100 * self.matched_by_rule[r] / n, 2)
                                  for r, n in sorted(self.predicted_by_rule.items())},
            "predicted_by_rule": dict(sorted(self.predicted_by_rule.items())),
        }


def evaluate(golds: Iterable[GoldDocument], analyse: Callable[[GoldDocument], Document],
             keep_errors: bool = False) -> QuoteReport:
    from chronik.quotes.langdata import load
    from chronik.quotes.names import build_index

    report = QuoteReport()
    for g in golds:
        doc = analyse(g)
        report.documents += 1
        preds = [q for q in doc.quotes if q.field == "text"]
        pred_spans = [[(s.start, s.end) for s in q.spans] or [(q.start, q.end)] for q in preds]
        gold_spans = [gq.spans for gq in g.quotes]
        pairs = match(pred_spans, gold_spans)
        report.gold += len(g.quotes)
        report.predicted += len(preds)
        report.matched += len(pairs)
        for gq in g.quotes:
            report.gold_by_type[gq.type] += 1
        for q in preds:
            report.predicted_by_rule[_rule(q)] += 1
        lang = load(doc.lang or "de")
        index = build_index(doc, "text", lang) if lang else None
        resolve = index.fullest if index else None
        matched_p = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        for i, j in pairs:
            q, gq = preds[i], g.quotes[j]
            report.matched_by_type[gq.type] += 1
            report.matched_by_rule[_rule(q)] += 1
            report.kind_agree += q.kind == gq.kind
            if gq.speaker_spans:
                report.with_speaker += 1
                right = speaker_correct(q, gq, g.text, resolve)
                report.speaker_right += right
                if keep_errors and not right:
                    report.errors.append(Miss(g.id, "speaker", q.kind, q.text,
                                              f"got {q.speaker!r} ({q.speaker_mention!r}), "
                                              f"gold {gq.speaker_text!r} [{_rule(q)}; "
                                              f"{q.evidence.note if q.evidence else ''}]"))
        if keep_errors:
            for j, gq in enumerate(g.quotes):
                if j not in matched_g:
                    report.errors.append(Miss(g.id, "missed", gq.type, " … ".join(
                        g.text[s:e] for s, e in gq.spans), f"speaker {gq.speaker_text!r}"))
            for i, q in enumerate(preds):
                if i not in matched_p:
                    report.errors.append(Miss(g.id, "spurious", q.kind, q.text, _rule(q)))
    return report


def _rule(q: Quote) -> str:
    return q.evidence.rule if q.evidence else "?"


def format_report(report: QuoteReport, errors: bool = False, max_errors: int | None = None) -> str:
    d = report.to_dict()
    lines = [
        (f"quotations: {d['documents']} documents, {d['gold']} gold, {d['predicted']} predicted, "
        f"{d['matched']} matched (half-overlap, one-to-one)"),
        f"  precision {d['precision']:.1f}  recall {d['recall']:.1f}  F1 {d['f1']:.1f}",
        (f"  kind accuracy {d['kind_accuracy']:.1f}%  speaker accuracy "
        f"{d['speaker_accuracy']:.1f}% (of {d['speaker_scored']} matched with a gold speaker)"),
        "  recall by gold type:",
    ]
    for t, r in d["recall_by_type"].items():
        lines.append(f"    {t:<22} {r:5.1f}  of {d['gold_by_type'][t]}")
    lines.append("  precision by rule:")
    for rule, p in d["precision_by_rule"].items():
        lines.append(f"    {rule:<52} {p:5.1f}  of {d['predicted_by_rule'][rule]}")
    if errors:
        shown = report.errors if max_errors is None else report.errors[:max_errors]
        lines.append("")
        lines.append(f"errors ({len(report.errors)}):" if report.errors else "no errors")
        for m in shown:
            text = " ".join(m.text.split())
            lines.append(f"  {m.doc} {m.what:<8} {m.kind:<12} [[{text[:160]}]] {m.detail}")
    return "\n".join(lines)
