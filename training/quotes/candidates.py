"""Experiment: a learned second opinion on the rules — which candidate sentences are quotations.

Not shipped in the package: on dev it moved quote F1 from 69.8 to 70.0 and speaker
accuracy from 84.8 to 84.5 % at about a third more stage time (docs/quotes.md, "Learned
layer"). Kept here, with train.py and evaluate.py, so the result can be reproduced.

The rules (extract.py) propose quotations; some of their rules are right less than half of
the time, and whole kinds of reported speech (a sentence describing a speech act, a
continuation without a Konjunktiv) they cannot decide at all. A logistic regression,
trained on the German training data (training/quotes/train.py) and shipped as
`models/<lang>.json`, scores three kinds of candidates:

- every quotation a rule output: kept unless its probability falls below `drop_below`
  (it then stays a *silent* report: not output, but it still names who speaks next);
- every silent report of the rules (a speech verb with a subject but no clause): output
  when its probability reaches `add_from`;
- every other sentence: output as a continuation of the last speaker when its
  probability reaches `add_from`.

Features are strings (sparse, binary): the rule that fired, mood and hearsay markers from
the language data, the first speech verb of the sentence, whether the sentences before and
after hold a quotation, the first word, a length bucket and the sentence's words. A
language without a model file gets the rules alone.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from chronik.quotes.extract import (
    FieldText,
    Found,
    _clauses,
    _has_direct,
    _has_mood,
    _person_like,
    _search_outside,
    _sentence_subject,
    _trim,
)

MODEL_DIR = Path(__file__).resolve().parent / "models"  # experiment output, not shipped
SENTENCE_RULE = "learned: sentence continues the report"
_WORD = re.compile(r"\w+")
_LENGTH_BUCKETS = (6, 12, 20, 30, 45)


@dataclass(frozen=True)
class QuoteModel:
    """Weights of a logistic regression over string features, and its two cut-offs."""

    weights: dict[str, float]
    bias: float
    drop_below: float  # a rule's quotation below this probability is withheld
    add_from: float  # a silent report or a plain sentence from this probability is output

    def probability(self, features: list[str]) -> float:
        get = self.weights.get
        z = self.bias + sum(get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def load_model(path: Path) -> QuoteModel | None:
    """A trained model file, read once per process; None when it does not exist."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return QuoteModel(weights=data["weights"], bias=data["bias"],
                      drop_below=data["drop_below"], add_from=data["add_from"])


@dataclass
class Candidate:
    found: Found
    origin: str  # "rule" (an output quotation), "silent" (a silent report), "sentence"
    features: list[str]


def _bucket(n: int) -> int:
    return bisect.bisect_right(_LENGTH_BUCKETS, n)


def candidates(ft: FieldText, found: list[Found]) -> list[Candidate]:
    """Every rule quotation, silent report and uncovered sentence with its features."""
    text = ft.text
    lang = ft.lang
    clauses = [c for c in (_trim(text, lo, hi, " \t\n") for lo, hi in _clauses(ft))
               if c[1] - c[0] >= 8]
    starts = [lo for lo, _ in clauses]
    # which clauses a loud rule quotation touches: "the sentence before was a quotation"
    loud_at: set[int] = set()
    any_at: set[int] = set()
    owner: list[Found | None] = [None] * len(clauses)
    for f in found:
        silent = bool(f.extra.get("silent"))
        for s, e in f.spans:
            k = max(0, bisect.bisect_right(starts, s) - 1)
            while k < len(clauses) and clauses[k][0] < e:
                if clauses[k][1] > s:
                    any_at.add(k)
                    if not silent:
                        loud_at.add(k)
                    if owner[k] is None or not silent:
                        owner[k] = f
                k += 1
    out = []
    for f in found:
        k = max(0, bisect.bisect_right(starts, f.start) - 1)
        origin = "silent" if f.extra.get("silent") else "rule"
        out.append(Candidate(f, origin, _features(ft, f, clauses, k, loud_at, f.rule)))
    for k, (lo, hi) in enumerate(clauses):
        if k in any_at or _mostly_quoted(ft, lo, hi):
            continue
        f = Found("indirect", [(lo, hi)], continues=True, rule=SENTENCE_RULE)
        out.append(Candidate(f, "sentence", _features(ft, f, clauses, k, loud_at, "none")))
    del lang
    return out


