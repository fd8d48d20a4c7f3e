"""Regression guard on the English development data (TimeBank and AQUAINT from TBAQ-cleaned):
the English tagger keeps its scores. The targets are measured on other articles; this only
stops a change from quietly making the tagger worse on the data we tune on (docs/time.md).

The default run tags a fixed sample of TimeBank once (every third file); the full corpora
are `slow` (`pytest -m slow`).
"""

from pathlib import Path

import pytest

from chronik.eval.tempeval import evaluate, score
from chronik.eval.timeml import iter_timeml
from chronik.time import tag

TBAQ = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "temporal-en" / "TBAQ-cleaned"
SAMPLE_EVERY = 3


def _docs(folder: str, every: int = 1):
    root = TBAQ / folder
    if not root.is_dir():
        pytest.skip(f"TBAQ-cleaned corpus not found at {root} (it lives in ../shared/)")
    for path in sorted(root.glob("*.tml"))[::every]:
        yield from iter_timeml(path)


def _english(text, dct):
    return tag(text, date=dct, lang="en")


@pytest.fixture(scope="module")
def sample():
    """(gold documents, predictions) for the sample, tagged once."""
    gold = {doc.doc_id: doc for doc in _docs("TimeBank", SAMPLE_EVERY)}
    return gold, {doc_id: _english(doc.text, doc.dct) for doc_id, doc in gold.items()}


def test_sample_relaxed_f1_stays_above_92(sample):
    assert score(*sample).relaxed_f1 >= 92.0


def test_sample_value_f1_stays_above_78(sample):
    assert score(*sample).value_f1 >= 78.0


def test_every_prediction_slices_its_document(sample):
    gold, predictions = sample
    for doc_id, timexes in predictions.items():
        for t in timexes:
            assert gold[doc_id].text[t.start:t.end] == t.text


@pytest.mark.slow
@pytest.mark.parametrize("folder, value_f1", [("TimeBank", 83.0), ("AQUAINT", 78.0)])
def test_full_corpus_scores(folder, value_f1):
    report = evaluate(_docs(folder), _english)
    assert report.relaxed_f1 >= 92.0
    assert report.value_f1 >= value_f1
