"""chronik's CRF decoder gives exactly crfsuite's best label sequences (hand-written data).

A tiny model is trained with python-crfsuite on a few sentences, exported to chronik's
weight table and decoded both ways: single sentences, batches of different lengths, words
the model never saw.
"""

import pytest

from chronik.entities.crf import CrfDecoder, export_crfsuite, load_weights
from chronik.entities.features import FeatureCache

pycrfsuite = pytest.importorskip("pycrfsuite", reason="python-crfsuite (chronik[ner-train])")

LEXICON = {"berlin": ["gaz=LOC"], "paris": ["gaz=LOC"]}
TRAINING = [
    ("Angela Merkel besuchte Berlin .", "B-PER E-PER O S-LOC O"),
    ("Merkel sprach in Paris mit Macron .", "S-PER O O S-LOC O S-PER O"),
    ("Die Deutsche Bank meldet Gewinne .", "O B-ORG E-ORG O O O"),
    ("Emmanuel Macron reiste nach Berlin .", "B-PER E-PER O O S-LOC O"),
    ("Der Vorstand der Deutschen Bank tagte in Paris .", "O O O B-ORG E-ORG O O S-LOC O"),
]


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    directory = tmp_path_factory.mktemp("crf")
    features = FeatureCache(LEXICON)
    trainer = pycrfsuite.Trainer(verbose=False)
    for text, tags in TRAINING:
        trainer.append(features.sentence(text.split()), tags.split())
    trainer.set_params({"c1": 0.01, "c2": 0.01, "max_iterations": 50,
                        "feature.possible_transitions": True})
    trainer.train(str(directory / "tiny.crfsuite"))
    export_crfsuite(directory / "tiny.crfsuite", directory / "tiny.crf.npz")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(directory / "tiny.crfsuite"))
    return tagger, CrfDecoder(load_weights(directory / "tiny.crf.npz"), LEXICON), features


RUNS = [text.split() for text in (
    "Angela Merkel besuchte Paris .",
    "Macron",
    "Die Deutsche Bank tagte in Berlin mit Angela Merkel und Emmanuel Macron .",
    "Unbekannte Wörter wie Zyxw stehen hier .",
    "in Paris",
)]


def test_a_single_sentence_decodes_as_crfsuite_does(models):
    tagger, decoder, features = models
    for run in RUNS:
        assert decoder.tag([run]) == [tagger.tag(features.sentence(run))]


def test_sentences_of_different_lengths_decode_together_as_one_by_one(models):
    tagger, decoder, features = models
    assert decoder.tag(RUNS) == [tagger.tag(features.sentence(run)) for run in RUNS]


def test_empty_runs_keep_their_place(models):
    _, decoder, _ = models
    out = decoder.tag([[], RUNS[1], []])
    assert out[0] == [] and out[2] == [] and len(out[1]) == 1


def test_the_word_cache_is_bounded_and_its_reset_changes_no_result(models):
    tagger, decoder, features = models
    small = CrfDecoder(decoder.weights, LEXICON, max_words=8)
    for run in RUNS + RUNS:
        assert small.tag([run]) == [tagger.tag(features.sentence(run))]
    assert len(small._rows) <= 8 + max(map(len, RUNS))


def test_a_full_word_cache_keeps_the_words_met_again(models):
    _, decoder, _ = models
    small = CrfDecoder(decoder.weights, LEXICON, max_words=12)
    small.tag([["Putin", "sagte", "heute"]])
    small.tag([["Putin", "sagte", "nichts"]])  # Putin and sagte are met again
    before = small.tag([["Biden", "kam", "gestern", "nach", "Genf"]])
    small.tag([["Die", "Minister", "trafen", "sich", "dort", "lange"]])  # overflows: make room
    assert {"Putin", "sagte"} <= set(small._rows)
    assert "nichts" not in small._rows
    assert small.tag([["Biden", "kam", "gestern", "nach", "Genf"]]) == before
    assert len(small._rows) <= 12
