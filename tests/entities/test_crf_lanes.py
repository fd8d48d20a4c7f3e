"""Sentences packed into shared Viterbi lanes decode exactly as one by one (crf.Lanes).

The decoder packs a document's short runs one after another into lanes of the longest
run's length; each run must still start afresh and end where it ends. Uses the tiny
crfsuite model of test_crf.py as the reference.
"""

from itertools import pairwise

import pytest

pytest.importorskip("pycrfsuite", reason="python-crfsuite (chronik[ner-train])")

from test_crf import RUNS, models  # noqa: F401 - the fixture is used by name

from chronik.entities.crf import Lanes


def test_runs_sharing_a_lane_decode_as_one_by_one(models):  # noqa: F811
    tagger, decoder, features = models
    runs = RUNS + [[]] + RUNS[::-1] + [["Berlin"], ["Merkel", "sprach"], []]
    expected = [tagger.tag(features.sentence(run)) if run else [] for run in runs]
    assert decoder.tag(runs) == expected


def test_short_runs_fill_lanes_of_the_longest_runs_length():
    lanes = Lanes([5, 1, 14, 7, 2, 0])
    assert len(lanes.fill) == 3  # 14 | 7 + 5 + 2 | 1
    assert all(filled <= 14 for filled in lanes.fill)
    assert lanes.place[2] == (0, 0)
    # each non-empty run starts where the run before it in its lane ended
    starts = sorted((lane, at, n) for (lane, at), n in zip(lanes.place, lanes.lengths) if n)
    for (lane, at, n), (next_lane, next_at, _) in pairwise(starts):
        if lane == next_lane:
            assert next_at == at + n
