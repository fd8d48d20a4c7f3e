"""A learned speaker ranker: which of the candidate mentions around a quotation speaks.

The rules (`_attribute` in __init__.py) pick one mention by word order and resolve it. The
ranker looks at the alternatives too: the rules' choice, the previous speaker, the names
(entity mentions) of the quotation's sentence outside the quotation, and the subject of the
sentence before. Each candidate is resolved like the rules' mention, described by string
features (where it came from, the rule that found the quotation, the entity type, pronoun,
determiner, role noun, an abstract head noun, whether a speech verb follows or precedes
it, its distance), and scored by a logistic regression trained on the German training data
(training/quotes/train_speakers.py, shipped as `models/speakers-<lang>.json`). The rules'
choice is replaced only when another candidate scores `margin` higher; a language without
a model keeps the rules' choice.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import repeat
from pathlib import Path

from chronik.quotes.extract import FieldText, Found, _head_can_speak, _trim, is_verdict
from chronik.text.dateline import after_dateline

MODEL_DIR = Path(__file__).resolve().parent / "models"
_MAX_PHRASES = 8  # names looked at per sentence
_NEAREST_PHRASES = 3  # determiner phrases per quotation, nearest to the cue first
_PUNCT = ".,;:!?()„“”\"«»‚‘’'–—-"
_WORD_END = re.compile(r"[\w\-]*")
_FIRST_WORD = re.compile(r"\W*?(\w+)")


@dataclass(frozen=True)
class SpeakerModel:
    weights: dict[str, float]
    bias: float
    margin: float  # how much better (in log-odds) an alternative must be than the rules' choice

    def score(self, features: list[str]) -> float:
        # map with a repeated default: the same sum, in the same order, without a generator
        return self.bias + sum(map(self.weights.get, features, repeat(0.0, len(features))))


@cache
def load_model(code: str) -> SpeakerModel | None:
    """The shipped ranker for a language, read once per process; None without one."""
    path = MODEL_DIR / f"speakers-{code}.json"
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return SpeakerModel(data["weights"], data["bias"], data["margin"])


@dataclass
class SpeakerCandidate:
    mention: tuple[int, int] | None
    speaker: str
    note: str
    sources: set[str] = field(default_factory=set)
    features: list[str] = field(default_factory=list)


Resolver = Callable[[FieldText, tuple[int, int], "Found | None"], tuple[str | None, str]]


def _contrasted(ft: FieldText, f: Found) -> bool:
    """ "…, betonte dagegen die Dezernentin": a contrast between the verb and the subject
    sets the speaker against the one before, who is then no candidate."""
    words = ft.lang.pattern("contrast_before_subject")
    return words is not None and f.cue is not None and f.mention is not None \
        and f.cue[1] <= f.mention[0] and words.search(ft.text, f.cue[1], f.mention[0]) is not None


def candidates(ft: FieldText, f: Found, last: Found | None, resolve: Resolver,
               previous_subject: tuple[int, int] | None) -> list[SpeakerCandidate]:
    """The rules' speaker for `f` (first, if any) and the alternatives, one per speaker."""
    text = ft.text
    by_speaker: dict[str, SpeakerCandidate] = {}

    def add(mention: tuple[int, int] | None, speaker: str | None, note: str, source: str):
        if not speaker:
            return
        c = by_speaker.get(speaker)
        if c is None:
            c = by_speaker[speaker] = SpeakerCandidate(mention, speaker, note)
        c.sources.add(source)

    add(f.mention, f.speaker, f.speaker_note or "", "rule")
    rule = f.mention

    def outside(s: int, e: int) -> bool:
        """Not in the quotation, and not a part of the rules' mention ("des Präsidenten"
        in "Der Sprecher des Präsidenten" is an attribute, not another speaker)."""
        if rule is not None and s < rule[1] and e > rule[0]:
            return False
        return not any(a <= s < b for a, b in f.spans) and not ft.in_quote(s)

    if last is not None and last is not f and last.speaker and not _contrasted(ft, f):
        add(last.mention, last.speaker, f"continues the report of {last.speaker}", "previous")
    lo, hi = ft.sentence_at(f.start)
    hi = max(hi, ft.sentence_at(max(f.end - 1, f.start))[1])
    lo = after_dateline(text, lo, hi)  # the place of a dateline never speaks
    # names in the sentence, outside the quotation: the entity stage's mentions, or the
    # document's own person names (a noun-phrase scan of the sentence would cost more
    # than the whole stage)
    spans = _name_spans(ft)
    seen: list[tuple[int, int]] = []
    k = bisect.bisect_left(spans, (lo, lo))
    phrases = 0
    while k < len(spans) and spans[k][0] < hi and phrases < _MAX_PHRASES:
        s, e = spans[k]
        k += 1
        if outside(s, e) and not is_verdict(ft.lang, text[s:e]):  # "Sein Fazit" is no name
            speaker, note = resolve(ft, (s, e), last)
            add((s, e), speaker, note, "name")
            seen.append((s, e))  # a phrase around a name adds nothing new
        phrases += 1
    # the phrases nearest to the cue (or the quotation) only: each costs a resolution
    anchor = f.cue[0] if f.cue is not None else f.start
    phrases_here = ft.phrase_spans.get((lo, hi))
    if phrases_here is None:  # several quotations of one sentence share its phrases
        phrases_here = ft.phrase_spans[(lo, hi)] = \
            [m.span() for m in ft.lang.simple_np_re.finditer(text, lo, hi)]
    near = sorted(phrases_here, key=lambda span: abs(span[0] - anchor))
    taken = 0
    for s, e in near:
        if taken >= _NEAREST_PHRASES:
            break
        # a phrase headed by an abstract noun ("die Befürchtung", "der Vorwurf") is a
        # topic, not someone who speaks: the annotators sometimes mark it, we do not
        # (nor one in the accusative or dative: "Den Zeitpunkt des Angebots nannte sie …")
        if outside(s, e) and not _object_phrase(ft, s) \
                and not any(a < e and s < b for a, b in seen) and _head_can_speak(ft, s, e):
            speaker, note = resolve(ft, (s, e), last)
            add((s, e), speaker, note, "phrase")
            taken += 1
    if previous_subject is not None:
        speaker, note = resolve(ft, previous_subject, last)
        add(previous_subject, speaker, f"the subject before: {note}", "subject_before")
    out = list(by_speaker.values())
    if len(out) == 1 and "rule" in out[0].sources:
        return out  # nothing to choose: the features are not needed
    for c in out:
        c.features = _features(ft, f, c, last)
    return out


