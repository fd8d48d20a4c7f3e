"""Regression guard on the development set: the German tagger keeps its KRAUTS scores.

The targets are measured on other articles; this only stops a change from quietly
making the tagger worse on the data we tune on (docs/time.md has the current numbers).
"""

from pathlib import Path

import pytest

from chronik.eval.tempeval import evaluate
from chronik.eval.timeml import iter_timeml
from chronik.time import tag

KRAUTS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "temporal-de" / "KRAUTS-Dolomiten-100"


@pytest.fixture(scope="module")
def report():
    if not KRAUTS.is_dir():
        pytest.skip(f"KRAUTS corpus not found at {KRAUTS} (it lives in ../shared/)")
    return evaluate(iter_timeml(KRAUTS), lambda text, dct: tag(text, date=dct, lang="de"))


def test_relaxed_f1_stays_above_92(report):
    assert report.relaxed_f1 >= 92.0


def test_value_f1_stays_above_80(report):
    assert report.value_f1 >= 80.0


def test_every_prediction_slices_its_document():
    if not KRAUTS.is_dir():
        pytest.skip(f"KRAUTS corpus not found at {KRAUTS}")
    for doc in iter_timeml(KRAUTS):
        for t in tag(doc.text, date=doc.dct):
            assert doc.text[t.start:t.end] == t.text
