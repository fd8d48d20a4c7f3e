"""The NER tagger: a CRF model trained by training/ner/train.py, loaded once per process.

`tag_spans(text, lang, start, end)` tokenises `text[start:end]`, tags the tokens with the
language's CRF and returns typed character spans; `tag_units` does the same for all
sentences of a document in one batch (one Viterbi pass over all of them, see crf.py).
The model files live in `chronik/entities/models/<lang>.*` (package data: the CRF weight
table `<lang>.crf.npz`, the word lexicon and `<lang>.json`); a language without a model
yields no spans rather than an error, so documents in other languages pass through
unharmed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from chronik.entities.crf import CrfDecoder, load_weights
from chronik.entities.features import FEATURE_VERSION
from chronik.entities.lexicon import load_lexicon
from chronik.entities.tokens import TOKEN, tokenize

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
        meta = json.loads((directory / f"{lang}.json").read_text(encoding="utf-8"))
        if meta.get("feature_version") != FEATURE_VERSION:
            raise RuntimeError(
                f"NER model {lang} was trained with features v{meta.get('feature_version')}, "
                f"code has v{FEATURE_VERSION}: retrain with training/ner/train.py {lang}")
        self.lang = lang
        self.meta = meta
        self.decoder = CrfDecoder(load_weights(directory / f"{lang}.crf.npz"),
                                  load_lexicon(directory / meta["lexicon"]))
        # each label number's BIOES prefix and entity type ("B-PER" -> ("B", "PER")), and
        # the number of "O": the spans are read from the numbers, no label strings made
        self._label_parts = [(label[0], label[2:]) for label in self.decoder.labels]
        self._outside = self.decoder.labels.index("O") if "O" in self.decoder.labels else -1

    def tag_tokens(self, words: list[str]) -> list[str]:
        """BIOES tags for one token run."""
        return self.decoder.tag([words])[0] if words else []

    def tag_token_runs(self, runs: list[list[str]]) -> list[list[str]]:
        """BIOES tags for many independent token runs (sentences), decoded together."""
        return self.decoder.tag(runs)

    def tag_spans(self, text: str, start: int = 0, end: int | None = None) -> list[TaggedSpan]:
        """Entity spans (offsets into `text`) found in `text[start:end]`."""
        return self.tag_units([(text, start, end)])[0]

    def tag_units(self, units: list[tuple[str, int, int | None]]) -> list[list[TaggedSpan]]:
        """Entity spans for each `(text, start, end)` unit, all units decoded in one batch."""
        # A unit of at most MAX_RUN tokens is one run: its words come from `findall` (C
        # speed) and its token offsets are only computed if the run names something.
        unit_runs: list[list[list[tuple[int, int]] | list[str]]] = []
        words: list[list[str]] = []
        for text, a, b in units:
            found = TOKEN.findall(text, a, len(text) if b is None else b)
            if len(found) <= MAX_RUN:
                unit_runs.append([found] if found else [])
                if found:
                    words.append(found)
            else:
                runs = _runs(text, tokenize(text, a, b))
                unit_runs.append(list(runs))
                words.extend([text[s:e] for s, e in run] for run in runs)
        all_tags = iter(self.decoder.tag_ids(words))
        return [self._spans(unit, runs, all_tags) for unit, runs in zip(units, unit_runs)]

    def _spans(self, unit: tuple[str, int, int | None],
               runs: list[list[tuple[int, int]] | list[str]], all_tags) -> list[TaggedSpan]:
        out: list[TaggedSpan] = []
        outside, parts = self._outside, self._label_parts
        for run in runs:
            tags = next(all_tags)
            if tags.count(outside) == len(tags):
                continue  # most sentences name nothing: no per-token walk for them
            # only the tagged tokens are walked: an `O` between two of them ends any entity
            # begun, which is all an `O` does
            hits = [i for i, tag in enumerate(tags) if tag != outside]
            if isinstance(run[0], str):  # the words of the unit: offsets up to the last name
                run = _offsets(unit[0], unit[1], run[:hits[-1] + 1])
            ent_start, ent_type, last = -1, "", -2
            for i in hits:
                if i != last + 1:
                    ent_start = -1
                last = i
                a, b = run[i]
                prefix, typ = parts[tags[i]]
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
            # a run ending inside an entity (B/I without E): keep what was begun
        return out


def _offsets(text: str, start: int, words: list[str]) -> list[tuple[int, int]]:
    """Offsets of `words`, the tokens of `text` from `start` on, as `tokenize` gives them.

    Only white space lies between two tokens (any other character is a token of its
    own), so each token is the first occurrence of its text after the previous one: a
    `find` per token, cheaper than matching the token pattern again."""
    out = []
    pos, find = start, text.find
    for word in words:
        begin = find(word, pos)
        pos = begin + len(word)
        out.append((begin, pos))
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
    if not (MODEL_DIR / f"{lang}.crf.npz").exists():
        return None
    return NerModel(lang)