def _object_phrase(ft: FieldText, s: int) -> bool:
    """Does the phrase at `s` open with a determiner of an object (`object_determiners`)?"""
    det = ft.lang.object_determiner_re
    text = ft.text
    return det is not None and det.match(text[s].lower() + text[s + 1:s + 8]) is not None


def _name_spans(ft: FieldText) -> list[tuple[int, int]]:
    """Sorted (start, end) of the field's entity mentions, else of its person names."""
    if ft.name_spans is None:
        people = ft.people
        if people.entity_spans:
            ft.name_spans = sorted({(s, e) for s, e, _, _ in people.entity_spans})
        else:
            ft.name_spans = sorted({(p, p + len(n) if ft.text.startswith(n, p)
                                     else _WORD_END.match(ft.text, p).end())
                                    for p, n in zip(people.positions, people.position_names)})
    return ft.name_spans


def _features(ft: FieldText, f: Found, c: SpeakerCandidate, last: Found | None) -> list[str]:
    rule = f.rule.split(" (")[0]
    sources = sorted(c.sources)
    fs = ["src=" + s for s in sources]
    fs += [f"src={s}|rule={rule}" for s in sources]
    fs.append(f"nsrc={min(len(c.sources), 3)}")
    fs.append(f"continues={f.continues}|{'previous' in c.sources}")
    if c.mention is None:
        fs.append("no_mention")
        return fs
    s, e = c.mention
    fs.extend(_mention_features(ft, s, e))
    if f.cue is not None:
        where = "before_cue" if e <= f.cue[0] else "after_cue" if s >= f.cue[1] else "in_cue"
        fs.append(where)
        gap = f.cue[0] - e if e <= f.cue[0] else s - f.cue[1]
        fs.append(f"{where}|gap={min(gap // 10, 4)}")
    else:
        fs.append("no_cue")
    distance = f.start - e if e <= f.start else s - f.end
    fs.append(f"distance={_bucket(distance)}")
    if e <= f.start:
        fs.append("before_quote")
    return fs


def _mention_features(ft: FieldText, s: int, e: int) -> list[str]:
    """What a mention is, whatever quotation it competes for; kept per field, because the
    previous speaker and the names of a sentence come back for quotation after quotation."""
    cached = ft.mention_features.get((s, e))
    if cached is not None:
        return cached
    text = ft.text
    lang = ft.lang
    phrase = text[s:e]
    fs = []
    hit = ft.people.entity_at(s, e) if ft.people.entity_spans else None
    fs.append(f"ent={hit[1] if hit else 'none'}")
    if lang.pronoun_re.fullmatch(phrase):
        fs.append("pronoun")
    if lang.determiner_re.match(phrase):
        fs.append("determiner")
    words = phrase.split()
    fs.append(f"words={min(len(words), 5)}")
    if any(ft.people.is_role(w.strip(",")) for w in words):
        fs.append("role")
    if not _head_can_speak(ft, s, e):
        fs.append("abstract_head")
    k = bisect.bisect_right(ft.sentence_starts, s) - 1
    if k >= 0 and _trim(text, *ft.sentences[k])[0] == s:
        fs.append("sentence_start")
    # the words around the phrase: "laut X", "X sagte", "des X" (an attribute, not a subject)
    before = text[max(0, s - 30):s].split()
    after = _FIRST_WORD.match(text, e, e + 30)
    fs.append("prev_word=" + (before[-1].strip(_PUNCT).lower() if before else ""))
    fs.append("next_word=" + (after.group(1).lower() if after else ""))
    fs.append("head=" + words[-1].strip(",").lower()[-4:])
    ft.mention_features[(s, e)] = fs
    return fs


def _bucket(chars: int) -> int:
    return bisect.bisect_right((0, 20, 60, 150, 400, 1200), chars)


def choose(model: SpeakerModel, found: list[SpeakerCandidate]) -> SpeakerCandidate | None:
    """The best candidate if it beats the rules' choice by the model's margin, else None."""
    if not found:
        return None
    scores = [model.score(c.features) for c in found]
    rule = next((k for k, c in enumerate(found) if "rule" in c.sources), None)
    best = max(range(len(found)), key=scores.__getitem__)
    if rule is None:
        return found[best] if 1 / (1 + math.exp(-scores[best])) >= 0.5 else None
    if best != rule and scores[best] >= scores[rule] + model.margin:
        return found[best]
    return None
