"""The NER tagger: a CRF model trained by training/ner/train.py, loaded once per process.

`tag_spans(text, lang, start, end)` tokenises `text[start:end]`, tags the tokens with the
language's CRF and returns typed character spans. The model files live in
`chronik/entities/models/<lang>.*` (package data); a language without a model yields no
spans rather than an error, so documents in other languages pass through unharmed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from chronik.entities.features import FEATURE_VERSION, FeatureCache
from chronik.entities.lexicon import load_lexicon
from chronik.entities.tokens import tokenize

MODEL_DIR = Path(__file__).resolve().parent / "models"
# A CRF sees one token run at a time; an unsegmented region is cut into runs of at most
# this many tokens (at sentence-final punctuation where possible) to bound Viterbi cost.
MAX_RUN = 120


@dataclass(frozen=True, slots=True)
class TaggedSpan:
    start: int
    end: int
    type: str  # PER, ORG, LOC, MISC


class NerModel:
    def __init__(self, lang: str, directory: Path = MODEL_DIR) -> None:
        import pycrfsuite

        meta = json.loads((directory / f"{lang}.json").read_text(encoding="utf-8"))
        if meta.get("feature_version") != FEATURE_VERSION:
            raise RuntimeError(
                f"NER model {lang} was trained with features v{meta.get('feature_version')}, "
                f"code has v{FEATURE_VERSION}: retrain with training/ner/train.py {lang}")
        self.lang = lang
        self.meta = meta
        self.features = FeatureCache(load_lexicon(directory / meta["lexicon"]))
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(directory / f"{lang}.crfsuite"))

    def tag_tokens(self, words: list[str]) -> list[str]:
        """BIOES tags for one token run."""
        if not words:
            return []
        return self._tagger.tag(self.features.sentence(words))

    def tag_spans(self, text: str, start: int = 0, end: int | None = None) -> list[TaggedSpan]:
        """Entity spans (offsets into `text`) found in `text[start:end]`."""
        offsets = tokenize(text, start, end)
        out: list[TaggedSpan] = []
        for run in _runs(text, offsets):
            words = [text[a:b] for a, b in run]
            tags = self.tag_tokens(words)
            ent_start, ent_type = -1, ""
            for (a, b), tag in zip(run, tags):
                prefix, typ = tag[0], tag[2:]
                if prefix == "S":
                    out.append(TaggedSpan(a, b, typ))
                    ent_start = -1
                elif prefix == "B" or (prefix in "IE" and (ent_start < 0 or typ != ent_type)):
                    ent_start, ent_type = a, typ
                    if prefix == "E":
                        out.append(TaggedSpan(a, b, typ))
                        ent_start = -1
                elif prefix == "E":
                    out.append(TaggedSpan(ent_start, b, typ))
                    ent_start = -1
                elif prefix == "O":
                    ent_start = -1
            # a run ending inside an entity (B/I without E): keep what was begun
        return out


def _runs(text: str, offsets: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    if len(offsets) <= MAX_RUN:
        return [offsets] if offsets else []
    runs, cur = [], []
    for a, b in offsets:
        cur.append((a, b))
        if len(cur) >= 8 and text[a:b] in ".!?" or len(cur) >= MAX_RUN:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


@cache
def load_model(lang: str) -> NerModel | None:
    """The language's model, or None when chronik ships none for it."""
    if not (MODEL_DIR / f"{lang}.crfsuite").exists():
        return None
    return NerModel(lang)
