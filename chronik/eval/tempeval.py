"""TempEval-3 scoring of TIMEX3 predictions against gold TimeML documents.

- strict match: identical span; relaxed match: overlapping spans, paired greedily one-to-one,
  largest overlap first;
- value accuracy: share of relaxed pairs whose (normalized) values are equal, case-sensitively;
  value F1 = relaxed F1 x value accuracy, and type F1 likewise.

Predictions are any objects with `start`, `end`, `type` and `value` (optionally `text`, `mod`),
with offsets into the document text the tagger was given. All scores are percentages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from .timeml import GoldTimex, TimeMLDocument, normalize_value

__all__ = [
    "Error",
    "EvalReport",
    "TimexLike",
    "TypeStats",
    "evaluate",
    "format_report",
    "score",
]

CONTEXT_CHARS = 60
ERROR_KINDS = ("missing", "spurious", "wrong_value", "wrong_type")


class TimexLike(Protocol):
    start: int
    end: int
    type: str
    value: str


Tagger = Callable[[str, str | None], Sequence[TimexLike]]


@dataclass(frozen=True, slots=True)
class Error:
    doc_id: str
    kind: str  # one of ERROR_KINDS
    gold_text: str | None
    gold_value: str | None
    pred_text: str | None
    pred_value: str | None
    context: str  # text around the gold span (the predicted one if spurious), marked [[ ]]
    gold_type: str | None = None
    pred_type: str | None = None


@dataclass(slots=True)
class TypeStats:
    """Recall and value accuracy for one gold TIMEX3 type."""

    count: int = 0
    matched: int = 0
    value_correct: int = 0

    @property
    def relaxed_recall(self) -> float:
        return _pct(self.matched, self.count)

    @property
    def value_accuracy(self) -> float | None:
        """None when nothing of this type was matched: there is no accuracy to speak of."""
        return _pct(self.value_correct, self.matched) if self.matched else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "count": self.count,
            "matched": self.matched,
            "value_correct": self.value_correct,
            "relaxed_recall": self.relaxed_recall,
            "value_accuracy": self.value_accuracy,
        }


@dataclass(slots=True)
class EvalReport:
    """Counts over a corpus; the scores are derived from them on construction."""

    n_docs: int
    n_gold: int
    n_pred: int
    strict_tp: int
    relaxed_tp: int
    value_correct: int
    type_correct: int
    per_type: dict[str, TypeStats] = field(default_factory=dict)
    errors: list[Error] = field(default_factory=list)
    strict_precision: float = field(init=False)
    strict_recall: float = field(init=False)
    strict_f1: float = field(init=False)
    relaxed_precision: float = field(init=False)
    relaxed_recall: float = field(init=False)
    relaxed_f1: float = field(init=False)
    value_accuracy: float = field(init=False)
    value_f1: float = field(init=False)
    type_accuracy: float = field(init=False)
    type_f1: float = field(init=False)

    def __post_init__(self) -> None:
        self.strict_precision = _pct(self.strict_tp, self.n_pred)
        self.strict_recall = _pct(self.strict_tp, self.n_gold)
        self.strict_f1 = _f1(self.strict_precision, self.strict_recall)
        self.relaxed_precision = _pct(self.relaxed_tp, self.n_pred)
        self.relaxed_recall = _pct(self.relaxed_tp, self.n_gold)
        self.relaxed_f1 = _f1(self.relaxed_precision, self.relaxed_recall)
        self.value_accuracy = _pct(self.value_correct, self.relaxed_tp)
        self.value_f1 = self.relaxed_f1 * self.value_accuracy / 100
        self.type_accuracy = _pct(self.type_correct, self.relaxed_tp)
        self.type_f1 = self.relaxed_f1 * self.type_accuracy / 100

    def to_dict(self) -> dict[str, Any]:
        out = {
            name: getattr(self, name)
            for name in self.__dataclass_fields__
            if name not in ("per_type", "errors")
        }
        out["per_type"] = {name: stats.to_dict() for name, stats in self.per_type.items()}
        out["errors"] = [asdict(error) for error in self.errors]
        return out


def evaluate(docs: Iterable[TimeMLDocument], tagger: Tagger) -> EvalReport:
    """Run `tagger(text, dct)` on every document and score its output against the gold."""
    return _score_pairs((doc, tagger(doc.text, doc.dct)) for doc in docs)


def score(
    gold_by_doc: Mapping[str, TimeMLDocument],
    pred_by_doc: Mapping[str, Sequence[TimexLike]],
) -> EvalReport:
    """Score ready-made predictions; a gold document without an entry has no predictions."""
    unknown = sorted(set(pred_by_doc) - set(gold_by_doc))
    if unknown:
        raise ValueError(f"predictions for documents not in the gold set: {unknown[:5]}")
    return _score_pairs((doc, pred_by_doc.get(doc_id, ())) for doc_id, doc in gold_by_doc.items())


# --- matching ---------------------------------------------------------------------------


def _score_pairs(pairs: Iterable[tuple[TimeMLDocument, Sequence[TimexLike]]]) -> EvalReport:
    counts = dict.fromkeys(
        ("n_docs", "n_gold", "n_pred", "strict_tp", "relaxed_tp", "value_correct", "type_correct"),
        0,
    )
    per_type: dict[str, TypeStats] = {}
    errors: list[Error] = []
    for doc, preds in pairs:
        preds = list(preds)
        _check_offsets(doc, preds)
        relaxed = _relaxed_pairs(doc.timexes, preds)
        counts["n_docs"] += 1
        counts["n_gold"] += len(doc.timexes)
        counts["n_pred"] += len(preds)
        counts["strict_tp"] += _strict_matches(doc.timexes, preds)
        counts["relaxed_tp"] += len(relaxed)
        for gi, pi in relaxed.items():
            counts["value_correct"] += _same_value(doc.timexes[gi], preds[pi])
            counts["type_correct"] += _same_type(doc.timexes[gi], preds[pi])
        for gi, gold in enumerate(doc.timexes):
            stats = per_type.setdefault(gold.type, TypeStats())
            stats.count += 1
            if gi in relaxed:
                stats.matched += 1
                stats.value_correct += _same_value(gold, preds[relaxed[gi]])
        errors.extend(_errors(doc, preds, relaxed))
    return EvalReport(**counts, per_type=dict(sorted(per_type.items())), errors=errors)


def _check_offsets(doc: TimeMLDocument, preds: Sequence[TimexLike]) -> None:
    """A prediction outside the text is a tagger bug; fail loudly rather than score noise."""
    for pred in preds:
        if not 0 <= pred.start < pred.end <= len(doc.text):
            raise ValueError(
                f"{doc.doc_id}: prediction span ({pred.start}, {pred.end}) is empty or outside "
                f"the text of length {len(doc.text)}"
            )


def _strict_matches(gold: Sequence[GoldTimex], preds: Sequence[TimexLike]) -> int:
    """Count identical spans one-to-one, so a duplicated prediction cannot match twice."""
    available: dict[tuple[int, int], int] = {}
    for pred in preds:
        available[(pred.start, pred.end)] = available.get((pred.start, pred.end), 0) + 1
    matched = 0
    for timex in gold:
        key = (timex.start, timex.end)
        if available.get(key, 0) > 0:
            available[key] -= 1
            matched += 1
    return matched


def _relaxed_pairs(gold: Sequence[GoldTimex], preds: Sequence[TimexLike]) -> dict[int, int]:
    """Greedy one-to-one pairing of overlapping spans: gold index -> prediction index.

    Candidates are taken by decreasing overlap; ties go to the pair whose lengths differ
    least (an exact span beats a longer one covering it), then to text order.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(preds):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                length_gap = abs((g.end - g.start) - (p.end - p.start))
                candidates.append((-overlap, length_gap, gi, pi))
    pairs: dict[int, int] = {}
    used_preds: set[int] = set()
    for _, _, gi, pi in sorted(candidates):
        if gi not in pairs and pi not in used_preds:
            pairs[gi] = pi
            used_preds.add(pi)
    return pairs


