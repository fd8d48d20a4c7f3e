"""Text layer: language identification and segmentation into sentences and tokens."""

from chronik.text.langid import identify_language, supported_languages
from chronik.text.segment import Token, sentences, tokens

__all__ = ["Token", "identify_language", "sentences", "supported_languages", "tokens"]