def _mostly_quoted(ft: FieldText, lo: int, hi: int) -> bool:
    inside = sum(max(0, min(hi, q.end) - max(lo, q.start)) for q in ft.quoted
                 if q.start < hi and q.end > lo)
    return inside > 0.5 * (hi - lo)


def _features(ft: FieldText, f: Found, clauses: list[tuple[int, int]], k: int,
              loud_at: set[int], rule: str) -> list[str]:
    text = ft.text
    lang = ft.lang
    lo, hi = clauses[k] if clauses else (f.start, f.end)
    lo, hi = min(lo, f.start), max(hi, f.end)
    fs = [f"rule={rule}", f"kind={f.kind}"]
    s, e = f.start, f.end
    if _has_mood(ft, s, e, second=False):
        fs.append("mood=1")
    elif _has_mood(ft, s, e):
        fs.append("mood=2")
    if _has_mood(ft, lo, hi, second=False):
        fs.append("sent_mood=1")
    if lang.hearsay_re and _search_outside(ft, lang.hearsay_re, lo, hi):
        fs.append("hearsay")
    if lang.planned_re and _search_outside(ft, lang.planned_re, lo, hi):
        fs.append("planned")
    verbs = [m for m in ft.matches(lang.speech_verb, lo, hi) if not ft.in_quote(m.start())]
    if verbs:
        fs.append("verb")
        fs.extend({"verb=" + m.group().split()[0].lower() for m in verbs})
        if lang.reported_verb.match(text, verbs[0].start()):
            fs.append("reported_verb")
    if ft.matches(lang.clause_noun_re, lo, hi):
        fs.append("speech_noun")
    subject = _sentence_subject(ft, lo, hi)
    if subject is not None:
        fs.append("subject")
        if _person_like(ft, *subject):
            fs.append("subject_person")
            fs.append(f"subject_person|verb={bool(verbs)}")
    if _has_direct(ft, lo, hi):
        fs.append("marks")
    if ":" in text[lo:hi]:
        fs.append("colon")
    prev = k - 1 in loud_at
    fs.append(f"prev={prev}")
    fs.append(f"prev2={k - 2 in loud_at}")
    fs.append(f"next={k + 1 in loud_at}")
    fs.append(f"rule={rule}|prev={prev}")
    if lo == 0 or text[lo - 1] == "\n":
        fs.append("para_start")
        fs.append(f"para_start|prev={prev}")
    words = _WORD.findall(text, lo, hi)
    if words:
        first = words[0]
        fs.append("w0=" + first.lower())
        if lang.pronoun_re.fullmatch(first):
            fs.append("w0_pronoun")
    fs.append(f"len={_bucket(len(words))}")
    fs.append(f"cover={_bucket(int(30 * (e - s) / max(1, hi - lo)))}")
    fs.append(f"mention={f.mention is not None}")
    fs.extend({"w=" + w.lower() for w in words})
    return fs


def rescore(ft: FieldText, found: list[Found], model: QuoteModel) -> list[Found]:
    """The rules' quotations with the model's verdicts: low-scoring ones made silent,
    high-scoring silent reports and sentences made quotations, in reading order."""
    out = []
    for c in candidates(ft, found):
        p = model.probability(c.features)
        f = c.found
        f.extra["p"] = p
        if c.origin == "rule":
            if p < model.drop_below:
                f.extra["silent"] = True
            out.append(f)
        elif c.origin == "silent":
            if p >= model.add_from:
                f.extra["silent"] = False
                f.rule += " (learned)"
            out.append(f)
        elif p >= model.add_from:
            out.append(f)
    out.sort(key=lambda f: f.start)
    return out