def _same_value(gold: GoldTimex, pred: TimexLike) -> bool:
    return normalize_value(gold.value) == normalize_value(str(pred.value or ""))


def _same_type(gold: GoldTimex, pred: TimexLike) -> bool:
    return gold.type == str(pred.type or "").strip()


# --- errors -----------------------------------------------------------------------------


def _errors(
    doc: TimeMLDocument, preds: Sequence[TimexLike], relaxed: Mapping[int, int]
) -> list[Error]:
    """All errors of one document, in text order."""
    found: list[tuple[int, int, Error]] = []

    def add(kind: str, gold: GoldTimex | None, pred: TimexLike | None) -> None:
        anchor = gold if gold is not None else pred
        assert anchor is not None
        error = Error(
            doc_id=doc.doc_id,
            kind=kind,
            gold_text=gold.text if gold else None,
            gold_value=gold.value if gold else None,
            pred_text=_pred_text(doc.text, pred) if pred else None,
            pred_value=pred.value if pred else None,
            context=_context(doc.text, anchor.start, anchor.end),
            gold_type=gold.type if gold else None,
            pred_type=pred.type if pred else None,
        )
        found.append((anchor.start, ERROR_KINDS.index(kind), error))

    for gi, gold in enumerate(doc.timexes):
        if gi not in relaxed:
            add("missing", gold, None)
            continue
        pred = preds[relaxed[gi]]
        if not _same_value(gold, pred):
            add("wrong_value", gold, pred)
        if not _same_type(gold, pred):
            add("wrong_type", gold, pred)
    matched_preds = set(relaxed.values())
    for pi, pred in enumerate(preds):
        if pi not in matched_preds:
            add("spurious", None, pred)
    return [error for _, _, error in sorted(found, key=lambda item: item[:2])]


