"""CRF token features and the training-time lexicons behind them (hand-written sentences)."""

import sys
from pathlib import Path

from chronik.entities.features import FeatureCache, word_shape
from chronik.eval.ner import Sentence

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training" / "ner"))
import train  # training/ner/train.py is a script, not a package


def test_shape_collapses_runs_of_the_same_class():
    assert word_shape("Putin") == "Xx"
    assert word_shape("NATO-Rat") == "X-Xx"
    assert word_shape("12.04") == "d.d"


def test_a_token_sees_its_neighbours_words_and_shapes():
    words = ["Die", "Deutsche", "Bank", "meldet", "Gewinne"]
    bank = FeatureCache().sentence(words)[2]
    assert "w=bank" in bank
    assert "-1w=deutsche" in bank and "+1w=meldet" in bank
    assert "-2w=die" in bank and "-2sh=Xx" in bank
    assert "+2w=gewinne" in bank and "+2sh=Xx" in bank


def test_sentence_edges_are_features_and_need_no_neighbours():
    first, last = FeatureCache().sentence(["Merkel", "spricht"])
    assert "BOS" in first and not any(f.startswith(("-1w=", "-2w=")) for f in first)
    assert "EOS" in last and not any(f.startswith(("+1w=", "+2w=")) for f in last)


def test_lexicon_features_reach_the_word_and_its_neighbours():
    lexicon = {"merkel": ["ne=PER"]}
    before, name, after = FeatureCache(lexicon).sentence(["Kanzlerin", "Merkel", "sagte"])
    assert "ne=PER" in name
    assert "+1ne=PER" in before and "-1ne=PER" in after


def test_a_full_cache_is_cleared_between_sentences_not_during_one():
    cache = FeatureCache(max_words=3)
    cache.sentence(["a", "b", "c"])
    out = cache.sentence(["d", "e", "f"])
    assert [f[0] for f in out] == ["w=d", "w=e", "w=f"]


def _sentence(text: str, tags: str) -> Sentence:
    return Sentence(text.split(), tags.split())


def test_entity_lexicon_says_how_often_and_where_a_word_is_part_of_a_name():
    sents = [
        _sentence("Angela Merkel besuchte Berlin", "B-PER I-PER O B-LOC"),
        _sentence("Merkel sprach", "B-PER O"),
        _sentence("Die Deutsche Bank meldet", "O B-ORG I-ORG O"),
        _sentence("Die Bank am Fluss", "O O O O"),
        _sentence("Die Bank am See", "O O O O"),
    ]
    lex = train.entity_lexicon(sents)
    assert lex["merkel"] == ["ne=PER", "neE=PER"] or lex["merkel"] == ["ne=PER", "neS=PER"]
    assert lex["angela"] == ["ne=PER", "neB=PER"]
    assert lex["berlin"] == ["ne=LOC", "neS=LOC"]
    assert lex["bank"] == ["ne~ORG", "neE=ORG"]  # one of three occurrences is in a name
    assert "die" not in lex


def test_case_lexicon_tells_words_seen_in_lower_case_from_nouns_and_names():
    sents = [
        _sentence("Die neue Regierung tagt in Berlin", "O O O O O B-LOC"),
        _sentence("Neue Pläne aus Berlin und der Regierung", "O O O B-LOC O O O"),
        _sentence("Eine neue Idee", "O O O"),
    ]
    lex = train.case_lexicon(sents, "xx")
    assert lex["neue"] == ["lc=mostly"]   # sentence-initial `Neue` does not count
    assert lex["berlin"] == ["lc=never"]
    assert lex["regierung"] == ["lc=never"]
    assert "pläne" not in lex             # seen once: too little to say
