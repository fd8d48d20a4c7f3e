"""Regression guard on the English development data (TimeBank and AQUAINT from TBAQ-cleaned):
the English tagger keeps its scores. The targets are measured on other articles; this only
stops a change from quietly making the tagger worse on the data we tune on (docs/time.md).

The default run scores all of TimeBank (about two seconds); AQUAINT as well is `slow`.
"""

from pathlib import Path

import pytest

from chronik.eval.tempeval import evaluate
from chronik.eval.timeml import iter_timeml
from chronik.time import tag

TBAQ = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "temporal-en" / "TBAQ-cleaned"
def _docs(folder: str, every: int = 1):
    root = TBAQ / folder
    if not root.is_dir():
        pytest.skip(f"TBAQ-cleaned corpus not found at {root} (it lives in ../shared/)")
    files = sorted(root.glob("*.tml"))[::every]
    for path in files:
        yield from iter_timeml(path)


def _english(text, dct):
    return tag(text, date=dct, lang="en")


@pytest.fixture(scope="module")
def timebank():
    return list(_docs("TimeBank"))


def test_timebank_relaxed_f1_stays_above_92(timebank):
    assert evaluate(timebank, _english).relaxed_f1 >= 92.0


def test_timebank_value_f1_stays_above_76(timebank):
    assert evaluate(timebank, _english).value_f1 >= 76.0


@pytest.mark.slow
def test_aquaint_scores():
    report = evaluate(_docs("AQUAINT"), _english)
    assert report.relaxed_f1 >= 92.0
    assert report.value_f1 >= 75.0


def test_every_prediction_slices_its_document(timebank):
    for doc in timebank:
        for t in _english(doc.text, doc.dct):
            assert doc.text[t.start:t.end] == t.text
