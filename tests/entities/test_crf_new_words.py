"""Round eighteen of docs/speed.md: the CRF decoder numbers the words it meets for the
first time while it looks the tokens up (one pass), in order of first occurrence, and a
batch that fails on the way leaves no unscored word behind."""

import pytest

from chronik.entities.crf import CrfDecoder
from chronik.entities.tagger import load_model

RUNS = [["Die", "Ministerin", "Qwertz", "reiste", "nach", "Qwertz", "."],
        ["Zyxwer", "sagte", ",", "Qwertz", "komme", "wieder", "."]]


@pytest.fixture(scope="module")
def weights():
    decoder = load_model("de").decoder
    return decoder.weights, decoder.lexicon


def test_new_words_get_rows_in_order_of_first_occurrence(weights):
    decoder = CrfDecoder(*weights)
    decoder.tag_ids(RUNS)
    new_rows = {w: decoder._rows[w] for w in dict.fromkeys(w for run in RUNS for w in run)}
    assert list(new_rows.values()) == list(range(1, len(new_rows) + 1))


def test_labels_at_first_sight_are_those_of_known_words(weights):
    fresh, warm = CrfDecoder(*weights), CrfDecoder(*weights)
    warm.tag_ids([list(reversed(run)) for run in RUNS])  # the same words, met before
    assert fresh.tag_ids(RUNS) == warm.tag_ids(RUNS) == fresh.tag_ids(RUNS)
    assert fresh.tag(RUNS)[0][2] != "O"  # "Ministerin Qwertz": a name, from its context


def test_a_batch_failing_while_scoring_leaves_no_unscored_word(weights, monkeypatch):
    decoder = CrfDecoder(*weights)
    decoder.tag_ids([["Die", "Ministerin"]])
    known = dict(decoder._rows)

    def fail(words):
        raise TimeoutError("the document's time ran out")

    monkeypatch.setattr(decoder, "_add_words", fail)
    with pytest.raises(TimeoutError):
        decoder.tag_ids(RUNS)
    assert dict(decoder._rows) == known
    monkeypatch.undo()
    assert decoder.tag_ids(RUNS) == CrfDecoder(*weights).tag_ids(RUNS)
