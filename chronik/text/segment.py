"""Sentence and token segmentation with character offsets, using SoMaJo.

SoMaJo is made for German (and English) news and web text; it keeps `Am 3. Oktober`
in one sentence where generic splitters break after the ordinal. Paragraphs (blank-line
separated) are segmented one by one so that offsets can be mapped back exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from chronik.model import Sentence

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")
_SOMAJO_MODELS = {"de": "de_CMC", "en": "en_PTB"}


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    sentence: int  # index of the sentence the token belongs to


@lru_cache(maxsize=4)
def _tokenizer(lang: str):
    from somajo import SoMaJo

    return SoMaJo(_SOMAJO_MODELS.get(lang, "en_PTB"), split_camel_case=False,
                  split_sentences=True, character_offsets=True)


def _segment(text: str, start: int, end: int, lang: str) -> list[list[Token]]:
    out: list[list[Token]] = []
    region = text[start:end]
    paragraphs = [m for m in _PARAGRAPH.finditer(region) if m.group().strip()]
    if not paragraphs:
        return out
    results = _tokenizer(lang).tokenize_text([m.group() for m in paragraphs])
    # SoMaJo yields sentences in order; offsets are relative to each paragraph, which we
    # follow by noticing when a sentence's offsets restart.
    para_index = 0
    last_end = -1
    for sentence in results:
        if not sentence:
            continue
        first = sentence[0].character_offset[0]
        while first < last_end and para_index + 1 < len(paragraphs):
            para_index += 1
            last_end = -1
        base = start + paragraphs[para_index].start()
        toks = [Token(base + t.character_offset[0], base + t.character_offset[1],
                      text[base + t.character_offset[0]: base + t.character_offset[1]], len(out))
                for t in sentence]
        last_end = sentence[-1].character_offset[1]
        out.append(toks)
    return out


def sentences(text: str, lang: str = "de", start: int = 0, end: int | None = None,
              field: str = "text") -> list[Sentence]:
    """Sentences of `text[start:end]` as spans into `text`."""
    end = len(text) if end is None else end
    return [Sentence(field, toks[0].start, toks[-1].end)
            for toks in _segment(text, start, end, lang)]


def tokens(text: str, lang: str = "de", start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of `text[start:end]` with offsets into `text` and their sentence index."""
    end = len(text) if end is None else end
    return [tok for sent in _segment(text, start, end, lang) for tok in sent]
