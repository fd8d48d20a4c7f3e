"""The decoder may add a word's weight rows in any order only when the sums are exact.

`exact_sums` decides it from the weights: float32 numbers share a unit (the smallest
one's last bit), and sums that stay below 2**53 of those units never round.
"""

import numpy as np

from chronik.entities.crf import exact_sums


def _table(values):
    return np.array(values, dtype=np.float32).astype(np.float64).reshape(-1, 1)


def test_weights_of_ordinary_size_sum_exactly():
    # like the shipped models: from 1e-6 to about 7
    assert exact_sums(_table([1e-6, 0.25, -3.5, 6.9, 0.0]), max_rows=60)


def test_tiny_weights_next_to_large_ones_do_not():
    # 1e-12 has its last bit far below what a sum near 7 can hold
    assert not exact_sums(_table([1e-12, 6.9]), max_rows=60)


def test_too_many_rows_per_sum_do_not():
    assert not exact_sums(_table([1e-6, 6.9]), max_rows=1000)


def test_weights_that_are_not_float32_numbers_do_not():
    assert not exact_sums(np.array([[0.1], [6.9]], dtype=np.float64), max_rows=2)


def test_the_order_of_adding_exact_sums_changes_no_bit():
    rng = np.random.default_rng(7)
    table = _table(rng.choice([-1, 1], 200) * 10.0 ** rng.uniform(-6, 0.8, 200))
    assert exact_sums(table, max_rows=50)
    rows = rng.integers(0, 200, 50)
    forward = 0.0
    for r in rows:
        forward += table[r, 0]
    backward = 0.0
    for r in rows[::-1]:
        backward += table[r, 0]
    assert forward == backward == table[rows, 0].sum()


def test_the_shipped_models_qualify():
    from chronik.entities.tagger import load_model

    for lang in ("de", "en"):
        model = load_model(lang)
        if model is not None:
            decoder = model.decoder
            assert exact_sums(decoder.weights.state, decoder.attribute_rows.max_rows()), lang
