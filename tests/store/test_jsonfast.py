"""The store's JSON encoders write exactly what the standard library's encoders write."""

from __future__ import annotations

import json

import pytest

from chronik.store.jsonfast import json_encoder

VALUES = [
    {"rule": "weekday", "anchor": None, "note": "ä \"quoted\" \\ \n \u2028 \t"},
    [["text", 1, 2], ["title", 0, 5]],
    "Zoë", "", 1.5, 42, None, True, [1e300, -0.0, 3.14159, 1e-7, float("nan"), float("inf")],
    {"b": 1, "a": [True, False, None], "c": {"z": "€", "y": []}},
    {"fields": {"title": "Gipfel", "text": "Übermorgen"}, "date_given": "2023-03-01"},
    {}, [], [[["nested"]]], {"ü": {"x": [1, {"y": "日本"}]}},
]


@pytest.mark.parametrize("ensure_ascii", [True, False])
@pytest.mark.parametrize("separators", [(", ", ": "), (",", ":")])
@pytest.mark.parametrize("sort_keys", [False, True])
def test_same_text_as_the_standard_encoder(ensure_ascii, separators, sort_keys):
    fast = json_encoder(ensure_ascii=ensure_ascii, separators=separators, sort_keys=sort_keys)
    standard = json.JSONEncoder(ensure_ascii=ensure_ascii, separators=separators,
                                sort_keys=sort_keys)
    for value in VALUES:
        assert fast(value) == standard.encode(value)


def test_a_value_json_cannot_write_is_refused_as_by_the_standard_encoder():
    with pytest.raises(TypeError):
        json_encoder()({"when": object()})