def _pred_text(text: str, pred: TimexLike) -> str:
    return getattr(pred, "text", None) or text[pred.start : pred.end]


def _context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> str:
    """`width` characters either side of the span, which is marked [[ ]]; one line."""
    snippet = (
        text[max(0, start - width) : start]
        + "[["
        + text[start:end]
        + "]]"
        + text[end : end + width]
    )
    return " ".join(snippet.split())


# --- report -----------------------------------------------------------------------------


def format_report(report: EvalReport, errors: bool = False, max_errors: int | None = None) -> str:
    """A plain-text summary: overall scores, a per-type table and optionally the errors."""
    lines = [
        f"documents {report.n_docs}   gold timexes {report.n_gold}   predicted {report.n_pred}",
        "",
        f"{'':<10}{'P':>7}{'R':>7}{'F1':>7}",
        _prf_row("strict", report.strict_precision, report.strict_recall, report.strict_f1),
        _prf_row("relaxed", report.relaxed_precision, report.relaxed_recall, report.relaxed_f1),
        _attribute_row("value", report.value_f1, report.value_accuracy, report.relaxed_tp),
        _attribute_row("type", report.type_f1, report.type_accuracy, report.relaxed_tp),
        "",
        f"{'gold type':<10}{'count':>7}{'rel. R':>9}{'val acc':>9}",
    ]
    for name, stats in report.per_type.items():
        accuracy = "-" if stats.value_accuracy is None else f"{stats.value_accuracy:.1f}"
        lines.append(f"{name:<10}{stats.count:>7}{stats.relaxed_recall:>9.1f}{accuracy:>9}")
    if errors:
        shown = report.errors if max_errors is None else report.errors[:max_errors]
        lines += ["", f"errors ({len(report.errors)})"]
        lines += [_error_line(error) for error in shown]
        if len(shown) < len(report.errors):
            lines.append(f"... {len(report.errors) - len(shown)} more")
    return "\n".join(lines)


def _prf_row(label: str, precision: float, recall: float, f1: float) -> str:
    return f"{label:<10}{precision:>7.1f}{recall:>7.1f}{f1:>7.1f}"


def _attribute_row(label: str, f1: float, accuracy: float, matched: int) -> str:
    return f"{label:<10}{'':>14}{f1:>7.1f}   (accuracy {accuracy:.1f} of {matched} matched)"


def _error_line(error: Error) -> str:
    gold = _describe(error.gold_text, error.gold_type, error.gold_value)
    pred = _describe(error.pred_text, error.pred_type, error.pred_value)
    return f"{error.kind:<12}{error.doc_id}  gold {gold}  pred {pred}\n{'':<12}{error.context}"


def _describe(text: str | None, type_: str | None, value: str | None) -> str:
    return "-" if text is None else f"{text!r} {type_} {value}"


def _pct(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
